/**
 * The request machinery of the Excel JavaScript API: proxies, a queue of actions, and sync.
 *
 * As in Office: methods and property writes on a proxy only queue actions; `context.sync()`
 * serialises the queue (the request), runs it in order against the workbook, and answers the loads
 * (the response). Both are measured as JSON, and a request or response over the payload limit
 * fails the whole sync, as Excel on the web does. The first failing action rejects the sync with
 * an Office-shaped error; loads of that sync are not delivered, writes before it stay applied.
 */
import { SheetModel, withSheets, type BookModel } from './book';
import { getRangesSeparator, sheetRefuses, supportsUndo, writeKindOf, type Platform } from './behaviour';
import { HostError, type HostErrorCode } from './errors';
import { errorMessage } from '../core';
import { compareVersions, lowerFirst, requirementOf } from './requirements';

/** Excel on the web: "a payload size limit for requests and responses of 5MB" (decimal, to stay on the safe side). */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5_000_000;
/** Excel's cap on the cells of one range read (values, formulas, number formats, …). */
export const MAX_CELLS_PER_READ = 5_000_000;

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  readonly error: HostErrorCode | null;
}

export class HostStats {
  syncs = 0;
  largestRequestBytes = 0;
  largestResponseBytes = 0;
  /** Every sync since the last reset, in order (for benchmarks and tests). */
  readonly log: SyncRecord[] = [];

  record(entry: SyncRecord): void {
    this.syncs++;
    this.largestRequestBytes = Math.max(this.largestRequestBytes, entry.requestBytes);
    this.largestResponseBytes = Math.max(this.largestResponseBytes, entry.responseBytes);
    this.log.push(entry);
  }

  reset(): void {
    this.syncs = 0;
    this.largestRequestBytes = 0;
    this.largestResponseBytes = 0;
    this.log.length = 0;
  }
}

/** Node's Buffer where there is one (native and fast); the browser bundle counts by hand. */
interface ByteCounter {
  byteLength(text: string, encoding: 'utf8'): number;
}
const nativeCounter = (globalThis as { Buffer?: ByteCounter }).Buffer;

/** UTF-8 length of a string without allocating its encoding. */
export function utf8Length(text: string): number {
  if (nativeCounter) return nativeCounter.byteLength(text, 'utf8');
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

interface LoadOutcome {
  readonly data: unknown;
  commit(): void;
}

interface Action {
  readonly type: 'Instantiate' | 'Query' | 'SetProperty' | 'Method';
  readonly owner: ClientObjectBase;
  readonly name: string;
  readonly args: readonly unknown[];
  /** Whether the action reads cells (then formulas written before it get their results first). */
  readonly reads: boolean;
  /** Runs at sync; a load returns what the response carries. */
  run(): LoadOutcome | void;
}

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] };

/** 'values, numberFormat' / ['values'] / { select } → property paths; null means every scalar property. */
function loadPaths(option: LoadOption | undefined): string[] | null {
  if (option === undefined) return null;
  const list = (value: string | string[] | undefined): string[] =>
    value === undefined
      ? []
      : (Array.isArray(value) ? value : value.split(',')).map((part) => part.trim()).filter(Boolean);
  if (typeof option === 'string' || Array.isArray(option)) return list(option);
  return [...list(option.select), ...list(option.expand)];
}

export interface HostOptions {
  readonly payloadLimitBytes: number;
  /** The ExcelApi version the host plays: newer members fail with ApiNotFound. */
  readonly apiVersion: string;
  readonly platform: Platform;
  /** Regional format, for the list separator. */
  readonly locale: string;
  /** The run merges its syncs into one undo group (RunOptions.mergeUndoGroup). */
  readonly undoGroup: boolean;
  /** The run waits while the user edits a cell instead of failing (RunOptions.delayForCellEdit, ExcelApi 1.11). */
  readonly delayForCellEdit: boolean;
}

export class HeadlessContext {
  private queue: Action[] = [];
  private ended = false;
  /** @internal True while a request runs: proxies made then (collection items, navigation) are resolved by it. */
  _running = false;
  private nextPathId = 1;
  readonly workbook: import('./objects/workbook').WorkbookProxy;

