/**
 * A mapping: how the user says one table of a sheet is to be read, where recognition cannot
 * tell or guessed wrong. It is data (saved in the workbook's settings, exported as a small JSON
 * file) and is applied before recognition's guesses: a mapped table is read exactly as mapped.
 */
import { columnKinds, type ColumnKind, type LineKind } from '../model';

/** What a column holds: a figure of a kind, or one of the columns that place a row. */
export type ColumnRole =
  | ColumnKind
  | 'unit' // the unit's name (several unit columns spell a path, the leftmost the top)
  | 'level' // the unit's level in the hierarchy (0 the top)
  | 'code' // the unit's code
  | 'line' // the line label (Toimintatuotot, Menot yhteensä, …)
  | 'binding' // a binding marker (Sitovuus: B gross, N net): never read as a figure or a label
  | 'ignore';

export const columnRoles: readonly ColumnRole[] = [
  'line',
  'unit',
  'level',
  'code',
  ...columnKinds,
  'binding',
  'ignore',
];

export const figureRoles: readonly ColumnKind[] = columnKinds;

export function isFigureRole(role: ColumnRole): role is ColumnKind {
  return (figureRoles as readonly string[]).includes(role);
}

/**
 * How the table's deviation column (Poikkeama) is computed:
 * - 'forecast-minus-plan': ENN − KS+LTA:t on the figures as written (the seed's glossary);
 * - 'plan-minus-forecast': KS+LTA:t − ENN;
 * - 'favourable-positive': a positive deviation is favourable on every line (budget − actual
 *   for costs, actual − budget for income, whatever sign the costs are written with).
 */
export type VarianceConvention = 'forecast-minus-plan' | 'plan-minus-forecast' | 'favourable-positive';

export const varianceConventions: readonly VarianceConvention[] = [
  'forecast-minus-plan',
  'plan-minus-forecast',
  'favourable-positive',
];

export const lineKinds: readonly LineKind[] = [
  'income',
  'expenses',
  'personnel',
  'purchasedServices',
  'materials',
  'grants',
  'rents',
  'otherExpenses',
  'ownProduction',
  'margin',
];

export type MappedScale = 1 | 1000 | 1_000_000;

export interface TableMapping {
  readonly sheet: string;
  /** The header row as Excel numbers it (1-based). */
  readonly headerRow: number;
  /** The table's last row (1-based); when absent, the table runs to the next mapped table or the sheet's end. */
  readonly lastRow?: number;
  /** Column letters → role. A column not named here is not part of the table. */
  readonly columns: Readonly<Record<string, ColumnRole>>;
  /**
   * Column letters → the header cell's text when the mapping was made: what tells, on a later
   * workbook, that the mapping still fits. Digits are not compared (TA 2024 fits TA 2025).
   */
  readonly headers: Readonly<Record<string, string>>;
  readonly layout: 'long' | 'block';
  readonly costSign?: 'positive' | 'negative';
  readonly varianceConvention?: VarianceConvention;
  /** Euros per displayed unit; when absent, read from the header or title as recognition does. */
  readonly scale?: MappedScale;
  /** This workbook's own line labels → the line they are ('Menot yhteensä' → expenses). */
  readonly aliases?: Readonly<Record<string, LineKind>>;
}

/** The file Export mapping writes and Import mapping and `--mapping` read. */
export interface MappingFile {
  readonly format: typeof mappingFormat;
  readonly version: 1;
  readonly tables: readonly TableMapping[];
}

export const mappingFormat = 'budget-monitor-mapping';
