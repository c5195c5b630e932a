import { check } from '../helpers/check';
import { dash, text } from '../helpers/budget-table';
import { elvo } from '../helpers/elvo';

describe('type-error', () => {
  it('is quiet for numbers, formulas, empty cells and a dash', () => {
    expect(check('type-error', elvo())).toEqual([]);
    expect(check('type-error', elvo({ patch: { 'Kasvupalvelut|Muut toimintakulut|LTA:t': dash() } }))).toEqual([]);
    expect(check('type-error', elvo({ patch: { 'Kasvupalvelut|Muut toimintakulut|LTA:t': text('–') } }))).toEqual([]);
  });

  it('warns about a number written as text, with the number it was read as', () => {
    const findings = check(
      'type-error',
      elvo({ patch: { 'Kasvupalvelut|Henkilöstökulut|ENN': text('3 900,5', 3_900.5) } }),
    );
    expect(findings).toEqual([
      {
        code: 'type-error',
        severity: 'warning',
        sheet: 'Talous',
        cell: 'I10',
        messageId: 'finding.type-error.number-as-text',
        data: {
          unit: 'Kasvupalvelut',
          line: 'Henkilöstökulut',
          column: 'ENN',
          text: '3 900,5',
          value: 3_900.5,
          euros: 3_900_500,
        },
        actual: 3_900_500,
      },
    ]);
  });

  it('is an error when the text is no number', () => {
    const findings = check(
      'type-error',
      elvo({ patch: { 'Työllisyyspalvelut|Toimintatuotot|TA 2024': text('ei tiedossa') } }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        cell: 'C15',
        messageId: 'finding.type-error.not-a-number',
        data: {
          unit: 'Työllisyyspalvelut',
          line: 'Toimintatuotot',
          column: 'TA 2024',
          text: 'ei tiedossa',
        },
      }),
    ]);
  });
});
