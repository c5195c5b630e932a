/**
 * Charts: the host keeps each chart as a model (type, title, legend, anchor, series with their cell
 * references and colours); save() hands them to the OOXML extras, which write native DrawingML charts.
 */
import { parseArea, rectColumns, rectRows, type Rect } from '../address';
import type { ChartModel, ChartTypeName, SeriesModel, SheetModel } from '../book';
import { findCell } from '../cells';
import { cellSnapshot } from '../cell-snapshot';
import { parseOfficeColour } from '../colours';
import { ClientCollection, ClientObject, ClientObjectBase, ClientResult, HeadlessContext } from '../context';
import { HostError } from '../errors';
import { RangeProxy } from './range';

const chartTypes: readonly ChartTypeName[] = ['ColumnClustered', 'BarClustered', 'BarStacked'];
const legendPositions = ['Bottom', 'Right', 'Top', 'Left', 'Corner', 'Custom'] as const;

interface ChartTarget {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

function isTextCell(sheet: SheetModel, row: number, column: number): boolean {
  const cell = findCell(sheet.ws, row, column);
  if (!cell) return true; // an empty corner or header counts as a label, as Excel guesses
  const value = cellSnapshot(cell).value;
  return value === null || typeof value === 'string';
}

/**
 * Series from a source range as Excel lays them out: by columns (or rows), the first row (column)
 * naming the series when it holds text, the first column (row) giving the categories when it holds text.
 */
export function seriesFromSource(sheet: SheetModel, rect: Rect, seriesBy: string): SeriesModel[] {
  const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && rectColumns(rect) > rectRows(rect));
  const along = (i: number, j: number): [number, number] =>
    byRows ? [rect.top + j, rect.left + i] : [rect.top + i, rect.left + j];
  const length = byRows ? rectColumns(rect) : rectRows(rect); // cells along one series
  const count = byRows ? rectRows(rect) : rectColumns(rect); // series candidates
  const hasNames =
    length > 1 && Array.from({ length: count }, (_, j) => j).every((j) => isTextCell(sheet, ...along(0, j)));
  const hasCategories =
    count > 1 &&
    Array.from({ length: length - (hasNames ? 1 : 0) }, (_, i) => i + (hasNames ? 1 : 0)).every((i) =>
      isTextCell(sheet, ...along(i, 0)),
    );
  const first = hasNames ? 1 : 0;
  const segment = (j: number): Rect => {
    const [top, left] = along(first, j);
    const [bottom, right] = along(length - 1, j);
    return { top, left, bottom, right };
  };
  const series: SeriesModel[] = [];
  for (let j = hasCategories ? 1 : 0; j < count; j++) {
    const [nameRow, nameColumn] = along(0, j);
    series.push({
      nameRef: hasNames
        ? { sheet, rect: { top: nameRow, left: nameColumn, bottom: nameRow, right: nameColumn } }
        : null,
      name: hasNames ? '' : `Series${series.length + 1}`,
      categories: hasCategories ? { sheet, rect: segment(0) } : null,
      values: { sheet, rect: segment(j) },
      colour: null,
      pointColours: [],
    });
  }
  return series;
}

function liveChart(target: ChartTarget | null): ChartTarget | null {
  if (!target || target.sheet.deleted || !target.sheet.charts.includes(target.chart)) return null;
  return target;
}

