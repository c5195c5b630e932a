/**
 * The long layout: one row per unit and line, the unit named in a unit column (Yksikkö,
 * Vastuualue, Unit, Enhet, …), optionally with a level or a code column beside it.
 */
import type { CellValue } from '../snapshot';
import { cellText, figuresEmpty, indentOf, labelOf, levelOf } from './row-cells';
import type { TableBuilder } from './table-builder';
import { splitCode } from './units';

export function readLongLayout(builder: TableBuilder): void {
  const { frame } = builder;
  const { values, indents, origin } = frame.sheet;
  const unitColumn = frame.unitColumns[0];
  const { codeColumn, levelColumn } = frame;
  const entryOfKey = new Map<string, number>();
  let current = -1;
  let lastUnit: CellValue | undefined = null;
  let lastCode: CellValue | undefined = null;
  let lastLevel: CellValue | undefined = null;
  for (let r = frame.firstDataRow; r < frame.end; r++) {
    const row = values[r];
    const { text, line } = labelOf(row, frame.labelColumn, frame.lineOf);
    const empty = figuresEmpty(row, frame);
    const unitValue = row[unitColumn];
    const codeValue = codeColumn >= 0 ? row[codeColumn] : null;
    const levelValue = levelColumn >= 0 ? row[levelColumn] : null;
    // Long tables repeat the unit on each of its lines: read it again only when it changes.
    const sameUnit = current >= 0 && unitValue === lastUnit && codeValue === lastCode && levelValue === lastLevel;
    lastUnit = unitValue;
    lastCode = codeValue;
    lastLevel = levelValue;
    const unitText = sameUnit ? '' : cellText(unitValue);
    // A unit cell alone (no line, no figure) declares a unit only with its level or code beside it: otherwise it is a note.
    const declares = !(line === null && empty) || cellText(codeValue) !== '' || cellText(levelValue) !== '';
    if (unitText !== '' && declares) {
      const split = splitCode(unitText);
      const codeText = cellText(codeValue);
      const code = codeText !== '' ? codeText : split.code;
      const levelHint = levelColumn >= 0 ? levelOf(levelValue) : null;
      const key = `${code ?? ''}\u0000${split.name}\u0000${levelHint ?? ''}`;
      const known = entryOfKey.get(key);
      if (known !== undefined) current = known;
      else {
        current = builder.addUnit({
          name: split.name,
          code,
          levelHint,
          indent: indentOf(unitValue, indents?.[r]?.[unitColumn]),
          row: origin.row + r,
        });
        entryOfKey.set(key, current);
      }
    }
    // Text beside no figure at all is a note, not a line.
    if (line === null && empty) continue;
    builder.addRow(r, text, line, current);
  }
}
