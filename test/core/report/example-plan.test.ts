/**
 * The plan of the bundled example, read from the real .xlsx and analysed by the real engine,
 * against figures worked out by hand from the example's cells (Talous, 1 000 €):
 *
 *   Kasvupalvelut       tuotot TOT 3 712,5 (TP 1 986,3)  kulut TOT 10 678,1 (TP 10 912,6)
 *                       toimintakate ENN −6 965,6 − KS+LTA:t −8 806,1 = +1 840,5
 *   Työllisyyspalvelut  tuotot TOT 1 812,7 (TP 1 204,8)  kulut TOT 25 677,5 (TP 27 318,4)
 *                       toimintakate ENN −23 864,8 − KS+LTA:t −25 608,1 = +1 743,3
 *   Elinvoiman palvelualue (sum of the two)  tuotot 5 525,2 (3 191,1)  kulut 36 355,6 (38 231,0)
 *                       toimintakate −30 830,4 − (−34 414,2) = +3 583,8
 *   Avustukset over plan: ELVO +1 608,3 (7,6 %), Työllisyyspalvelut +1 352,4 (7,5 %),
 *   Kasvupalvelut +255,9 (7,8 %): beyond 5 % and 200 000 €, so red.
 *
 * Shown in milj. € these are the seed's 3,7 (2,0), 10,7 (10,9); 1,8 (1,2), 25,7 (27,3).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import type { PlannedValue } from '../../../src/core/plan';
import { planReport } from '../../../src/core/report';
import { readSnapshot } from '../../../src/xlsx';
import { block, rowOf, sheetOf } from './plan-helpers';

const thousand = 1000;

function expectEuros(actual: readonly PlannedValue[], expected: readonly (number | string)[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => {
    if (typeof value === 'number') expect(actual[i] as number).toBeCloseTo(value, 2);
    else expect(actual[i]).toBe(value);
  });
}

describe('the report plan of examples/elvo-q4-2024.xlsx', () => {
  let plan: ReturnType<typeof planReport>;

  beforeAll(async () => {
    const snapshot = await readSnapshot(readFileSync(join(__dirname, '../../../examples/elvo-q4-2024.xlsx')));
    plan = planReport(analyze(snapshot), { language: 'fi', scale: 'milj' });
  });

  test('Summary: key figures per responsibility area and for the service area', () => {
    const summary = sheetOf(plan, 'summary');
    const row = (name: string) => summary.values[rowOf(summary, name)].slice(0, 7);
    expectEuros(row('Kasvupalvelut'), ['Kasvupalvelut', 3712.5 * thousand, 1986.3 * thousand, 10678.1 * thousand, 10912.6 * thousand, 1840.5 * thousand, 'Suotuisa']);
    expectEuros(row('Työllisyyspalvelut'), ['Työllisyyspalvelut', 1812.7 * thousand, 1204.8 * thousand, 25677.5 * thousand, 27318.4 * thousand, 1743.3 * thousand, 'Suotuisa']);
    expectEuros(row('Elinvoiman palvelualue yhteensä'), [
      'Elinvoiman palvelualue yhteensä', 5525.2 * thousand, 3191.1 * thousand, 36355.6 * thousand, 38231.0 * thousand, 3583.8 * thousand, 'Suotuisa',
    ]);
    const shown = (value: PlannedValue) => Math.round((value as number) / 100_000) / 10;
    expect(row('Kasvupalvelut').slice(1, 5).map(shown)).toEqual([3.7, 2.0, 10.7, 10.9]);
    expect(row('Työllisyyspalvelut').slice(1, 5).map(shown)).toEqual([1.8, 1.2, 25.7, 27.3]);
  });

  test('Summary charts: their source blocks hold the example figures', () => {
    const summary = sheetOf(plan, 'summary');
    const [incomeExpenses, margin] = summary.charts;
    const rows = block(summary, incomeExpenses.source);
    expect(rows[0]).toEqual(['Vastuualue', 'TP 2023', 'KS+LTA:t', 'ENN 2024']);
    expectEuros(rows[1], ['Kasvupalvelut: tuotot', 1986.3 * thousand, 3252.3 * thousand, 3712.5 * thousand]);
    expectEuros(rows[2], ['Kasvupalvelut: kulut', 10912.6 * thousand, 12058.4 * thousand, 10678.1 * thousand]);
    expectEuros(rows[3], ['Työllisyyspalvelut: tuotot', 1204.8 * thousand, 1690.6 * thousand, 1812.7 * thousand]);
    expectEuros(rows[4], ['Työllisyyspalvelut: kulut', 27318.4 * thousand, 27298.7 * thousand, 25677.5 * thousand]);
    const bars = block(summary, margin.source);
    expectEuros(bars[3], ['Elinvoiman palvelualue yhteensä', 3583.8 * thousand]);
  });

  test('Deviations: the three grants lines are red and first, largest first; 30 rows in all', () => {
    const sheet = sheetOf(plan, 'deviations');
    const { firstRow, lastRow } = sheet.commentary!;
    expect(lastRow - firstRow + 1).toBe(30);
    const red = sheet.values.slice(firstRow, firstRow + 3);
    expectEuros(red[0].slice(0, 5), ['Elinvoiman palvelualue', 'Avustukset', 21270 * thousand, 22878.3 * thousand, 1608.3 * thousand]);
    expectEuros(red[1].slice(0, 5), ['Työllisyyspalvelut', 'Avustukset', 18000 * thousand, 19352.4 * thousand, 1352.4 * thousand]);
    expectEuros(red[2].slice(0, 5), ['Kasvupalvelut', 'Avustukset', 3270 * thousand, 3525.9 * thousand, 255.9 * thousand]);
    expect(red.map((r) => r[7])).toEqual(['Punainen', 'Punainen', 'Punainen']);
    expect(red[2][5] as number).toBeCloseTo(255.9 / 3270, 6);
    expect(sheet.values[firstRow + 3][7]).toBe('Vihreä');
  });

  test('Strategy: the seed totals 16 achieved, 6 partly, 0 not achieved, over the five goals', () => {
    const sheet = sheetOf(plan, 'strategy');
    const total = sheet.values[rowOf(sheet, 'Yhteensä')];
    expect(total.slice(0, 5)).toEqual(['Yhteensä', 16, 6, 0, 22]);
    expect(block(sheet, 'A4:A8').flat()).toEqual([
      'Hiilineutraali Lahti', 'Osaava Lahti', 'Elävä Lahti', 'Hyvinvoiva Lahti', 'Houkutteleva työyhteisö Lahti',
    ]);
    expect(sheet.charts[0].source).toBe('A3:D8');
  });
});
