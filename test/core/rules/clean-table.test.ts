import { validateTable } from '../../../src/core/rules';
import { elvo } from '../helpers/elvo';

describe('a clean table', () => {
  it('has no finding from any rule, costs written positive', () => {
    expect(validateTable(elvo())).toEqual([]);
  });

  it('has no finding from any rule, costs written negative', () => {
    expect(validateTable(elvo({ costSign: 'negative' }))).toEqual([]);
  });
});
