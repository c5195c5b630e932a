import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { analyze } from '../../src/core';
import type { Analysis } from '../../src/core/model';
import { renderFinding } from '../../src/core/render';
import { createExcelOperations } from '../../src/excel';
import { HeadlessWorkbook } from '../../src/headless';
import { readSnapshot } from '../../src/xlsx';

const bytes = (name: string) => new Uint8Array(readFileSync(`test/fixtures/${name}`));

/** The same file through both readers: the .xlsx reader (check) and Office.js on the headless host (the add-in). */
async function bothReaders(name: string): Promise<readonly [string, Analysis][]> {
  const book = await HeadlessWorkbook.load(bytes(name));
  const officeSnapshot = await createExcelOperations(book.host, book.office).readWorkbook();
  return [
    ['xlsx reader', analyze(await readSnapshot(bytes(name)))],
    ['Office.js reader', analyze(officeSnapshot)],
  ];
}

describe('dates and truth values in figure cells (date-figures.xlsx)', () => {
  test.each(['xlsx reader', 'Office.js reader'])(
    'through the %s: each is a type error at its cell, never summed',
    async (reader) => {
      const analysis = new Map(await bothReaders('date-figures.xlsx')).get(reader)!;
      const typeErrors = analysis.findings.filter((f) => f.code === 'type-error');
      expect(typeErrors.map((f) => [f.cell, f.messageId, f.data.text])).toEqual([
        ['D3', 'finding.type-error.date', '2024-12-31'],
        ['C7', 'finding.type-error.date', '2024-06-30'],
        ['D8', 'finding.type-error.boolean', 'TRUE'],
        ['C9', 'finding.type-error.date', '2024-12-31'],
      ]);
      expect(typeErrors.every((f) => f.severity === 'error')).toBe(true);
      // 31.12.2024 is 45 657 to Excel: summed, Toimintakulut would be "off" by it at D5 and the margin at D6.
      expect(analysis.findings.filter((f) => f.code === 'total-mismatch')).toEqual([]);
      const personnel = analysis.tables[0].rows.find((row) => row.label === 'Henkilöstökulut')!;
      expect(Object.values(personnel.figures).map((figure) => figure.value)).toEqual([3_980_000 / 1000, null]);
    },
  );

  test('the message names the date as the user wrote it, in the user’s language', async () => {
    const [[, analysis]] = await bothReaders('date-figures.xlsx');
    const date = analysis.findings.find((f) => f.cell === 'D3')!;
    expect(renderFinding(date, 'fi')).toContain('päivämäärä 2024-12-31');
    expect(renderFinding(date, 'sv')).toContain('datumet 2024-12-31');
    expect(renderFinding(date, 'en')).toContain('the date 2024-12-31');
  });
});

test('in a workbook that counts dates from 1904, the message names the same dates (the .xlsx reader)', async () => {
  // The same dates saved in the 1904 system, as Excel for Mac used to: each serial is 1462 days less.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync('test/fixtures/date-figures.xlsx') as unknown as ArrayBuffer);
  workbook.properties.date1904 = true;
  const data = new Uint8Array(await workbook.xlsx.writeBuffer());
  const snapshot = await readSnapshot(data);
  expect(snapshot.sheets[0].date1904).toBe(true);
  const dates = analyze(snapshot).findings.filter((f) => f.messageId === 'finding.type-error.date');
  expect(dates.map((f) => [f.cell, f.data.text])).toEqual([
    ['D3', '2024-12-31'],
    ['C7', '2024-06-30'],
    ['C9', '2024-12-31'],
  ]);
});

describe('a plan under half the displayed unit is a zero plan (tiny-plan.xlsx)', () => {
  test('no per cent of it, and the absolute threshold alone colours it', async () => {
    const analysis = analyze(await readSnapshot(bytes('tiny-plan.xlsx')));
    const income = analysis.deviations.find((d) => d.line === 'income')!;
    expect(income.plan).toBeCloseTo(0.000001, 12);
    expect(income.deviationPct).toBeNull();
    // 3.7 M€ more income than a plan of nothing: favourable, green.
    expect([income.direction, income.status]).toEqual(['favourable', 'green']);
    const services = analysis.deviations.find((d) => d.line === 'purchasedServices')!;
    expect(services.deviationPct).toBeNull();
    // 49 870 € of unplanned cost: unfavourable, yet under the 50 000 € yellow threshold, so green by its euros.
    expect([services.direction, services.status]).toEqual(['unfavourable', 'green']);
    const others = analysis.deviations.find((d) => d.line === 'otherExpenses')!;
    expect(others.deviationPct).toBeCloseTo(((10_628_230 - 12_058_400) / 12_058_400) * 100, 6);
  });
});
