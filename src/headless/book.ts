/**
 * The in-memory workbook behind the proxies: an ExcelJS workbook for cells, styles, columns,
 * views and page setup, plus what ExcelJS cannot keep (charts, add-in settings, scoped names,
 * stable object ids), which the OOXML extras (src/headless/ooxml/) write into and read from the zip.
 */
import ExcelJS from 'exceljs';
import type { Rect } from './address';
import type { KeptAnchor } from './ooxml';

export interface CellRef {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export type ChartTypeName = 'ColumnClustered' | 'BarClustered' | 'BarStacked';
export type LegendPositionName = 'Bottom' | 'Right' | 'Top' | 'Left' | 'Corner' | 'Custom';

export interface SeriesModel {
  /** The cell holding the series name, or null when a name was set explicitly. */
  nameRef: CellRef | null;
  name: string;
  categories: CellRef | null;
  values: CellRef;
  colour: string | null;
  pointColours: (string | null)[];
}

export interface ChartModel {
  readonly id: string;
  name: string;
  type: ChartTypeName;
  title: string;
  legendPosition: LegendPositionName;
  legendVisible: boolean;
  /** 0-based anchor cells (two-cell anchor). */
  from: { row: number; column: number };
  to: { row: number; column: number };
  valueAxisNumberFormat: string | null;
  series: SeriesModel[];
}

/** One Office conditional format: one rule over one or more areas. */
export interface ConditionalFormatModel {
  readonly id: string;
  areas: Rect[];
  /** The ExcelJS rule, kept whole so that rules the host does not model survive load → save. */
  rule: ExcelJS.ConditionalFormattingRule;
}

export interface NameModel {
  name: string;
  /** With the leading '=' as Office's NamedItem.formula reads. */
  formula: string;
  comment: string;
  visible: boolean;
  /** Scope: null for the workbook. */
  sheet: SheetModel | null;
}

/** A formula the add-in wrote: where, and its terms when the host can compute it (else null). */
export interface WrittenFormula {
  readonly row: number;
  readonly column: number;
  readonly terms: readonly FormulaTerm[] | null;
}

export type FormulaTerm =
  | { readonly sign: 1 | -1; readonly kind: 'number'; readonly value: number }
  | {
      readonly sign: 1 | -1;
      readonly kind: 'ref';
      readonly sheet: string | null;
      readonly rect: Rect;
      readonly sum: boolean;
    };

export class SheetModel {
  deleted = false;
  charts: ChartModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  /** Drawing objects the host does not model (other charts, shapes), kept verbatim for save. */
  keptDrawings: KeptAnchor[] = [];
  /** Formula cells the host wrote, by cellKey(row, column), with the formula parsed once (see formulas.ts). */
  readonly writtenFormulas = new Map<number, WrittenFormula>();

  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly id: string,
  ) {}

  get name(): string {
    return this.ws.name;
  }
}

export class BookModel {
  readonly sheets: SheetModel[] = [];
  readonly settings = new Map<string, string>();
  names: NameModel[] = [];
  activeSheet: SheetModel | null = null;
  selection: { sheet: SheetModel; rect: Rect } | null = null;
  wroteFormulas = false;
  /** Workbook structure protection (WorkbookProtection): sheets cannot be added, deleted, renamed or moved. */
  structureProtected = false;
  /** Set while the user edits a cell: Excel runs no request until `ended` resolves. */
  cellEdit: { readonly ended: Promise<void>; readonly end: () => void } | null = null;
  private nextId = 1;

  constructor(readonly wb: ExcelJS.Workbook) {}

  newId(kind: number): string {
    const n = (this.nextId++).toString(16).toUpperCase().padStart(12, '0');
    return `{0000000${kind}-0001-0000-0000-${n}}`;
  }

  adopt(ws: ExcelJS.Worksheet): SheetModel {
    const sheet = new SheetModel(ws, this.newId(0));
    this.sheets.push(sheet);
    return sheet;
  }

  findSheet(name: string): SheetModel | null {
    const lower = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === lower) ?? null;
  }

  removeSheet(sheet: SheetModel): void {
    sheet.deleted = true;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.names = this.names.filter((name) => name.sheet !== sheet);
    this.wb.removeWorksheet(sheet.ws.id);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find(isVisible) ?? this.sheets[0] ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  moveSheet(sheet: SheetModel, position: number): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
  }
}

export function isVisible(sheet: SheetModel): boolean {
  return (sheet.ws.state ?? 'visible') === 'visible';
}

const forbiddenInSheetNames = /[:\\/?*[\]]/;

/** Why Excel would refuse the name, or null when it is a valid, free sheet name. */
export function sheetNameProblem(book: BookModel, name: string, renaming?: SheetModel): string | null {
  if (typeof name !== 'string' || name.trim() === '') return 'a sheet name cannot be empty';
  if (name.length > 31) return `the sheet name "${name}" is longer than 31 characters`;
  if (forbiddenInSheetNames.test(name)) return `the sheet name "${name}" contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `the sheet name "${name}" begins or ends with an apostrophe`;
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  const other = book.findSheet(name);
  if (other && other !== renaming) return `a sheet named "${other.name}" already exists`;
  return null;
}
