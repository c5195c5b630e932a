/**
 * WorksheetProtection (ExcelApi 1.2) and WorkbookProtection (ExcelApi 1.7). A sheet's protection is
 * the file's own (<sheetProtection>, read with its cells or kept by ExcelJS), so a workbook protected in Excel opens protected;
 * structure protection is the file's <workbookProtection lockStructure> (read and saved in persist.ts).
 */
import type { BookModel, SheetModel } from '../book';
import { sheetProtectionOf, type SheetProtection } from '../behaviour';
import { ClientObject, ClientObjectBase, HeadlessContext } from '../context';
import { HostError } from '../errors';

/** Office's protection options and the ExcelJS fields they correspond to. */
const optionFields: Readonly<Record<string, keyof SheetProtection>> = {
  allowFormatCells: 'formatCells',
  allowFormatColumns: 'formatColumns',
  allowFormatRows: 'formatRows',
  allowInsertColumns: 'insertColumns',
  allowInsertRows: 'insertRows',
  allowInsertHyperlinks: 'insertHyperlinks',
  allowDeleteColumns: 'deleteColumns',
  allowDeleteRows: 'deleteRows',
  allowSort: 'sort',
  allowAutoFilter: 'autoFilter',
  allowPivotTables: 'pivotTables',
};

interface ProtectedSheet {
  sheetProtection?: SheetProtection | null;
}

export class WorksheetProtectionProxy extends ClientObject<SheetModel> {
  readonly _className = 'WorksheetProtection';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => SheetModel) {
    super(context, parent, 'Protection', [], resolver);
  }

  protected readonly _readers: Record<string, (sheet: SheetModel) => unknown> = {
    protected: (sheet) => sheetProtectionOf(sheet) !== null,
    options: (sheet) => {
      const protection = sheetProtectionOf(sheet) ?? {};
      return Object.fromEntries(
        Object.entries(optionFields).map(([option, field]) => [option, protection[field] === true]),
      );
    },
  };

  get protected(): boolean {
    return this._get('protected');
  }

  get options(): Record<string, boolean> {
    return this._get('options');
  }

  /** "Protects a worksheet. Fails if the worksheet has already been protected." The password is not kept. */
  protect(options: Record<string, boolean> = {}, password?: string): void {
    this._call('Protect', password === undefined ? [options] : [options, password], (sheet) => {
      sheet.requireModel();
      if (sheetProtectionOf(sheet))
        throw new HostError('InvalidOperation', { detail: `the sheet ${sheet.name} is already protected` });
      const protection: SheetProtection = { sheet: true };
      for (const [option, field] of Object.entries(optionFields))
        if (options[option] === true) protection[field] = true;
      (sheet.ws as unknown as ProtectedSheet).sheetProtection = protection;
    });
  }

  unprotect(password?: string): void {
    this._call('Unprotect', password === undefined ? [] : [password], (sheet) => {
      (sheet.ws as unknown as ProtectedSheet).sheetProtection = null;
    });
  }
}

export class WorkbookProtectionProxy extends ClientObject<BookModel> {
  readonly _className = 'WorkbookProtection';

  constructor(context: HeadlessContext, parent: ClientObjectBase) {
    super(context, parent, 'Protection', [], () => context.book);
  }

  protected readonly _readers: Record<string, (book: BookModel) => unknown> = {
    protected: (book) => book.structureProtected,
  };

  get protected(): boolean {
    return this._get('protected');
  }

  /** "Protects the workbook. Fails if the workbook has been protected." */
  protect(password?: string): void {
    this._call('Protect', password === undefined ? [] : [password], (book) => {
      if (book.structureProtected)
        throw new HostError('InvalidOperation', { detail: 'the workbook is already protected' });
      book.structureProtected = true;
    });
  }

  unprotect(password?: string): void {
    this._call('Unprotect', password === undefined ? [] : [password], (book) => {
      book.structureProtected = false;
    });
  }
}
