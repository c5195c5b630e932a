import { periodOf, recognizeSheet, recognizeTables } from '../../../src/core/recognize';
import type { BudgetTable } from '../../../src/core/model';
import type { CellValue } from '../../../src/core/snapshot';
import { sheet, workbook } from './sheet-builder';

function table(rows: CellValue[][], options: Parameters<typeof sheet>[1] = {}): BudgetTable {
  const tables = recognizeSheet(sheet(rows, options));
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe('scale', () => {
  it('comes from a figure header label', () => {
    expect(table([['Rivi', 'TA 2024, 1000 €', 'ENN 2024, 1000 €'], ['Toimintakate', -1.5, -1.4]]).scale).toEqual({ factor: 1000, label: '1000 €' });
  });

  it('comes from another header cell', () => {
    const t = table([['t€', 'TA', 'ENN'], ['Toimintakate', -1.5, -1.4]]);
    expect(t.scale).toEqual({ factor: 1000, label: 't€' });
    expect(t.rows[0].figures[1].value).toBe(-1500);
  });

  it('comes from the title above the header', () => {
    expect(table([['Käyttötalous, milj. euroa'], [], ['Rivi', 'TA', 'ENN'], ['Toimintakate', -1.5, -1.4]]).scale.factor).toBe(1_000_000);
    expect(table([['Driftsekonomi (tusen euro)'], ['Rad', 'Budget', 'Prognos'], ['Verksamhetsbidrag', -1, -1]]).scale.factor).toBe(1000);
    expect(table([['Operating budget, € million'], ['Line', 'Budget', 'Forecast'], ['Operating margin', -1, -1]]).scale.factor).toBe(1_000_000);
  });

  it('is euros when the table names none', () => {
    expect(table([['Rivi', 'TA', 'ENN'], ['Toimintakate', -1.5, -1.4]]).scale).toEqual({ factor: 1, label: '€' });
  });
});

describe('a second header row', () => {
  it('completes the labels above with years, period marks and a scale', () => {
    const t = table([
      ['Rivi', 'TA', 'TOT', 'ENN'],
      ['1000 €', 2024, '1-6/2024', '2024'],
      ['Toimintakate', -10, -4, -9],
    ]);
    expect(t.headerRow).toBe(0);
    expect(t.columns.map((c) => [c.kind, c.label, c.year, c.months])).toEqual([
      ['budget', 'TA 2024', 2024, null],
      ['actual', 'TOT 1-6/2024', 2024, { from: 1, to: 6 }],
      ['forecast', 'ENN 2024', 2024, null],
    ]);
    expect(t.scale.factor).toBe(1000);
    expect(t.rows.map((r) => [r.row, r.line])).toEqual([[2, 'margin']]);
    expect(periodOf([t])).toEqual({ quarter: 2, year: 2024 });
  });

  it('is not taken for a data row', () => {
    const t = table([
      ['Rivi', 'TA 2024', 'ENN 2024'],
      ['Toimintakate', 2024, 2025],
    ]);
    expect(t.rows.map((r) => r.row)).toEqual([1]);
  });
});

describe('primary columns', () => {
  it('the latest year of a kind is its primary column', () => {
    const t = table([
      ['Rivi', 'TP 2022', 'TP 2023', 'TA 2024', 'TOT 1-6 2024', 'TOT 1-12 2024'],
      ['Toimintakate', 1, 2, 3, 4, 5],
    ]);
    expect(t.primary).toEqual({ priorYear: 2, budget: 3, actual: 5 });
  });
});

describe('cost sign', () => {
  const rows = (kulut: CellValue[], henkilöstö: CellValue[]): CellValue[][] => [
    ['Rivi', 'TA', 'LTA', 'ENN', 'Poikkeama'],
    ['Toimintatuotot', 10, 0, 12, 2],
    ['Toimintakulut', ...kulut],
    ['Henkilöstökulut', ...henkilöstö],
  ];

  it('is negative when costs are written negative', () => {
    expect(table(rows([-30, 5, -31, -1], [-20, 0, -21, -1])).costSign).toBe('negative');
  });

  it('is positive when costs are written positive (a negative supplementary budget or variance does not count)', () => {
    expect(table(rows([30, -5, 31, 1], [20, 0, 21, -1])).costSign).toBe('positive');
  });

  it('is mixed when some expense rows are positive and others negative', () => {
    expect(table(rows([30, 0, 31, 1], [-20, 0, -21, -1])).costSign).toBe('mixed');
  });

  it('is unknown when no expense line has a figure', () => {
    expect(table([['Rivi', 'TA', 'ENN'], ['Toimintatuotot', 1, 1], ['Toimintakulut', null, 0]]).costSign).toBe('unknown');
  });

  it('the user override wins', () => {
    const tables = recognizeTables(workbook(sheet(rows([30, 0, 31, 1], [-20, 0, -21, -1]))), [{ sheet: 'Talous', costSign: 'negative' }]);
    expect(tables[0].costSign).toBe('negative');
  });
});

describe('overrides of columns', () => {
  const rows: CellValue[][] = [
    ['Rivi', 'TA', 'Muutettu', 'Arvio', 'Huom'],
    ['Toimintakate', -10, -11, -12, 3],
  ];

  it('name a column recognition missed, and ignore one it took', () => {
    const t = recognizeSheet(sheet(rows), { sheet: 'Talous', columns: { C: 'currentPlan', D: 'forecast', B: 'none' } })[0];
    expect(t.columns.map((c) => [c.kind, c.column, c.label])).toEqual([
      ['currentPlan', 2, 'Muutettu'],
      ['forecast', 3, 'Arvio'],
    ]);
    expect(t.primary).toEqual({ currentPlan: 2, forecast: 3 });
  });

  it('change the kind of a recognised column', () => {
    const t = recognizeSheet(sheet([['Rivi', 'TA', 'ENN'], ['Toimintakate', 1, 2]]), { sheet: 'Talous', columns: { b: 'currentBudget' } })[0];
    expect(t.columns.map((c) => c.kind)).toEqual(['currentBudget', 'forecast']);
  });

  it('take a column the user named even under a blank header', () => {
    const t = recognizeSheet(sheet([['Rivi', 'TA', 'ENN', null], ['Toimintakate', 1, 2, 3]]), { sheet: 'Talous', columns: { D: 'variance' } })[0];
    expect(t.columns.map((c) => [c.kind, c.column, c.label])).toEqual([
      ['budget', 1, 'TA'],
      ['forecast', 2, 'ENN'],
      ['variance', 3, ''],
    ]);
    expect(t.rows[0].figures[3].value).toBe(3);
  });

  it('apply only to the sheet they name', () => {
    const tables = recognizeTables(workbook(sheet(rows, { name: 'A' }), sheet(rows, { name: 'B' })), [{ sheet: 'B', columns: { D: 'forecast' } }]);
    expect(tables.map((t) => [t.sheet, t.columns.length])).toEqual([['B', 2]]);
  });
});

describe('several tables on one sheet', () => {
  it('a second header row further down starts a second table with its own scale', () => {
    const tables = recognizeSheet(
      sheet([
        ['Käyttötalous, €'],
        ['Yksikkö', 'Rivi', 'TA 2024', 'ENN 2024'],
        ['A', 'Toimintatuotot', 100, 110],
        ['A', 'Toimintakate', -50, -40],
        [],
        ['Investoinnit, 1000 €'],
        ['Yksikkö', 'Rivi', 'TA 2025', 'ENN 2025'],
        ['B', 'Toimintatuotot', 7, 8],
      ]),
    );
    expect(tables.map((t) => [t.headerRow, t.range, t.scale.factor, t.units.map((u) => u.name)])).toEqual([
      [1, 'A2:D4', 1, ['A']],
      [6, 'A7:D8', 1000, ['B']],
    ]);
    expect(tables[1].rows[0].figures[2].value).toBe(7000);
  });
});

describe('period', () => {
  const tablesWith = (...labels: string[]) => recognizeSheet(sheet([['Rivi', ...labels], ['Toimintakate', ...labels.map(() => 1)]]));

  it.each([
    ['TOT 1-3 2024', 1, 2024],
    ['TOT 1-6 2024', 2, 2024],
    ['TOT 1-9 2025', 3, 2025],
    ['TOT 1-12 2024', 4, 2024],
    ['Utfall 1-6 2023', 2, 2023],
  ])('%j is Q%d/%d', (label, quarter, year) => {
    expect(periodOf(tablesWith('TA', label))).toEqual({ quarter, year });
  });

  it('reads a quarter mark as the months up to its end', () => {
    expect(periodOf(tablesWith('TA 2024', 'TOT Q3 2024'))).toEqual({ quarter: 3, year: 2024 });
  });

  it('takes the year from another column when the actual column names only its months', () => {
    expect(periodOf(tablesWith('TP 2023', 'TA 2024', 'TOT 1-6'))).toEqual({ quarter: 2, year: 2024 });
  });

  it('is null without months in the actual column', () => {
    expect(periodOf(tablesWith('TA 2024', 'TOT 2024'))).toBeNull();
    expect(periodOf(tablesWith('TA 2024', 'ENN 2024'))).toBeNull();
    expect(periodOf([])).toBeNull();
  });
});
