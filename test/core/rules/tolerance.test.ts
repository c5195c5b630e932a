import { displayedUnit, shownDecimals, toleranceOf } from '../../../src/core/rules/tolerance';

const thousands = { factor: 1000, label: '1000 €' } as const;
const millions = { factor: 1_000_000, label: 'milj. €' } as const;

describe('tolerance', () => {
  it('is half a unit of the scale when nothing else is known', () => {
    expect(toleranceOf({ factor: 1, label: '€' })).toBe(0.5);
    expect(toleranceOf(thousands)).toBe(500);
    expect(toleranceOf(millions)).toBe(500_000);
  });

  it.each([
    ['#,##0', 1],
    ['# ##0', 1],
    ['0.0', 0.1],
    ['#,##0.00 "€"', 0.01],
    ['[Red]-#,##0.0;#,##0.0', 0.1],
    ['#,##0,', 1000],
    ['#,##0.0,,', 100_000],
    ['General', null],
    ['0.0%', null],
    ['d.m.yyyy', null],
    ['@', null],
  ])('reads the step the format %s shows as %s', (format, step) => {
    if (step === null) expect(displayedUnit(format)).toBeNull();
    else expect(displayedUnit(format)).toBeCloseTo(step, 10);
  });

  it('narrows to the decimals the number format shows', () => {
    expect(toleranceOf(millions, '#,##0.0')).toBeCloseTo(50_000, 6);
    expect(toleranceOf(thousands, '#,##0')).toBe(500);
  });

  it('reads a General cell to the decimals its value has', () => {
    expect(shownDecimals(3)).toBe(0);
    expect(shownDecimals(3.25)).toBe(2);
    expect(shownDecimals(0.1 + 0.2)).toBe(1);
    expect(shownDecimals(Math.PI)).toBe(6);
    expect(toleranceOf(millions, 'General', 3_252_300)).toBeCloseTo(50, 6);
    expect(toleranceOf(thousands, null, 8_000_000)).toBe(500);
  });
});