  constructor(
    readonly book: BookModel,
    private readonly stats: HostStats,
    private readonly options: HostOptions,
    makeWorkbook: (context: HeadlessContext) => import('./objects/workbook').WorkbookProxy,
  ) {
    this.workbook = makeWorkbook(this);
  }

  /** @internal */
  _pathId(): number {
    return this.nextPathId++;
  }

  /** @internal Throws, as Office does, when a proxy is used after its run or in another context. */
  _check(owner: ClientObjectBase): void {
    if (owner._ctx !== this) throw new HostError('InvalidRequestContext');
    if (this.ended)
      throw new HostError('InvalidObjectPath', { detail: 'the Excel.run batch of this object has ended' });
  }

  /** @internal */
  _checkArgument(owner: ClientObjectBase, argument: unknown): void {
    if (argument instanceof ClientObjectBase && argument._ctx !== owner._ctx)
      throw new HostError('InvalidRequestContext');
  }

  /** @internal ApiNotFound when the member is newer than the ExcelApi the host plays. */
  _require(className: string | undefined, member: string): void {
    const needed = requirementOf[`${className}.${member}`];
    if (needed && compareVersions(this.options.apiVersion, needed) < 0) {
      throw new HostError('ApiNotFound', {
        location: `${className}.${member}`,
        detail: `${className}.${member} needs ExcelApi ${needed}`,
      });
    }
  }

  /**
   * @internal Checks a write as Excel does before applying it: inside an undo group a member without
   * undo support fails with UndoNotSupported; a protected sheet or workbook structure refuses with
   * AccessDenied. A write let through marks its sheet written (see SheetModel.written).
   */
  _guardWrite(owner: ClientObjectBase, member: string): void {
    const key = `${owner._className}.${member}`;
    if (this.options.undoGroup && !supportsUndo(key, this.options.platform)) {
      throw new HostError('UndoNotSupported', {
        location: key,
        detail: `${key} has no undo support in Excel on ${this.options.platform}, so it cannot run in an undo group`,
      });
    }
    const kind = writeKindOf(key);
    const sheet = owner._affectedSheet();
    if (kind === 'structure') {
      if (this.book.structureProtected)
        throw new HostError('AccessDenied', { location: key, detail: 'the workbook structure is protected' });
    } else if (kind) {
      if (sheet && sheetRefuses(sheet, kind))
        throw new HostError('AccessDenied', { location: key, detail: `the sheet ${sheet.name} is protected` });
    }
    if (sheet) sheet.written = true;
  }

  /** @internal The separator getRanges takes between areas on this platform and locale. */
  get _listSeparator(): ',' | ';' {
    return getRangesSeparator(this.options.platform, this.options.locale);
  }

  /** @internal */
  _enqueue(action: Action): void {
    this._check(action.owner);
    this.queue.push(action);
  }

  get hasPendingActions(): boolean {
    return this.queue.length > 0;
  }

