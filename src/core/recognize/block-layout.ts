/**
 * The block layout: a unit heading row (a name, every figure cell empty) before each unit's
 * lines; levels from a level column, codes in the headings, indentation, else the order.
 *
 * Statement blocks are the same read across repeated headers: each unit's heading, its own
 * header row, its lines, again and again down the sheet. The unit of a block is named by the
 * heading above its header, or by the header's own label cell when that holds a name
 * ('Sivistyslautakunta | TA 2024 | Toteutuma | Erotus'). The first block (a board's) is the
 * parent of the others (its task areas') unless codes, indentation or a level column say otherwise,
 * or the names do: blocks that are all boards (lautakunta, hallitus, nämnd, …) stand side by side,
 * and blocks whose names say nothing are nested only when the first block holds the others' sums.
 *
 * A heading may be named like a line (a unit called 'Toimintakate'): a row whose figures are all
 * empty is a heading, not an empty line, when its unit already has that line, or when it names
 * the margin and lines other than the margin follow it.
 */
import type { LineKind } from '../model';
import type { CellValue } from '../snapshot';
import { columnLabelOf } from './column-labels';
import type { Header } from './header';
import { lineOfLabel } from './line-labels';
import { scaleIn } from './scale';
import { structureRoleOf } from './structure-labels';
import { cellText, figuresEmpty, indentOf, labelOf, levelOf, type TableBuilder } from './table-builder';
import { splitCode } from './units';

/** Words a header writes over its label column that name no unit. */
const genericLabelHeaders = new Set([
  'rivi',
  'tili',
  'tilit',
  'erittely',
  'erä',
  'nimike',
  'selite',
  'tuloslaskelma',
  'käyttötalous',
  'line',
  'lines',
  'account',
  'item',
  'rad',
  'konto',
  'post',
  'resultaträkning',
]);

/**
 * Reads the rows of a block table; `blocks` are the headers of the further statement blocks
 * inside it (their rows are headers, not lines).
 */
export function readBlockLayout(builder: TableBuilder, blocks: readonly Header[] = []): void {
  const { frame } = builder;
  const { values, indents, origin } = frame.sheet;
  const { labelColumn, codeColumn, levelColumn, isFigure } = frame;
  let current = -1;

  const addHeading = (r: number, column: number): void => {
    const split = splitCode(cellText(values[r][column]));
    const codeText = codeColumn >= 0 ? cellText(values[r][codeColumn]) : '';
    current = builder.addUnit({
      name: split.name,
      code: codeText !== '' ? codeText : split.code,
      levelHint: levelColumn >= 0 ? levelOf(values[r][levelColumn]) : null,
      indent: indentOf(values[r][column], indents?.[r]?.[column]),
      row: origin.row + r,
    });
  };

  // The first block's heading stands above the table's header.
  const firstHeading = headingOf(values, frame.header, frame.titleTop, labelColumn);
  if (blocks.length > 0 && firstHeading !== null) addHeading(firstHeading.row, firstHeading.column);
  // A single block names its unit only in its header's own label cell: a title above may be the sheet's, not a unit's.
  else if (blocks.length === 0 && headerName(values[frame.header.labelRow], labelColumn))
    addHeading(frame.header.labelRow, labelColumn);
  const blockAt = new Map(blocks.map((header) => [header.rows[0], header] as const));

  for (let r = frame.firstDataRow; r < frame.end; r++) {
    const block = blockAt.get(r);
    if (block) {
      // A block's own header: its name in the label cell, else the heading read above it.
      const named = headerName(values[block.labelRow], labelColumn);
      if (named) addHeading(block.labelRow, labelColumn);
      r = block.firstDataRow - 1;
      continue;
    }
    const row = values[r];
    const { text, line } = labelOf(row, labelColumn, frame.lineOf);
    const empty = figuresEmpty(row, frame);
    if (empty && (line === null || namesUnit(builder, current, r, line))) {
      if (blocks.length > 0 && isHeadingOfNextBlock(r, blockAt, values, labelColumn)) continue;
      const headingColumn = text !== '' ? labelColumn : firstTextColumn(row, isFigure);
      if (headingColumn < 0) continue;
      addHeading(r, headingColumn);
      continue;
    }
    if (text === '' && empty) continue;
    builder.addRow(r, text, line, current);
  }
}

/** Whether an empty row named like a line is a unit's heading (see the module's comment). */
function namesUnit(builder: TableBuilder, current: number, r: number, line: LineKind): boolean {
  if (current >= 0 && builder.hasLine(current, line)) return true;
  if (line !== 'margin') return false;
  const { frame } = builder;
  for (let next = r + 1; next < frame.end; next++) {
    const row = frame.sheet.values[next];
    const following = labelOf(row, frame.labelColumn, frame.lineOf);
    if (following.text === '') continue;
    return following.line !== null && following.line !== 'margin' && !figuresEmpty(row, frame);
  }
  return false;
}

/** A heading right above a later block's header whose label cell names the unit itself is that block's title, no unit. */
function isHeadingOfNextBlock(
  r: number,
  blockAt: ReadonlyMap<number, Header>,
  values: readonly (readonly CellValue[])[],
  labelColumn: number,
): boolean {
  for (let next = r + 1; next < values.length && next <= r + 2; next++) {
    const block = blockAt.get(next);
    if (block) return headerName(values[block.labelRow], labelColumn);
    if (values[next].some((value) => cellText(value) !== '')) return false;
  }
  return false;
}

/** Whether a header row's label cell names a unit (text that is no column, line, structure or scale word). */
function headerName(row: readonly CellValue[], labelColumn: number): boolean {
  const text = cellText(row[labelColumn]);
  if (text === '' || /^\d/.test(text)) return false;
  if (genericLabelHeaders.has(text.toLowerCase().replace(/[:.]$/, ''))) return false;
  if (columnLabelOf(text) !== null || lineOfLabel(text) !== null || structureRoleOf(text) !== null) return false;
  const scale = scaleIn(text);
  return scale === null || text.replace(text.slice(scale.index, scale.index + scale.length), '').trim().length > 2;
}

/**
 * The heading of the first statement block: the header's own label cell when it names a unit,
 * else the nearest row above the header (within two rows) holding one text and nothing else.
 */
function headingOf(
  values: readonly (readonly CellValue[])[],
  header: Header,
  titleTop: number,
  labelColumn: number,
): { row: number; column: number } | null {
  const bottom = header.labelRow;
  if (headerName(values[bottom], labelColumn)) return { row: bottom, column: labelColumn };
  for (let r = header.rows[0] - 1; r >= Math.max(titleTop, header.rows[0] - 2); r--) {
    const texts = values[r].map((value, c) => [cellText(value), c] as const).filter(([text]) => text !== '');
    if (texts.length === 0) continue;
    if (texts.length > 1 || typeof values[r][texts[0][1]] !== 'string') return null;
    const [text, column] = texts[0];
    const scale = scaleIn(text);
    if (scale !== null || columnLabelOf(text) !== null) return null;
    return { row: r, column };
  }
  return null;
}

function firstTextColumn(row: readonly CellValue[], isFigure: ReadonlySet<number>): number {
  for (let c = 0; c < row.length; c++) {
    if (!isFigure.has(c) && typeof row[c] === 'string' && (row[c] as string).trim() !== '') return c;
  }
  return -1;
}
