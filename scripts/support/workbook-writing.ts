/**
 * Small helpers the example and fixture scripts share to write real .xlsx files with ExcelJS:
 * cells with formulas and their cached results, number formats, indents and status fills.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type Written =
  | number
  | string
  | boolean
  | null
  | Date
  | { readonly formula: string; readonly result?: number | string | boolean | { error: string } }
  | { readonly error: string }
  | { readonly richText: readonly { text: string; bold?: boolean }[] }
  | { readonly text: string; readonly hyperlink: string };

export interface CellStyle {
  readonly numFmt?: string;
  readonly indent?: number;
  /** '#RRGGBB' solid fill. */
  readonly fill?: string;
  readonly bold?: boolean;
}

/** Fixed document dates, so that rebuilding a file changes only what its script changed. */
export const documentDate = new Date(Date.UTC(2025, 0, 15, 8, 0, 0));

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'budget-monitor';
  workbook.lastModifiedBy = 'budget-monitor';
  workbook.created = documentDate;
  workbook.modified = documentDate;
  return workbook;
}

export function put(sheet: ExcelJS.Worksheet, address: string, value: Written, style: CellStyle = {}): ExcelJS.Cell {
  const cell = sheet.getCell(address);
  if (value !== null && typeof value === 'object' && 'richText' in value) {
    cell.value = { richText: value.richText.map((run) => ({ text: run.text, font: run.bold ? { bold: true } : {} })) };
  } else {
    cell.value = value as ExcelJS.CellValue;
  }
  applyStyle(cell, style);
  return cell;
}

export function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.numFmt) cell.numFmt = style.numFmt;
  // Excel shows an indent only on left-aligned cells (its UI sets both together).
  if (style.indent) cell.alignment = { ...cell.alignment, horizontal: 'left', indent: style.indent };
  if (style.fill) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill.replace('#', '').toUpperCase()}` } };
  }
  if (style.bold) cell.font = { ...cell.font, bold: true };
}

/** Writes rows of values from a top-left cell; null leaves a cell empty. */
export function putRows(
  sheet: ExcelJS.Worksheet,
  top: number,
  left: number,
  rows: readonly (readonly Written[])[],
  style: CellStyle = {},
): void {
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value === null) return;
      const cell = sheet.getCell(top + r, left + c);
      cell.value = value as ExcelJS.CellValue;
      applyStyle(cell, style);
    });
  });
}

export function formula(text: string, result?: number | string | boolean | { error: string }): Written {
  return result === undefined ? { formula: text } : { formula: text, result };
}

export async function save(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await packageBytes(workbook));
}

export async function packageBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return reproducible(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

/** The same package with every entry dated documentDate, so that an unchanged workbook rebuilds byte for byte. */
async function reproducible(xlsx: Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(xlsx);
  const target = new JSZip();
  for (const [name, entry] of Object.entries(source.files)) {
    if (entry.dir) continue;
    target.file(name, await entry.async('uint8array'), { date: documentDate, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Figures are kept in tenths of the display unit so that every sum in a workbook is exact. */
export function tenths(value: number): number {
  return Math.round(value * 10);
}

export function fromTenths(value: number): number {
  return value / 10;
}

/** Printed (and rendered to PDF) landscape, one page wide. */
export function printOnePageWide(sheet: ExcelJS.Worksheet): void {
  sheet.pageSetup = { ...sheet.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}
