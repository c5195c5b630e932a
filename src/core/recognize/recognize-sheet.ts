/**
 * Budget tables on one sheet.
 *
 * The header rows are found first (header.ts); two tables standing side by side on them are cut
 * apart and read each on its own (side-by-side.ts). Each table's frame (table-frame.ts) says what
 * its columns are; then one layout reader reads its rows: unit-columns.ts (an export with several
 * unit columns), long-layout.ts (one unit column), block-layout.ts (unit headings) with
 * statement-blocks.ts (repeated headers of the same columns, each after its unit's heading). A
 * vertical budget chain (budget-chain.ts: Alkuperäinen, Muutos, Yhteensä) is read inside any of
 * them by the table builder. A new layout is one new reader.
 */
import { columnLetters, parseA1, toA1 } from '../address';
import type { BudgetTable, TableLayout } from '../model';
import type { LayoutProblem } from '../rules/layout-unclear';
import type { RecognitionOverride } from '../settings';
import type { SheetSnapshot } from '../snapshot';
import { readBlockLayout } from './block-layout';
import type { RecognitionGuide } from './guide';
import { findHeaders, guidedHeader, localOverrides, type Header } from './header';
import { readLongLayout } from './long-layout';
import { sideBySideCut, sliceColumns } from './side-by-side';
import { statementBlocksOf } from './statement-blocks';
import { createTableBuilder, type TableBuilder } from './table-builder';
import { frameOf, type TableFrame } from './table-frame';
import { readUnitColumns } from './unit-columns';

/**
 * The budget tables of a sheet. With guides (the user's mapping of tables on it), the guided
 * tables are read exactly as guided, and recognition still finds the others: a recognised table
 * reaching into a guided table's rows is the guided one, read wrongly, and is left out.
 */
export function recognizeSheet(
  sheet: SheetSnapshot,
  override?: RecognitionOverride,
  guides: readonly RecognitionGuide[] = [],
): BudgetTable[] {
  if (sheet.values.length === 0) return [];
  if (guides.length > 0) {
    const guided = guides.flatMap((guide) => {
      const frame = frameOf(sheet, guidedHeader(sheet.values, guide), guide.end, 0, { guide });
      if (!frame) return [];
      const builder = createTableBuilder(frame);
      const layout = guide.layout === 'block' ? 'block' : readByUnitColumns(builder);
      if (layout === 'block') readBlockLayout(builder);
      return builder.build(layout, layout === 'block' ? 'order' : 'sums') ?? [];
    });
    const spans = guides.map(
      (guide) => [sheet.origin.row + guide.headerRow, sheet.origin.row + guide.end - 1] as const,
    );
    const others = recognizeSheet(sheet, override).filter(
      (table) => !spans.some(([top, bottom]) => table.headerRow <= bottom && lastRowOf(table) >= top),
    );
    return [...others, ...guided].sort((a, b) => a.headerRow - b.headerRow);
  }
  const overrides = localOverrides(sheet, override);
  const headers = findHeaders(sheet.values, overrides);
  if (headers.length === 0) return [];
  if (overrides.size === 0) {
    const cut = sideBySideCut(sheet, headers[0]);
    if (cut !== null) {
      return [
        ...readTables(sliceColumns(sheet, 0, cut), override, 'left'),
        ...readTables(sliceColumns(sheet, cut, sheet.values[0].length), override, 'right'),
      ];
    }
  }
  return readTables(sheet, override, null);
}

function readTables(sheet: SheetSnapshot, override: RecognitionOverride | undefined, side: 'left' | 'right' | null) {
  const headers = findHeaders(sheet.values, localOverrides(sheet, override));
  const tables: BudgetTable[] = [];
  const groups = statementGroups(sheet, headers);
  groups.forEach((group, i) => {
    const end = i + 1 < groups.length ? groups[i + 1][0].rows[0] : sheet.values.length;
    const titleTop = i > 0 ? groups[i - 1][groups[i - 1].length - 1].firstDataRow : 0;
    const frame = frameOf(sheet, group[0], end, titleTop, { forcedSign: override?.costSign, side });
    if (!frame) return;
    const table = readTable(frame, group.slice(1), i > 0);
    if (table) tables.push(table);
  });
  return tables;
}

/**
 * Headers grouped into tables: a header that repeats the previous one's figure columns (same
 * columns, same kinds) over a table without unit columns is the next statement block of the same table.
 */
function statementGroups(sheet: SheetSnapshot, headers: readonly Header[]): Header[][] {
  const groups: Header[][] = [];
  for (const header of headers) {
    const group = groups[groups.length - 1];
    if (group && sameColumns(group[0], header) && !hasUnitColumns(sheet, group[0], header.rows[0])) group.push(header);
    else groups.push([header]);
  }
  return groups;
}

function sameColumns(a: Header, b: Header): boolean {
  if (a.cells.length !== b.cells.length) return false;
  return a.cells.every((cell, i) => cell.column === b.cells[i].column && cell.kind === b.cells[i].kind);
}

function hasUnitColumns(sheet: SheetSnapshot, header: Header, end: number): boolean {
  const frame = frameOf(sheet, header, end, 0);
  return frame !== null && frame.unitColumns.length > 0;
}

function lastRowOf(table: BudgetTable): number {
  const end = parseA1(table.range.split(':').at(-1) ?? '');
  return end?.row ?? table.headerRow;
}

/** Reads a table with unit columns by the reader for one or for several. */
function readByUnitColumns(builder: TableBuilder): 'long' | 'unit-columns' {
  if (builder.frame.unitColumns.length > 1) {
    readUnitColumns(builder);
    return 'unit-columns';
  }
  readLongLayout(builder);
  return 'long';
}

function readTable(frame: TableFrame, blocks: readonly Header[], laterTable: boolean): BudgetTable | null {
  const builder = createTableBuilder(frame);
  let layout: TableLayout;
  if (frame.unitColumns.length > 0) {
    layout = readByUnitColumns(builder);
  } else {
    readBlockLayout(builder, blocks.length > 0 ? statementBlocksOf(frame, blocks) : null, laterTable);
    layout = blocks.length > 0 ? 'statement-blocks' : 'block';
  }
  // A block table's first heading is its top; statement blocks are a board's and its task areas' unless their names say otherwise.
  const fallback = layout === 'block' ? 'order' : layout === 'statement-blocks' ? 'boards' : 'sums';
  return builder.build(layout, fallback, unclearColumns(frame));
}

/**
 * layout-unclear: two figure columns of the same kind, year and period in one table, with no
 * label column between them to make them two tables: which unit's figures the second holds,
 * the engine cannot tell. Said at the second column's header cell; the first is read.
 */
function unclearColumns(frame: TableFrame): LayoutProblem[] {
  const findings: LayoutProblem[] = [];
  const seen = new Map<string, number>();
  const headerRow = frame.sheet.origin.row + frame.header.labelRow;
  for (const column of frame.figureColumns) {
    const key = `${column.kind}|${column.year ?? ''}|${column.months?.from ?? ''}-${column.months?.to ?? ''}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, column.column);
      continue;
    }
    findings.push({
      cell: toA1(headerRow, column.column),
      messageId: 'finding.layout-unclear.repeated-column',
      data: { column: column.label, first: columnLetters(first) },
    });
  }
  return findings;
}
