/**
 * The engine's vocabulary: recognised budget tables, findings, deviations, strategic
 * measures, and the analysis that bundles them. Every part of the add-in (rules, report,
 * Office.js layer, task pane, command line) speaks these types.
 */
import type { Language } from '../i18n/language';
import type { VarianceConvention } from './mapping/types';

/** The figure columns a budget table can have (see the glossary in shared/domain.md). */
export const columnKinds = [
  'priorYear', // TP 2023: closed accounts of an earlier year
  'budget', // TA: original budget
  'supplementary', // LTA, LTA:t: supplementary budget(s)
  'currentBudget', // TA+LTA:t: budget in force
  'operatingPlan', // KS: original operating plan
  'currentPlan', // KS+LTA:t: operating plan in force
  'actual', // TOT 1-12, Toteuma
  'forecast', // ENN, Ennuste
  'variance', // Poikkeama: ENN − (KS+LTA:t)
  'actualPct', // Tot-%, toteuma-%
] as const;

export type ColumnKind = (typeof columnKinds)[number];

/**
 * The figure columns whose sign tells how a table writes its costs: plans and actuals. A
 * supplementary budget, a variance or a percentage may be negative either way.
 */
export const costSignColumnKinds: ReadonlySet<ColumnKind> = new Set<ColumnKind>([
  'priorYear',
  'budget',
  'currentBudget',
  'operatingPlan',
  'currentPlan',
  'actual',
  'forecast',
]);

/** The lines of a municipal income statement that the add-in knows. */
export type LineKind =
  | 'income' // Toimintatuotot, Toimintatulot
  | 'salesIncome' // Myyntituotot
  | 'feeIncome' // Maksutuotot
  | 'subsidyIncome' // Tuet ja avustukset
  | 'rentIncome' // Vuokratuotot
  | 'otherIncome' // Muut toimintatuotot
  | 'expenses' // Toimintakulut, Toimintamenot
  | 'personnel' // Henkilöstökulut
  | 'wages' // Palkat ja palkkiot
  | 'personnelSideCosts' // Henkilösivukulut
  | 'pensionCosts' // Eläkekulut
  | 'otherPersonnelSideCosts' // Muut henkilösivukulut
  | 'purchasedServices' // Palvelujen ostot
  | 'materials' // Aineet, tarvikkeet ja tavarat
  | 'grants' // Avustukset
  | 'rents' // Vuokrat
  | 'otherExpenses' // Muut toimintakulut
  | 'ownProduction' // Valmistus omaan käyttöön
  | 'margin'; // Toimintakate, Netto, Toimintakate/Jäämä

/**
 * The line hierarchy: each sub-line names the line it is part of, so that every level's sum is
 * checked (the income sub-lines add up to Toimintatuotot, Palkat ja palkkiot and Henkilösivukulut
 * to Henkilöstökulut, Henkilöstökulut and its siblings to Toimintakulut).
 */
export const parentLineOf: Readonly<Partial<Record<LineKind, LineKind>>> = {
  salesIncome: 'income',
  feeIncome: 'income',
  subsidyIncome: 'income',
  rentIncome: 'income',
  otherIncome: 'income',
  personnel: 'expenses',
  purchasedServices: 'expenses',
  materials: 'expenses',
  grants: 'expenses',
  rents: 'expenses',
  otherExpenses: 'expenses',
  wages: 'personnel',
  personnelSideCosts: 'personnel',
  pensionCosts: 'personnelSideCosts',
  otherPersonnelSideCosts: 'personnelSideCosts',
};

/** The direct sub-lines of each line that has any, in statement order. */
export const subLinesOf: Readonly<Partial<Record<LineKind, readonly LineKind[]>>> = (() => {
  const children: Partial<Record<LineKind, LineKind[]>> = {};
  for (const [child, parent] of Object.entries(parentLineOf) as [LineKind, LineKind][]) {
    (children[parent] ??= []).push(child);
  }
  return children;
})();

/** The direct sub-lines of Toimintakulut. */
export const expenseSubLines: readonly LineKind[] = subLinesOf.expenses ?? [];

/** The line at the top of a line's hierarchy (Toimintatuotot, Toimintakulut, Valmistus omaan käyttöön, Toimintakate). */
export function topLineOf(line: LineKind): LineKind {
  let top = line;
  for (let parent = parentLineOf[top]; parent !== undefined; parent = parentLineOf[top]) top = parent;
  return top;
}

