/** WorksheetCollection, Worksheet, its freeze panes and page layout. */
import type ExcelJS from 'exceljs';
import { MAX_COLUMNS, MAX_ROWS, parseArea, splitAreas, type Rect } from '../address';
import { BookModel, isVisible, sheetNameProblem, SheetModel } from '../book';
import { parseOfficeColour, toArgb, fromExcelColour } from '../colours';
import { ClientCollection, ClientObject, ClientObjectBase, ClientResult, HeadlessContext } from '../context';
import { HostError } from '../errors';
import { ChartCollectionProxy } from './charts';
import { NamedItemCollectionProxy } from './names';
import { WorksheetProtectionProxy } from './protection';
import { MAX_AREAS, MAX_AREAS_ADDRESS_LENGTH, RangeAreasProxy, RangeProxy, type RangeTarget } from './range';

export class WorksheetCollectionProxy extends ClientCollection<BookModel, WorksheetProxy> {
  readonly _className = 'WorksheetCollection';
  protected readonly _readers = {};

  constructor(context: HeadlessContext, parent: ClientObjectBase) {
    super(context, parent, 'Worksheets', [], () => context.book);
  }

  protected _members(book: BookModel): WorksheetProxy[] {
    return book.sheets.map((sheet) => new WorksheetProxy(this._ctx, this, '_GetItem', [sheet.id], () => sheet));
  }

