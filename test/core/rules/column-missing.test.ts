import { check } from '../helpers/check';
import { budgetTable, line, unit } from '../helpers/budget-table';
import { elvo } from '../helpers/elvo';

const tableWith = (columns: string[]) =>
  budgetTable({
    scale: 1000,
    columns,
    rows: [unit('Kasvupalvelut'), line('Toimintakate', ...columns.map(() => -8_000))],
  });

describe('column-missing', () => {
  it('is quiet when a plan in force, a budget and a forecast are there', () => {
    expect(check('column-missing', elvo())).toEqual([]);
    expect(check('column-missing', tableWith(['TA+LTA:t', 'ENN']))).toEqual([]);
  });

  it('says once that deviations need a forecast, however many rows there are', () => {
    const findings = check('column-missing', elvo({ columns: ['TA 2024', 'TA+LTA:t', 'KS+LTA:t'] }));
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'column-missing',
        severity: 'warning',
        cell: 'A1',
        messageId: 'finding.column-missing.forecast',
        data: { range: 'Talous!A1:D18' },
      }),
    ]);
  });

  it('takes a year-end actual (TOT 1-12) as the forecast', () => {
    expect(check('column-missing', tableWith(['TA+LTA:t', 'TOT 1-12 2024']))).toEqual([]);
  });

  it('does not take a mid-year actual (TOT 1-6) as the forecast', () => {
    expect(check('column-missing', tableWith(['TA+LTA:t', 'TOT 1-6 2024'])).map((f) => f.messageId)).toEqual([
      'finding.column-missing.forecast',
    ]);
  });

  it('says that deviations need a plan when there is none', () => {
    expect(check('column-missing', tableWith(['TP 2023', 'ENN']))).toEqual([
      expect.objectContaining({
        severity: 'warning',
        messageId: 'finding.column-missing.plan',
        data: { range: 'Talous!A1:C3' },
      }),
    ]);
  });

  it('notes the original plan used when no plan in force is there, and a missing budget for the binding level', () => {
    const findings = check('column-missing', tableWith(['KS', 'ENN']));
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'info',
        messageId: 'finding.column-missing.plan-in-force',
        data: { range: 'Talous!A1:C3', used: 'KS' },
      }),
      expect.objectContaining({
        severity: 'warning',
        messageId: 'finding.column-missing.budget',
        data: { range: 'Talous!A1:C3' },
      }),
    ]);
  });
});
