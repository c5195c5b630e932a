/**
 * A readable way to state a recognised budget table in a test, in one screen:
 *
 *   budgetTable({
 *     scale: 1000,
 *     columns: ['TA', 'KS+LTA:t', 'ENN'],
 *     rows: [
 *       unit('ELVO'),
 *       line('Toimintatuotot', 100, 110, 120),
 *       line('Toimintakate', formula(-900), -890, -880),
 *     ],
 *   });
 *
 * The table stands as a block table would on a sheet: the header on row 1, labels in column
 * A, figure columns from B; figures are given as displayed (in the table's scale) and stored in
 * euros, as recognition stores them. A unit's parent is the nearest unit above it of a lower
 * level, the rule the brief gives for block tables.
 */
import { columnLetters, toA1 } from '../../../src/core/address';
import type {
  BudgetRow,
  BudgetTable,
  ColumnKind,
  CostSign,
  Figure,
  FigureColumn,
  LineKind,
  Unit,
} from '../../../src/core/model';

export interface FormulaCell {
  readonly kind: 'formula';
  readonly value: number | null;
  /** null: a sum over the cells above in the same column, as a total's formula is. */
  readonly formula: string | null;
}
export interface TextCell {
  readonly kind: 'text';
  readonly text: string;
  /** What the text reads as, in displayed units; null when it is no number. */
  readonly value: number | null;
}
export interface ErrorCell {
  readonly kind: 'error';
  readonly error: string;
}
/** A lone dash: recognition reads it as an empty cell that says "nothing here" on purpose. */
export interface DashCell {
  readonly kind: 'dash';
  readonly text: string;
}
export type CellSpec = number | null | FormulaCell | TextCell | ErrorCell | DashCell;

export interface UnitSpec {
  readonly kind: 'unit';
  readonly name: string;
  readonly level: number;
  readonly code: string | null;
}
export interface LineSpec {
  readonly kind: 'line';
  readonly label: string;
  readonly cells: readonly CellSpec[];
}

export const formula = (value: number | null, text: string | null = null): FormulaCell => ({
  kind: 'formula',
  value,
  formula: text,
});
export const text = (written: string, readAs: number | null = null): TextCell => ({
  kind: 'text',
  text: written,
  value: readAs,
});
export const error = (value: string): ErrorCell => ({ kind: 'error', error: value });
export const dash = (written = '–'): DashCell => ({ kind: 'dash', text: written });
export const unit = (name: string, level = 0, code: string | null = null): UnitSpec => ({
  kind: 'unit',
  name,
  level,
  code,
});
export const line = (label: string, ...cells: CellSpec[]): LineSpec => ({
  kind: 'line',
  label,
  cells,
});

const lineKinds: Record<string, LineKind> = {
  toimintatuotot: 'income',
  toimintakulut: 'expenses',
  henkilöstökulut: 'personnel',
  'palvelujen ostot': 'purchasedServices',
  'aineet, tarvikkeet ja tavarat': 'materials',
  avustukset: 'grants',
  vuokrat: 'rents',
  'muut toimintakulut': 'otherExpenses',
  'valmistus omaan käyttöön': 'ownProduction',
  toimintakate: 'margin',
};

function columnOf(label: string, column: number): FigureColumn {
  const compact = label.toUpperCase().replace(/\s+/g, ' ').trim();
  const months = /(\d{1,2})-(\d{1,2})/.exec(compact);
  const year = /(20\d\d)/.exec(compact);
  const kinds: [RegExp, ColumnKind][] = [
    [/^TP\b/, 'priorYear'],
    [/^TA\+LTA/, 'currentBudget'],
    [/^KS\+LTA/, 'currentPlan'],
    [/^TA\b|^TALOUSARVIO\b/, 'budget'],
    [/^LTA/, 'supplementary'],
    [/^KS\b/, 'operatingPlan'],
    [/^TOT-%|%/, 'actualPct'],
    [/^TOT\b|^TOTEU?T?U?MA\b/, 'actual'],
    [/^ENN\b/, 'forecast'],
    [/^POIKKEAMA|^EROTUS/, 'variance'],
  ];
  const kind = kinds.find(([pattern]) => pattern.test(compact))?.[1];
  if (!kind) throw new Error(`The test builder knows no column '${label}'`);
  return {
    kind,
    column,
    label,
    year: year ? Number(year[1]) : null,
    months: months && kind !== 'actualPct' ? { from: Number(months[1]), to: Number(months[2]) } : null,
  };
}

