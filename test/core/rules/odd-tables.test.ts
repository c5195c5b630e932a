import { validateTable } from '../../../src/core/rules';
import { computeDeviations } from '../../../src/core/deviations';
import { defaultSettings } from '../../../src/core/settings';
import type { BudgetTable } from '../../../src/core/model';
import { budgetTable, line, unit } from '../helpers/budget-table';

describe('odd tables', () => {
  it('a table without rows has only what it lacks to say', () => {
    const empty = budgetTable({ columns: ['TA', 'ENN'], rows: [] });
    expect(validateTable(empty).map((f) => f.messageId)).toEqual(['finding.column-missing.plan-in-force']);
    expect(computeDeviations([empty], defaultSettings, null)).toEqual([]);
  });

  it('rows whose unit is not among the units, and rows missing a figure, are checked without failing', () => {
    const table = budgetTable({ columns: ['TA', 'ENN'], rows: [unit('A'), line('Toimintakulut', 10, 12)] });
    const odd: BudgetTable = {
      ...table,
      units: [],
      rows: [...table.rows, { row: 5, label: 'Toimintakate', line: 'margin', unitId: 'nowhere', figures: {} }],
    };
    expect(() => validateTable(odd)).not.toThrow();
    expect(computeDeviations([odd], defaultSettings, null).map((d) => d.unit)).toEqual(['A']);
  });

  it('lines the engine does not know are kept out of sums and deviations', () => {
    const table = budgetTable({
      columns: ['TA+LTA:t', 'ENN'],
      rows: [unit('A'), line('Toimintatuotot', 10, 10), line('Vuosikate', 999, 1), line('Toimintakate', 10, 10)],
    });
    expect(validateTable(table)).toEqual([]);
    expect(computeDeviations([table], defaultSettings, null).map((d) => d.lineLabel)).toEqual([
      'Toimintatuotot',
      'Toimintakate',
    ]);
  });
});