export class ChartCollectionProxy extends ClientCollection<SheetModel, ChartProxy> {
  readonly _className = 'ChartCollection';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => SheetModel) {
    super(context, parent, 'Charts', [], resolver);
  }

  protected readonly _readers: Record<string, (sheet: SheetModel) => unknown> = {
    count: (sheet) => sheet.charts.length,
  };

  get count(): number {
    return this._get('count');
  }

  protected _members(sheet: SheetModel): ChartProxy[] {
    return sheet.charts.map(
      (chart) => new ChartProxy(this._ctx, this, '_GetItem', [chart.id], () => ({ sheet, chart })),
    );
  }

  add(type: string, sourceData: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    let created: ChartTarget | null = null;
    this._call(
      'Add',
      [type, sourceData, seriesBy],
      (sheet) => {
        if (!chartTypes.includes(type as ChartTypeName)) {
          throw new HostError('InvalidArgument', {
            detail: `the headless host draws ${chartTypes.join(', ')} charts, not ${type}`,
          });
        }
        if (!['Auto', 'Columns', 'Rows'].includes(seriesBy))
          throw new HostError('InvalidArgument', { detail: `seriesBy ${seriesBy}` });
        const source = sourceData._resolve();
        const series = seriesFromSource(source.sheet, source.rect, seriesBy);
        if (!series.length) throw new HostError('InvalidArgument', { detail: 'the source range holds no series' });
        let n = sheet.charts.length + 1;
        while (sheet.charts.some((chart) => chart.name === `Chart ${n}`)) n++;
        const chart: ChartModel = {
          id: this._ctx.book.newId(2),
          name: `Chart ${n}`,
          type: type as ChartTypeName,
          title: '',
          legendPosition: 'Right',
          legendVisible: true,
          // Excel drops a new chart near the top left of the window: 8 columns × 15 rows.
          from: { row: 1, column: 3 },
          to: { row: 16, column: 11 },
          valueAxisNumberFormat: null,
          series,
        };
        sheet.charts.push(chart);
        created = { sheet, chart };
      },
      true,
    );
    return new ChartProxy(this._ctx, this, 'Add', [type], () => created);
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(this._ctx, this, 'GetItem', [name], () => this.find(name));
  }

  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this._ctx, this, 'GetItemOrNullObject', [name], () => this.find(name), true);
  }

  getItemAt(index: number): ChartProxy {
    return new ChartProxy(this._ctx, this, 'GetItemAt', [index], () => {
      const sheet = this._resolve();
      const chart = sheet.charts[index];
      return chart ? { sheet, chart } : null;
    });
  }

  getCount(): ClientResult<number> {
    return this._callForResult('GetCount', [], (sheet) => sheet.charts.length);
  }

  private find(name: string): ChartTarget | null {
    const sheet = this._resolve();
    const chart = sheet.charts.find((candidate) => candidate.name === name || candidate.id === name);
    return chart ? { sheet, chart } : null;
  }
}

function anchorCell(
  sheet: SheetModel,
  cell: RangeProxy | string,
  context: HeadlessContext,
): { row: number; column: number; rect: Rect } {
  let rect: Rect;
  if (typeof cell === 'string') {
    const area = parseArea(cell);
    if (!area || (area.sheet !== null && context.book.findSheet(area.sheet) !== sheet)) {
      throw new HostError('InvalidArgument', { detail: `"${cell}" is not a cell of ${sheet.name}` });
    }
    rect = area.rect;
  } else {
    rect = cell._resolve().rect;
  }
  return { row: rect.top, column: rect.left, rect };
}

export class ChartProxy extends ClientObject<ChartTarget> {
  readonly _className = 'Chart';

  constructor(
    context: HeadlessContext,
    parent: ClientObjectBase,
    pathName: string,
    args: readonly unknown[],
    resolver: () => ChartTarget | null,
    nullable = false,
  ) {
    super(context, parent, pathName, args, () => liveChart(resolver()), nullable);
  }

  protected readonly _readers: Record<string, (target: ChartTarget) => unknown> = {
    name: (t) => t.chart.name,
    id: (t) => t.chart.id,
    chartType: (t) => t.chart.type,
  };

