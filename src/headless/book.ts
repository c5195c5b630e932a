/**
 * The in-memory workbook behind the proxies. A sheet of the input package stays in the package
 * until an operation needs it: reading its cells parses them once into a snapshot (the .xlsx
 * reader's), and anything more (a write, a font, a conditional format) loads it into ExcelJS for
 * cells, styles, columns, views and page setup. A sheet never loaded is saved byte for byte.
 * What ExcelJS cannot keep (charts, add-in settings, scoped names, stable object ids) is modelled
 * here and written by the OOXML extras (src/headless/ooxml/).
 */
import ExcelJS from 'exceljs';
import type { Rect } from './address';
import type { KeptAnchor } from './ooxml';
import type JSZip from 'jszip';
import type { PackageSheet, SheetCells, WorkbookPackage } from '../xlsx';

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

/**
 * Thrown by a sheet of the input package when an operation needs more of it than the host has
 * read: the request machinery reads that much (asynchronously) and runs the operation again.
 * 'cells' asks for the cell snapshot, 'model' for the ExcelJS worksheet.
 */
export class SheetNeeded extends Error {
  constructor(
    readonly sheet: SheetModel,
    readonly level: 'cells' | 'model',
  ) {
    super(`the sheet ${sheet.name} is not read yet (${level})`);
    this.name = 'SheetNeeded';
  }
}

/** A sheet still in the input package. */
export interface PackagedSheet {
  readonly entry: PackageSheet;
  /** The cells, once read. */
  cells: SheetCells | null;
}

function isPackaged(source: ExcelJS.Worksheet | PackagedSheet): source is PackagedSheet {
  return 'entry' in source;
}

export class SheetModel {
  deleted = false;
  /** A write reached this sheet: it is saved from ExcelJS; a sheet of the input only read keeps its part. */
  written = false;
  /** Formula cells the host wrote, by cellKey(row, column), with the formula parsed once (see formulas.ts). */
  readonly writtenFormulas = new Map<number, WrittenFormula>();
  private worksheet: ExcelJS.Worksheet | null;
  private chartList: ChartModel[] = [];
  private formatList: ConditionalFormatModel[] = [];
  private keptList: KeptAnchor[] = [];

  constructor(
    source: ExcelJS.Worksheet | PackagedSheet,
    readonly id: string,
  ) {
    this.worksheet = isPackaged(source) ? null : source;
    this.packaged = isPackaged(source) ? source : null;
    this.input = isPackaged(source) ? source.entry : null;
  }

  /** The input package's sheet this is (loaded or not); null for a sheet the add-in added. */
  readonly input: PackageSheet | null;

  /** The input package's sheet while it is not loaded into ExcelJS; null once it is, and for new sheets. */
  packaged: PackagedSheet | null;

  /** The ExcelJS worksheet; asks for the sheet to be loaded when it is still in the package. */
  get ws(): ExcelJS.Worksheet {
    if (!this.worksheet) throw new SheetNeeded(this, 'model');
    return this.worksheet;
  }

  /** Asks for the sheet to be loaded into ExcelJS when it is still in the package. */
  requireModel(): void {
    if (!this.worksheet) throw new SheetNeeded(this, 'model');
  }

  /** The cells of a packaged sheet; asks for them to be read when they are not yet. */
  get packagedCells(): SheetCells {
    const cells = this.packaged?.cells;
    if (!cells) throw new SheetNeeded(this, this.packaged ? 'cells' : 'model');
    return cells;
  }

  /** Called when the sheet is loaded into ExcelJS: from now on it is saved from the model. */
  adoptWorksheet(ws: ExcelJS.Worksheet, conditionalFormats: ConditionalFormatModel[]): void {
    this.worksheet = ws;
    this.formatList = conditionalFormats;
    this.packaged = null;
  }

  get name(): string {
    return this.worksheet?.name ?? this.packaged?.entry.name ?? '';
  }

  get visibility(): 'visible' | 'hidden' | 'veryHidden' {
    return this.worksheet ? (this.worksheet.state ?? 'visible') : (this.packaged?.entry.state ?? 'visible');
  }

  get charts(): ChartModel[] {
    this.requireModel();
    return this.chartList;
  }
  set charts(charts: ChartModel[]) {
    this.chartList = charts;
  }

  get conditionalFormats(): ConditionalFormatModel[] {
    this.requireModel();
    return this.formatList;
  }
  set conditionalFormats(formats: ConditionalFormatModel[]) {
    this.requireModel();
    this.formatList = formats;
  }

  /** Drawing objects the host does not model (other charts, shapes), kept verbatim for save. */
  get keptDrawings(): KeptAnchor[] {
    this.requireModel();
    return this.keptList;
  }

  /** What the package held, recorded at load whether or not the sheet is ever loaded into ExcelJS. */
  importDrawings(charts: readonly ChartModel[], kept: readonly KeptAnchor[]): void {
    this.chartList.push(...charts);
    this.keptList.push(...kept);
  }
}

/** The file the workbook was loaded from, kept for reading sheets later and for saving into. */
export interface InputPackage {
  readonly zip: JSZip;
  readonly workbook: WorkbookPackage;
  /** The add-in settings as the file had them: unchanged settings leave their parts as they were. */
  readonly settings: Readonly<Record<string, string>>;
}

/**
 * Runs `work`; when it needs a sheet of the input package that is not read yet, reads it and runs
 * it again. Work asks for a sheet before it changes anything, so the rerun starts from the same state.
 */
export async function withSheets<T>(book: BookModel, work: () => T): Promise<T> {
  let last: SheetNeeded | null = null;
  for (;;) {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof SheetNeeded)) throw error;
      if (last && last.sheet === error.sheet && last.level === error.level) throw error;
      last = error;
      await book.prepareSheet(error.sheet, error.level);
    }
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

  /**
   * `wb` holds the sheets the add-in adds; a sheet of the input package gets its own ExcelJS
   * workbook when it is loaded (see persist.ts).
   */
  constructor(
    readonly wb: ExcelJS.Workbook,
    /** Reads a packaged sheet's cells, or loads it into ExcelJS; set by the host. */
    readonly prepareSheet: (sheet: SheetModel, level: 'cells' | 'model') => Promise<void> = async () => undefined,
    readonly input: InputPackage | null = null,
  ) {}

  newId(kind: number): string {
    const n = (this.nextId++).toString(16).toUpperCase().padStart(12, '0');
    return `{0000000${kind}-0001-0000-0000-${n}}`;
  }

  adopt(source: ExcelJS.Worksheet | PackagedSheet): SheetModel {
    const sheet = new SheetModel(source, this.newId(0));
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
    if (!sheet.packaged) sheet.ws.workbook.removeWorksheet(sheet.ws.id);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find(isVisible) ?? this.sheets[0] ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  moveSheet(sheet: SheetModel, position: number): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
  }
}

export function isVisible(sheet: SheetModel): boolean {
  return sheet.visibility === 'visible';
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
