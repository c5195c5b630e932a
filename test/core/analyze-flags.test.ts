import { planFlags } from '../../src/core/flags';
import { computeDeviations } from '../../src/core/deviations';
import { defaultSettings } from '../../src/core/settings';
import type { Analysis, StrategyResult } from '../../src/core/model';
import { budgetTable, line, unit } from './helpers/budget-table';

const strategy: StrategyResult = {
  sheet: 'Strategia',
  range: 'A3:G8',
  goals: ['Osaava Lahti'],
  measures: [
    { goal: 'Osaava Lahti', name: 'Kampus', status: 'partly', raw: 'osittain', cell: 'G4', row: 3 },
    { goal: 'Osaava Lahti', name: 'Ajanviettotilat', status: null, raw: 'ehkä', cell: 'G5', row: 4 },
    { goal: 'Osaava Lahti', name: 'TE25', status: 'not-achieved', raw: 'punainen', cell: 'G6', row: 5 },
  ],
  counts: { 'Osaava Lahti': { green: 0, yellow: 1, red: 1 } },
  total: { green: 0, yellow: 1, red: 1 },
};

describe('planFlags', () => {
  it('flags the forecast cell when there is no Poikkeama column, and each readable status', () => {
    const table = budgetTable({
      columns: ['KS+LTA:t', 'ENN'],
      rows: [unit('Kasvupalvelut'), line('Toimintakulut', 1_000_000, 1_300_000), line('Toimintatuotot', 500, 500)],
    });
    const analysis: Analysis = {
      tables: [table],
      findings: [],
      deviations: computeDeviations([table], defaultSettings, null),
      strategy,
      period: null,
    };
    expect(planFlags(analysis).flags).toEqual([
      { sheet: 'Talous', cell: 'C3', colour: 'red', kind: 'deviation' },
      { sheet: 'Talous', cell: 'C4', colour: 'green', kind: 'deviation' },
      { sheet: 'Strategia', cell: 'G4', colour: 'yellow', kind: 'status' },
      { sheet: 'Strategia', cell: 'G6', colour: 'red', kind: 'status' },
    ]);
  });

  it('plans nothing for an empty analysis', () => {
    expect(planFlags({ tables: [], findings: [], deviations: [], strategy: null, period: null })).toEqual({
      flags: [],
    });
  });
});
