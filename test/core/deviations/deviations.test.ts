import { colourOf, computeDeviations } from '../../../src/core/deviations';
import { defaultSettings, defaultThresholds } from '../../../src/core/settings';
import { budgetTable, line, unit } from '../helpers/budget-table';
import { elvo } from '../helpers/elvo';
import { sheetOf } from '../helpers/sheet';
import type { CostSign } from '../../../src/core/model';

const single = (
  label: string,
  plan: number | null,
  forecast: number | null,
  costSign: CostSign = 'positive',
  columns = ['KS+LTA:t', 'ENN'],
) => budgetTable({ costSign, columns, rows: [unit('Kasvupalvelut'), line(label, plan, forecast)] });

const only = (table: ReturnType<typeof single>, period = null) => {
  const deviations = computeDeviations([table], defaultSettings, period);
  expect(deviations).toHaveLength(1);
  return deviations[0];
};

describe('deviations', () => {
  it('gives the issue’s margin example: −105 against −100 is −5 %, unfavourable', () => {
    const deviation = only(single('Toimintakate', -100, -105));
    expect(deviation).toMatchObject({
      unit: 'Kasvupalvelut',
      line: 'margin',
      lineLabel: 'Toimintakate',
      plan: -100,
      planKind: 'currentPlan',
      forecast: -105,
      forecastKind: 'forecast',
      deviation: -5,
      deviationPct: -5,
      direction: 'unfavourable',
      cell: 'C3',
      varianceCell: null,
    });
  });

  it('judges income: more is favourable, less unfavourable', () => {
    expect(only(single('Toimintatuotot', 1_000, 1_200)).direction).toBe('favourable');
    expect(only(single('Toimintatuotot', 1_000, 800)).direction).toBe('unfavourable');
  });

  it('judges costs written positive: more cost is unfavourable', () => {
    const deviation = only(single('Toimintakulut', 1_000_000, 1_250_000));
    expect(deviation).toMatchObject({
      deviation: 250_000,
      deviationPct: 25,
      direction: 'unfavourable',
      status: 'red',
    });
    expect(only(single('Henkilöstökulut', 1_000_000, 900_000)).direction).toBe('favourable');
  });

  it('judges costs written negative: a more negative cost is more cost', () => {
    const deviation = only(single('Toimintakulut', -1_000_000, -1_100_000, 'negative'));
    expect(deviation).toMatchObject({
      deviation: -100_000,
      deviationPct: -10,
      direction: 'unfavourable',
      status: 'yellow',
    });
    expect(only(single('Toimintakulut', -1_000_000, -900_000, 'negative')).direction).toBe('favourable');
  });

  it('reads the sign from the figures when the table’s convention is unknown', () => {
    expect(only(single('Palvelujen ostot', -1_000, -1_200, 'unknown')).direction).toBe('unfavourable');
    expect(only(single('Palvelujen ostot', 1_000, 1_200, 'unknown')).direction).toBe('unfavourable');
  });

  it('is on plan within half a displayed unit', () => {
    const table = budgetTable({
      scale: 1000,
      columns: ['KS+LTA:t', 'ENN'],
      rows: [unit('A'), line('Toimintakulut', 100, 100.4)],
    });
    const snapshot = { sheets: [sheetOf(table, '#,##0')] };
    const [deviation] = computeDeviations([table], defaultSettings, null, snapshot);
    expect(deviation).toMatchObject({
      deviation: expect.closeTo(400, 6),
      direction: 'on-plan',
      status: 'green',
    });
    // General shows the decimal: 400 € is then a deviation (half a shown unit is 50 €)
    expect(only(table).direction).toBe('unfavourable');
  });

  it('gives no percentage for a zero plan and colours it by the absolute threshold alone', () => {
    const small = only(single('Toimintakulut', 0, 40_000));
    expect(small).toMatchObject({ deviationPct: null, direction: 'unfavourable', status: 'green' });
    expect(only(single('Toimintakulut', 0, 60_000)).status).toBe('yellow');
    expect(only(single('Toimintakulut', 0, 250_000)).status).toBe('red');
  });

  it('takes the plan in force first, then TA+LTA:t, KS, TA', () => {
    const table = budgetTable({
      columns: ['TA', 'KS', 'TA+LTA:t', 'ENN'],
      rows: [unit('A'), line('Toimintatuotot', 1, 2, 3, 4)],
    });
    expect(only(table)).toMatchObject({ plan: 3, planKind: 'currentBudget' });
    const original = budgetTable({
      columns: ['TA', 'KS', 'ENN'],
      rows: [unit('A'), line('Toimintatuotot', 1, 2, 4)],
    });
    expect(only(original)).toMatchObject({ plan: 2, planKind: 'operatingPlan' });
  });

  it('takes the actual as the forecast at year end, and not before', () => {
    const yearEnd = budgetTable({
      columns: ['KS+LTA:t', 'TOT 1-12 2024'],
      rows: [unit('A'), line('Toimintatuotot', 10, 12)],
    });
    expect(only(yearEnd)).toMatchObject({ forecast: 12, forecastKind: 'actual', cell: 'C3' });
    const midYear = budgetTable({
      columns: ['KS+LTA:t', 'TOT 1-6 2024'],
      rows: [unit('A'), line('Toimintatuotot', 10, 6)],
    });
    expect(computeDeviations([midYear], defaultSettings, { quarter: 2, year: 2024 })).toEqual([]);
  });

  it('skips lines without a plan or a forecast figure', () => {
    expect(computeDeviations([single('Toimintakulut', null, 10)], defaultSettings, null)).toEqual([]);
    expect(computeDeviations([single('Toimintakulut', 10, null)], defaultSettings, null)).toEqual([]);
  });

  it('covers every unit and line of a table, naming the Poikkeama cell', () => {
    const deviations = computeDeviations([elvo()], defaultSettings, { quarter: 4, year: 2024 });
    expect(deviations).toHaveLength(14);
    const kasvuMargin = deviations.find((d) => d.unit === 'Kasvupalvelut' && d.line === 'margin');
    expect(kasvuMargin).toMatchObject({
      unitId: 'ELVO/Kasvupalvelut',
      unitLevel: 1,
      plan: -8_000_000,
      forecast: -7_000_000,
      deviation: 1_000_000,
      deviationPct: 12.5,
      direction: 'favourable',
      status: 'green',
      cell: 'I13',
      varianceCell: 'J13',
    });
    expect(kasvuMargin?.interim).toBeUndefined();
  });

  it('compares the actual to date with the elapsed share of the plan in interim quarters', () => {
    const table = budgetTable({
      columns: ['KS+LTA:t', 'TOT 1-6 2024', 'ENN'],
      rows: [
        unit('A'),
        line('Toimintakulut', 1_000_000, 560_000, 1_050_000),
        line('Toimintatuotot', 400_000, 210_000, 400_000),
      ],
    });
    const [expenses, income] = computeDeviations([table], defaultSettings, {
      quarter: 2,
      year: 2024,
    });
    expect(expenses.interim).toEqual({
      actual: 560_000,
      share: 0.5,
      expected: 500_000,
      deviation: 60_000,
      direction: 'unfavourable',
    });
    const eightMonths = budgetTable({
      columns: ['KS+LTA:t', 'TOT 1-8 2024', 'ENN'],
      rows: [unit('A'), line('Toimintatuotot', 1_200, 700, 1_200)],
    });
    expect(computeDeviations([eightMonths], defaultSettings, { quarter: 3, year: 2024 })[0].interim).toMatchObject({
      share: 8 / 12,
      expected: 800,
      deviation: -100,
      direction: 'unfavourable',
    });
    expect(income.interim).toEqual({
      actual: 210_000,
      share: 0.5,
      expected: 200_000,
      deviation: 10_000,
      direction: 'favourable',
    });
  });
});