  protected override _navigation(): Record<string, ClientObjectBase> {
    return { title: this.title, legend: this.legend, series: this.series, axes: this.axes };
  }

  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value, (t) => {
      if (typeof value !== 'string' || value.trim() === '')
        throw new HostError('InvalidArgument', { detail: 'a chart needs a name' });
      t.chart.name = value;
    });
  }

  get id(): string {
    return this._get('id');
  }

  get chartType(): string {
    return this._get('chartType');
  }
  set chartType(value: string) {
    this._set('chartType', value, (t) => {
      if (!chartTypes.includes(value as ChartTypeName))
        throw new HostError('InvalidArgument', { detail: `chart type ${value}` });
      t.chart.type = value as ChartTypeName;
    });
  }

  /** Places the chart over the cells from startCell to endCell (inclusive), as a two-cell anchor. */
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this._call('SetPosition', endCell === undefined ? [startCell] : [startCell, endCell], (t) => {
      const start = anchorCell(t.sheet, startCell, this._ctx);
      const end =
        endCell === undefined
          ? { row: start.rect.bottom, column: start.rect.right }
          : anchorCell(t.sheet, endCell, this._ctx);
      if (end.row < start.row || end.column < start.column)
        throw new HostError('InvalidArgument', { detail: 'the end cell is above or left of the start cell' });
      const width = t.chart.to.column - t.chart.from.column;
      const height = t.chart.to.row - t.chart.from.row;
      t.chart.from = { row: start.row, column: start.column };
      t.chart.to =
        endCell === undefined && start.rect.bottom === start.row && start.rect.right === start.column
          ? { row: start.row + height, column: start.column + width }
          : { row: end.row, column: end.column };
    });
  }

  delete(): void {
    this._call('Delete', [], (t) => t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1));
  }

  private titleProxy: ChartTitleProxy | null = null;
  get title(): ChartTitleProxy {
    this.titleProxy ??= new ChartTitleProxy(this._ctx, this, () => this._resolve());
    return this.titleProxy;
  }

  private legendProxy: ChartLegendProxy | null = null;
  get legend(): ChartLegendProxy {
    this.legendProxy ??= new ChartLegendProxy(this._ctx, this, () => this._resolve());
    return this.legendProxy;
  }

  private seriesProxy: ChartSeriesCollectionProxy | null = null;
  get series(): ChartSeriesCollectionProxy {
    this.seriesProxy ??= new ChartSeriesCollectionProxy(this._ctx, this, () => this._resolve());
    return this.seriesProxy;
  }

  private axesProxy: ChartAxesProxy | null = null;
  get axes(): ChartAxesProxy {
    this.axesProxy ??= new ChartAxesProxy(this._ctx, this, () => this._resolve());
    return this.axesProxy;
  }
}

export class ChartTitleProxy extends ClientObject<ChartTarget> {
  readonly _className = 'ChartTitle';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => ChartTarget) {
    super(context, parent, 'Title', [], resolver);
  }

  protected readonly _readers: Record<string, (t: ChartTarget) => unknown> = {
    text: (t) => t.chart.title,
    visible: (t) => t.chart.title !== '',
  };

  get text(): string {
    return this._get('text');
  }
  set text(value: string) {
    this._set('text', value, (t) => (t.chart.title = String(value ?? '')));
  }
  get visible(): boolean {
    return this._get('visible');
  }
}

export class ChartLegendProxy extends ClientObject<ChartTarget> {
  readonly _className = 'ChartLegend';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => ChartTarget) {
    super(context, parent, 'Legend', [], resolver);
  }

  protected readonly _readers: Record<string, (t: ChartTarget) => unknown> = {
    position: (t) => t.chart.legendPosition,
    visible: (t) => t.chart.legendVisible,
  };

  get position(): string {
    return this._get('position');
  }
  set position(value: string) {
    this._set('position', value, (t) => {
      if (!(legendPositions as readonly string[]).includes(value))
        throw new HostError('InvalidArgument', { detail: `legend position ${value}` });
      t.chart.legendPosition = value as ChartModel['legendPosition'];
    });
  }

  get visible(): boolean {
    return this._get('visible');
  }
  set visible(value: boolean) {
    this._set('visible', value, (t) => (t.chart.legendVisible = value === true));
  }
}

