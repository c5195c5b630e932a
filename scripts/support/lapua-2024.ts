/**
 * The Lapua 2024 board tables (scripts/realdata/lapua-2024.json, real published minutes) as a
 * workbook a controller would assemble from them: one sheet per board, named after it, each
 * with the minutes' own title, column labels, line order and printed figures (whole euros,
 * '#,##0'). Nothing is corrected: the mixed signs, the rounding differences and the block that
 * does not add up stay as printed, since those are what the checks are for.
 */
import type ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newWorkbook, put, putRows, type Written } from './workbook-writing';

export interface LapuaLine {
  readonly ta_lta: number;
  readonly tot: number;
  readonly poik: number | null;
  readonly pct: number;
}

export interface LapuaBoard {
  readonly unit: string;
  readonly columns_printed: readonly string[];
  readonly as_of?: string;
  readonly lines: Readonly<Record<string, LapuaLine>>;
  readonly page: { readonly pdf: number; readonly printed: string };
}

export function lapuaBoards(): LapuaBoard[] {
  return JSON.parse(readFileSync(join(__dirname, '..', 'realdata', 'lapua-2024.json'), 'utf8')) as LapuaBoard[];
}

/** Where each board's figures sit, for tests that name the cells: header row 3, lines from row 4 in printed order. */
export const lapuaLayout = { headerRow: 3, firstLineRow: 4, labelColumn: 'A' } as const;

export function buildLapua2024(boards: readonly LapuaBoard[] = lapuaBoards()): ExcelJS.Workbook {
  const workbook = newWorkbook();
  for (const board of boards) {
    const sheet = workbook.addWorksheet(board.unit);
    const asOf = board.as_of ? ` (${board.as_of})` : '';
    put(sheet, 'A1', `${board.unit}: talousarvion toteutuminen 2024, €${asOf}`);
    // Which figure goes under which printed column: budget, actual, deviation (Tekninen only), percentage.
    const hasDeviation = board.columns_printed.length === 4;
    putRows(sheet, lapuaLayout.headerRow, 1, [['', ...board.columns_printed]]);
    Object.entries(board.lines).forEach(([label, line], i) => {
      const figures: Written[] = hasDeviation
        ? [line.ta_lta, line.tot, line.poik, line.pct]
        : [line.ta_lta, line.tot, line.pct];
      const row = lapuaLayout.firstLineRow + i;
      put(sheet, `A${row}`, label);
      figures.forEach((value, c) => {
        const isPercent = c === figures.length - 1;
        put(sheet, `${String.fromCharCode(66 + c)}${row}`, value, { numFmt: isPercent ? '0.0' : '#,##0' });
      });
    });
    put(
      sheet,
      `A${lapuaLayout.firstLineRow + Object.keys(board.lines).length + 1}`,
      `Lähde: pöytäkirja, s. ${board.page.printed}`,
    );
  }
  return workbook;
}
