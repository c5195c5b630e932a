/**
 * The headless Excel host: the part of the Excel JavaScript API that src/excel/ uses, over an
 * in-memory workbook that loads and saves real .xlsx files (ExcelJS plus the OOXML extras), in Node
 * and in the browser (bytes in, bytes out; no file system). See README.md for what it covers and how
 * it differs from Excel.
 */
import ExcelJS from 'exceljs';
import type { ExcelHost } from '../excel/types';
import { formatRect } from './address';
import { BookModel } from './book';
import { DEFAULT_LOCALE, DEFAULT_PLATFORM, type Platform } from './behaviour';
import { DEFAULT_PAYLOAD_LIMIT_BYTES, HeadlessContext, HostStats } from './context';
import { HostError } from './errors';
import { recalculateWrittenFormulas } from './formulas';
import { createOffice, DEFAULT_API_VERSION, type HeadlessOffice, type OfficeOptions } from './office';
import { WorkbookProxy } from './objects/workbook';
import { compareVersions } from './requirements';
import { importWorkbookModel, loadBook, saveBook } from './persist';

export { HostError, isHostError, type HostErrorCode } from './errors';
export { HostStats, DEFAULT_PAYLOAD_LIMIT_BYTES, MAX_CELLS_PER_READ, type SyncRecord } from './context';
export { createOffice, type HeadlessOffice, type OfficeOptions } from './office';
export { pointsToCharacters, charactersToPoints } from './column-width';
export { DEFAULT_LOCALE, DEFAULT_PLATFORM, getRangesSeparator, type Platform } from './behaviour';

export interface HeadlessOptions extends OfficeOptions {
  /** Request and response limit per sync (default 5 MB, as Excel on the web). */
  readonly payloadLimitBytes?: number;
  /** The Excel played where behaviour differs by platform (undo support, getRanges separator); default 'windows'. */
  readonly platform?: Platform;
  /** Regional format, which decides the list separator of Excel on Windows and Mac; default 'fi-FI'. */
  readonly locale?: string;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export class HeadlessWorkbook {
  readonly office: HeadlessOffice;
  readonly stats = new HostStats();
  /** How many runs asked for one undo group (ExcelApi 1.20 mergeUndoGroup); the host itself has no undo. */
  undoGroups = 0;
  readonly host: ExcelHost;

  private constructor(
    private readonly book: BookModel,
    private readonly options: HeadlessOptions,
  ) {
    this.office = createOffice(options);
    this.host = { run: this.runBatch.bind(this) };
  }

  static async load(data: Uint8Array | ArrayBuffer, options: HeadlessOptions = {}): Promise<HeadlessWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    return new HeadlessWorkbook(await loadBook(bytes), options);
  }

  /** An empty workbook with one sheet, 'Sheet1'. */
  static create(options: HeadlessOptions = {}): HeadlessWorkbook {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    return new HeadlessWorkbook(importWorkbookModel(wb), options);
  }

  get activeSheet(): string {
    return this.book.activeSheet?.name ?? '';
  }

  get selection(): { sheet: string; address: string } | null {
    const selection = this.book.selection;
    return selection ? { sheet: selection.sheet.name, address: formatRect(selection.rect) } : null;
  }

  /** The user starts editing a cell (F2): until `endCellEdit()`, requests fail or wait (delayForCellEdit). */
  beginCellEdit(): void {
    if (this.book.cellEdit) return;
    let end: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.book.cellEdit = { ended, end };
  }

  endCellEdit(): void {
    const edit = this.book.cellEdit;
    this.book.cellEdit = null;
    edit?.end();
  }

  /** The sheet names in order (for tests and the workbench). */
  get sheetNames(): string[] {
    return this.book.sheets.map((sheet) => sheet.name);
  }

  async save(): Promise<Uint8Array> {
    return saveBook(this.book);
  }

  /** Excel.run: `run(batch)` or `run(options, batch)`. */
  private runBatch<T>(batch: Batch<T>): Promise<T>;
  private runBatch<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  private runBatch<T>(first: Excel.RunOptions | Batch<T>, second?: Batch<T>): Promise<T> {
    return typeof first === 'function' ? this.run(undefined, first) : this.run(first, second);
  }

  private async run<T>(options: Excel.RunOptions | undefined, batch: Batch<T> | undefined): Promise<T> {
    if (typeof batch !== 'function')
      throw new HostError('InvalidArgument', { location: 'Excel.run', detail: 'Excel.run needs a batch function' });
    if (options?.mergeUndoGroup) {
      if (!this.office.context.requirements.isSetSupported('ExcelApi', '1.20')) {
        throw new HostError('InvalidArgument', { location: 'Excel.run', detail: 'mergeUndoGroup needs ExcelApi 1.20' });
      }
      this.undoGroups++;
    }
    const apiVersion = this.options.apiVersion ?? DEFAULT_API_VERSION;
    const context = new HeadlessContext(
      this.book,
      this.stats,
      {
        payloadLimitBytes: this.options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES,
        apiVersion,
        platform: this.options.platform ?? DEFAULT_PLATFORM,
        locale: this.options.locale ?? DEFAULT_LOCALE,
        undoGroup: options?.mergeUndoGroup === true,
        // RunOptions.delayForCellEdit came with ExcelApi 1.11; an older Excel does not know the option.
        delayForCellEdit: options?.delayForCellEdit === true && compareVersions(apiVersion, '1.11') >= 0,
      },
      (ctx) => new WorkbookProxy(ctx),
    );
    context.afterWrite = () => recalculateWrittenFormulas(this.book);
    try {
      // The one place where the host's context becomes Office's type: the proxies implement the part
      // of Excel.RequestContext that src/excel/ uses (README.md), structurally, not the whole interface.
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run sends what is still queued when the batch returns.
      if (context.hasPendingActions) await context.sync();
      return result;
    } finally {
      context._end();
    }
  }
}
export {
  COMMAND_LIFETIME_MS,
  HeadlessCommandRuntime,
  ManualClock,
  type CommandRecord,
  type DialogRecord,
} from './command-runtime';