export interface TableSpec {
  readonly sheet?: string;
  readonly scale?: 1 | 1000 | 1_000_000;
  readonly costSign?: CostSign;
  readonly columns: readonly string[];
  readonly rows: readonly (UnitSpec | LineSpec)[];
}

export function budgetTable(spec: TableSpec): BudgetTable {
  const sheet = spec.sheet ?? 'Talous';
  const factor = spec.scale ?? 1;
  const columns = spec.columns.map((label, i) => columnOf(label, i + 1));
  const primary: Partial<Record<ColumnKind, number>> = {};
  for (const c of columns) primary[c.kind] = c.column;

  const units: Unit[] = [];
  const rows: BudgetRow[] = [];
  const stack: Unit[] = [];
  let current: Unit | null = null;
  spec.rows.forEach((item, i) => {
    const sheetRow = i + 1;
    if (item.kind === 'unit') {
      while (stack.length > 0 && stack[stack.length - 1].level >= item.level) stack.pop();
      const parent = stack[stack.length - 1] ?? null;
      const id = item.code ?? (parent ? `${parent.id}/${item.name}` : item.name);
      current = {
        id,
        name: item.name,
        code: item.code,
        level: item.level,
        parentId: parent?.id ?? null,
        row: sheetRow,
      };
      units.push(current);
      stack.push(current);
      return;
    }
    if (current === null) {
      current = {
        id: 'Yksikkö',
        name: 'Yksikkö',
        code: null,
        level: 0,
        parentId: null,
        row: sheetRow,
      };
      units.push(current);
      stack.push(current);
    }
    const figures: Record<number, Figure> = {};
    columns.forEach((column, c) => {
      figures[column.column] = figureOf(item.cells[c] ?? null, sheetRow, column.column, factor);
    });
    rows.push({
      row: sheetRow,
      label: item.label,
      line: lineKinds[item.label.toLowerCase()] ?? null,
      unitId: current.id,
      figures,
    });
  });

  return {
    sheet,
    range: `A1:${toA1(spec.rows.length, columns.length)}`,
    headerRow: 0,
    headerRows: [0],
    layout: 'block',
    columnRoles: [
      { column: 0, role: 'label', label: '' },
      ...columns.map((column) => ({
        column: column.column,
        role: 'figure' as const,
        kind: column.kind,
        label: column.label,
      })),
    ],
    budgetChains: [],
    side: null,
    recognitionFindings: [],
    labelColumn: 0,
    unitColumn: null,
    levelColumn: null,
    codeColumn: null,
    columns,
    primary,
    scale: { factor, label: factor === 1 ? '€' : factor === 1000 ? '1000 €' : 'milj. €' },
    costSign: spec.costSign ?? 'positive',
    units,
    rows,
  };
}

function figureOf(spec: CellSpec, row: number, column: number, factor: number): Figure {
  const cell = toA1(row, column);
  const euros = (value: number | null) => (value === null ? null : value * factor);
  if (spec === null) return { value: null, cell, row, column, source: 'empty' };
  if (typeof spec === 'number') return { value: euros(spec), cell, row, column, source: 'number' };
  switch (spec.kind) {
    case 'formula':
      return {
        value: euros(spec.value),
        cell,
        row,
        column,
        source: 'formula',
        formula: spec.formula ?? `=SUM(${columnLetters(column)}2:${columnLetters(column)}${row})`,
      };
    case 'text':
      return { value: euros(spec.value), cell, row, column, source: 'text', text: spec.text };
    case 'error':
      return { value: null, cell, row, column, source: 'error', text: spec.error };
    case 'dash':
      return { value: null, cell, row, column, source: 'empty', text: spec.text };
  }
}

/** The A1 cell of a unit's line in a column, as the builder laid it out. */
export function at(table: BudgetTable, unitName: string, lineLabel: string, columnLabel: string): string {
  const target = table.units.find((u) => u.name === unitName);
  const row = table.rows.find((r) => r.unitId === target?.id && r.label === lineLabel);
  const column = table.columns.find((c) => c.label === columnLabel);
  if (!row || !column) throw new Error(`No ${unitName} / ${lineLabel} / ${columnLabel} in the test table`);
  return row.figures[column.column].cell;
}
