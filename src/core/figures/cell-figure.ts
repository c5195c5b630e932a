/** One snapshot cell as a budget figure, in euros. */
import { toA1 } from '../address';
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
 * A figure read from a sheet cell. Its A1 address is written out from its row and column when
 * asked: a table of 200 000 rows holds millions of figures, and only the few that a finding or a
 * deviation names ever need their address as text.
 */
class CellFigure implements Figure {
  // Set only when the cell has them (no key otherwise), as every Figure is written.
  declare text?: string;
  declare formula?: string;
  declare nonFigure?: 'date' | 'boolean';

  constructor(
    readonly value: number | null,
    readonly row: number,
    readonly column: number,
    readonly source: Figure['source'],
    text?: string,
    formula?: string | null,
    nonFigure?: 'date' | 'boolean',
  ) {
    if (text !== undefined) this.text = text;
    if (formula) this.formula = formula;
    if (nonFigure !== undefined) this.nonFigure = nonFigure;
  }

  get cell(): string {
    return toA1(this.row, this.column);
  }
}

/**
 * The Figure of the cell at (row, column) of a sheet, both 0-based and absolute. Text is parsed
 * as a Finnish user means it; '12 %' is read as 0.12 (as Excel reads it when typed), a lone dash
 * as empty.
 */
export function figureOfCell(
  value: CellValue,
  formula: string | null | undefined,
  row: number,
  column: number,
  options: FigureCellOptions & { readonly numberFormat?: string },
): Figure {
  return figureAt(value, formula, row, column, options.percentColumn ? 1 : options.factor, options.numberFormat);
}

/** figureOfCell for the recognition's hot loop: no options object per cell. `factor` is already 1 for a percentage column. */
export function figureAt(
  value: CellValue | undefined,
  formula: string | null | undefined,
  row: number,
  column: number,
  factor: number,
  numberFormat?: string,
  date1904 = false,
): Figure {
  if (typeof value === 'number' && isDateFormat(numberFormat)) {
    // A date is a day count to Excel; as euros it would be summed without a word.
    const text = serialText(value, date1904);
    return new CellFigure(null, row, column, formula ? 'formula' : 'text', text, formula, 'date');
  }
  if (typeof value === 'number') {
    return new CellFigure(
      factor === 1 ? value : toEuros(value, factor),
      row,
      column,
      formula ? 'formula' : 'number',
      undefined,
      formula,
    );
  }
  if (value === null || value === undefined) {
    return new CellFigure(null, row, column, formula ? 'formula' : 'empty', undefined, formula);
  }
  if (typeof value === 'string') {
    const parsed = parseFigureText(value);
    const euros = parsed === null ? null : toEuros(parsed.isPercent ? parsed.value / 100 : parsed.value, factor);
    if (formula) return new CellFigure(euros, row, column, 'formula', value, formula);
    if (parsed === null && (value.trim() === '' || isNoValueText(value))) {
      return new CellFigure(null, row, column, 'empty', value === '' ? undefined : value);
    }
    return new CellFigure(euros, row, column, 'text', value);
  }
  if (isCellError(value)) return new CellFigure(null, row, column, 'error', value.error, formula);
  // A boolean is no figure: it is reported like any other non-numeric text.
  const text = value ? 'TRUE' : 'FALSE';
  return new CellFigure(null, row, column, formula ? 'formula' : 'text', text, formula, 'boolean');
}
