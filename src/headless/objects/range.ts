/** Range, RangeAreas and the range format objects. */
import ExcelJS from 'exceljs';
import {
  formatAddress,
  isInsideGrid,
  MAX_COLUMNS,
  MAX_ROWS,
  rectCells,
  rectColumns,
  rectRows,
  type Rect,
} from '../address';
import type { SheetModel } from '../book';
import {
  cellAt,
  cellOfRow,
  findCell,
  forEachCell,
  readFormat,
  readGrid,
  restyle,
  restyler,
  type CellFormatReading,
  packagedFormat,
  specialCellAreas,
  type GridProperty,
  type OfficeScalar,
} from '../cells';
import { parseOfficeColour, toArgb } from '../colours';
import { ClientObject, ClientObjectBase, ClientResult, HeadlessContext, MAX_CELLS_PER_READ } from '../context';
import { HostError } from '../errors';
import { ConditionalFormatCollectionProxy } from './conditional-formats';
import { charactersToPoints, pointsToCharacters } from '../column-width';
import { WorksheetProxy } from './worksheet';
import { cellKey, parseSimpleFormula } from '../formulas';
import { refuseUserTextAsFormula, rememberText, typedInput } from '../typed-input';

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export interface AreasTarget {
  readonly sheet: SheetModel;
  readonly areas: readonly Rect[];
}

function live<T extends { sheet: SheetModel }>(target: T): T {
  if (target.sheet.deleted)
    throw new HostError('ItemNotFound', { detail: `the sheet ${target.sheet.name} was deleted` });
  return target;
}

/** A resolver whose target, when there is one, must be on a sheet that still exists. */
function liveResolver<T extends { sheet: SheetModel }>(resolver: () => T | null): () => T | null {
  return () => {
    const target = resolver();
    return target === null ? null : live(target);
  };
}

const gridProperties: readonly GridProperty[] = ['values', 'formulas', 'numberFormat', 'valueTypes', 'text'];

function checkReadSize(rect: Rect): void {
  if (rectCells(rect) > MAX_CELLS_PER_READ) {
    throw new HostError('RangeExceedsLimit', {
      detail: `${rectCells(rect)} cells in one read; Excel reads at most ${MAX_CELLS_PER_READ}`,
    });
  }
}

type WriteMode = 'values' | 'formulas';

/** Checks an Office 2-D array against the range's shape: InvalidArgument unless rows × columns match. */
function checkShape(rect: Rect, data: unknown, property: string): unknown[][] {
  const rows = rectRows(rect);
  const columns = rectColumns(rect);
  if (
    !Array.isArray(data) ||
    data.length !== rows ||
    !data.every((line) => Array.isArray(line) && line.length === columns)
  ) {
    const shape = Array.isArray(data)
      ? `${data.length} × ${Array.isArray(data[0]) ? data[0].length : '?'}`
      : typeof data;
    throw new HostError('InvalidArgument', {
      detail: `${property}: the array is ${shape}, the range is ${rows} × ${columns}`,
    });
  }
  return data as unknown[][];
}

function checkScalar(value: unknown, property: string): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number' && Number.isFinite(value)) return;
  throw new HostError('InvalidArgument', {
    detail: `${property}: ${String(value)} is not a string, finite number or boolean`,
  });
}

/**
 * Writes values or formulas as Excel takes typed input (see typed-input.ts): null leaves a cell as
 * it is, '' empties it, '=…', '@…' and '+…'/'-…' text are formulas, numeric, percentage, ISO date and
 * TRUE/FALSE text become numbers and booleans unless the cell is formatted as text ('@'), a leading
 * apostrophe keeps the rest as text. The host does not parse locale numbers or dates.
 */
