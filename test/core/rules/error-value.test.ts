import { check } from '../helpers/check';
import { error } from '../helpers/budget-table';
import { elvo } from '../helpers/elvo';

describe('error-value', () => {
  it('is quiet without error values', () => {
    expect(check('error-value', elvo())).toEqual([]);
  });

  it('names each cell holding an Excel error value', () => {
    const findings = check(
      'error-value',
      elvo({
        patch: {
          'ELVO|Toimintakulut|KS': error('#REF!'),
          'Työllisyyspalvelut|Toimintakate|ENN': error('#DIV/0!'),
        },
      }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'error-value',
        severity: 'error',
        cell: 'F4',
        messageId: 'finding.error-value',
        data: { unit: 'ELVO', line: 'Toimintakulut', column: 'KS', value: '#REF!' },
      }),
      expect.objectContaining({
        cell: 'I18',
        data: { unit: 'Työllisyyspalvelut', line: 'Toimintakate', column: 'ENN', value: '#DIV/0!' },
      }),
    ]);
  });
});