describe('traffic lights', () => {
  it('is green when favourable or on plan, whatever the size', () => {
    expect(colourOf('favourable', 9e9, 1, defaultThresholds)).toBe('green');
    expect(colourOf('on-plan', 0, 1, defaultThresholds)).toBe('green');
  });

  it('needs both the relative and the absolute part of a threshold', () => {
    // against 10 M€, 150 000 € is past the absolute threshold but only 1.5 %: green; 2 % is yellow, 5 % red
    expect(colourOf('unfavourable', -150_000, -10_000_000, defaultThresholds)).toBe('green');
    expect(colourOf('unfavourable', -200_000, -10_000_000, defaultThresholds)).toBe('yellow');
    expect(colourOf('unfavourable', -500_000, -10_000_000, defaultThresholds)).toBe('red');
    // 5 % of 1 M€ is only 50 000 €: red needs 200 000 € too
    expect(colourOf('unfavourable', 60_000, 1_000_000, defaultThresholds)).toBe('yellow');
    expect(colourOf('unfavourable', 200_000, 1_000_000, defaultThresholds)).toBe('red');
    // 40 000 € is 40 % of a small plan, but under the absolute threshold
    expect(colourOf('unfavourable', 40_000, 100_000, defaultThresholds)).toBe('green');
  });

  it('follows the user’s thresholds', () => {
    const strict = {
      yellow: { relative: 0.01, absolute: 1_000 },
      red: { relative: 0.02, absolute: 2_000 },
    };
    expect(colourOf('unfavourable', 1_500, 100_000, strict)).toBe('yellow');
    expect(colourOf('unfavourable', 2_500, 100_000, strict)).toBe('red');
  });
});