function writeCells(target: RangeTarget, data: unknown, mode: WriteMode): void {
  const grid = checkShape(target.rect, data, mode);
  grid.forEach((line) => line.forEach((value) => checkScalar(value, mode)));
  const { sheet, rect } = target;
  const ws = sheet.ws;
  const formulas = sheet.writtenFormulas;
  for (let r = 0; r < grid.length; r++) {
    const line = grid[r];
    const row = rect.top + r;
    // One row lookup per row of the array, not per cell (a report writes a million cells).
    let excelRow: ExcelJS.Row | undefined = ws.findRow(row + 1);
    for (let c = 0; c < line.length; c++) {
      const value = line[c];
      if (value === null || value === undefined) continue;
      const column = rect.left + c;
      const key = cellKey(row, column);
      if (value === '' && !excelRow?.findCell(column + 1)) continue;
      excelRow ??= ws.getRow(row + 1);
      const cell = cellOfRow(excelRow, column);
      if (typeof value !== 'string' || value === '') {
        if (formulas.size > 0) formulas.delete(key);
        cell.value = value === '' ? null : (value as OfficeScalar);
        continue;
      }
      const input = typedInput(value, cell.numFmt === '@');
      if (input.kind === 'formula') {
        refuseUserTextAsFormula(ws.workbook, value, `Range.${mode}`);
        cell.value = { formula: input.formula } as ExcelJS.CellFormulaValue;
        formulas.set(key, { row, column, terms: parseSimpleFormula(input.formula) });
        continue;
      }
      if (formulas.size > 0) formulas.delete(key);
      if (input.kind === 'text') {
        rememberText(ws.workbook, input.text);
        cell.value = input.text;
        continue;
      }
      cell.value = input.value;
      if (input.kind === 'number' && input.numberFormat && (!cell.numFmt || cell.numFmt === 'General')) {
        const numberFormat = input.numberFormat;
        restyle(cell, (style) => ({ ...style, numFmt: numberFormat }));
      }
    }
  }
}

function writeNumberFormats(target: RangeTarget, data: unknown): void {
  const grid = checkShape(target.rect, data, 'numberFormat');
  grid.forEach((line) =>
    line.forEach((value) => {
      if (value !== null && value !== undefined && typeof value !== 'string') {
        throw new HostError('InvalidArgument', { detail: 'numberFormat: every format must be a string' });
      }
    }),
  );
  const byFormat = new Map<string, (cell: ExcelJS.Cell) => void>();
  grid.forEach((line, r) =>
    line.forEach((value, c) => {
      if (typeof value !== 'string') return;
      let apply = byFormat.get(value);
      if (!apply) {
        apply = restyler((style) => ({ ...style, numFmt: value }));
        byFormat.set(value, apply);
      }
      apply(cellAt(target.sheet.ws, target.rect.top + r, target.rect.left + c));
    }),
  );
}

/** The common value of a property over the cells, or null when they differ (as Office reads a mixed range). */
function uniform<V>(target: RangeTarget, read: (format: CellFormatReading) => V): V | null {
  const { ws } = target.sheet;
  let first = true;
  let common: V | null = null;
  const rect = target.rect;
  // Cells that do not exist all read as the default: the existing ones plus one beyond them is enough.
  const bottom = Math.min(rect.bottom, Math.max(ws.rowCount, rect.top));
  const right = Math.min(rect.right, Math.max(ws.columnCount, rect.left));
  for (let r = rect.top; r <= bottom; r++) {
    for (let c = rect.left; c <= right; c++) {
      const value = read(readFormat(findCell(ws, r, c)));
      if (first) {
        common = value;
        first = false;
      } else if (value !== common) return null;
    }
  }
  return common;
}

export class RangeProxy extends ClientObject<RangeTarget> {
  readonly _className: string = 'Range';
  private pendingGrid: Partial<Record<GridProperty, OfficeScalar[][]>> | null = null;

  constructor(
    context: HeadlessContext,
    parent: ClientObjectBase | null,
    pathName: string,
    args: readonly unknown[],
    resolver: () => RangeTarget | null,
    nullable = false,
  ) {
    super(context, parent, pathName, args, liveResolver(resolver), nullable);
  }

