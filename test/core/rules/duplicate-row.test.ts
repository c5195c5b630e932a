import { check } from '../helpers/check';
import { budgetTable, line, unit } from '../helpers/budget-table';
import { elvo } from '../helpers/elvo';

describe('duplicate-row', () => {
  it('is quiet when every unit has each line once, even if units share line names', () => {
    expect(check('duplicate-row', elvo())).toEqual([]);
  });

  it('names the second occurrence and the row of the first', () => {
    const table = elvo({
      extraLines: { Kasvupalvelut: [['Palvelujen ostot', 1, 2, 3, 4, 5, 6, 7, 8, 9]] },
    });
    expect(check('duplicate-row', table)).toEqual([
      {
        code: 'duplicate-row',
        severity: 'error',
        sheet: 'Talous',
        cell: 'A14',
        messageId: 'finding.duplicate-row',
        data: { unit: 'Kasvupalvelut', line: 'Palvelujen ostot', first: '11' },
      },
    ]);
  });

  it('catches a repeated line the engine does not know, by its label', () => {
    const table = budgetTable({
      columns: ['TA', 'ENN'],
      rows: [unit('Kasvupalvelut'), line('Vuosikate', 1, 1), line('Toimintakate', 2, 2), line('vuosikate ', 1, 1)],
    });
    expect(check('duplicate-row', table).map((f) => [f.cell, f.data.first])).toEqual([['A5', '3']]);
  });
});