export class ChartAxesProxy extends ClientObject<ChartTarget> {
  readonly _className = 'ChartAxes';
  protected readonly _readers = {};

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => ChartTarget) {
    super(context, parent, 'Axes', [], resolver);
  }

  protected override _navigation(): Record<string, ClientObjectBase> {
    return { valueAxis: this.valueAxis };
  }

  private valueAxisProxy: ChartAxisProxy | null = null;
  get valueAxis(): ChartAxisProxy {
    this.valueAxisProxy ??= new ChartAxisProxy(this._ctx, this, () => this._resolve());
    return this.valueAxisProxy;
  }
}

export class ChartAxisProxy extends ClientObject<ChartTarget> {
  readonly _className = 'ChartAxis';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => ChartTarget) {
    super(context, parent, 'ValueAxis', [], resolver);
  }

  protected readonly _readers: Record<string, (t: ChartTarget) => unknown> = {
    numberFormat: (t) => t.chart.valueAxisNumberFormat ?? 'General',
  };

  get numberFormat(): string {
    return this._get('numberFormat');
  }
  set numberFormat(value: string) {
    this._set(
      'numberFormat',
      value,
      (t) => (t.chart.valueAxisNumberFormat = value === 'General' || value === '' ? null : String(value)),
    );
  }
}

interface SeriesTarget extends ChartTarget {
  readonly series: SeriesModel;
}

function seriesName(series: SeriesModel): string {
  if (!series.nameRef) return series.name;
  const { sheet, rect } = series.nameRef;
  const cell = findCell(sheet.ws, rect.top, rect.left);
  const value = cell ? cellSnapshot(cell).value : null;
  return value === null ? '' : typeof value === 'object' ? value.error : String(value);
}

export { seriesName };

export class ChartSeriesCollectionProxy extends ClientCollection<ChartTarget, ChartSeriesProxy> {
  readonly _className = 'ChartSeriesCollection';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => ChartTarget) {
    super(context, parent, 'Series', [], resolver);
  }

  protected readonly _readers: Record<string, (t: ChartTarget) => unknown> = {
    count: (t) => t.chart.series.length,
  };

  get count(): number {
    return this._get('count');
  }

  protected _members(t: ChartTarget): ChartSeriesProxy[] {
    return t.chart.series.map((series, i) => new ChartSeriesProxy(this._ctx, this, [i], () => ({ ...t, series })));
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this._ctx, this, [index], () => {
      const t = this._resolve();
      const series = t.chart.series[index];
      if (!series) throw new HostError('InvalidArgument', { detail: `series ${index} of ${t.chart.series.length}` });
      return { ...t, series };
    });
  }

  getCount(): ClientResult<number> {
    return this._callForResult('GetCount', [], (t) => t.chart.series.length);
  }
}

export class ChartSeriesProxy extends ClientObject<SeriesTarget> {
  readonly _className = 'ChartSeries';

  constructor(
    context: HeadlessContext,
    parent: ClientObjectBase,
    args: readonly unknown[],
    resolver: () => SeriesTarget,
  ) {
    super(context, parent, 'GetItemAt', args, resolver);
  }

  protected readonly _readers: Record<string, (t: SeriesTarget) => unknown> = {
    name: (t) => seriesName(t.series),
  };

  protected override _navigation(): Record<string, ClientObjectBase> {
    return { format: this.format, points: this.points };
  }

  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value, (t) => {
      t.series.name = String(value);
      t.series.nameRef = null;
    });
  }

  private formatProxy: SeriesFormatProxy | null = null;
  get format(): SeriesFormatProxy {
    this.formatProxy ??= new SeriesFormatProxy(this._ctx, this, () => {
      const t = this._resolve();
      return { get: () => t.series.colour, set: (colour) => (t.series.colour = colour) };
    });
    return this.formatProxy;
  }

  private pointsProxy: ChartPointsCollectionProxy | null = null;
  get points(): ChartPointsCollectionProxy {
    this.pointsProxy ??= new ChartPointsCollectionProxy(this._ctx, this, () => this._resolve());
    return this.pointsProxy;
  }
}

/** Where a fill colour lives: a series or one of its points. */
interface ColourSlot {
  get(): string | null;
  set(colour: string | null): void;
}