  protected readonly _readers: Record<string, (target: RangeTarget) => unknown> = {
    address: (t) => formatAddress(t.sheet.name, t.rect),
    addressLocal: (t) => formatAddress(t.sheet.name, t.rect),
    rowIndex: (t) => t.rect.top,
    columnIndex: (t) => t.rect.left,
    rowCount: (t) => rectRows(t.rect),
    columnCount: (t) => rectColumns(t.rect),
    cellCount: (t) => rectCells(t.rect),
    isEntireColumn: (t) => t.rect.top === 0 && t.rect.bottom === MAX_ROWS - 1,
    isEntireRow: (t) => t.rect.left === 0 && t.rect.right === MAX_COLUMNS - 1,
    values: () => this.pendingGrid?.values,
    formulas: () => this.pendingGrid?.formulas,
    numberFormat: () => this.pendingGrid?.numberFormat,
    valueTypes: () => this.pendingGrid?.valueTypes,
    text: () => this.pendingGrid?.text,
  };

  override _loadNow(paths: readonly string[] | null) {
    const wanted = gridProperties.filter((property) => paths === null || paths.includes(property));
    const target = this._resolveNullable();
    if (target && wanted.length) {
      checkReadSize(target.rect);
      this.pendingGrid = readGrid(target.sheet, target.rect, wanted);
    }
    try {
      return super._loadNow(paths);
    } finally {
      this.pendingGrid = null;
    }
  }

  protected override _navigation(): Record<string, ClientObjectBase> {
    return { format: this.format, worksheet: this.worksheet };
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get isEntireColumn(): boolean {
    return this._get('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this._get('isEntireRow');
  }
  get text(): string[][] {
    return this._get('text');
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }

  get values(): OfficeScalar[][] {
    return this._get('values');
  }
  set values(data: OfficeScalar[][]) {
    this._set('values', data, (t) => writeCells(t, data, 'values'));
  }

  get formulas(): OfficeScalar[][] {
    return this._get('formulas');
  }
  set formulas(data: OfficeScalar[][]) {
    this._set('formulas', data, (t) => writeCells(t, data, 'formulas'));
  }

  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(data: string[][]) {
    this._set('numberFormat', data, (t) => writeNumberFormats(t, data));
  }

  private formatProxy: RangeFormatProxy | null = null;
  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(this._ctx, this, () => this._resolve());
    return this.formatProxy;
  }

  private conditionalFormatsProxy: ConditionalFormatCollectionProxy | null = null;
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.conditionalFormatsProxy ??= new ConditionalFormatCollectionProxy(this._ctx, this, () => {
      const target = this._resolve();
      return { sheet: target.sheet, areas: [target.rect] };
    });
    return this.conditionalFormatsProxy;
  }

  private worksheetProxy: WorksheetProxy | null = null;
  get worksheet(): WorksheetProxy {
    this.worksheetProxy ??= new WorksheetProxy(this._ctx, this, 'Worksheet', [], () => this._resolve().sheet);
    return this.worksheetProxy;
  }

