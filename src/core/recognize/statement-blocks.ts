/**
 * Statement blocks: each unit's heading, its own header row, its lines, again and again down the
 * sheet (one block per board and task area). The unit of a block is named by the heading above
 * its header, or by the header's own label cell when that holds a name ('Sivistyslautakunta |
 * TA 2024 | Toteutuma | Erotus'). The block reader (block-layout.ts) reads the rows; this module
 * says where the blocks' headers stand and what names them. The first block (a board's) is the
 * parent of the others (its task areas') unless codes, indentation or a level column say
 * otherwise, or the names do: blocks that are all boards (lautakunta, hallitus, nämnd, …) stand
 * side by side, and blocks whose names say nothing nest only when the first holds the others'
 * sums (table-builder.ts, 'boards').
 */
import type { CellValue } from '../snapshot';
import { columnLabelOf } from './column-labels';
import type { Header } from './header';
import { lineOfLabel } from './line-labels';
import { cellText } from './row-cells';
import { scaleIn } from './scale';
import { structureRoleOf } from './structure-labels';
import type { TableFrame } from './table-frame';

export interface StatementBlocks {
  /** Where the first block's unit is named. */
  readonly firstHeading: { readonly row: number; readonly column: number } | null;
  /** The header of a further block starting at this local row. */
  headerAt(row: number): Header | undefined;
  /** Whether the block's header names its unit in its label cell. */
  namedInHeader(header: Header): boolean;
  /** A heading right above a block whose header names the unit itself: that block's title, no unit. */
  isTitleOfNextBlock(row: number): boolean;
}

/** The statement blocks of a table: its frame's header first, then the further blocks' headers. */
export function statementBlocksOf(frame: TableFrame, headers: readonly Header[]): StatementBlocks {
  const { values } = frame.sheet;
  const { labelColumn } = frame;
  const blockAt = new Map(headers.map((header) => [header.rows[0], header] as const));
  const namedInHeader = (header: Header): boolean => headerName(values[header.labelRow], labelColumn);
  return {
    firstHeading: headingOf(values, frame.header, frame.titleTop, labelColumn),
    headerAt: (row) => blockAt.get(row),
    namedInHeader,
    isTitleOfNextBlock(row) {
      for (let next = row + 1; next < values.length && next <= row + 2; next++) {
        const block = blockAt.get(next);
        if (block) return namedInHeader(block);
        if (values[next].some((value) => cellText(value) !== '')) return false;
      }
      return false;
    },
  };
}

/**
 * A single block names its unit in its header's own label cell; the heading above names it only
 * when the block is not the sheet's first table (above the first, a title may be the sheet's).
 */
export function singleBlockName(frame: TableFrame, laterTable: boolean): { row: number; column: number } | null {
  const row = frame.header.labelRow;
  if (headerName(frame.sheet.values[row], frame.labelColumn)) return { row, column: frame.labelColumn };
  return laterTable ? headingOf(frame.sheet.values, frame.header, frame.titleTop, frame.labelColumn) : null;
}

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
    // A title ('Toteutumisvertailu 2024, €') is no unit's name: units carry no years or scales.
    if (scale !== null || /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(text) || columnLabelOf(text) !== null) return null;
    return { row: r, column };
  }
  return null;
}
