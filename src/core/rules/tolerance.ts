/**
 * What "equal" means for figures a workbook rounds for display. A figure rounded to the
 * displayed unit is within half a unit of the exact one; a sum of n rounded figures is thus
 * within n / 2 units of the exact sum, and its printed (rounded) total within (n + 1) / 2
 * units of the sum of the printed figures. So a single figure against an exact computed one
 * tolerates half a unit (500 € in 1000 € without decimals, 50 000 € in milj. € with one), a
 * margin of three rounded lines two units: statements printed in whole euros differ by a euro
 * or two all the time, and that is no fault, while a real error of six figures still is.
 */
import { isDateFormat, stripLiterals } from '../figures/number-format';
import type { Figure, Scale } from '../model';

/**
 * Half a displayed unit, in euros, for a table's scale and (when known) the cell's number
 * format. A General (or unknown) format shows the decimals the value has, so given the value
 * (in euros) those decide; without either, the scale alone.
 */
export function toleranceOf(scale: Scale, numberFormat?: string | null, euros?: number | null): number {
  const displayed = displayedUnit(numberFormat);
  if (displayed !== null) return (scale.factor * displayed) / 2;
  if (euros === undefined || euros === null) return scale.factor / 2;
  return (scale.factor * Math.pow(10, -shownDecimals(euros / scale.factor))) / 2;
}

/**
 * The smallest step a number format shows, in the cell's own units: '#,##0' → 1, '0.0' → 0.1,
 * '#,##0,' (thousands by trailing comma) → 1000. null when the format does not tell (General,
 * text, percentages, dates), so that the scale alone decides.
 */
export function displayedUnit(numberFormat: string | null | undefined): number | null {
  if (!numberFormat) return null;
  const section = stripLiterals(numberFormat.split(';')[0]);
  if (/general/i.test(section) || section.includes('%') || section.includes('@')) return null;
  if (isDateFormat(numberFormat)) return null;
  const number = /[0#?][0#?,. ]*/.exec(section);
  if (!number) return null;
  const pattern = number[0].trimEnd();
  const point = pattern.indexOf('.');
  const integerPart = point < 0 ? pattern : pattern.slice(0, point);
  const fraction = point < 0 ? '' : pattern.slice(point + 1);
  const decimals = (fraction.match(/[0#?]/g) ?? []).length;
  const trailingCommas = /,+$/.exec(point < 0 ? integerPart : fraction)?.[0].length ?? 0;
  return Math.pow(10, -decimals) * Math.pow(1000, trailingCommas);
}

/**
 * The decimals a General-format cell shows for a value in display units: Excel's General
 * shows what was typed, so 3,2523 in a milj. € table is read to the hundred euros, not to the
 * half million. Capped at 6: beyond that it is floating-point dust from a formula.
 */
export function shownDecimals(value: number): number {
  for (let decimals = 0; decimals < 6; decimals++) {
    const scaled = value * Math.pow(10, decimals);
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) return decimals;
  }
  return 6;
}

/** The tolerance of a figure computed from n rounded figures: (n + 1) half units. */
export function roundedSumTolerance(halfUnit: number, roundedOperands = 0): number {
  return halfUnit * (Math.max(0, roundedOperands) + 1);
}

/** The comparison every rule uses: a difference beyond the tolerance, ignoring floating-point dust. */
export function differs(actual: number, expected: number, tolerance: number): boolean {
  const dust = 1e-9 * Math.max(1, Math.abs(actual), Math.abs(expected));
  return Math.abs(actual - expected) > tolerance + dust;
}

/**
 * The tolerance when the figure is beyond it from `expected`, else null. Most sums in a good
 * workbook agree to the cent, so the tolerance of the cell is looked up only when they do not.
 */
export function beyondTolerance(
  actual: number,
  expected: number,
  figure: Figure,
  toleranceAt: (figure: Figure, roundedOperands?: number) => number,
  roundedOperands = 0,
): number | null {
  if (!differs(actual, expected, 0)) return null;
  const tolerance = toleranceAt(figure, roundedOperands);
  return differs(actual, expected, tolerance) ? tolerance : null;
}