  private derived(name: string, args: readonly unknown[], compute: (target: RangeTarget) => Rect): RangeProxy {
    return new RangeProxy(this._ctx, this, name, args, () => {
      const target = this._resolve();
      const rect = compute(target);
      if (!isInsideGrid(rect)) throw new HostError('InvalidArgument', { detail: `${name} goes outside the sheet` });
      return { sheet: target.sheet, rect };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived('GetCell', [row, column], ({ rect }) => ({
      top: rect.top + row,
      left: rect.left + column,
      bottom: rect.top + row,
      right: rect.left + column,
    }));
  }

  getRow(row: number): RangeProxy {
    return this.derived('GetRow', [row], ({ rect }) => ({ ...rect, top: rect.top + row, bottom: rect.top + row }));
  }

  getColumn(column: number): RangeProxy {
    return this.derived('GetColumn', [column], ({ rect }) => ({
      ...rect,
      left: rect.left + column,
      right: rect.left + column,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived('GetResizedRange', [deltaRows, deltaColumns], ({ rect }) => {
      const resized = { ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns };
      if (resized.bottom < rect.top || resized.right < rect.left)
        throw new HostError('InvalidArgument', { detail: 'getResizedRange would leave no cells' });
      return resized;
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived('GetOffsetRange', [rowOffset, columnOffset], ({ rect }) => ({
      top: rect.top + rowOffset,
      bottom: rect.bottom + rowOffset,
      left: rect.left + columnOffset,
      right: rect.right + columnOffset,
    }));
  }

  select(): void {
    this._call('Select', [], (target) => {
      const book = this._ctx.book;
      if (target.sheet.visibility !== 'visible')
        throw new HostError('InvalidOperation', { detail: 'cannot select on a hidden sheet' });
      book.activeSheet = target.sheet;
      book.selection = { sheet: target.sheet, rect: target.rect };
    });
  }

  /** Per-cell properties as Office's getCellProperties returns them, only the parts asked for. */
  /**
   * The cells of the range holding constants or formulas, as rectangles: "If no special cells are
   * found, an ItemNotFound error will be thrown" (Range.getSpecialCells, ExcelApi 1.9). The value
   * type filter is not modelled: every constant or formula counts.
   */
  getSpecialCells(cellType: string, cellValueType?: string): RangeAreasProxy {
    return this.specialCells('GetSpecialCells', false, cellType, cellValueType);
  }

  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreasProxy {
    return this.specialCells('GetSpecialCellsOrNullObject', true, cellType, cellValueType);
  }

  private specialCells(pathName: string, nullable: boolean, cellType: string, cellValueType?: string): RangeAreasProxy {
    const args = cellValueType === undefined ? [cellType] : [cellType, cellValueType];
    return new RangeAreasProxy(
      this._ctx,
      this,
      args,
      () => {
        const { sheet, rect } = this._resolve();
        if (cellType !== 'Constants' && cellType !== 'Formulas')
          throw new HostError('InvalidArgument', { detail: `special cells of type ${cellType} are not modelled` });
        const areas = specialCellAreas(sheet, rect, cellType === 'Formulas' ? 'formula' : 'constant');
        if (areas.length > 0) return { sheet, areas };
        if (nullable) return null;
        throw new HostError('ItemNotFound', { location: 'Range.getSpecialCells', detail: 'no cells of that type' });
      },
      pathName,
      nullable,
    );
  }

  getCellProperties(options: CellPropertiesLoadOptions): ClientResult<CellProperties[][]> {
    return this._callForResult('GetCellProperties', [options], (target) => {
      checkReadSize(target.rect);
      const wanted = options.format;
      if (target.sheet.packaged && !options.address && wanted && onlyFillColourAndIndent(wanted))
        return packagedCellProperties(target, wanted);
      const rows: CellProperties[][] = [];
      for (let r = target.rect.top; r <= target.rect.bottom; r++) {
        const line: CellProperties[] = [];
        for (let c = target.rect.left; c <= target.rect.right; c++) {
          line.push(cellProperties(target, r, c, options));
        }
        rows.push(line);
      }
      return rows;
    });
  }
}

export interface CellPropertiesLoadOptions {
  address?: boolean;
  format?: {
    fill?: { color?: boolean; pattern?: boolean };
    font?: { bold?: boolean; italic?: boolean; color?: boolean; size?: boolean; name?: boolean };
    indentLevel?: boolean;
    horizontalAlignment?: boolean;
    verticalAlignment?: boolean;
    wrapText?: boolean;
  };
}

export interface CellProperties {
  address?: string;
  format?: {
    fill?: { color?: string; pattern?: string };
    font?: { bold?: boolean; italic?: boolean; color?: string; size?: number; name?: string };
    indentLevel?: number;
    horizontalAlignment?: string;
    verticalAlignment?: string;
    wrapText?: boolean;
  };
}

function onlyFillColourAndIndent(wanted: NonNullable<CellPropertiesLoadOptions['format']>): boolean {
  const { fill, indentLevel, ...others } = wanted;
  const { color, ...otherFill } = fill ?? {};
  void color;
  void indentLevel;
  return Object.values(others).every((value) => !value) && Object.values(otherFill).every((value) => !value);
}

/**
 * getCellProperties of fill colour and indent (what the workbook reader asks for) on a sheet still in
 * the package, straight from its snapshot: the same objects cellProperties makes, without the full
 * format reading per cell (a read of a 100 000-row budget asks for a million).
 */
function packagedCellProperties(
  target: RangeTarget,
  wanted: NonNullable<CellPropertiesLoadOptions['format']>,
): CellProperties[][] {
  const { snapshot } = target.sheet.packagedCells;
  const { rect } = target;
  const color = wanted.fill?.color === true;
  const rows: CellProperties[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const at = r - snapshot.origin.row;
    const fills = snapshot.fills?.[at];
    const indents = snapshot.indents?.[at];
    const line = new Array<CellProperties>(rect.right - rect.left + 1);
    for (let c = rect.left; c <= rect.right; c++) {
      const column = c - snapshot.origin.column;
      const format: NonNullable<CellProperties['format']> = {};
      // Excel reads an unfilled cell as white.
      if (wanted.fill) format.fill = color ? { color: fills?.[column] ?? '#FFFFFF' } : {};
      if (wanted.indentLevel) format.indentLevel = indents?.[column] ?? 0;
      line[c - rect.left] = { format };
    }
    rows.push(line);
  }
  return rows;
}

function cellProperties(
  target: RangeTarget,
  row: number,
  column: number,
  options: CellPropertiesLoadOptions,
): CellProperties {
  const result: CellProperties = {};
  if (options.address)
    result.address = formatAddress(target.sheet.name, { top: row, left: column, bottom: row, right: column });
  const wanted = options.format;
  if (wanted) {
    // Fill colour and indent (what the workbook reader asks for) come from a packaged sheet's snapshot.
    const reading =
      target.sheet.packaged && onlyFillColourAndIndent(wanted)
        ? { ...readFormat(undefined), ...packagedFormat(target.sheet, row, column) }
        : readFormat(findCell(target.sheet.ws, row, column));
    const format: NonNullable<CellProperties['format']> = {};
    if (wanted.fill) {
      format.fill = {};
      if (wanted.fill.color) format.fill.color = reading.fillColor;
      if (wanted.fill.pattern) format.fill.pattern = reading.fillPattern;
    }
    if (wanted.font) {
      format.font = {};
      if (wanted.font.bold) format.font.bold = reading.bold;
      if (wanted.font.italic) format.font.italic = reading.italic;
      if (wanted.font.color) format.font.color = reading.fontColor;
      if (wanted.font.size) format.font.size = reading.fontSize;
      if (wanted.font.name) format.font.name = reading.fontName;
    }
    if (wanted.indentLevel) format.indentLevel = reading.indentLevel;
    if (wanted.horizontalAlignment) format.horizontalAlignment = reading.horizontalAlignment;
    if (wanted.verticalAlignment) format.verticalAlignment = reading.verticalAlignment;
    if (wanted.wrapText) format.wrapText = reading.wrapText;
    result.format = format;
  }
  return result;
}

const horizontalValues: Record<string, ExcelJS.Alignment['horizontal'] | undefined> = {
  General: undefined,
  Left: 'left',
  Center: 'center',
  Right: 'right',
  Fill: 'fill',
  Justify: 'justify',
  CenterAcrossSelection: 'centerContinuous',
  Distributed: 'distributed',
};
const verticalValues: Record<string, ExcelJS.Alignment['vertical']> = {
  Top: 'top',
  Center: 'middle',
  Bottom: 'bottom',
  Justify: 'justify',
  Distributed: 'distributed',
};

function setAlignment(target: RangeTarget, change: Partial<ExcelJS.Alignment>): void {
  forEachCell(
    target.sheet.ws,
    target.rect,
    restyler((style) => {
      const alignment: Partial<ExcelJS.Alignment> = { ...style.alignment, ...change };
      for (const key of Object.keys(alignment) as (keyof ExcelJS.Alignment)[])
        if (alignment[key] === undefined) delete alignment[key];
      return { ...style, alignment: alignment as ExcelJS.Alignment };
    }),
  );
}

export class RangeFormatProxy extends ClientObject<RangeTarget> {
  readonly _className = 'RangeFormat';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => RangeTarget) {
    super(context, parent, 'Format', [], resolver);
  }

  protected readonly _readers: Record<string, (target: RangeTarget) => unknown> = {
    columnWidth: (t) => {
      let common: number | null = null;
      for (let c = t.rect.left; c <= Math.min(t.rect.right, t.rect.left + 16_383); c++) {
        const width = charactersToPoints(t.sheet.ws.getColumn(c + 1).width);
        if (common === null) common = width;
        else if (Math.abs(common - width) > 1e-9) return null;
      }
      return common;
    },
    horizontalAlignment: (t) => uniform(t, (f) => f.horizontalAlignment),
    verticalAlignment: (t) => uniform(t, (f) => f.verticalAlignment),
    wrapText: (t) => uniform(t, (f) => f.wrapText),
    indentLevel: (t) => uniform(t, (f) => f.indentLevel),
  };

  protected override _navigation(): Record<string, ClientObjectBase> {
    return { fill: this.fill, font: this.font };
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(points: number) {
    this._set('columnWidth', points, (t) => {
      if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > 255 * 7.5) {
        throw new HostError('InvalidArgument', { detail: `columnWidth ${String(points)} is not a width in points` });
      }
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.ws.getColumn(c + 1).width = pointsToCharacters(points);
    });
  }

  get horizontalAlignment(): string {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(value: string) {
    this._set('horizontalAlignment', value, (t) => {
      if (!(value in horizontalValues))
        throw new HostError('InvalidArgument', { detail: `horizontalAlignment ${value}` });
      setAlignment(t, { horizontal: horizontalValues[value] });
    });
  }

  get verticalAlignment(): string {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(value: string) {
    this._set('verticalAlignment', value, (t) => {
      if (!(value in verticalValues)) throw new HostError('InvalidArgument', { detail: `verticalAlignment ${value}` });
      setAlignment(t, { vertical: verticalValues[value] });
    });
  }

  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(value: boolean) {
    this._set('wrapText', value, (t) => setAlignment(t, { wrapText: value === true ? true : undefined }));
  }

  get indentLevel(): number {
    return this._get('indentLevel');
  }
  set indentLevel(value: number) {
    this._set('indentLevel', value, (t) => {
      if (!Number.isInteger(value) || value < 0 || value > 250)
        throw new HostError('InvalidArgument', { detail: `indentLevel ${value}` });
      setAlignment(t, { indent: value === 0 ? undefined : value });
    });
  }

  private fillProxy: RangeFillProxy | null = null;
  get fill(): RangeFillProxy {
    this.fillProxy ??= new RangeFillProxy(this._ctx, this, () => this._resolve());
    return this.fillProxy;
  }

  private fontProxy: RangeFontProxy | null = null;
  get font(): RangeFontProxy {
    this.fontProxy ??= new RangeFontProxy(this._ctx, this, () => this._resolve());
    return this.fontProxy;
  }

  private bordersProxy: RangeBorderCollectionProxy | null = null;
  get borders(): RangeBorderCollectionProxy {
    this.bordersProxy ??= new RangeBorderCollectionProxy(this._ctx, this, () => this._resolve());
    return this.bordersProxy;
  }
}

export class RangeFillProxy extends ClientObject<RangeTarget> {
  readonly _className = 'RangeFill';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => RangeTarget) {
    super(context, parent, 'Fill', [], resolver);
  }

  protected readonly _readers: Record<string, (target: RangeTarget) => unknown> = {
    color: (t) => uniform(t, (f) => f.fillColor),
    pattern: (t) => uniform(t, (f) => f.fillPattern),
  };

  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (t) => {
      const hex = parseOfficeColour(value);
      if (!hex) throw new HostError('InvalidArgument', { detail: `fill colour ${String(value)}` });
      const fill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(hex) } };
      forEachCell(
        t.sheet.ws,
        t.rect,
        restyler((style) => ({ ...style, fill })),
      );
    });
  }

  get pattern(): string {
    return this._get('pattern');
  }

  clear(): void {
    this._call('Clear', [], (t) => {
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        for (let c = t.rect.left; c <= t.rect.right; c++) {
          const cell = findCell(t.sheet.ws, r, c);
          if (cell?.style?.fill) {
            restyle(cell, (style) => {
              const { fill: _removed, ...rest } = style;
              return rest;
            });
          }
        }
      }
    });
  }
}

const defaultFont: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, family: 2 };

function setFont(target: RangeTarget, change: Partial<ExcelJS.Font>): void {
  forEachCell(
    target.sheet.ws,
    target.rect,
    restyler((style) => ({ ...style, font: { ...defaultFont, ...style.font, ...change } })),
  );
}

export class RangeFontProxy extends ClientObject<RangeTarget> {
  readonly _className = 'RangeFont';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => RangeTarget) {
    super(context, parent, 'Font', [], resolver);
  }