/** How a line's deviation is judged: more income is good, more cost is bad, a higher margin is good. */
export type LineNature = 'income' | 'cost' | 'margin';

export function natureOf(line: LineKind): LineNature {
  const top = topLineOf(line);
  if (top === 'income' || top === 'ownProduction') return 'income';
  if (top === 'margin') return 'margin';
  return 'cost';
}

export interface Scale {
  /** Euros per displayed unit: 1 (€), 1000 (1000 €, t€), 1 000 000 (milj. €). */
  readonly factor: 1 | 1000 | 1_000_000;
  /** The label as the workbook wrote it, e.g. '1000 €'. */
  readonly label: string;
}

/** Whether the workbook writes costs as positive or negative numbers. */
export type CostSign = 'positive' | 'negative' | 'mixed' | 'unknown';

export interface FigureColumn {
  readonly kind: ColumnKind;
  /** Absolute 0-based sheet column. */
  readonly column: number;
  /** The header label as written, e.g. 'TOT 1-12 2024'. */
  readonly label: string;
  readonly year: number | null;
  /** Months covered, from a period mark such as '1-12' or '1-6'. */
  readonly months: { readonly from: number; readonly to: number } | null;
}

export interface Figure {
  /** In euros, after the table's scale; null when the cell gives no number (empty, error, non-numeric text). */
  readonly value: number | null;
  /** A1 address on the table's sheet. */
  readonly cell: string;
  readonly row: number;
  readonly column: number;
  /** What the cell held: a typed number, a formula, text (parsed when it reads as a number), nothing, or an error value. */
  readonly source: 'number' | 'formula' | 'text' | 'empty' | 'error';
  /** The raw text for source 'text', the error value ('#REF!') for source 'error'. */
  readonly text?: string;
  /**
   * Set when the cell held a value that is no figure and no text: a date (a number in a date
   * format; `text` is then '2024-12-31') or a truth value (`text` 'TRUE' / 'FALSE'). Its value is
   * null: it is never summed, and type-error names the cell.
   */
  readonly nonFigure?: 'date' | 'boolean';
  readonly formula?: string;
}

export interface Unit {
  /** Stable key, used to match a unit across runs: its code if it has one, else its name path ('ELVO/Kasvupalvelut'). */
  readonly id: string;
  readonly name: string;
  readonly code: string | null;
  /** 0 is the top of the hierarchy (the service area). */
  readonly level: number;
  readonly parentId: string | null;
  /** Absolute 0-based row of the unit's heading row (block layout) or first row (long layout). */
  readonly row: number;
}

export interface BudgetRow {
  /** Absolute 0-based sheet row. */
  readonly row: number;
  /** The line label as written. */
  readonly label: string;
  /** null when the label is not a line the engine knows (the row is kept and reported, never dropped). */
  readonly line: LineKind | null;
  readonly unitId: string;
  /** Figures keyed by absolute 0-based column (one entry per figure column of the table). */
  readonly figures: Readonly<Record<number, Figure>>;
}

export interface BudgetTable {
  readonly sheet: string;
  /** A1 range from the header row to the last row and column of the table. */
  readonly range: string;
  readonly headerRow: number;
  /** How the table is laid out, by the reader that read it (src/core/recognize/). */
  readonly layout: TableLayout;
  /** Absolute 0-based rows of the header, top to bottom (a header wrapped over rows, a merged group header, a row of years). */
  readonly headerRows: readonly number[];
  /** What every column of the table is, left to right: the explanation `check` gives of its reading. */
  readonly columnRoles: readonly ColumnReading[];
  /** The budget written down one column (Alkuperäinen, Muutos, …, Yhteensä), per unit and line; empty for other layouts. */
  readonly budgetChains: readonly BudgetChain[];
  /** Where the table stands beside another on the same rows (side-by-side tables), else null. */
  readonly side: 'left' | 'right' | null;
  /** What recognition could not tell, with the cell (e.g. figure columns it cannot assign to a unit). */
  /** What recognition could not tell about the table's layout; the layout-unclear rule reports it. */
  readonly recognitionFindings: readonly LayoutProblem[];
  readonly labelColumn: number;
  readonly unitColumn: number | null;
  readonly levelColumn: number | null;
  readonly codeColumn: number | null;
  readonly columns: readonly FigureColumn[];
  /** The column used for each kind when a table has several (e.g. two TP years): the latest. */
  readonly primary: Readonly<Partial<Record<ColumnKind, number>>>;
  readonly scale: Scale;
  readonly costSign: CostSign;
  /** How the deviation column is computed, when the user's mapping says so (else the glossary's ENN − KS+LTA:t). */
  readonly varianceConvention?: VarianceConvention;
  readonly units: readonly Unit[];
  readonly rows: readonly BudgetRow[];
  /** A binding marker column beside the table, when there is one. */
  readonly bindingMarkers?: BindingMarkers | null;
}

