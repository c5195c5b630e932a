/**
 * What the add-in writes into a workbook, as data. The core plans; only src/excel/ applies.
 * Addresses are A1 on the planned sheet; colours are '#RRGGBB'.
 */
import type { Language } from '../i18n/language';
import type { Period, TrafficLight } from './model';

/** Colour flags on the user's own cells: deviation cells and strategic status cells. */
export interface FlagPlan {
  readonly flags: readonly Flag[];
}

export interface Flag {
  readonly sheet: string;
  readonly cell: string;
  readonly colour: TrafficLight;
  readonly kind: 'deviation' | 'status';
}

export type ReportSheetKey = 'summary' | 'deviations' | 'strategy' | 'glossary';

export interface ReportPlan {
  readonly period: Period;
  readonly language: Language;
  /** In the order the sheets are to stand, after the user's own sheets. */
  readonly sheets: readonly SheetPlan[];
}

/**
 * What a report cell holds. A string is always text: the applier writes it so that the
 * spreadsheet keeps it as text, whatever it begins with ('=', '+', '-', '@', a tab) and whatever
 * it looks like (a number, a date, 'TRUE'). A formula is only ever a PlannedFormula, which only
 * the core builds (plannedFormula), never from text read out of the workbook. null is empty.
 */
export type PlannedValue = string | number | PlannedFormula | null;

export interface PlannedFormula {
  readonly kind: 'formula';
  /** With its leading '='. */
  readonly formula: string;
}

/** A formula the core wrote itself (e.g. '=SUM(B4:B9)'); never call it with text from the workbook. */
export function plannedFormula(formula: string): PlannedFormula {
  if (!formula.startsWith('=')) throw new Error(`A planned formula begins with '=': ${formula}`);
  return { kind: 'formula', formula };
}

export function isPlannedFormula(value: PlannedValue | undefined): value is PlannedFormula {
  return typeof value === 'object' && value !== null && value.kind === 'formula';
}

export interface SheetPlan {
  readonly key: ReportSheetKey;
  /** The localized name; the applier takes a free variant ('Yhteenveto (2)') when a sheet the add-in did not create has it. */
  readonly name: string;
  /** Cell values from A1, a rectangle (see PlannedValue: strings are text, formulas are PlannedFormula). */
  readonly values: readonly (readonly PlannedValue[])[];
  /** Applied in order, so a later format refines an earlier one. */
  readonly formats: readonly RangeFormatPlan[];
  /** Column widths in points, from column A; null leaves a column as it is. */
  readonly columnWidths: readonly (number | null)[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly charts: readonly ChartPlan[];
  readonly pageSetup?: { readonly orientation: 'landscape' | 'portrait'; readonly fitToWidth: boolean };
  /** Where the controller types explanations, so that the next run can carry them over by key. */
  readonly commentary?: {
    /** 0-based column of the commentary. */
    readonly column: number;
    /** 0-based rows holding data (after the header). */
    readonly firstRow: number;
    readonly lastRow: number;
    /** 0-based columns whose values, joined, identify a row (e.g. unit and line). */
    readonly keyColumns: readonly number[];
  };
}

export interface RangeFormatPlan {
  readonly range: string;
  readonly numberFormat?: string;
  readonly fill?: string;
  readonly font?: {
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly color?: string;
    readonly size?: number;
  };
  readonly horizontalAlignment?: 'Left' | 'Center' | 'Right';
  readonly verticalAlignment?: 'Top' | 'Center' | 'Bottom';
  readonly wrapText?: boolean;
  /** A thin line under the range (table headers and totals). */
  readonly bottomBorder?: string;
}

/** Excel.ChartType names of the chart types the report uses. */
export type ChartType = 'ColumnClustered' | 'BarClustered' | 'BarStacked';

export interface ChartPlan {
  /** Stable name, so a chart can be found again ('income-expenses', 'margin-deviation', 'strategy-status'). */
  readonly name: string;
  readonly type: ChartType;
  readonly title: string;
  /** A1 range on the same sheet: first row the series names, first column the categories; series by columns. */
  readonly source: string;
  /** One colour per series, in order. */
  readonly seriesColours: readonly string[];
  /** Per series, per point colours overriding the series colour (favourable green, unfavourable red). */
  readonly pointColours?: readonly (readonly string[])[];
  /** Top-left and bottom-right cells the chart covers. */
  readonly position: { readonly from: string; readonly to: string };
  readonly valueAxisNumberFormat?: string;
  readonly legend: 'Bottom' | 'Right' | 'None';
}

/** Colours per traffic light for status flags in reports (re-exported for planners). */
export type { TrafficLight };