  protected readonly _readers: Record<string, (target: RangeTarget) => unknown> = {
    bold: (t) => uniform(t, (f) => f.bold),
    italic: (t) => uniform(t, (f) => f.italic),
    color: (t) => uniform(t, (f) => f.fontColor),
    size: (t) => uniform(t, (f) => f.fontSize),
    name: (t) => uniform(t, (f) => f.fontName),
  };

  get bold(): boolean {
    return this._get('bold');
  }
  set bold(value: boolean) {
    this._set('bold', value, (t) => setFont(t, { bold: value === true }));
  }

  get italic(): boolean {
    return this._get('italic');
  }
  set italic(value: boolean) {
    this._set('italic', value, (t) => setFont(t, { italic: value === true }));
  }

  get size(): number {
    return this._get('size');
  }
  set size(value: number) {
    this._set('size', value, (t) => {
      if (typeof value !== 'number' || value < 1 || value > 409)
        throw new HostError('InvalidArgument', { detail: `font size ${value}` });
      setFont(t, { size: value });
    });
  }

  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value, (t) => setFont(t, { name: value }));
  }

  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (t) => {
      const hex = parseOfficeColour(value);
      if (!hex) throw new HostError('InvalidArgument', { detail: `font colour ${String(value)}` });
      setFont(t, { color: { argb: toArgb(hex) } });
    });
  }
}

