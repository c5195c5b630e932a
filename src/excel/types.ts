/**
 * The operations the task pane, the ribbon commands and the command line use. Each opens its own
 * Excel.run through an ExcelHost: Office's `Excel` in the add-in, the headless host elsewhere.
 */
import type { SheetSnapshot, WorkbookSnapshot, Settings, FlagPlan, ReportPlan, ReportSheetKey } from '../core';

/** The part of Office's global `Excel` the operations need. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** With options: `mergeUndoGroup` (ExcelApi 1.20) makes all syncs of one run a single undo step. */
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/**
 * The part of Office's global `Office` the add-in uses; `Office` itself satisfies it, and the
 * headless host provides one with configurable requirement sets.
 */
export interface OfficeLike {
  readonly context: {
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    /** 'fi-FI', 'sv-SE', 'en-US'… (absent outside Office). */
    readonly displayLanguage?: string;
    /** Office's theme colours (absent or null outside Office and on Excel on the web). */
    readonly officeTheme?: Office.OfficeTheme | null;
  };
}

export interface ReadOptions {
  /** Only these sheets; all when absent. */
  readonly sheets?: readonly string[];
  /** Leave out the add-in's own report sheets (recognition never needs them). */
  readonly skipReportSheets?: boolean;
}

export interface FlagResult {
  readonly flagged: number;
}

export interface ClearResult {
  /** Cells whose flags were removed (the unit of FlagResult.flagged). */
  readonly removed: number;
}

export interface AppliedReport {
  /** The sheets as named in the workbook (a free variant when the planned name was taken). */
  readonly sheets: readonly { readonly key: ReportSheetKey; readonly name: string }[];
  readonly charts: number;
}

/** The top-left cell of the user's selection, 0-based. */
export interface Selection {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

export interface ExcelOperations {
  readWorkbook(options?: ReadOptions): Promise<WorkbookSnapshot>;
  /** The add-in's own report sheets (found by their marker), read so a new run can carry commentary over. */
  readReportSheets(): Promise<readonly { readonly key: ReportSheetKey; readonly snapshot: SheetSnapshot }[]>;
  flag(plan: FlagPlan): Promise<FlagResult>;
  clearFlags(): Promise<ClearResult>;
  applyReport(plan: ReportPlan): Promise<AppliedReport>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  /** Where the selection is (Map this table takes its header row from it). */
  readSelection(): Promise<Selection>;
}