export class SeriesFormatProxy extends ClientObject<ColourSlot> {
  readonly _className = 'ChartSeriesFormat';
  protected readonly _readers = {};

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => ColourSlot) {
    super(context, parent, 'Format', [], resolver);
  }

  private fillProxy: ChartFillProxy | null = null;
  get fill(): ChartFillProxy {
    this.fillProxy ??= new ChartFillProxy(this._ctx, this, () => this._resolve());
    return this.fillProxy;
  }
}

export class ChartFillProxy extends ClientObject<ColourSlot> {
  readonly _className = 'ChartFill';
  protected readonly _readers = {};

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => ColourSlot) {
    super(context, parent, 'Fill', [], resolver);
  }

  setSolidColor(color: string): void {
    this._call('SetSolidColor', [color], (slot) => {
      const hex = parseOfficeColour(color);
      if (!hex) throw new HostError('InvalidArgument', { detail: `chart colour ${String(color)}` });
      slot.set(hex);
    });
  }

  clear(): void {
    this._call('Clear', [], (slot) => slot.set(null));
  }

  getSolidColor(): ClientResult<string> {
    return this._callForResult('GetSolidColor', [], (slot) => slot.get() ?? '');
  }
}

export class ChartPointsCollectionProxy extends ClientCollection<SeriesTarget, ChartPointProxy> {
  readonly _className = 'ChartPointsCollection';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => SeriesTarget) {
    super(context, parent, 'Points', [], resolver);
  }

  protected readonly _readers: Record<string, (t: SeriesTarget) => unknown> = {
    count: (t) => rectRows(t.series.values.rect) * rectColumns(t.series.values.rect),
  };

  get count(): number {
    return this._get('count');
  }

  protected _members(t: SeriesTarget): ChartPointProxy[] {
    const count = rectRows(t.series.values.rect) * rectColumns(t.series.values.rect);
    return Array.from(
      { length: count },
      (_, i) => new ChartPointProxy(this._ctx, this, [i], () => ({ ...t, index: i })),
    );
  }

  getItemAt(index: number): ChartPointProxy {
    return new ChartPointProxy(this._ctx, this, [index], () => {
      const t = this._resolve();
      const count = rectRows(t.series.values.rect) * rectColumns(t.series.values.rect);
      if (!Number.isInteger(index) || index < 0 || index >= count)
        throw new HostError('InvalidArgument', { detail: `point ${index} of ${count}` });
      return { ...t, index };
    });
  }

  getCount(): ClientResult<number> {
    return this._callForResult(
      'GetCount',
      [],
      (t) => rectRows(t.series.values.rect) * rectColumns(t.series.values.rect),
    );
  }
}

interface PointTarget extends SeriesTarget {
  readonly index: number;
}

export class ChartPointProxy extends ClientObject<PointTarget> {
  readonly _className = 'ChartPoint';

  constructor(
    context: HeadlessContext,
    parent: ClientObjectBase,
    args: readonly unknown[],
    resolver: () => PointTarget,
  ) {
    super(context, parent, 'GetItemAt', args, resolver);
  }

  protected readonly _readers: Record<string, (t: PointTarget) => unknown> = {
    value: (t) => {
      const { sheet, rect } = t.series.values;
      const byRow = rectColumns(rect) === 1;
      const cell = findCell(sheet.ws, byRow ? rect.top + t.index : rect.top, byRow ? rect.left : rect.left + t.index);
      const value = cell ? cellSnapshot(cell).value : null;
      return typeof value === 'number' ? value : null;
    },
  };

  get value(): number | null {
    return this._get('value');
  }

  private formatProxy: SeriesFormatProxy | null = null;
  get format(): SeriesFormatProxy {
    this.formatProxy ??= new SeriesFormatProxy(this._ctx, this, () => {
      const t = this._resolve();
      return {
        get: () => t.series.pointColours[t.index] ?? null,
        set: (colour) => {
          while (t.series.pointColours.length <= t.index) t.series.pointColours.push(null);
          t.series.pointColours[t.index] = colour;
        },
      };
    });
    return this.formatProxy;
  }
}
