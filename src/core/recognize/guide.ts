/**
 * What recognition is told instead of guessing, for one table: its header row, what each
 * column holds, the layout, the cost sign, the scale and which line a label is. Built from the
 * user's mapping (core/mapping); every reader consults it at the points where it would guess.
 * Columns are local to the sheet snapshot (0 is its first used column), as the readers count.
 */
import type { ColumnKind, LineKind, Scale } from '../model';
import type { VarianceConvention } from '../mapping/types';

export interface RecognitionGuide {
  /** Local row of the header. */
  readonly headerRow: number;
  /** Local row after the table's last row. */
  readonly end: number;
  /** The figure columns and their kinds; no other column is a figure. */
  readonly figures: ReadonlyMap<number, ColumnKind>;
  /** Unit name columns, the top of the hierarchy first; empty in a block layout. */
  readonly unitColumns: readonly number[];
  readonly levelColumn: number | null;
  readonly codeColumn: number | null;
  readonly labelColumn: number;
  /** The binding marker column (Sitovuus: B gross, N net): never a figure or a label; for a reader of binding markers. */
  readonly bindingColumn: number | null;
  readonly layout: 'long' | 'block';
  readonly costSign?: 'positive' | 'negative';
  readonly scale?: Scale;
  readonly varianceConvention?: VarianceConvention;
  /** The line of a row label: the user's alias first, then the known vocabulary. */
  lineOf(label: string): LineKind | null;
}
