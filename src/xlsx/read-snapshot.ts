/**
 * Reads an .xlsx file into the engine's snapshot, in Node and in the browser. The data is
 * only read: nothing here can write the user's file. ExcelJS is not loaded here (the full load
 * through it, the fast reader's reference, is read-with-exceljs.ts): a check never pays for it.
 */
import { type WorkbookSnapshot } from '../core';
import { classifyContainer } from './errors';
import { readPackage } from './read-package';

/** The snapshot of a workbook, read from the package's XML (see read-package.ts for why not ExcelJS's load). */
export async function readSnapshot(data: Uint8Array | ArrayBuffer): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const container = classifyContainer(bytes);
  if (container !== 'zip') throw container;
  return readPackage(bytes);
}
