import { check } from '../helpers/check';
import { budgetTable, line, unit } from '../helpers/budget-table';
import { elvo } from '../helpers/elvo';

describe('hardcoded-total', () => {
  it('is quiet when totals are formulas', () => {
    expect(check('hardcoded-total', elvo())).toEqual([]);
  });

  it('is quiet for a workbook typed in by hand throughout (nothing to compare with)', () => {
    const table = budgetTable({
      columns: ['TA', 'ENN'],
      rows: [
        unit('Kasvupalvelut'),
        line('Toimintatuotot', 10, 10),
        line('Toimintakulut', 30, 30),
        line('Toimintakate', -20, -20),
      ],
    });
    expect(check('hardcoded-total', table)).toEqual([]);
  });

  it('reports a margin typed in where the other margins are formulas', () => {
    const findings = check('hardcoded-total', elvo({ patch: { 'Työllisyyspalvelut|Toimintakate|ENN': -23_850 } }));
    expect(findings).toEqual([
      {
        code: 'hardcoded-total',
        severity: 'warning',
        sheet: 'Talous',
        cell: 'I18',
        messageId: 'finding.hardcoded-total',
        data: {
          unit: 'Työllisyyspalvelut',
          line: 'Toimintakate',
          column: 'ENN',
          value: -23_850_000,
        },
        actual: -23_850_000,
      },
    ]);
  });

  it('reports a parent unit’s line typed in among formulas, and expenses with sub-lines', () => {
    const findings = check(
      'hardcoded-total',
      elvo({
        patch: { 'ELVO|Toimintatuotot|KS': 4_500, 'Kasvupalvelut|Toimintakulut|TA 2024': 11_000 },
      }),
    );
    expect(findings.map((f) => f.cell).sort()).toEqual(['C9', 'F3']);
  });

  it('leaves TP alone: closed accounts are pasted as values', () => {
    expect(check('hardcoded-total', elvo({ patch: { 'ELVO|Toimintakate|TP 2023': -34_900 } }))).toEqual([]);
  });
});