type BorderSide = 'top' | 'bottom' | 'left' | 'right';
const borderSides: Record<string, BorderSide> = {
  EdgeTop: 'top',
  EdgeBottom: 'bottom',
  EdgeLeft: 'left',
  EdgeRight: 'right',
};

/** The cells on one edge of the range. */
function edgeRect(rect: Rect, side: BorderSide): Rect {
  switch (side) {
    case 'top':
      return { ...rect, bottom: rect.top };
    case 'bottom':
      return { ...rect, top: rect.bottom };
    case 'left':
      return { ...rect, right: rect.left };
    case 'right':
      return { ...rect, left: rect.right };
  }
}

interface BorderTarget extends RangeTarget {
  readonly side: BorderSide;
}

export class RangeBorderCollectionProxy extends ClientObject<RangeTarget> {
  readonly _className = 'RangeBorderCollection';
  protected readonly _readers = {};

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => RangeTarget) {
    super(context, parent, 'Borders', [], resolver);
  }

  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(this._ctx, this, index, () => {
      const side = borderSides[index];
      if (!side)
        throw new HostError('InvalidArgument', {
          detail: `the headless host models the edge borders only, not ${index}`,
        });
      return { ...this._resolve(), side };
    });
  }
}

const lineStyles: Record<string, Partial<Record<string, ExcelJS.BorderStyle>>> = {
  Continuous: { Hairline: 'hair', Thin: 'thin', Medium: 'medium', Thick: 'thick' },
  Dash: { Thin: 'dashed', Medium: 'mediumDashed' },
  DashDot: { Thin: 'dashDot', Medium: 'mediumDashDot' },
  DashDotDot: { Thin: 'dashDotDot', Medium: 'mediumDashDotDot' },
  Dot: { Thin: 'dotted' },
  Double: { Thin: 'double', Medium: 'double', Thick: 'double' },
};

