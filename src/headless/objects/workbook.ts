/** The Workbook proxy: the root of every path in a request. */
import type { BookModel } from '../book';
import { ClientObject, ClientObjectBase, HeadlessContext } from '../context';
import { NamedItemCollectionProxy } from './names';
import { WorkbookProtectionProxy } from './protection';
import { RangeProxy } from './range';
import { SettingCollectionProxy } from './settings';
import { WorksheetCollectionProxy } from './worksheet';
import { HostError } from '../errors';

export class WorkbookProxy extends ClientObject<BookModel> {
  readonly _className = 'Workbook';
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly protection: WorkbookProtectionProxy;

  constructor(context: HeadlessContext) {
    super(context, null, 'Workbook', [], () => context.book);
    this.worksheets = new WorksheetCollectionProxy(context, this);
    this.settings = new SettingCollectionProxy(context, this);
    this.names = new NamedItemCollectionProxy(context, this, () => ({ scope: null }));
    this.protection = new WorkbookProtectionProxy(context, this);
  }

  protected readonly _readers = {};

  protected override _navigation(): Record<string, ClientObjectBase> {
    return { protection: this.protection };
  }

  /** The selected range; A1 of the active sheet when nothing was selected in this session. */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this._ctx, this, 'GetSelectedRange', [], () => {
      const book = this._resolve();
      if (book.selection) return book.selection;
      if (!book.activeSheet) throw new HostError('ItemNotFound');
      return { sheet: book.activeSheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getActiveCell(): RangeProxy {
    return new RangeProxy(this._ctx, this, 'GetActiveCell', [], () => {
      const book = this._resolve();
      const selection = book.selection;
      if (selection)
        return {
          sheet: selection.sheet,
          rect: { ...selection.rect, bottom: selection.rect.top, right: selection.rect.left },
        };
      if (!book.activeSheet) throw new HostError('ItemNotFound');
      return { sheet: book.activeSheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
}
