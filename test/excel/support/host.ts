/** The real Excel layer on the headless host over a real .xlsx file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExcelOperations } from '../../../src/excel';
import type { ExcelOperations } from '../../../src/excel/types';
import { HeadlessWorkbook } from '../../../src/headless';

export const repoRoot = join(__dirname, '..', '..', '..');

export function fileBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(join(repoRoot, relative)));
}

export interface Opened {
  readonly book: HeadlessWorkbook;
  readonly ops: ExcelOperations;
}

export async function open(data: Uint8Array): Promise<Opened> {
  const book = await HeadlessWorkbook.load(data);
  return { book, ops: createExcelOperations(book.host, book.office) };
}

/** Saves, loads the saved bytes into a fresh host: what Excel would see after reopening the file. */
export async function reopen(book: HeadlessWorkbook): Promise<Opened> {
  return open(await book.save());
}
