/**
 * The deviation column's convention and the cost signs, found from the rows: the four
 * conventions of real statements (shared/domain.md), the reversed column, and a row that fits
 * none of its table's convention (the only chain-mismatch).
 */
import { costSignsOf, varianceConventionOf } from '../../../src/core/deviations/convention';
import { computeDeviations } from '../../../src/core/deviations';
import { defaultSettings } from '../../../src/core/settings';
import { budgetTable, line, unit } from '../helpers/budget-table';
import { check } from '../helpers/check';

const yearEnd = { quarter: 4, year: 2024 } as const;

/** One unit, income 100 → 120, costs 900 → 950 (more cost), margin −800 → −830, with the deviation column given. */
function table(columns: readonly string[], rows: readonly (readonly [string, ...number[]])[]) {
  return budgetTable({ columns, rows: [unit('Kasvupalvelut'), ...rows.map(([label, ...cells]) => line(label, ...cells))] });
}

describe('the deviation convention, decided by the rows', () => {
  test('1: forecast − plan on the figures as written, costs unsigned (the seed)', () => {
    const t = table(['KS+LTA:t', 'ENN', 'Poikkeama'], [
      ['Toimintatuotot', 100, 120, 20],
      ['Toimintakulut', 900, 950, 50],
      ['Toimintakate', -800, -830, -30],
    ]);
    expect(varianceConventionOf(t, null)).toMatchObject({
      convention: 'forecast-minus-plan',
      number: 1,
      plan: { kind: 'currentPlan' },
      actual: { kind: 'forecast' },
      rows: 3,
      fitting: 3,
    });
    expect(check('chain-mismatch', t)).toEqual([]);
  });

  test('2: costs negative, Toteutuma − TA: positive is favourable on every line', () => {
    const t = table(['TA', 'Toteutuma', 'Poikkeama'], [
      ['Toimintatuotot', 100, 120, 20],
      ['Toimintakulut', -900, -950, -50],
      ['Toimintakate', -800, -830, -30],
    ]);
    expect(costSignsOf(t).table).toBe('negative');
    expect(varianceConventionOf(t, null)).toMatchObject({
      convention: 'negative-costs',
      number: 2,
      plan: { kind: 'budget' },
      actual: { kind: 'actual' },
    });
    expect(check('chain-mismatch', t)).toEqual([]);
  });

  test('3: costs unsigned, budget − actual for costs and actual − budget for income', () => {
    const t = table(['TA', 'Toteutuma', 'Erotus'], [
      ['Toimintatuotot', 100, 120, 20],
      ['Toimintakulut', 900, 950, -50],
      ['Toimintakate', -800, -830, -30],
    ]);
    expect(varianceConventionOf(t, null)).toMatchObject({ convention: 'favourable-positive', number: 3, fitting: 3 });
    expect(check('chain-mismatch', t)).toEqual([]);
    // The margin's deviation adds the cost deviation under this convention: −30 = 20 + (−50).
    expect(check('total-mismatch', t)).toEqual([]);
  });

  test('4: a budget unsigned beside a negative actual, the deviation on the sizes', () => {
    const t = table(['Talousarvio', 'Toteuma', 'Poikkeama'], [
      ['Toimintatuotot', 100, 120, 20],
      ['Toimintakulut', 900, -950, 50],
      ['Toimintakate', -800, -830, -30],
    ]);
    expect(costSignsOf(t)).toMatchObject({ table: 'mixed' });
    expect(varianceConventionOf(t, null)).toMatchObject({ convention: 'mixed-signs', number: 4, fitting: 3 });
    expect(check('chain-mismatch', t)).toEqual([]);
    expect(check('total-mismatch', t)).toEqual([]);
    expect(check('sign-inconsistent', t).map((f) => [f.severity, f.messageId, f.cell])).toEqual([
      ['warning', 'finding.sign-inconsistent.columns', 'C4'],
    ]);
    const [, costs] = computeDeviations([t], defaultSettings, yearEnd);
    expect([costs.deviation, costs.direction]).toEqual([50, 'unfavourable']);
  });

  test('one wrong sign in a column is a wrong cell, not the fourth convention', () => {
    const t = table(['TP', 'KS+LTA:t', 'ENN', 'Poikkeama'], [
      ['Toimintatuotot', 90, 100, 120, 20],
      ['Henkilöstökulut', -400, 400, 410, 10],
      ['Toimintakulut', 880, 900, 950, 50],
      ['Toimintakate', -790, -800, -830, -30],
    ]);
    expect(costSignsOf(t).columns.map((c) => c.sign)).toEqual(['mixed', 'unsigned', 'unsigned']);
    expect(costSignsOf(t).table).toBe('unsigned');
    expect(varianceConventionOf(t, null)).toMatchObject({ convention: 'forecast-minus-plan', number: 1 });
    expect(check('sign-inconsistent', t).map((f) => [f.severity, f.messageId, f.cell])).toEqual([
      ['error', 'finding.sign-inconsistent.negative', 'B4'],
    ]);
  });

  test('reversed (plan − forecast) throughout is one warning at the header, not an error per row', () => {
    const t = table(['KS+LTA:t', 'ENN', 'Poikkeama'], [
      ['Toimintatuotot', 100, 120, -20],
      ['Toimintakulut', 900, 950, -50],
      ['Toimintakate', -800, -830, 30],
    ]);
    expect(varianceConventionOf(t, null)).toMatchObject({ convention: 'plan-minus-forecast', number: null });
    expect(check('chain-mismatch', t).map((f) => [f.severity, f.messageId, f.cell])).toEqual([
      ['warning', 'finding.chain-mismatch.variance-reversed', 'D1'],
    ]);
  });

  test('a single row read the other way round is held to ENN − KS+LTA:t, not taken for a convention', () => {
    const t = table(['KS+LTA:t', 'ENN', 'Poikkeama'], [['Toimintakate', -800, -830, 30]]);
    expect(check('chain-mismatch', t).map((f) => [f.severity, f.messageId, f.cell, f.expected, f.actual])).toEqual([
      ['error', 'finding.chain-mismatch.variance', 'D3', -30, 30],
    ]);
  });

  test("a row that does not fit its table's convention is the chain-mismatch, with the convention's figure", () => {
    const t = table(['TA', 'Toteutuma', 'Erotus'], [
      ['Toimintatuotot', 100, 120, 20],
      ['Henkilöstökulut', 400, 410, -10],
      ['Palvelujen ostot', 500, 540, -40],
      ['Toimintakulut', 900, 950, 50],
      ['Toimintakate', -800, -830, -30],
    ]);
    expect(varianceConventionOf(t, null)).toMatchObject({ convention: 'favourable-positive', rows: 5, fitting: 4 });
    expect(check('chain-mismatch', t).map((f) => [f.messageId, f.cell, f.expected, f.actual, f.tolerance])).toEqual([
      // Two figures in whole euros: (2 + 1) / 2 €.
      ['finding.chain-mismatch.variance-favourable', 'D6', -50, 50, 1.5],
    ]);
  });

  test('compares with the forecast when most rows fit it, even where the actual equals the forecast elsewhere', () => {
    const typedOver = budgetTable({
      columns: ['KS+LTA:t', 'TOT 1-12', 'ENN', 'Poikkeama'],
      rows: [
        unit('Kasvupalvelut'),
        line('Toimintatuotot', 100, 120, 120, 20),
        line('Toimintakulut', 900, 950, 950, 50),
        // ENN typed over; the Poikkeama still follows the actual.
        line('Toimintakate', -800, -830, -900, -30),
      ],
    });
    expect(varianceConventionOf(typedOver, yearEnd)).toMatchObject({ actual: { kind: 'forecast' }, fitting: 2 });
    expect(check('chain-mismatch', typedOver, { period: yearEnd }).map((f) => [f.cell, f.expected])).toEqual([['E5', -100]]);
  });
});

describe('the year’s actual', () => {
  test('is the outcome when there is no forecast and nothing marks the actual as interim', () => {
    const t = table(['TA 2024', 'TOT 2024'], [['Toimintakate', -800, -830]]);
    expect(computeDeviations([t], defaultSettings, null).map((d) => [d.forecastKind, d.deviation])).toEqual([['actual', -30]]);
  });

  test('is not taken for a TOT 1-6, nor for a bare TOT in an interim quarter', () => {
    const half = table(['TA 2024', 'TOT 1-6 2024'], [['Toimintakate', -800, -400]]);
    expect(computeDeviations([half], defaultSettings, null)).toEqual([]);
    const bare = table(['TA 2024', 'TOT 2024'], [['Toimintakate', -800, -400]]);
    expect(computeDeviations([bare], defaultSettings, { quarter: 2, year: 2024 })).toEqual([]);
  });
});
