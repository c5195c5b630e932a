/**
 * The workbench shows a cell as Excel does under its number format, in the user's separators:
 * the report's own formats (src/core/report/number-formats.ts) and the common built-in ones.
 */
import { amountFormat, bracketFormat, signedFormat, signedPercentFormat } from '../../src/core/report/number-formats';
import { formatNumberAs } from '../../src/workbench/number-format';

const nbsp = '\u00a0';

describe('the report formats, as Excel shows them', () => {
  test.each([
    ['milj', 3_712_500, '3,7', '3.7'],
    ['t', 3_712_500, `3${nbsp}713`, '3,713'],
    ['eur', 3_712_500, `3${nbsp}712${nbsp}500`, '3,712,500'],
  ] as const)('%s: %d exact euros show as %s (fi) and %s (en)', (scale, value, fi, en) => {
    expect(formatNumberAs(value, amountFormat(scale), 'fi')).toBe(fi);
    expect(formatNumberAs(value, amountFormat(scale), 'en')).toBe(en);
  });

  test('a deviation keeps its sign, and zero is written without one', () => {
    expect(formatNumberAs(1_800_000, signedFormat('milj'), 'fi')).toBe('+1,8 ');
    expect(formatNumberAs(-1_750_000, signedFormat('milj'), 'fi')).toBe('-1,8 ');
    expect(formatNumberAs(0, signedFormat('milj'), 'fi')).toBe('0,0 ');
    expect(formatNumberAs(-1_234, signedFormat('t'), 'en')).toBe('-1 ');
  });

  test('the prior year in brackets, per cent with its sign', () => {
    expect(formatNumberAs(2_000_000, bracketFormat('milj'), 'fi')).toBe('(2,0)');
    expect(formatNumberAs(-0.0512, signedPercentFormat, 'fi')).toBe('-5,1 %');
    expect(formatNumberAs(0.1234, signedPercentFormat, 'en')).toBe('+12.3 %');
  });
});

describe('other formats', () => {
  test('General: no grouping, the locale decimal mark, no binary noise', () => {
    expect(formatNumberAs(3_712_500, 'General', 'fi')).toBe('3712500');
    expect(formatNumberAs(0.1 + 0.2, 'General', 'fi')).toBe('0,3');
    expect(formatNumberAs(-3.5, '', 'en')).toBe('-3.5');
  });

  test('literals, quoted text and sections', () => {
    expect(formatNumberAs(1234.5, '#,##0.00 "€"', 'fi')).toBe(`1${nbsp}234,50 €`);
    expect(formatNumberAs(-42, '0;[Red]\\(0\\)', 'en')).toBe('(42)');
    expect(formatNumberAs(0.5, '0%', 'en')).toBe('50%');
  });

  test('a date format is not taken for a number format: the value shows as General', () => {
    expect(formatNumberAs(45_000, 'd.m.yyyy', 'fi')).toBe('45000');
  });
});
