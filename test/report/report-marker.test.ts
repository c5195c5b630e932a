/**
 * The report sheets are known again after a re-save by a tool that drops sheet-scoped defined
 * names (ExcelJS; LibreOffice Calc), by the marker in their title cell's number format: the next
 * run replaces them instead of adding a second report. A user's sheet is never taken for one.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readSnapshot } from '../../src/xlsx';
import { resaveWithLibreOffice } from '../helpers/render';
import { budgetMonitor } from './cli-run';

const example = 'examples/elvo-q4-2024.xlsx';
const dir = mkdtempSync(join(tmpdir(), 'report-marker-'));
const reportSheets = ['Yhteenveto', 'Poikkeamat', 'Strategia (2)', 'Sanasto'];

async function sheetNames(path: string): Promise<string[]> {
  return (await readSnapshot(new Uint8Array(readFileSync(path)))).sheets.map((sheet) => sheet.name);
}

/** The workbook as ExcelJS saves it after a plain load: cells and formats, no sheet-scoped names. */
async function resaveWithExcelJs(path: string, out: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  writeFileSync(out, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return out;
}

async function sheetScopedNames(path: string): Promise<number> {
  const JSZip = (await import('jszip')).default;
  const workbookXml = await (await JSZip.loadAsync(readFileSync(path))).file('xl/workbook.xml')!.async('string');
  return [...workbookXml.matchAll(/<definedName\b[^>]*localSheetId=/g)].length;
}

describe.each([
  ['ExcelJS', (path: string) => resaveWithExcelJs(path, join(dir, 'exceljs.xlsx'))],
  ['LibreOffice Calc', (path: string) => resaveWithLibreOffice(path, join(dir, 'libreoffice'))],
])('a report re-saved by %s', (_tool, resave) => {
  let resaved: string;
  let again: string;

  beforeAll(async () => {
    const first = join(dir, `first-${_tool}.xlsx`);
    expect((await budgetMonitor(['report', example, '--out', first])).code).toBe(0);
    resaved = await resave(first);
    again = join(dir, `again-${_tool}.xlsx`);
    expect((await budgetMonitor(['report', resaved, '--out', again])).code).toBe(0);
  }, 240_000);

  test('still has its report sheets, known by the title marker (the markers by name are gone or not needed)', async () => {
    const snapshot = await readSnapshot(new Uint8Array(readFileSync(resaved)));
    expect(snapshot.sheets.filter((s) => s.reportSheet).map((s) => [s.name, s.reportSheet])).toEqual([
      ['Yhteenveto', 'summary'],
      ['Poikkeamat', 'deviations'],
      ['Strategia (2)', 'strategy'],
      ['Sanasto', 'glossary'],
    ]);
    if (_tool === 'ExcelJS') expect(await sheetScopedNames(resaved)).toBe(0);
  });

  test('the next report replaces them: one set of report sheets, not two', async () => {
    expect(await sheetNames(again)).toEqual(['Talous', 'Strategia', ...reportSheets]);
  });
});

test('a user’s sheet is never taken for a report sheet, whatever its name or title format', async () => {
  const workbook = new ExcelJS.Workbook();
  const own = workbook.addWorksheet('Yhteenveto');
  own.getCell('A1').value = 'Oma yhteenveto';
  own.getCell('A1').numFmt = 'General;-General;"-";@';
  const notes = workbook.addWorksheet('Poikkeamat');
  notes.getCell('A1').value = 'budget-monitor report summary';
  const path = join(dir, 'own.xlsx');
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  expect((await readSnapshot(new Uint8Array(readFileSync(path)))).sheets.map((s) => s.reportSheet)).toEqual([undefined, undefined]);
});