/** A binding marker column beside a table (Sitovuus: B gross, N net), read by recognize/binding-marker.ts. */
export interface BindingMarkers {
  /** Absolute 0-based sheet column. */
  readonly column: number;
  /** The header label as written. */
  readonly label: string;
  /** The marker of each row that has one, by absolute 0-based sheet row. */
  readonly byRow: Readonly<Record<number, 'net' | 'gross'>>;
  /** Marker cells whose text is neither net nor gross. */
  readonly unreadable: readonly { readonly row: number; readonly text: string }[];
}

/**
 * The layouts a reader exists for: a long table with one unit column; an export with several
 * unit columns (Toimielin | Tehtäväalue); unit heading rows above their lines; statement blocks
 * (each unit's heading, its own header row and its lines, repeated); and the vertical budget
 * chain (Alkuperäinen, Muutos rows and Yhteensä in one budget column).
 */
export type TableLayout = 'long' | 'unit-columns' | 'block' | 'statement-blocks' | 'budget-chain';

export type ColumnReading =
  | { readonly column: number; readonly role: 'figure'; readonly kind: ColumnKind; readonly label: string }
  | {
      readonly column: number;
      readonly role: 'label' | 'unit' | 'level' | 'code' | 'step' | 'description' | 'binding';
      readonly label: string;
    };

/** One unit's line whose budget is written as steps down one column. */
export interface BudgetChain {
  readonly unitId: string;
  readonly line: LineKind | null;
  readonly lineLabel: string;
  /** The original budget (Alkuperäinen); null when the chain starts with a change. */
  readonly original: Figure | null;
  /** Each change, with the decision named beside it (its description, as written). */
  readonly changes: readonly { readonly figure: Figure; readonly description: string }[];
  /** The Yhteensä figure: the budget in force, read as the line's row. */
  readonly total: Figure;
}

