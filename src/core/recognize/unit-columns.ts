/**
 * Exports with several unit columns (Toimielin | Tehtäväalue, Toimiala | Tulosalue,
 * Palvelualue | Vastuualue): each row's place in the hierarchy is spelled by its columns, the
 * deepest named one being its unit. A row whose lower unit column is empty is the upper unit's
 * own total, and so is a row naming it with a total word ('Kaupunginhallitus yhteensä'); a blank
 * cell left of a name repeats the one above (as pivot tables print them); a code before a name
 * ('100 Vaalit') is the unit's code.
 */
import type { CellValue } from '../snapshot';
import { cellText, figuresEmpty, labelOf, levelOf } from './row-cells';
import type { TableBuilder } from './table-builder';
import { splitCode } from './units';

export function readUnitColumns(builder: TableBuilder): void {
  const { frame } = builder;
  const { values, origin } = frame.sheet;
  const path = frame.unitColumns;
  const { codeColumn, levelColumn } = frame;
  const entryOfKey = new Map<string, number>();
  const pathAbove: string[] = [];
  const lastPathValues: (CellValue | undefined)[] = [];
  let current = -1;

  const unitOfPath = (row: readonly CellValue[], r: number): number => {
    let unchanged = current >= 0;
    for (let k = 0; k < path.length; k++) {
      if (row[path[k]] !== lastPathValues[k]) unchanged = false;
      lastPathValues[k] = row[path[k]];
    }
    if (unchanged) return current;
    let deepest = -1;
    for (let k = 0; k < path.length; k++) if (cellText(row[path[k]]) !== '') deepest = k;
    if (deepest < 0) return current;
    let unit = current;
    let key = '';
    for (let k = 0; k <= deepest; k++) {
      const text = withoutTotalWord(cellText(row[path[k]])) || (pathAbove[k] ?? '');
      pathAbove[k] = text;
      if (text === '') continue;
      // Known by name: a total row may drop the code ('Kaupunginhallitus yhteensä' under '100 Kaupunginhallitus').
      key += `\u0000${splitCode(text).name.toLowerCase()}`;
      const known = entryOfKey.get(key);
      if (known !== undefined) {
        unit = known;
        continue;
      }
      const split = splitCode(text);
      const codeText = k === deepest && codeColumn >= 0 ? cellText(row[codeColumn]) : '';
      const levelHint = k === deepest && levelColumn >= 0 ? levelOf(row[levelColumn]) : k;
      unit = builder.addUnit({
        name: split.name,
        code: codeText !== '' ? codeText : split.code,
        levelHint: levelHint ?? k,
        indent: null,
        row: origin.row + r,
      });
      entryOfKey.set(key, unit);
    }
    pathAbove.length = deepest + 1;
    return unit;
  };

  for (let r = frame.firstDataRow; r < frame.end; r++) {
    const row = values[r];
    const { text, line } = labelOf(row, frame.labelColumn, frame.lineOf);
    current = unitOfPath(row, r);
    if (line === null && figuresEmpty(row, frame)) continue;
    builder.addRow(r, text, line, current);
  }
}

const totalWord = /\s+(?:yhteensä|yht\.?|totalt|sammanlagt|summa|total)$/i;

/** 'Kaupunginhallitus yhteensä' is Kaupunginhallitus: the row is its own total. */
function withoutTotalWord(text: string): string {
  return text.replace(totalWord, '').trim();
}
