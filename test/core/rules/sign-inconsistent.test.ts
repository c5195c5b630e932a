import { check } from '../helpers/check';
import { elvo } from '../helpers/elvo';

describe('sign-inconsistent', () => {
  it('is quiet when all costs share a sign (and for variances of either sign)', () => {
    expect(check('sign-inconsistent', elvo())).toEqual([]);
    expect(check('sign-inconsistent', elvo({ costSign: 'negative' }))).toEqual([]);
  });

  it('names the minority cell: one negative cost among positive ones', () => {
    const findings = check('sign-inconsistent', elvo({ patch: { 'Kasvupalvelut|Muut toimintakulut|KS': -2_000 } }));
    expect(findings).toEqual([
      {
        code: 'sign-inconsistent',
        severity: 'error',
        sheet: 'Talous',
        cell: 'F12',
        messageId: 'finding.sign-inconsistent.negative',
        data: {
          unit: 'Kasvupalvelut',
          line: 'Muut toimintakulut',
          column: 'KS',
          value: -2_000_000,
          count: 41,
        },
        actual: -2_000_000,
      },
    ]);
  });

  it('names the positive cells when most costs are negative', () => {
    const findings = check(
      'sign-inconsistent',
      elvo({
        costSign: 'negative',
        patch: { 'ELVO|Toimintakulut|ENN': 36_400, 'ELVO|Toimintakulut|TOT 1-12 2024': 36_400 },
      }),
    );
    expect(findings.map((f) => [f.cell, f.messageId])).toEqual([
      ['H4', 'finding.sign-inconsistent.positive'],
      ['I4', 'finding.sign-inconsistent.positive'],
    ]);
  });
});
