import { isUnreadableFixture } from '../helpers/unreadable-fixtures';
/**
 * readSnapshot reads the package XML itself, for speed; readSnapshotWithExcelJs goes through
 * ExcelJS's full load. On every real file in the repository they must give the same snapshot.
 */
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSnapshot } from '../../src/xlsx';
import { readSnapshotWithExcelJs } from '../../src/xlsx/read-with-exceljs';
import { readPackage } from '../../src/xlsx/read-package';

const root = join(__dirname, '..', '..');
const files = [
  ...readdirSync(join(root, 'test', 'fixtures'))
    .filter((name) => name.endsWith('.xlsx') && !isUnreadableFixture(name))
    .map((name) => join('test', 'fixtures', name)),
  ...readdirSync(join(root, 'examples'))
    .filter((name) => name.endsWith('.xlsx'))
    .map((name) => join('examples', name)),
];

test.each(files)('%s reads the same through both readers', async (file) => {
  const data = new Uint8Array(readFileSync(join(root, file)));
  expect(await readSnapshot(data)).toEqual(await readSnapshotWithExcelJs(data));
});

test("JSZip's own inflate (the browser's path) reads what Node's zlib reads", async () => {
  const data = new Uint8Array(readFileSync(join(root, 'examples', 'elvo-q2-2025-errors.xlsx')));
  expect(await readPackage(data, { nativeInflate: false })).toEqual(await readPackage(data));
});

test('a sheet of many parts of the inflated stream reads as one: rows, shared strings and a shared formula across chunk boundaries', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Talous');
  sheet.addRow(['Yksikkö', 'Rivi', 'TA 2024', 'TOT 2024', 'Poikkeama']);
  for (let r = 2; r <= 30_001; r++) {
    sheet.addRow([`Kustannuspaikka ${r % 997}`, r % 3 === 0 ? 'Toimintakulut' : 'Toimintatuotot', r * 1.5, r * 1.25]);
  }
  sheet.getCell('E2').value = {
    formula: 'D2-C2',
    result: -0.5,
    shareType: 'shared',
    ref: 'E2:E30001',
  } as ExcelJS.CellValue;
  for (let r = 3; r <= 30_001; r++)
    sheet.getCell(`E${r}`).value = { sharedFormula: 'E2', result: -0.25 * r } as ExcelJS.CellValue;
  sheet.getCell('B20000').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
  const data = new Uint8Array(await workbook.xlsx.writeBuffer());
  const fast = await readSnapshot(data);
  expect(fast.sheets[0].values.length).toBe(30_001);
  expect(fast).toEqual(await readSnapshotWithExcelJs(data));
  expect(await readPackage(data, { nativeInflate: false })).toEqual(fast);
}, 60_000);