  /** @internal Called by the host when its Excel.run batch ends. */
  _end(): void {
    this.ended = true;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this.ended)
      throw new HostError('InvalidObjectPath', { detail: 'context.sync() after the Excel.run batch ended' });
    const actions = this.queue;
    this.queue = [];
    // Let the caller's synchronous code finish first, as a round trip to Excel would.
    await Promise.resolve();
    if (this.book.cellEdit) {
      // While the user edits a cell Excel runs no request: it fails it, or holds it until the edit ends.
      if (!this.options.delayForCellEdit) {
        this.stats.record({
          requestBytes: 0,
          responseBytes: 0,
          actions: actions.length,
          error: 'InvalidOperationInCellEditMode',
        });
        throw new HostError('InvalidOperationInCellEditMode', { detail: 'the user is editing a cell' });
      }
      await this.book.cellEdit.ended;
    }
    const request = JSON.stringify({
      Actions: actions.map((action, id) => ({
        Id: id,
        ActionType: action.type,
        Name: action.name,
        ObjectPathId: action.owner._path.id,
        ArgumentInfo: action.args.length ? { Arguments: action.args.map(serializableArgument) } : {},
      })),
      ObjectPaths: objectPaths(actions),
    });
    const requestBytes = utf8Length(request);
    const limit = this.options.payloadLimitBytes;
    if (requestBytes > limit) {
      this.stats.record({
        requestBytes,
        responseBytes: 0,
        actions: actions.length,
        error: 'RequestPayloadSizeLimitExceeded',
      });
      throw new HostError('RequestPayloadSizeLimitExceeded', {
        detail: `request of ${requestBytes} bytes, limit ${limit}`,
      });
    }
    const outcomes: LoadOutcome[] = [];
    const results: unknown[] = [];
    this._running = true;
    try {
      let dirty = false;
      for (const action of actions) {
        try {
          // Reads see the cached results of formulas written earlier in the same request.
          if (dirty && action.reads) {
            await this.withSheets(() => this.afterWrite());
            dirty = false;
          }
          if (action.type === 'SetProperty' || action.type === 'Method') dirty = true;
          const outcome = await this.withSheets(() => action.run());
          if (outcome) {
            outcomes.push(outcome);
            results.push(outcome.data);
          }
        } catch (error) {
          throw asHostError(error, `${action.owner._className}.${action.name}`);
        }
      }
      if (dirty) await this.withSheets(() => this.afterWrite());
    } catch (error) {
      await this.withSheets(() => this.afterWrite()).catch(() => undefined);
      this._running = false;
      this.stats.record({ requestBytes, responseBytes: 0, actions: actions.length, error: (error as HostError).code });
      throw error;
    }
    this._running = false;
    const responseBytes = utf8Length(JSON.stringify({ Results: results }));
    if (responseBytes > limit) {
      this.stats.record({
        requestBytes,
        responseBytes,
        actions: actions.length,
        error: 'ResponsePayloadSizeLimitExceeded',
      });
      throw new HostError('ResponsePayloadSizeLimitExceeded', {
        detail: `response of ${responseBytes} bytes, limit ${limit}`,
      });
    }
    for (const outcome of outcomes) outcome.commit();
    this.stats.record({ requestBytes, responseBytes, actions: actions.length, error: null });
    return passThroughValue as T;
  }

  private withSheets<T>(work: () => T): Promise<T> {
    return withSheets(this.book, work);
  }

  /** Hook set by the host: recomputes the formulas the add-in wrote (see formulas.ts). */
  afterWrite: () => void = () => undefined;
}

function asHostError(error: unknown, location: string): HostError {
  if (error instanceof HostError) {
    if (error.debugInfo.errorLocation) return error;
    const located = new HostError(error.code, { location, detail: error.debugInfo.detail, statement: location });
    return located;
  }
  const detail = errorMessage(error);
  return new HostError('GeneralException', { location, detail, cause: error });
}

function serializableArgument(argument: unknown): unknown {
  return argument instanceof ClientObjectBase ? { ObjectPathId: argument._path.id } : argument;
}

function objectPaths(actions: readonly Action[]): Record<number, unknown> {
  const paths: Record<number, unknown> = {};
  const add = (owner: ClientObjectBase | null): void => {
    for (let node = owner; node && !(node._path.id in paths); node = node._parent) {
      paths[node._path.id] = {
        Id: node._path.id,
        ParentObjectPathId: node._parent?._path.id,
        Name: node._path.name,
        ArgumentInfo: node._path.args.length ? { Arguments: node._path.args.map(serializableArgument) } : {},
      };
    }
  };
  for (const action of actions) add(action.owner);
  return paths;
}

export interface PathInfo {
  readonly id: number;
  readonly name: string;
  readonly args: readonly unknown[];
}

/** The non-generic part of every proxy, so collections and navigation can hold any of them. */
export abstract class ClientObjectBase {
  /** @internal */ readonly _path: PathInfo;
  /** @internal */ abstract readonly _className: string;

  protected constructor(
    /** @internal */ readonly _ctx: HeadlessContext,
    /** @internal */ readonly _parent: ClientObjectBase | null,
    pathName: string,
    pathArgs: readonly unknown[] = [],
  ) {
    this._path = { id: _ctx._pathId(), name: pathName, args: pathArgs };
  }

  get context(): HeadlessContext {
    return this._ctx;
  }

  /** @internal The sheet a write through this proxy changes (for protection); null for workbook-level objects. */
  _affectedSheet(): SheetModel | null {
    return this._parent?._affectedSheet() ?? null;
  }

