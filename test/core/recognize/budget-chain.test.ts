/** The vertical budget chain, read inside any layout: Alkuperäinen, Muutos rows, Yhteensä in one budget column. */
import { recognizeSheet } from '../../../src/core/recognize';
import { validateTable } from '../../../src/core/rules';
import type { BudgetTable } from '../../../src/core/model';
import type { CellValue } from '../../../src/core/snapshot';
import { sheet } from './sheet-builder';

function onlyTable(rows: CellValue[][]): BudgetTable {
  const tables = recognizeSheet(sheet(rows));
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe('the vertical budget chain', () => {
  const blocks = (changeOfCosts: number): CellValue[][] => [
    ['', 'Talousarvio 2024', 'Toteutuma 1-12/2024', 'Poikkeama'],
    ['Sivistyslautakunta'],
    ['Toimintatuotot'],
    ['Alkuperäinen', 2_000, null, null],
    ['Yhteensä', 2_000, 2_100, 100],
    ['Toimintakulut'],
    ['Alkuperäinen', 10_000, null, null],
    ['Muutos (KV 17.6.2024 § 45)', changeOfCosts, null, null],
    ['Muutos 2', 300, null, null],
    ['Yhteensä', 10_800, 10_700, -100],
    ['Toimintakate'],
    ['Alkuperäinen', -8_000],
    ['Muutos (KV 17.6.2024 § 45)', -500],
    ['Muutos 2', -300],
    ['Yhteensä', -8_800, -8_600, 200],
  ];

  it('with its steps in the label column under each line: the Yhteensä rows are the lines, the steps their chains', () => {
    const table = onlyTable(blocks(500));
    expect(table.layout).toBe('budget-chain');
    expect(table.columns.map((c) => c.kind)).toEqual(['currentBudget', 'actual', 'variance']);
    expect(table.rows.map((r) => [r.row, r.label, r.line, r.figures[1].value])).toEqual([
      [4, 'Toimintatuotot', 'income', 2_000],
      [9, 'Toimintakulut', 'expenses', 10_800],
      [14, 'Toimintakate', 'margin', -8_800],
    ]);
    expect(
      table.budgetChains.map((c) => [
        c.lineLabel,
        c.original?.cell,
        c.changes.map((m) => [m.figure.cell, m.description]),
        c.total.cell,
      ]),
    ).toEqual([
      ['Toimintatuotot', 'B4', [], 'B5'],
      [
        'Toimintakulut',
        'B7',
        [
          ['B8', 'Muutos (KV 17.6.2024 § 45)'],
          ['B9', 'Muutos 2'],
        ],
        'B10',
      ],
      [
        'Toimintakate',
        'B12',
        [
          ['B13', 'Muutos (KV 17.6.2024 § 45)'],
          ['B14', 'Muutos 2'],
        ],
        'B15',
      ],
    ]);
    expect(table.units.map((u) => u.name)).toEqual(['Sivistyslautakunta']);
    expect(validateTable(table).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a chain that does not add up is a chain-mismatch at its Yhteensä cell, the changes counted', () => {
    const table = onlyTable(blocks(400));
    expect(validateTable(table, { only: ['chain-mismatch'] })).toEqual([
      expect.objectContaining({
        code: 'chain-mismatch',
        cell: 'B10',
        messageId: 'finding.chain-mismatch.vertical',
        expected: 10_700,
        actual: 10_800,
        data: expect.objectContaining({ unit: 'Sivistyslautakunta', line: 'Toimintakulut', count: 2 }),
      }),
    ]);
  });
});