/** The figure of a row in the table's primary column of a kind. */
export function figureOf(table: BudgetTable, row: BudgetRow, kind: ColumnKind): Figure | undefined {
  const column = table.primary[kind];
  return column === undefined ? undefined : row.figures[column];
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in the workbook: a union tagged by code and message id, with the details each
 * message takes. It is defined by the rules that report it (rules/index.ts).
 */
import type { Finding } from './rules';
import type { LayoutProblem } from './rules/layout-unclear';
export type { Finding, FindingCode, FindingWith } from './rules';

// ---------------------------------------------------------------------------------------------
// Conventions a table follows, found from its figures (deviations/convention.ts) and stated with it.

/** How a column writes its costs: as positive numbers (unsigned), as negative ones, or both. */
export type ColumnCostSign = 'unsigned' | 'negative' | 'mixed' | 'unknown';

/** How a table writes its costs: one sign, or `mixed` when its columns disagree (convention 4). */
export interface CostSigns {
  readonly table: ColumnCostSign;
  /** Per plan, actual and forecast column (not LTA:t, Poikkeama or percentages: those have either sign). */
  readonly columns: readonly { readonly column: number; readonly label: string; readonly sign: ColumnCostSign }[];
}

export type DeviationConvention =
  'forecast-minus-plan' | 'negative-costs' | 'favourable-positive' | 'mixed-signs' | 'plan-minus-forecast';

/** The formula a deviation column's figures fit, on figures whose costs are taken unsigned. */
export type DeviationFormula = 'actual-minus-plan' | 'favourable-positive' | 'plan-minus-actual';

export interface ColumnRef {
  readonly column: number;
  readonly kind: ColumnKind;
  readonly label: string;
}

/** The convention a deviation column follows, as its rows show it (deviations/convention.ts). */
export interface DeviationColumnConvention {
  readonly column: ColumnRef;
  readonly convention: DeviationConvention;
  /** 1–4 for the domain's four conventions, null for the reversed column. */
  readonly number: 1 | 2 | 3 | 4 | null;
  readonly formula: DeviationFormula;
  readonly plan: ColumnRef;
  readonly actual: ColumnRef;
  /** Rows with a deviation figure and both operands. */
  readonly rows: number;
  /** Of those, the rows the convention fits (the others are chain-mismatch findings). */
  readonly fitting: number;
  /** Whether the user's mapping gave the convention (else the rows decided it). */
  readonly mapped: boolean;
}

/** What the engine found a table to follow, shown with it (check's text and --json tables[], the pane). */
export interface TableConventions {
  readonly sheet: string;
  readonly range: string;
  readonly costSigns: CostSigns;
  /** The columns the engine's own deviations compare, and whether the actual is the year's actual. */
  readonly deviationBasis: { readonly plan: ColumnRef; readonly actual: ColumnRef; readonly yearEnd: boolean } | null;
  /** The table's deviation column (Poikkeama, Erotus) and the convention its rows follow. */
  readonly varianceConvention: DeviationColumnConvention | null;
  readonly binding: {
    /** The marker column (Sitovuus) when the table has one, A1 column letters. */
    readonly markerColumn: string | null;
    readonly units: readonly {
      readonly unit: string;
      readonly mode: 'net' | 'gross' | null;
      readonly items: readonly ('margin' | 'expenses' | 'income')[];
      readonly source: 'settings' | 'command-line' | 'marker' | 'default';
    }[];
  };
  /** Half a displayed unit in euros (at the plan column's first figure), and the rule for sums. */
  readonly tolerance: { readonly halfUnit: number; readonly displayedUnit: number };
}

export type Direction = 'favourable' | 'unfavourable' | 'on-plan';
export type TrafficLight = 'green' | 'yellow' | 'red';

export interface Deviation {
  readonly sheet: string;
  readonly unitId: string;
  readonly unit: string;
  readonly unitLevel: number;
  readonly line: LineKind;
  readonly lineLabel: string;
  /** Euros; from KS+LTA:t, else TA+LTA:t, else KS, else TA. */
  readonly plan: number;
  readonly planKind: ColumnKind;
  /** Euros; from ENN, else TOT at year end. */
  readonly forecast: number;
  readonly forecastKind: ColumnKind;
  /** forecast − plan, euros, in the workbook's sign convention. */
  readonly deviation: number;
  /** deviation / |plan| in per cent (−5 means 5 % below plan); null when the plan is zero. */
  readonly deviationPct: number | null;
  readonly direction: Direction;
  readonly status: TrafficLight;
  /** The forecast cell (A1). */
  readonly cell: string;
  /** The Poikkeama cell (A1), when the table has that column. */
  readonly varianceCell: string | null;
  /** For interim quarters: actual to date against the elapsed share of the plan. */
  readonly interim?: {
    readonly actual: number;
    readonly share: number; // 0.5 for Q2
    readonly expected: number; // plan × share
    readonly deviation: number; // actual − expected
    readonly direction: Direction;
  };
}

export type StatusKind = 'achieved' | 'partly' | 'not-achieved';

export interface StatusCounts {
  readonly green: number;
  readonly yellow: number;
  readonly red: number;
}

export interface Measure {
  readonly goal: string;
  readonly name: string;
  /** null when the status cell could not be read (a status-invalid finding names it). */
  readonly status: StatusKind | null;
  /** The status as written (or the fill colour when that is what carried it). */
  readonly raw: string;
  /** The status cell (A1). */
  readonly cell: string;
  readonly row: number;
}

export interface StrategyResult {
  readonly sheet: string;
  readonly range: string;
  readonly goals: readonly string[];
  readonly measures: readonly Measure[];
  readonly counts: Readonly<Record<string, StatusCounts>>;
  readonly total: StatusCounts;
}

export interface Period {
  readonly quarter: 1 | 2 | 3 | 4;
  readonly year: number;
}

export interface Analysis {
  readonly tables: readonly BudgetTable[];
  readonly findings: readonly Finding[];
  readonly deviations: readonly Deviation[];
  readonly strategy: StrategyResult | null;
  /** From the TOT column's period mark (TOT 1-12 2024 → Q4/2024), null when there is none. */
  readonly period: Period | null;
  /** Per table (in the order of `tables`), the conventions found from its figures. */
  readonly conventions?: readonly TableConventions[];
}

export type { Language };