  /** @internal Computes a load now (during sync); the outcome is committed when the response is accepted. */
  abstract _loadNow(paths: readonly string[] | null): LoadOutcome;

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this._ctx._enqueue({
      type: 'Query',
      reads: true,
      owner: this,
      name: 'load',
      args: paths ? [paths.join(',')] : [],
      run: () => this._loadNow(paths),
    });
    return this;
  }
}

type Reader<T> = (target: T) => unknown;

/**
 * A proxy of one object. Its target is found at the first sync that uses it (then kept, as Office
 * keeps an object once its path is instantiated); a null-object proxy finds null instead of failing.
 */
export abstract class ClientObject<T> extends ClientObjectBase {
  private resolved = false;
  private target: T | null = null;
  private isNull: boolean | undefined;
  /** @internal */ readonly _loaded = new Map<string, unknown>();

  protected constructor(
    context: HeadlessContext,
    parent: ClientObjectBase | null,
    pathName: string,
    pathArgs: readonly unknown[],
    private readonly resolver: () => T | null,
    private readonly nullable = false,
  ) {
    super(context, parent, pathName, pathArgs);
    if (nullable && !context._running) {
      // Office instantiates *OrNullObject paths at the next sync, so isNullObject is known after it.
      context._enqueue({
        type: 'Instantiate',
        reads: true,
        owner: this,
        name: pathName,
        args: [],
        run: () => {
          const found = this._resolveNullable();
          return { data: { _IsNull: found === null }, commit: () => (this.isNull = found === null) };
        },
      });
    }
  }

  /** Scalar properties a load can read. */
  protected abstract readonly _readers: Record<string, Reader<T>>;

  /** Navigation properties (format, fill, font, …) that a load path can go through. */
  protected _navigation(): Record<string, ClientObjectBase> {
    return {};
  }

  get isNullObject(): boolean {
    if (this.isNull === undefined)
      throw new HostError('PropertyNotLoaded', { location: `${this._className}.isNullObject` });
    return this.isNull;
  }

  /** @internal The target, or ItemNotFound (also for a null object: the host refuses to act on one). */
  _resolve(): T {
    const target = this._resolveNullable();
    if (target === null)
      throw new HostError('ItemNotFound', {
        location: this._className,
        detail: 'the object does not exist (null object)',
      });
    return target;
  }

  /** @internal */
  _resolveNullable(): T | null {
    if (!this.resolved) {
      this._ctx._require(this._parent?._className, lowerFirst(this._path.name));
      const found = this.resolver();
      if (found === null && !this.nullable) {
        throw new HostError('ItemNotFound', { location: this._className });
      }
      this.target = found;
      this.resolved = true;
    }
    return this.target;
  }

  override _affectedSheet(): SheetModel | null {
    const target = this.resolved ? this.target : null;
    if (target instanceof SheetModel) return target;
    const sheet = (target as { sheet?: unknown } | null)?.sheet;
    return sheet instanceof SheetModel ? sheet : super._affectedSheet();
  }

  _loadNow(paths: readonly string[] | null): LoadOutcome {
    const target = this._resolveNullable();
    if (target === null) {
      return { data: { _IsNull: true }, commit: () => (this.isNull = true) };
    }
    const navigation = this._navigation();
    const scalars: string[] = [];
    const nested = new Map<string, string[] | null>();
    if (paths === null) scalars.push(...Object.keys(this._readers));
    for (const path of paths ?? []) {
      const [head, ...rest] = path.split('/');
      if (rest.length && navigation[head]) {
        const list = nested.get(head);
        if (list !== null) nested.set(head, [...(list ?? []), rest.join('/')]);
      } else if (!rest.length && head in this._readers) {
        scalars.push(head);
      } else if (!rest.length && navigation[head]) {
        nested.set(head, null);
      } else {
        throw new HostError('InvalidArgument', {
          location: `${this._className}.load`,
          detail: `the headless host does not implement ${this._className}.${path}`,
        });
      }
    }
    const data: Record<string, unknown> = {};
    for (const name of scalars) {
      if (paths !== null) this._ctx._require(this._className, name);
      data[name] = this._readers[name](target);
    }
    const commits: (() => void)[] = [];
    for (const [name, subPaths] of nested) {
      this._ctx._require(this._className, name);
      const outcome = navigation[name]._loadNow(subPaths);
      data[name] = outcome.data;
      commits.push(outcome.commit);
    }
    return {
      data,
      commit: () => {
        this.isNull = false;
        for (const name of scalars) this._loaded.set(name, data[name]);
        for (const commit of commits) commit();
      },
    };
  }

