/** Defined names, workbook-scoped (workbook.names) and sheet-scoped (worksheet.names). */
import { formatAddress, parseArea } from '../address';
import type { BookModel, NameModel, SheetModel } from '../book';
import { ClientCollection, ClientObject, ClientObjectBase, ClientResult, HeadlessContext } from '../context';
import { HostError } from '../errors';
import { RangeProxy, type RangeTarget } from './range';

interface ScopeTarget {
  /** null: the workbook. */
  readonly scope: SheetModel | null;
}

interface NameTarget {
  readonly book: BookModel;
  readonly item: NameModel;
}

/** Excel's rules for a name: a letter, _ or \ first, then letters, digits, _ . \; not a cell reference. */
function nameProblem(name: string): string | null {
  if (typeof name !== 'string' || name.length === 0 || name.length > 255) return 'a name has 1 to 255 characters';
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return `"${name}" is not a valid name`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name))
    return `"${name}" looks like a cell reference`;
  return null;
}

function inScope(book: BookModel, scope: SheetModel | null): NameModel[] {
  return book.names.filter((item) => item.sheet === scope);
}

export class NamedItemCollectionProxy extends ClientCollection<ScopeTarget, NamedItemProxy> {
  readonly _className = 'NamedItemCollection';
  protected readonly _readers = {};

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => ScopeTarget) {
    super(context, parent, 'Names', [], resolver);
  }

  protected _members(target: ScopeTarget): NamedItemProxy[] {
    const book = this._ctx.book;
    return inScope(book, target.scope).map(
      (item) => new NamedItemProxy(this._ctx, this, 'GetItem', [item.name], () => ({ book, item })),
    );
  }

  private find(name: string): NameTarget | null {
    const book = this._ctx.book;
    const scope = this._resolve().scope;
    const item = inScope(book, scope).find((candidate) => candidate.name.toLowerCase() === String(name).toLowerCase());
    return item ? { book, item } : null;
  }

  /** reference: a Range or a formula ('=Sheet1!$A$1', '="text"'); a formula without '=' gets one. */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    let created: NameTarget | null = null;
    this._call('Add', comment === undefined ? [name, reference] : [name, reference, comment], (target) => {
      const problem = nameProblem(name);
      if (problem) throw new HostError('InvalidArgument', { detail: problem });
      if (this.find(name))
        throw new HostError('InvalidArgument', { detail: `the name ${name} already exists in this scope` });
      let formula: string;
      if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
      else {
        const range: RangeTarget = reference._resolve();
        formula = `=${formatAddress(range.sheet.name, range.rect, true)}`;
      }
      if (formula.length < 2) throw new HostError('InvalidArgument', { detail: 'a name needs a reference' });
      const item: NameModel = { name, formula, comment: comment ?? '', visible: true, sheet: target.scope };
      this._ctx.book.names.push(item);
      created = { book: this._ctx.book, item };
    });
    return new NamedItemProxy(this._ctx, this, 'Add', [name], () => created);
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this._ctx, this, 'GetItem', [name], () => this.find(name));
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this._ctx, this, 'GetItemOrNullObject', [name], () => this.find(name), true);
  }

  getCount(): ClientResult<number> {
    return this._callForResult('GetCount', [], (target) => inScope(this._ctx.book, target.scope).length);
  }
}

function nameType(formula: string): string {
  const body = formula.slice(1).trim();
  if (/^".*"$/s.test(body)) return 'String';
  if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
  if (/^-?\d+$/.test(body)) return 'Integer';
  if (/^-?\d*\.\d+(?:[eE][+-]?\d+)?$/.test(body)) return 'Double';
  if (/^#/.test(body)) return 'Error';
  return parseArea(body) ? 'Range' : 'Formula';
}

function nameValue(formula: string): unknown {
  const body = formula.slice(1).trim();
  switch (nameType(formula)) {
    case 'String':
      return body.slice(1, -1).replace(/""/g, '"');
    case 'Boolean':
      return /^TRUE$/i.test(body);
    case 'Integer':
    case 'Double':
      return Number(body);
    default:
      return body;
  }
}

function live(target: NameTarget | null): NameTarget | null {
  return target && target.book.names.includes(target.item) ? target : null;
}

export class NamedItemProxy extends ClientObject<NameTarget> {
  readonly _className = 'NamedItem';

  constructor(
    context: HeadlessContext,
    parent: ClientObjectBase,
    pathName: string,
    args: readonly unknown[],
    resolver: () => NameTarget | null,
    nullable = false,
  ) {
    super(context, parent, pathName, args, () => live(resolver()), nullable);
  }

  protected readonly _readers: Record<string, (t: NameTarget) => unknown> = {
    name: (t) => t.item.name,
    formula: (t) => t.item.formula,
    comment: (t) => t.item.comment,
    visible: (t) => t.item.visible,
    scope: (t) => (t.item.sheet ? 'Worksheet' : 'Workbook'),
    type: (t) => nameType(t.item.formula),
    value: (t) => nameValue(t.item.formula),
  };

  get name(): string {
    return this._get('name');
  }
  get type(): string {
    return this._get('type');
  }
  get value(): unknown {
    return this._get('value');
  }
  get scope(): string {
    return this._get('scope');
  }

  get formula(): string {
    return this._get('formula');
  }
  set formula(value: string) {
    this._set('formula', value, (t) => {
      if (typeof value !== 'string' || value.replace(/^=/, '') === '')
        throw new HostError('InvalidArgument', { detail: 'a name needs a formula' });
      t.item.formula = value.startsWith('=') ? value : `=${value}`;
    });
  }

  get comment(): string {
    return this._get('comment');
  }
  set comment(value: string) {
    this._set('comment', value, (t) => (t.item.comment = String(value ?? '')));
  }

  get visible(): boolean {
    return this._get('visible');
  }
  set visible(value: boolean) {
    this._set('visible', value, (t) => (t.item.visible = value === true));
  }

  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, this, 'GetRange', [], () => this.rangeOf(this._resolve(), true));
  }

  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(
      this._ctx,
      this,
      'GetRangeOrNullObject',
      [],
      () => {
        const target = this._resolveNullable();
        return target ? this.rangeOf(target, false) : null;
      },
      true,
    );
  }

  private rangeOf(t: NameTarget, strict: boolean): RangeTarget | null {
    const area = parseArea(t.item.formula.slice(1));
    const sheet = area ? (area.sheet === null ? t.item.sheet : t.book.findSheet(area.sheet)) : null;
    if (!area || !sheet) {
      if (strict)
        throw new HostError('InvalidReference', { detail: `the name ${t.item.name} does not refer to a range` });
      return null;
    }
    return { sheet, rect: area.rect };
  }

  delete(): void {
    this._call('Delete', [], (t) => t.book.names.splice(t.book.names.indexOf(t.item), 1));
  }
}
