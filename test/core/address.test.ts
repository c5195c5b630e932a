import { columnIndex, columnLetters, parseA1, parseRangeA1, rangeA1, toA1 } from '../../src/core/address';

describe('A1 addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s and back', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it('names a cell and a range', () => {
    expect(toA1(0, 0)).toBe('A1');
    expect(toA1(99_999, 13)).toBe('N100000');
    expect(rangeA1(2, 1, 10, 5)).toBe('B3:F11');
    expect(rangeA1(4, 2, 4, 2)).toBe('C5');
  });

  it('parses single cells, absolute or not, and refuses ranges', () => {
    expect(parseA1('$B$12')).toEqual({ row: 11, column: 1 });
    expect(parseA1('aa3')).toEqual({ row: 2, column: 26 });
    expect(parseA1('B1:C2')).toBeNull();
  });

  it('parses cells and ranges with corners in any order, and refuses what is neither', () => {
    expect(parseRangeA1('$B$3')).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    expect(parseRangeA1('C5:A1')).toEqual({ top: 0, left: 0, bottom: 4, right: 2 });
    expect(parseRangeA1('Sheet1!A1')).toBeNull();
    expect(parseRangeA1('A1:B2:C3')).toBeNull();
    expect(parseRangeA1('A0')).toBeNull();
  });
});
