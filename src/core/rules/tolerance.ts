/**
 * What "equal" means for figures a workbook rounds for display: within half a displayed unit.
 * A table in 1000 € shown without decimals tolerates 500 €; in milj. € with one decimal,
 * 50 000 €. Rounded reports must not drown in false alarms, yet a real error of one displayed
 * unit is still caught.
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
  toleranceAt: (figure: Figure) => number,
): number | null {
  if (!differs(actual, expected, 0)) return null;
  const tolerance = toleranceAt(figure);
  return differs(actual, expected, tolerance) ? tolerance : null;
}
