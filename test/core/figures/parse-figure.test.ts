import { isNoValueText, parseFigureText } from '../../../src/core/figures';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('figures typed as text, read as a Finnish user means them', () => {
  it.each([
    ['1234', 1234],
    ['1 234', 1234],
    ['1 234,5', 1234.5],
    [`1${NBSP}234,5`, 1234.5],
    [`1${NNBSP}234${NNBSP}567,25`, 1234567.25],
    ['12 345 678', 12345678],
    ['0,5', 0.5],
    [',5', 0.5],
    ['  42  ', 42],
    ['1 234,5\n', 1234.5],
  ])('%j reads as %d', (text, value) => {
    expect(parseFigureText(text)).toEqual({ value, isPercent: false });
  });

  it.each([
    ['-1 234', -1234],
    ['\u22121 234', -1234],
    ['\u2013 1 234', -1234],
    ['\u20131234,5', -1234.5],
    ['(1 234)', -1234],
    ['( 1 234,5 )', -1234.5],
    ['+1 234', 1234],
    ['-0', 0],
    ['1 234,50-', -1234.5],
    ['1 234 €-', -1234],
  ])('negative and signed form %j reads as %d', (text, value) => {
    expect(parseFigureText(text)).toEqual({ value, isPercent: false });
  });

  it.each([
    ['1.234.567', 1234567],
    ['1.234', 1234],
    ['1.234,5', 1234.5],
    ['-1.234.567', -1234567],
  ])('dots grouping thousands in %j read as %d', (text, value) => {
    expect(parseFigureText(text)).toEqual({ value, isPercent: false });
  });

  it.each([
    ['12.5', 12.5],
    ['0.250', 0.25],
    ['1234.567', 1234.567],
    ['1 234.5', 1234.5],
  ])('a single dot that cannot group thousands is the decimal point: %j is %d', (text, value) => {
    expect(parseFigureText(text)).toEqual({ value, isPercent: false });
  });

  it.each([
    ['1,234', 1.234],
    ['1,234,567', 1234567],
    ['1,234,567.5', 1234567.5],
    ['1,234.5', 1234.5],
  ])('a single comma is the decimal comma, several (or one before a dot) group thousands: %j is %d', (text, value) => {
    expect(parseFigureText(text)).toEqual({ value, isPercent: false });
  });

  it.each([
    ['12 %', 12],
    ['12%', 12],
    [`95,5${NBSP}%`, 95.5],
    ['-3 %', -3],
  ])('a percentage %j reads as %d per cent', (text, value) => {
    expect(parseFigureText(text)).toEqual({ value, isPercent: true });
  });

  it.each([
    ['1 234 €', 1234],
    ['1234€', 1234],
    ['€ 1 234', 1234],
    ['-1 234 €', -1234],
    ['(1 234 €)', -1234],
    ['1 234 EUR', 1234],
    ['1 234 euroa', 1234],
  ])('a euro sign or word around %j is ignored: %d', (text, value) => {
    expect(parseFigureText(text)).toEqual({ value, isPercent: false });
  });

  it.each(['-', '–', '—', '−', ' – ', '--'])('a lone dash %j is no value, not a number', (text) => {
    expect(parseFigureText(text)).toBeNull();
    expect(isNoValueText(text)).toBe(true);
  });

  it.each(['', '   ', 'abc', 'n/a', '12 kpl', '1 23', '12 34 567', '1,2,3', '1.23.456', '1 234,', '1e6', '12-3', '€', '%', '(12', 'TA 2024'])(
    'text that is no number, %j, is null',
    (text) => {
      expect(parseFigureText(text)).toBeNull();
    },
  );

  it('only dashes count as "no value"', () => {
    expect(isNoValueText('abc')).toBe(false);
    expect(isNoValueText('-1')).toBe(false);
    expect(isNoValueText('')).toBe(false);
  });
});
