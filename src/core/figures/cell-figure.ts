/** One snapshot cell as a budget figure, in euros. */
import type { Figure } from '../model';
import { isCellError, type CellValue } from '../snapshot';
import { isDateFormat, serialText } from './number-format';
import { isNoValueText, parseFigureText } from './parse-figure';

/** Largest magnitude whose micro-euros are still exact integers in a double. */
const exactMicroLimit = Number.MAX_SAFE_INTEGER / 1e6;

/**
 * value × factor, without float noise: 1.1 × 1000 is 1100, not 1100.0000000000002. Rounded
 * to a millionth of a euro (far below any display scale), whole euros beyond 9 billion.
 */
export function toEuros(value: number, factor: number): number {
  if (factor === 1) return value;
  const euros = value * factor;
  // + 0 turns a rounded −0 into 0.
  return (Math.abs(euros) < exactMicroLimit ? Math.round(euros * 1e6) / 1e6 : Math.round(euros)) + 0;
}

export interface FigureCellOptions {
  /** Euros per displayed unit (the table's scale factor). */
  readonly factor: number;
  /** The column holds percentages (Tot-%): no scale, and '95 %' reads as 0.95 like Excel reads it. */
  readonly percentColumn?: boolean;
}

/**
 * The Figure of a cell. `cell` is its A1 address (the caller has the column letters at hand).
 * Text is parsed as a Finnish user means it; '12 %' is read as 0.12 (as Excel reads it when
 * typed), a lone dash as empty.
 */
export function figureOfCell(
  value: CellValue,
  formula: string | null | undefined,
  row: number,
  column: number,
  cell: string,
  options: FigureCellOptions & { readonly numberFormat?: string },
): Figure {
  return figureAt(value, formula, row, column, cell, options.percentColumn ? 1 : options.factor, options.numberFormat);
}

/** figureOfCell for the recognition's hot loop: no options object per cell. `factor` is already 1 for a percentage column. */
export function figureAt(
  value: CellValue | undefined,
  formula: string | null | undefined,
  row: number,
  column: number,
  cell: string,
  factor: number,
  numberFormat?: string,
): Figure {
  if (typeof value === 'number' && isDateFormat(numberFormat)) {
    // A date is a day count to Excel; as euros it would be summed without a word.
    const text = serialText(value);
    return formula
      ? { value: null, cell, row, column, source: 'formula', text, formula, nonFigure: 'date' }
      : { value: null, cell, row, column, source: 'text', text, nonFigure: 'date' };
  }
  if (typeof value === 'number') {
    const euros = factor === 1 ? value : toEuros(value, factor);
    return formula
      ? { value: euros, cell, row, column, source: 'formula', formula }
      : { value: euros, cell, row, column, source: 'number' };
  }
  if (value === null || value === undefined) {
    return formula
      ? { value: null, cell, row, column, source: 'formula', formula }
      : { value: null, cell, row, column, source: 'empty' };
  }
  if (typeof value === 'string') {
    const parsed = parseFigureText(value);
    const euros = parsed === null ? null : toEuros(parsed.isPercent ? parsed.value / 100 : parsed.value, factor);
    if (formula) return { value: euros, cell, row, column, source: 'formula', text: value, formula };
    if (parsed === null && (value.trim() === '' || isNoValueText(value))) {
      return value === ''
        ? { value: null, cell, row, column, source: 'empty' }
        : { value: null, cell, row, column, source: 'empty', text: value };
    }
    return { value: euros, cell, row, column, source: 'text', text: value };
  }
  if (isCellError(value)) {
    return formula
      ? { value: null, cell, row, column, source: 'error', text: value.error, formula }
      : { value: null, cell, row, column, source: 'error', text: value.error };
  }
  // A boolean is no figure: it is reported like any other non-numeric text.
  const text = value ? 'TRUE' : 'FALSE';
  return formula
    ? { value: null, cell, row, column, source: 'formula', text, formula, nonFigure: 'boolean' }
    : { value: null, cell, row, column, source: 'text', text, nonFigure: 'boolean' };
}
