/**
 * The block layout: a unit heading row (a name, every figure cell empty) before each unit's
 * lines; levels from a level column, codes in the headings, indentation, else the order.
 *
 * Statement blocks (statement-blocks.ts) are read by the same reader across their repeated headers.
 *
 * A heading may be named like a line (a unit called 'Toimintakate'): a row whose figures are all
 * empty is a heading, not an empty line, when its unit already has that line, when the same line
 * follows it before the next such row, or when the line right after it comes earlier in an
 * income statement (a 'Toimintakate' followed by Toimintatuotot).
 */
import type { LineKind } from '../model';
import { topLineOf } from '../model';
import type { CellValue } from '../snapshot';
import { singleBlockName, type StatementBlocks } from './statement-blocks';
import { cellText, figuresEmpty, indentOf, labelOf, levelOf } from './row-cells';
import type { TableBuilder } from './table-builder';
import { splitCode } from './units';

/**
 * Reads the rows of a block table; `blocks`, for statement blocks, are where the further blocks'
 * headers stand and how each block is named (statement-blocks.ts); `laterTable` when the table is
 * not the sheet's first.
 */
export function readBlockLayout(
  builder: TableBuilder,
  blocks: StatementBlocks | null = null,
  laterTable = false,
): void {
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

  const first = blocks ? blocks.firstHeading : singleBlockName(frame, laterTable);
  if (first !== null) addHeading(first.row, first.column);

  for (let r = frame.firstDataRow; r < frame.end; r++) {
    const block = blocks?.headerAt(r);
    if (block) {
      // A block's own header: its name in the label cell, else the heading read above it.
      if (blocks?.namedInHeader(block)) addHeading(block.labelRow, labelColumn);
      r = block.firstDataRow - 1;
      continue;
    }
    const row = values[r];
    const { text, line } = labelOf(row, labelColumn, frame.lineOf);
    const empty = figuresEmpty(row, frame);
    if (empty && (line === null || namesUnit(builder, current, r, line))) {
      if (blocks?.isTitleOfNextBlock(r)) continue;
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
  const { frame } = builder;
  let first = true;
  // The lines below it, up to the next row of empty figures: the unit's own lines.
  for (let next = r + 1; next < frame.end; next++) {
    const row = frame.sheet.values[next];
    const following = labelOf(row, frame.labelColumn, frame.lineOf);
    if (following.text === '') continue;
    if (figuresEmpty(row, frame)) return false;
    // A line repeated below its empty namesake heads them, and so does a row the next line would precede in a statement.
    if (following.line === line) return true;
    if (first && following.line !== null && statementOrder(following.line) < statementOrder(line)) return true;
    first = false;
  }
  return false;
}

/**
 * Where a line's top line stands in an income statement: income, expenses, margin. Own-account
 * production stands before or after the expenses, as statements differ: it orders nothing.
 */
function statementOrder(line: LineKind): number {
  const top = topLineOf(line);
  return top === 'ownProduction' ? Number.NaN : ['income', 'expenses', 'margin'].indexOf(top);
}

function firstTextColumn(row: readonly CellValue[], isFigure: ReadonlySet<number>): number {
  for (let c = 0; c < row.length; c++) {
    if (!isFigure.has(c) && typeof row[c] === 'string' && (row[c] as string).trim() !== '') return c;
  }
  return -1;
}
