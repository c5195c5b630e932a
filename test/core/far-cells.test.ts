/** Where a sheet's grid lies when values stand far from the rest: the run with most cells between wide gaps. */
import { farColumnGap, farRowGap, mainSpan } from '../../src/core/far-cells';

describe('mainSpan', () => {
  it('is everything used when no gap is wider than the limit', () => {
    expect(mainSpan([2, 3, 5, 5 + farRowGap + 1], [4, 4, 4, 1], farRowGap)).toEqual({
      first: 2,
      last: 5 + farRowGap + 1,
    });
  });

  it('ends before a gap wider than the limit, where the cells are', () => {
    expect(mainSpan([2, 3, 4, 1_048_575], [10, 10, 10, 1], farRowGap)).toEqual({ first: 2, last: 4 });
    expect(mainSpan([0, 1, 9, 16_383], [30, 30, 30, 1], farColumnGap)).toEqual({ first: 0, last: 9 });
  });

  it('is the run with most cells, not the first: a title far above a table is the far cell', () => {
    expect(mainSpan([0, 30_000, 30_001, 30_002], [1, 8, 8, 8], farRowGap)).toEqual({ first: 30_000, last: 30_002 });
  });

  it('is the first run of equally many cells', () => {
    expect(mainSpan([0, 1, 50_000, 50_001], [3, 3, 3, 3], farRowGap)).toEqual({ first: 0, last: 1 });
  });

  it('is null for a sheet with nothing', () => {
    expect(mainSpan([], [], farRowGap)).toBeNull();
  });
});
