/** Helpers for the host's own tests: a workbook in a few lines, and Office-shaped error matching. */
import ExcelJS from 'exceljs';
import { HeadlessWorkbook, type HeadlessOptions } from '../../src/headless';

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export function run<T>(book: HeadlessWorkbook, batch: Batch<T>): Promise<T> {
  return book.host.run(batch);
}

/** What Office rejects a sync with: an OfficeExtension.Error-like object with this code. */
export function officeError(code: string): object {
  return { name: 'RichApi.Error', code, message: expect.any(String), debugInfo: expect.objectContaining({ code }) };
}

/** A real .xlsx written by ExcelJS: one sheet 'Budjetti' with the rows given (A1 down). */
export async function xlsxWith(rows: unknown[][], build?: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Budjetti');
  for (const row of rows) sheet.addRow(row);
  build?.(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function openXlsx(rows: unknown[][], options?: HeadlessOptions, build?: (workbook: ExcelJS.Workbook) => void): Promise<HeadlessWorkbook> {
  return HeadlessWorkbook.load(await xlsxWith(rows, build), options);
}

/** Opens saved bytes with ExcelJS directly, to assert what a reader of the file sees. */
export async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}