function readBorder(t: BorderTarget): { style: string; weight: string; color: string } {
  const cell = findCell(
    t.sheet.ws,
    t.side === 'bottom' ? t.rect.bottom : t.rect.top,
    t.side === 'right' ? t.rect.right : t.rect.left,
  );
  const border = cell?.style?.border?.[t.side];
  for (const [style, weights] of Object.entries(lineStyles)) {
    for (const [weight, excelStyle] of Object.entries(weights)) {
      if (excelStyle === border?.style) {
        return { style, weight, color: border?.color ? `#${(border.color.argb ?? 'FF000000').slice(2)}` : '#000000' };
      }
    }
  }
  return { style: 'None', weight: 'Thin', color: '#000000' };
}

export class RangeBorderProxy extends ClientObject<BorderTarget> {
  readonly _className = 'RangeBorder';
  private weightSetting = 'Thin';

  constructor(context: HeadlessContext, parent: ClientObjectBase, index: string, resolver: () => BorderTarget) {
    super(context, parent, 'GetItem', [index], resolver);
  }

  protected readonly _readers: Record<string, (target: BorderTarget) => unknown> = {
    style: (t) => readBorder(t).style,
    weight: (t) => readBorder(t).weight,
    color: (t) => readBorder(t).color,
    sideIndex: (t) => Object.keys(borderSides).find((key) => borderSides[key] === t.side),
  };

