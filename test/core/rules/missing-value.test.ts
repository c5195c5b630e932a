import { check } from '../helpers/check';
import { dash, formula } from '../helpers/budget-table';
import { elvo } from '../helpers/elvo';

describe('missing-value', () => {
  it('is quiet when every required figure is there, and for an empty LTA or TP', () => {
    expect(check('missing-value', elvo())).toEqual([]);
    expect(
      check(
        'missing-value',
        elvo({
          patch: {
            'Kasvupalvelut|Henkilöstökulut|LTA:t': null,
            'Kasvupalvelut|Henkilöstökulut|TP 2023': null,
          },
        }),
      ),
    ).toEqual([]);
  });

  it('is quiet for a line left wholly empty (a line the unit does not use)', () => {
    const table = elvo({ extraLines: { Kasvupalvelut: [['Valmistus omaan käyttöön']] } });
    expect(check('missing-value', table)).toEqual([]);
    const zeros = elvo({
      extraLines: {
        Kasvupalvelut: [['Valmistus omaan käyttöön', null, 0, null, 0, 0, 0, null, null, null]],
      },
    });
    expect(check('missing-value', zeros)).toEqual([]);
  });

  it('is quiet for a dash, the customary "nothing here"', () => {
    expect(check('missing-value', elvo({ patch: { 'Työllisyyspalvelut|Toimintatuotot|ENN': dash() } }))).toEqual([]);
  });

  it('says once for the table that formulas have no calculated result', () => {
    const table = elvo({
      patch: { 'Kasvupalvelut|Toimintakate|ENN': formula(null), 'Kasvupalvelut|Toimintakate|TOT 1-12 2024': formula(null) },
    });
    expect(check('missing-value', table)).toEqual([
      {
        code: 'missing-value',
        severity: 'warning',
        sheet: 'Talous',
        cell: 'H13',
        messageId: 'finding.missing-value.uncalculated',
        data: { count: 2 },
      },
    ]);
  });

  it('names an empty forecast in a row that has its other figures', () => {
    const findings = check('missing-value', elvo({ patch: { 'Työllisyyspalvelut|Toimintatuotot|ENN': null } }));
    expect(findings).toEqual([
      {
        code: 'missing-value',
        severity: 'warning',
        sheet: 'Talous',
        cell: 'I15',
        messageId: 'finding.missing-value',
        data: { unit: 'Työllisyyspalvelut', line: 'Toimintatuotot', column: 'ENN' },
      },
    ]);
  });
});
