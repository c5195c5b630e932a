/** Workbook settings (the add-in's key → JSON value store), kept where Office keeps them (see ooxml). */
import type { BookModel } from '../book';
import { ClientCollection, ClientObject, ClientObjectBase, ClientResult, HeadlessContext } from '../context';
import { HostError } from '../errors';

interface SettingTarget {
  readonly book: BookModel;
  readonly key: string;
}

function live(target: SettingTarget | null): SettingTarget | null {
  return target && target.book.settings.has(target.key) ? target : null;
}

function serialize(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new HostError('InvalidArgument', { detail: 'a setting value must be JSON' });
  return text;
}

export class SettingCollectionProxy extends ClientCollection<BookModel, SettingProxy> {
  readonly _className = 'SettingCollection';
  protected readonly _readers = {};

  constructor(context: HeadlessContext, parent: ClientObjectBase) {
    super(context, parent, 'Settings', [], () => context.book);
  }

  protected _members(book: BookModel): SettingProxy[] {
    return [...book.settings.keys()].map(
      (key) => new SettingProxy(this._ctx, this, 'GetItem', [key], () => ({ book, key })),
    );
  }

  add(key: string, value: unknown): SettingProxy {
    this._call('Add', [key, value], (book) => {
      if (typeof key !== 'string' || key === '')
        throw new HostError('InvalidArgument', { detail: 'a setting needs a key' });
      book.settings.set(key, serialize(value));
    });
    return new SettingProxy(this._ctx, this, 'Add', [key], () => ({ book: this._ctx.book, key }));
  }

  getItem(key: string): SettingProxy {
    return new SettingProxy(this._ctx, this, 'GetItem', [key], () => ({ book: this._resolve(), key }));
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(
      this._ctx,
      this,
      'GetItemOrNullObject',
      [key],
      () => ({ book: this._resolve(), key }),
      true,
    );
  }

  getCount(): ClientResult<number> {
    return this._callForResult('GetCount', [], (book) => book.settings.size);
  }
}

export class SettingProxy extends ClientObject<SettingTarget> {
  readonly _className = 'Setting';

  constructor(
    context: HeadlessContext,
    parent: ClientObjectBase,
    pathName: string,
    args: readonly unknown[],
    resolver: () => SettingTarget | null,
    nullable = false,
  ) {
    super(context, parent, pathName, args, () => live(resolver()), nullable);
  }

  protected readonly _readers: Record<string, (t: SettingTarget) => unknown> = {
    key: (t) => t.key,
    value: (t) => JSON.parse(t.book.settings.get(t.key) ?? 'null'),
  };

  get key(): string {
    return this._get('key');
  }

  get value(): unknown {
    return this._get('value');
  }
  set value(value: unknown) {
    this._set('value', value, (t) => t.book.settings.set(t.key, serialize(value)));
  }

  delete(): void {
    this._call('Delete', [], (t) => t.book.settings.delete(t.key));
  }
}