  private change(t: BorderTarget, change: (border: Partial<ExcelJS.Border>) => Partial<ExcelJS.Border> | null): void {
    forEachCell(
      t.sheet.ws,
      edgeRect(t.rect, t.side),
      restyler((style) => {
        const borders: Partial<ExcelJS.Borders> = { ...style.border };
        const next = change({ ...borders[t.side] });
        if (next === null) delete borders[t.side];
        else borders[t.side] = next as ExcelJS.Border;
        return { ...style, border: borders as ExcelJS.Borders };
      }),
    );
  }

  get style(): string {
    return this._get('style');
  }
  set style(value: string) {
    this._set('style', value, (t) => {
      if (value === 'None') return this.change(t, () => null);
      const excelStyle = lineStyles[value]?.[this.weightSetting] ?? lineStyles[value]?.Thin;
      if (!excelStyle) throw new HostError('InvalidArgument', { detail: `border style ${value}` });
      this.change(t, (border) => ({ ...border, style: excelStyle }));
    });
  }

  get weight(): string {
    return this._get('weight');
  }
  set weight(value: string) {
    this._set('weight', value, (t) => {
      if (!['Hairline', 'Thin', 'Medium', 'Thick'].includes(value))
        throw new HostError('InvalidArgument', { detail: `border weight ${value}` });
      this.weightSetting = value;
      const current = readBorder(t).style;
      const excelStyle = lineStyles[current === 'None' ? 'Continuous' : current]?.[value];
      if (excelStyle) this.change(t, (border) => ({ ...border, style: excelStyle }));
    });
  }

  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (t) => {
      const hex = parseOfficeColour(value);
      if (!hex) throw new HostError('InvalidArgument', { detail: `border colour ${String(value)}` });
      this.change(t, (border) => ({ style: 'thin', ...border, color: { argb: toArgb(hex) } }));
    });
  }
}

/** getRanges: Excel fails long lists (reported around 500 areas or 8 000 characters); the host fails them as well. */
export const MAX_AREAS = 500;
export const MAX_AREAS_ADDRESS_LENGTH = 8000;

export class RangeAreasProxy extends ClientObject<AreasTarget> {
  readonly _className = 'RangeAreas';

  constructor(
    context: HeadlessContext,
    parent: ClientObjectBase,
    args: readonly unknown[],
    resolver: () => AreasTarget | null,
    pathName = 'GetRanges',
    nullable = false,
  ) {
    super(context, parent, pathName, args, liveResolver(resolver), nullable);
  }

  protected readonly _readers: Record<string, (target: AreasTarget) => unknown> = {
    address: (t) => t.areas.map((rect) => formatAddress(t.sheet.name, rect)).join(','),
    addressLocal: (t) => t.areas.map((rect) => formatAddress(t.sheet.name, rect)).join(','),
    areaCount: (t) => t.areas.length,
    cellCount: (t) => t.areas.reduce((sum, rect) => sum + rectCells(rect), 0),
  };

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }

  private conditionalFormatsProxy: ConditionalFormatCollectionProxy | null = null;
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.conditionalFormatsProxy ??= new ConditionalFormatCollectionProxy(this._ctx, this, () => this._resolve());
    return this.conditionalFormatsProxy;
  }
}
