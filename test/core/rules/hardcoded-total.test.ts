import { check } from '../helpers/check';
import { budgetTable, formula, line, unit } from '../helpers/budget-table';
import { isSumming } from '../../../src/core/rules/hardcoded-total';
import { parseA1 } from '../../../src/core/address';
import type { Figure } from '../../../src/core/model';
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

  it('does not count formulas across a row (TA+LTA:t = TA + LTA, ENN = TOT) as sibling totals', () => {
    const table = budgetTable({
      columns: ['TA', 'LTA:t', 'TA+LTA:t', 'TOT 1-12', 'ENN'],
      rows: [
        unit('Kasvupalvelut'),
        line('Toimintatuotot', 10, 0, formula(10, '=B3+C3'), 12, formula(12, '=E3')),
        line('Toimintakulut', 30, 0, formula(30, '=B4+C4'), 28, formula(28, '=E4')),
        line('Toimintakate', -20, 0, formula(-20, '=B5+C5'), -16, formula(-16, '=E5')),
      ],
    });
    expect(check('hardcoded-total', table)).toEqual([]);
  });

  it.each([
    ['=SUM(C7:C12)', 'C6', true],
    ['=C5-C6+C13', 'C14', true],
    ['=$C$16+$C$27', 'C5', true],
    ['=C5+D5', 'E5', false],
    ['=H25', 'I25', false],
    ["='Talous 2'!C5+Muu!C6", 'C7', false],
    ['=ROUND(I5,0)', 'I6', true],
    ['=LOG10(B2)', 'L9', false],
  ])('reads %s in %s as summing its column: %s', (text, cell, summing) => {
    const at = parseA1(cell)!;
    const figure: Figure = { value: 1, cell, row: at.row, column: at.column, source: 'formula', formula: text };
    expect(isSumming(figure)).toBe(summing);
  });

  it('leaves TP alone: closed accounts are pasted as values', () => {
    expect(check('hardcoded-total', elvo({ patch: { 'ELVO|Toimintakate|TP 2023': -34_900 } }))).toEqual([]);
  });
});