  private find(key: string): SheetModel | null {
    const book = this._resolve();
    return book.sheets.find((sheet) => sheet.id === key) ?? book.findSheet(key);
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this._ctx, this, 'GetItem', [key], () => this.find(key));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this._ctx, this, 'GetItemOrNullObject', [key], () => this.find(key), true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this._ctx, this, 'GetActiveWorksheet', [], () => this._resolve().activeSheet);
  }

  getFirst(visibleOnly = false): WorksheetProxy {
    return new WorksheetProxy(
      this._ctx,
      this,
      'GetFirst',
      [visibleOnly],
      () => this._resolve().sheets.find((sheet) => !visibleOnly || isVisible(sheet)) ?? null,
    );
  }

  getCount(visibleOnly = false): ClientResult<number> {
    return this._callForResult(
      'GetCount',
      [visibleOnly],
      (book) => book.sheets.filter((sheet) => !visibleOnly || isVisible(sheet)).length,
    );
  }

  /** Adds a sheet at the end; InvalidArgument for a name Excel refuses (length, characters, taken). */
  add(name?: string): WorksheetProxy {
    let created: SheetModel | null = null;
    this._call('Add', name === undefined ? [] : [name], (book) => {
      let sheetName = name;
      if (sheetName === undefined) {
        let n = book.sheets.length + 1;
        while (book.findSheet(`Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      const problem = sheetNameProblem(book, sheetName);
      if (problem) throw new HostError('InvalidArgument', { detail: problem });
      created = book.adopt(book.wb.addWorksheet(sheetName));
    });
    return new WorksheetProxy(this._ctx, this, 'Add', name === undefined ? [] : [name], () => created);
  }
}

interface FreezeState {
  rows: number;
  columns: number;
}

function primaryView(ws: ExcelJS.Worksheet): Partial<ExcelJS.WorksheetView> {
  return ws.views?.[0] ?? {};
}

export function freezeStateOf(ws: ExcelJS.Worksheet): FreezeState {
  const view = primaryView(ws) as Partial<ExcelJS.WorksheetViewFrozen>;
  if (view.state !== 'frozen') return { rows: 0, columns: 0 };
  return { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
}

function setFreeze(ws: ExcelJS.Worksheet, state: FreezeState): void {
  const {
    state: _old,
    xSplit: _x,
    ySplit: _y,
    topLeftCell: _t,
    ...rest
  } = primaryView(ws) as Partial<ExcelJS.WorksheetViewFrozen>;
  const view =
    state.rows || state.columns
      ? { ...rest, state: 'frozen', xSplit: state.columns, ySplit: state.rows }
      : { ...rest, state: 'normal' };
  ws.views = [view as ExcelJS.WorksheetView, ...(ws.views ?? []).slice(1)];
}

function rangeOf(ctx: HeadlessContext, sheet: SheetModel, address: string, location: string): Rect {
  const area = parseArea(address);
  if (!area) throw new HostError('InvalidArgument', { location, detail: `"${address}" is not a range address` });
  if (area.sheet !== null && ctx.book.findSheet(area.sheet) !== sheet) {
    throw new HostError('InvalidReference', { location, detail: `"${address}" is not on the sheet ${sheet.name}` });
  }
  return area.rect;
}

export class WorksheetProxy extends ClientObject<SheetModel> {
  readonly _className = 'Worksheet';

  constructor(
    context: HeadlessContext,
    parent: ClientObjectBase | null,
    pathName: string,
    args: readonly unknown[],
    resolver: () => SheetModel | null,
    nullable = false,
  ) {
    super(
      context,
      parent,
      pathName,
      args,
      () => {
        const sheet = resolver();
        return sheet && !sheet.deleted ? sheet : null;
      },
      nullable,
    );
  }

  protected readonly _readers: Record<string, (sheet: SheetModel) => unknown> = {
    name: (sheet) => sheet.name,
    id: (sheet) => sheet.id,
    position: (sheet) => this._ctx.book.sheets.indexOf(sheet),
    visibility: (sheet) =>
      ({ visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' })[sheet.visibility] ?? 'Visible',
    tabColor: (sheet) => fromExcelColour(sheet.ws.properties?.tabColor) ?? '',
    showGridlines: (sheet) => primaryView(sheet.ws).showGridLines !== false,
  };

  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value, (sheet) => {
      const problem = sheetNameProblem(this._ctx.book, value, sheet);
      if (problem) throw new HostError('InvalidArgument', { detail: problem });
      sheet.ws.name = value;
    });
  }

  get id(): string {
    return this._get('id');
  }

  get position(): number {
    return this._get('position');
  }
  set position(value: number) {
    this._set('position', value, (sheet) => {
      if (!Number.isInteger(value) || value < 0 || value >= this._ctx.book.sheets.length) {
        throw new HostError('InvalidArgument', { detail: `position ${value}` });
      }
      this._ctx.book.moveSheet(sheet, value);
    });
  }

  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(value: string) {
    this._set('visibility', value, (sheet) => {
      const state = ({ Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const)[value];
      if (!state) throw new HostError('InvalidArgument', { detail: `visibility ${value}` });
      if (state !== 'visible' && this._ctx.book.sheets.filter(isVisible).every((other) => other === sheet)) {
        throw new HostError('InvalidOperation', { detail: 'a workbook must keep one visible sheet' });
      }
      sheet.ws.state = state;
    });
  }

  get tabColor(): string {
    return this._get('tabColor');
  }
  set tabColor(value: string) {
    this._set('tabColor', value, (sheet) => {
      if (value === '' || value === null) {
        const { tabColor: _removed, ...rest } = sheet.ws.properties;
        sheet.ws.properties = rest as ExcelJS.WorksheetProperties;
        return;
      }
      const hex = parseOfficeColour(value);
      if (!hex) throw new HostError('InvalidArgument', { detail: `tab colour ${String(value)}` });
      sheet.ws.properties = { ...sheet.ws.properties, tabColor: { argb: toArgb(hex) } };
    });
  }

  get showGridlines(): boolean {
    return this._get('showGridlines');
  }
  set showGridlines(value: boolean) {
    this._set('showGridlines', value, (sheet) => {
      sheet.ws.views = [
        { ...primaryView(sheet.ws), showGridLines: value === true } as ExcelJS.WorksheetView,
        ...(sheet.ws.views ?? []).slice(1),
      ];
    });
  }

  private range(
    name: string,
    args: readonly unknown[],
    compute: (sheet: SheetModel) => Rect | null,
    nullable = false,
  ): RangeProxy {
    return new RangeProxy(
      this._ctx,
      this,
      name,
      args,
      (): RangeTarget | null => {
        const sheet = this._resolve();
        const rect = compute(sheet);
        return rect ? { sheet, rect } : null;
      },
      nullable,
    );
  }

  /** The whole sheet without an address. */
  getRange(address?: string): RangeProxy {
    return this.range('GetRange', address === undefined ? [] : [address], (sheet) =>
      address === undefined
        ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }
        : rangeOf(this._ctx, sheet, address, 'Worksheet.getRange'),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.range('GetRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => {
      const valid =
        [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
        startRow >= 0 &&
        startColumn >= 0 &&
        rowCount >= 1 &&
        columnCount >= 1 &&
        startRow + rowCount <= MAX_ROWS &&
        startColumn + columnCount <= MAX_COLUMNS;
      if (!valid)
        throw new HostError('InvalidArgument', {
          detail: `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`,
        });
      return {
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(this._ctx, this, [address], () => {
      const sheet = this._resolve();
      // Excel on Windows and Mac split the list at the locale's list separator (office-js #1167, #1985).
      const areas = typeof address === 'string' ? splitAreas(address, this._ctx._listSeparator) : [];
      if (typeof address !== 'string' || address.length > MAX_AREAS_ADDRESS_LENGTH || areas.length > MAX_AREAS) {
        throw new HostError('InvalidArgument', {
          location: 'Worksheet.getRanges',
          detail: `${areas.length} areas in ${String(address).length} characters: Excel fails such lists (keep under ${MAX_AREAS} areas and ${MAX_AREAS_ADDRESS_LENGTH} characters)`,
        });
      }
      return { sheet, areas: areas.map((area) => rangeOf(this._ctx, sheet, area, 'Worksheet.getRanges')) };
    });
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range(
      'GetUsedRange',
      [valuesOnly],
      (sheet) => usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this._ctx,
      this,
      'GetUsedRangeOrNullObject',
      [valuesOnly],
      () => {
        const sheet = this._resolveNullable();
        const rect = sheet ? usedRect(sheet, valuesOnly) : null;
        return sheet && rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  activate(): void {
    this._call('Activate', [], (sheet) => {
      if (!isVisible(sheet)) throw new HostError('InvalidOperation', { detail: 'a hidden sheet cannot be activated' });
      this._ctx.book.activeSheet = sheet;
    });
  }

  delete(): void {
    this._call('Delete', [], (sheet) => {
      const book = this._ctx.book;
      if (book.sheets.filter(isVisible).every((other) => other === sheet)) {
        throw new HostError('InvalidOperation', { detail: 'the last visible sheet cannot be deleted' });
      }
      book.removeSheet(sheet);
    });
  }

  private freezePanesProxy: FreezePanesProxy | null = null;
  get freezePanes(): FreezePanesProxy {
    this.freezePanesProxy ??= new FreezePanesProxy(this._ctx, this, () => this._resolve());
    return this.freezePanesProxy;
  }

  private pageLayoutProxy: PageLayoutProxy | null = null;
  get pageLayout(): PageLayoutProxy {
    this.pageLayoutProxy ??= new PageLayoutProxy(this._ctx, this, () => this._resolve());
    return this.pageLayoutProxy;
  }

  private chartsProxy: ChartCollectionProxy | null = null;
  get charts(): ChartCollectionProxy {
    this.chartsProxy ??= new ChartCollectionProxy(this._ctx, this, () => this._resolve());
    return this.chartsProxy;
  }

  private protectionProxy: WorksheetProtectionProxy | null = null;
  get protection(): WorksheetProtectionProxy {
    this.protectionProxy ??= new WorksheetProtectionProxy(this._ctx, this, () => this._resolve());
    return this.protectionProxy;
  }

  protected override _navigation(): Record<string, ClientObjectBase> {
    return { protection: this.protection };
  }

  private namesProxy: NamedItemCollectionProxy | null = null;
  get names(): NamedItemCollectionProxy {
    this.namesProxy ??= new NamedItemCollectionProxy(this._ctx, this, () => ({ scope: this._resolve() }));
    return this.namesProxy;
  }
}

/** The smallest rectangle holding every cell with a value (valuesOnly) or with a value or a format. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  if (sheet.packaged) {
    const cells = sheet.packagedCells;
    const extent = valuesOnly ? cells.usedByValues : cells.usedByValuesOrStyles;
    return extent ? { ...extent } : null;
  }
  const ws = sheet.ws;
  let top = -1;
  let bottom = -1;
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    let rowLeft = -1;
    let rowRight = -1;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (!cell) continue;
      const used =
        cell.value !== null && cell.value !== undefined
          ? true
          : !valuesOnly && Object.keys(cell.style ?? {}).length > 0;
      if (!used) continue;
      if (rowLeft < 0) rowLeft = c - 1;
      rowRight = c - 1;
    }
    if (rowRight < 0) continue;
    if (top < 0) top = r - 1;
    bottom = r - 1;
    left = Math.min(left, rowLeft);
    right = Math.max(right, rowRight);
  }
  return top < 0 ? null : { top, left, bottom, right };
}

export class FreezePanesProxy extends ClientObject<SheetModel> {
  readonly _className = 'WorksheetFreezePanes';
  protected readonly _readers = {};

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => SheetModel) {
    super(context, parent, 'FreezePanes', [], resolver);
  }

  /** Freezes the top rows only, as Excel's "Freeze Top Row" does (columns unfrozen); use freezeAt for both. */
  freezeRows(count = 1): void {
    this._call('FreezeRows', [count], (sheet) => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS)
        throw new HostError('InvalidArgument', { detail: `freezeRows(${count})` });
      setFreeze(sheet.ws, { rows: count, columns: 0 });
    });
  }

  freezeColumns(count = 1): void {
    this._call('FreezeColumns', [count], (sheet) => {
      if (!Number.isInteger(count) || count < 0 || count >= MAX_COLUMNS)
        throw new HostError('InvalidArgument', { detail: `freezeColumns(${count})` });
      setFreeze(sheet.ws, { rows: 0, columns: count });
    });
  }

  /** Freezes the cells of the range (counted from A1): 'A1:B3' keeps 3 rows and 2 columns in view. */
  freezeAt(frozenRange: RangeProxy | string): void {
    this._call('FreezeAt', [frozenRange], (sheet) => {
      let rect: Rect;
      if (typeof frozenRange === 'string')
        rect = rangeOf(this._ctx, sheet, frozenRange, 'WorksheetFreezePanes.freezeAt');
      else {
        const target = frozenRange._resolve();
        if (target.sheet !== sheet)
          throw new HostError('InvalidArgument', { detail: 'freezeAt takes a range of the same sheet' });
        rect = target.rect;
      }
      setFreeze(sheet.ws, { rows: rect.bottom + 1, columns: rect.right + 1 });
    });
  }

  unfreeze(): void {
    this._call('Unfreeze', [], (sheet) => setFreeze(sheet.ws, { rows: 0, columns: 0 }));
  }

  getLocationOrNullObject(): RangeProxy {
    return new RangeProxy(
      this._ctx,
      this,
      'GetLocationOrNullObject',
      [],
      () => {
        const sheet = this._resolve();
        const state = freezeStateOf(sheet.ws);
        if (!state.rows && !state.columns) return null;
        return {
          sheet,
          rect: {
            top: 0,
            left: 0,
            bottom: state.rows ? state.rows - 1 : MAX_ROWS - 1,
            right: state.columns ? state.columns - 1 : MAX_COLUMNS - 1,
          },
        };
      },
      true,
    );
  }
}

export interface PageLayoutZoom {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

export class PageLayoutProxy extends ClientObject<SheetModel> {
  readonly _className = 'PageLayout';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => SheetModel) {
    super(context, parent, 'PageLayout', [], resolver);
  }

  protected readonly _readers: Record<string, (sheet: SheetModel) => unknown> = {
    orientation: (sheet) => (sheet.ws.pageSetup?.orientation === 'landscape' ? 'Landscape' : 'Portrait'),
    zoom: (sheet): PageLayoutZoom => {
      const setup = sheet.ws.pageSetup ?? {};
      return setup.fitToPage
        ? { horizontalFitToPages: setup.fitToWidth ?? 1, verticalFitToPages: setup.fitToHeight ?? 1 }
        : { scale: setup.scale ?? 100 };
    },
  };

  get orientation(): string {
    return this._get('orientation');
  }
  set orientation(value: string) {
    this._set('orientation', value, (sheet) => {
      if (value !== 'Landscape' && value !== 'Portrait')
        throw new HostError('InvalidArgument', { detail: `orientation ${value}` });
      sheet.ws.pageSetup = { ...sheet.ws.pageSetup, orientation: value === 'Landscape' ? 'landscape' : 'portrait' };
    });
  }

  get zoom(): PageLayoutZoom {
    return this._get('zoom');
  }
  set zoom(value: PageLayoutZoom) {
    this._set('zoom', value, (sheet) => {
      const fit = value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined;
      if (fit) {
        sheet.ws.pageSetup = {
          ...sheet.ws.pageSetup,
          fitToPage: true,
          fitToWidth: value.horizontalFitToPages ?? 0,
          fitToHeight: value.verticalFitToPages ?? 0,
        };
      } else if (typeof value.scale === 'number' && value.scale >= 10 && value.scale <= 400) {
        sheet.ws.pageSetup = { ...sheet.ws.pageSetup, fitToPage: false, scale: value.scale };
      } else {
        throw new HostError('InvalidArgument', { detail: 'zoom needs a scale (10–400) or fit-to-pages counts' });
      }
    });
  }
}