  /** Reads a loaded property, or throws PropertyNotLoaded as Office does. */
  protected _get<V>(name: string): V {
    if (!this._loaded.has(name)) {
      throw new HostError('PropertyNotLoaded', { location: `${this._className}.${name}` });
    }
    return this._loaded.get(name) as V;
  }

  /**
   * Queues a property write. As Office's proxies do, the proxy then reads back the value it was given
   * (not what Excel made of it) until a load replaces it.
   */
  protected _set(name: string, value: unknown, apply: (target: T) => void): void {
    this._ctx._checkArgument(this, value);
    this._ctx._check(this);
    this._loaded.set(name, value);
    this._ctx._enqueue({
      type: 'SetProperty',
      reads: false,
      owner: this,
      name,
      args: [value],
      run: () => {
        this._ctx._require(this._className, name);
        const target = this._resolve();
        this._ctx._guardWrite(this, name);
        apply(target);
      },
    });
  }

  /** Queues a method call; `reads` when it looks at cell contents (chart series from a range). */
  protected _call(name: string, args: readonly unknown[], apply: (target: T) => void, reads = false): void {
    for (const argument of args) this._ctx._checkArgument(this, argument);
    this._ctx._enqueue({
      type: 'Method',
      reads,
      owner: this,
      name,
      args,
      run: () => {
        this._ctx._require(this._className, lowerFirst(name));
        const target = this._resolve();
        this._ctx._guardWrite(this, lowerFirst(name));
        apply(target);
      },
    });
  }

  /** Queues a method whose result is read after sync (ClientResult). */
  protected _callForResult<V>(name: string, args: readonly unknown[], compute: (target: T) => V): ClientResult<V> {
    const result = new ClientResult<V>();
    for (const argument of args) this._ctx._checkArgument(this, argument);
    this._ctx._enqueue({
      type: 'Method',
      reads: true,
      owner: this,
      name,
      args,
      run: () => {
        this._ctx._require(this._className, lowerFirst(name));
        const value = compute(this._resolve());
        return { data: value, commit: () => result._set(value) };
      },
    });
    return result;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** A collection proxy: `items` after load; `load('name')` means the items' name, as in Office. */
export abstract class ClientCollection<T, Item extends ClientObjectBase> extends ClientObject<T> {
  private loadedItems: Item[] | null = null;

  /** The item proxies for the collection's current members (a fresh set per load, as Office makes). */
  protected abstract _members(target: T): Item[];

  get items(): Item[] {
    if (this.loadedItems === null) throw new HostError('PropertyNotLoaded', { location: `${this._className}.items` });
    return this.loadedItems;
  }

  override _loadNow(paths: readonly string[] | null): LoadOutcome {
    const own: string[] = [];
    let itemPaths: string[] | null = [];
    for (const path of paths ?? []) {
      if (path === 'items') itemPaths = null;
      else if (path.startsWith('items/')) itemPaths?.push(path.slice('items/'.length));
      else if (path in this._readers) own.push(path);
      else itemPaths?.push(path);
    }
    if (paths === null || (paths.length > 0 && itemPaths !== null && itemPaths.length === 0 && own.length === 0))
      itemPaths = null;
    const base = super._loadNow(own);
    const target = this._resolveNullable();
    if (target === null) return base;
    const items = this._members(target);
    const outcomes = items.map((item) => item._loadNow(itemPaths));
    return {
      data: { ...(base.data as object), value: outcomes.map((outcome) => outcome.data) },
      commit: () => {
        base.commit();
        for (const outcome of outcomes) outcome.commit();
        this.loadedItems = items;
      },
    };
  }
}

/** A value a method returns, readable after sync (OfficeExtension.ClientResult). */
export class ClientResult<V> {
  private loaded = false;
  private result: V | undefined;

  get value(): V {
    if (!this.loaded) throw new HostError('ValueNotLoaded', { location: 'ClientResult.value' });
    return this.result as V;
  }

  /** @internal */
  _set(value: V): void {
    this.result = value;
    this.loaded = true;
  }
}
