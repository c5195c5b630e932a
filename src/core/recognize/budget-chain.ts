/**
 * The vertical budget chain (the statements' own pages): per unit and line, an `Alkuperäinen`
 * row, a `Muutos` row per council decision (the decision named beside it, kept as its
 * description) and `Yhteensä`, in one budget column; the actual and the deviation only on the
 * `Yhteensä` row. The steps stand in a column of their own (`Erä`) or in the label column under
 * the line's name. Read inside whatever layout names the units: the `Yhteensä` row becomes the
 * line's row, its budget the budget in force, and the steps are kept as the line's chain.
 */
import type { BudgetChain, ColumnKind, Figure, FigureColumn, LineKind } from '../model';
import type { CellValue } from '../snapshot';
import { figureAt } from '../figures/cell-figure';
import { figuresEmpty } from './row-cells';
import { chainStepOf } from './structure-labels';
import type { TableFrame } from './table-frame';

export interface ChainOfEntry extends Omit<BudgetChain, 'unitId'> {
  /** The unit entry, until the hierarchy gives its id. */
  readonly entry: number;
}

export interface ChainReader {
  /** Absolute column of the budget the steps are written in. */
  readonly budgetColumn: number;
  readonly chains: readonly ChainOfEntry[];
  /**
   * A row of the table: null when it is a step (kept in its chain) or a line's heading over its
   * steps; else the label and line it is read as, `closesChain` when it is a chain's Yhteensä.
   */
  read(
    row: number,
    label: string,
    line: LineKind | null,
    entry: number,
  ): { label: string; line: LineKind | null; closesChain: boolean } | null;
  /** Ends the chain the last read row closed, with that row's budget figure. */
  close(total: Figure): void;
  /** The table's columns, the budget column as the budget in force it holds on the Yhteensä rows. */
  columnsOf(columns: readonly FigureColumn[]): FigureColumn[];
}

interface Pending {
  readonly entry: number;
  readonly label: string;
  readonly line: LineKind | null;
  original: Figure | null;
  readonly changes: { readonly figure: Figure; readonly description: string }[];
}

const budgetKinds: readonly ColumnKind[] = ['budget', 'currentBudget', 'operatingPlan', 'currentPlan'];

/** The chain reader of a table whose frame found a step column, else null. */
export function createChainReader(frame: TableFrame): ChainReader | null {
  if (frame.stepColumn < 0) return null;
  const budget = frame.figureColumns.find((c) => budgetKinds.includes(c.kind));
  if (!budget) return null;
  const { values, formulas, origin } = frame.sheet;
  const budgetColumn = budget.column;
  const local = budgetColumn - origin.column;
  const chains: ChainOfEntry[] = [];
  let pending: Pending | null = null;
  let closing: Pending | null = null;

  return {
    budgetColumn,
    chains,
    read(r, label, line, entry) {
      const step = stepOf(values[r][frame.stepColumn]);
      // Where the steps stand in the label column, a step row's label is the step, not a line.
      const stepLabel = step !== null && frame.stepColumn === frame.labelColumn ? '' : label;
      if (step === null) {
        if (line !== null && figuresEmpty(values[r], frame)) {
          // The line's own heading row: its steps follow.
          pending = { entry, label, line, original: null, changes: [] };
          return null;
        }
        pending = null;
        return { label, line, closesChain: false };
      }
      if (pending === null || pending.entry !== entry || (stepLabel !== '' && stepLabel !== pending.label)) {
        pending = { entry, label: stepLabel, line: stepLabel === '' ? null : line, original: null, changes: [] };
      }
      if (step === 'total') {
        closing = pending;
        pending = null;
        return { label: closing.label, line: closing.line, closesChain: true };
      }
      const absRow = origin.row + r;
      const figure = figureAt(values[r][local], formulas?.[r]?.[local], absRow, budgetColumn, frame.scale.factor);
      if (step === 'original') pending.original = figure;
      else pending.changes.push({ figure, description: descriptionOf(frame, r) });
      return null;
    },
    close(total) {
      const chain = closing;
      closing = null;
      if (chain === null || (chain.original === null && chain.changes.length === 0)) return;
      chains.push({
        entry: chain.entry,
        line: chain.line,
        lineLabel: chain.label,
        original: chain.original,
        changes: chain.changes,
        total,
      });
    },
    columnsOf(columns) {
      return columns.map((c) =>
        c.column === budgetColumn && (c.kind === 'budget' || c.kind === 'operatingPlan')
          ? { ...c, kind: c.kind === 'budget' ? 'currentBudget' : 'currentPlan' }
          : c,
      );
    },
  };
}

function stepOf(value: CellValue | undefined) {
  return typeof value === 'string' ? chainStepOf(value) : null;
}

/** The description column's text when there is one, else the step's own words ('Muutos (KV 12.6.2024 § 45)'). */
function descriptionOf(frame: TableFrame, r: number): string {
  const row = frame.sheet.values[r];
  for (const c of [frame.descriptionColumn, frame.stepColumn]) {
    if (c < 0) continue;
    const value = row[c];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return '';
}
