/** Conditional formats: the host models custom (formula) rules with a fill and a font; others are kept, not edited. */
import type ExcelJS from 'exceljs';
import { intersects, type Rect } from '../address';
import type { ConditionalFormatModel, SheetModel } from '../book';
import { fromExcelColour, parseOfficeColour, toArgb } from '../colours';
import { ClientCollection, ClientObject, ClientObjectBase, ClientResult, HeadlessContext } from '../context';
import { HostError } from '../errors';
import { RangeAreasProxy, RangeProxy, type AreasTarget } from './range';

interface CfTarget {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatModel;
}

const officeTypes: Record<string, string> = {
  expression: 'Custom',
  cellIs: 'CellValue',
  colorScale: 'ColorScale',
  dataBar: 'DataBar',
  iconSet: 'IconSet',
  top10: 'TopBottom',
  aboveAverage: 'PresetCriteria',
  containsText: 'ContainsText',
  timePeriod: 'PresetCriteria',
};

function intersecting(target: AreasTarget): ConditionalFormatModel[] {
  return target.sheet.conditionalFormats.filter((cf) =>
    cf.areas.some((area) => target.areas.some((rect) => intersects(area, rect))),
  );
}

export class ConditionalFormatCollectionProxy extends ClientCollection<AreasTarget, ConditionalFormatProxy> {
  readonly _className = 'ConditionalFormatCollection';
  protected readonly _readers = {};

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => AreasTarget) {
    super(context, parent, 'ConditionalFormats', [], resolver);
  }

  protected _members(target: AreasTarget): ConditionalFormatProxy[] {
    return intersecting(target).map(
      (cf) => new ConditionalFormatProxy(this._ctx, this, 'GetItem', [cf.id], () => ({ sheet: target.sheet, cf })),
    );
  }

  /** Adds a rule over the range (or every area of a RangeAreas), first in priority as Excel does. */
  add(type: string): ConditionalFormatProxy {
    let created: CfTarget | null = null;
    this._call('Add', [type], (target) => {
      if (type !== 'Custom') {
        throw new HostError('InvalidArgument', {
          detail: `the headless host adds Custom conditional formats only, not ${type}`,
        });
      }
      const cf: ConditionalFormatModel = {
        id: this._ctx.book.newId(1),
        areas: target.areas.map((rect) => ({ ...rect })),
        rule: { type: 'expression', priority: 1, formulae: [], style: {} },
      };
      target.sheet.conditionalFormats.unshift(cf);
      created = { sheet: target.sheet, cf };
    });
    return new ConditionalFormatProxy(this._ctx, this, 'Add', [type], () => created);
  }

  getCount(): ClientResult<number> {
    return this._callForResult('GetCount', [], (target) => intersecting(target).length);
  }

  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, this, 'GetItem', [id], () => {
      const target = this._resolve();
      const cf = intersecting(target).find((candidate) => candidate.id === id);
      return cf ? { sheet: target.sheet, cf } : null;
    });
  }

  getItemAt(index: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, this, 'GetItemAt', [index], () => {
      const target = this._resolve();
      const cf = intersecting(target)[index];
      return cf ? { sheet: target.sheet, cf } : null;
    });
  }
}

function live(target: CfTarget | null): CfTarget | null {
  if (target === null) return null;
  if (target.sheet.deleted || !target.sheet.conditionalFormats.includes(target.cf)) return null;
  return target;
}

export class ConditionalFormatProxy extends ClientObject<CfTarget> {
  readonly _className = 'ConditionalFormat';

  constructor(
    context: HeadlessContext,
    parent: ClientObjectBase,
    pathName: string,
    args: readonly unknown[],
    resolver: () => CfTarget | null,
  ) {
    super(context, parent, pathName, args, () => live(resolver()));
  }

  protected readonly _readers: Record<string, (target: CfTarget) => unknown> = {
    id: (t) => t.cf.id,
    type: (t) => officeTypes[t.cf.rule.type] ?? 'Custom',
    priority: (t) => t.sheet.conditionalFormats.indexOf(t.cf),
    stopIfTrue: () => false,
  };

  protected override _navigation(): Record<string, ClientObjectBase> {
    return { custom: this.custom, customOrNullObject: this.customOrNullObject };
  }

  get id(): string {
    return this._get('id');
  }
  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }

  private customProxy: CustomConditionalFormatProxy | null = null;
  get custom(): CustomConditionalFormatProxy {
    this.customProxy ??= new CustomConditionalFormatProxy(this._ctx, this, () => {
      const target = this._resolve();
      if (target.cf.rule.type !== 'expression')
        throw new HostError('InvalidOperation', { detail: 'not a custom conditional format' });
      return target;
    });
    return this.customProxy;
  }

  private customOrNullProxy: CustomConditionalFormatProxy | null = null;
  /** The custom rule, or a null object when the format is of another type (ExcelApi 1.6). */
  get customOrNullObject(): CustomConditionalFormatProxy {
    this.customOrNullProxy ??= new CustomConditionalFormatProxy(
      this._ctx,
      this,
      () => {
        const target = this._resolve();
        return target.cf.rule.type === 'expression' ? target : null;
      },
      true,
    );
    return this.customOrNullProxy;
  }

  /** Office: fails when the format applies to more than one area. */
  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, this, 'GetRange', [], () => {
      const { sheet, cf } = this._resolve();
      if (cf.areas.length !== 1)
        throw new HostError('InvalidOperation', {
          detail: 'the conditional format applies to several areas; use getRanges',
        });
      return { sheet, rect: cf.areas[0] };
    });
  }

  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(
      this._ctx,
      this,
      'GetRangeOrNullObject',
      [],
      () => {
        const target = this._resolveNullable();
        if (!target || target.cf.areas.length !== 1) return null;
        return { sheet: target.sheet, rect: target.cf.areas[0] };
      },
      true,
    );
  }

  getRanges(): RangeAreasProxy {
    return new RangeAreasProxy(this._ctx, this, [], () => {
      const { sheet, cf } = this._resolve();
      return { sheet, areas: cf.areas };
    });
  }

  delete(): void {
    this._call('Delete', [], ({ sheet, cf }) => {
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
    });
  }
}

export class CustomConditionalFormatProxy extends ClientObject<CfTarget> {
  readonly _className = 'CustomConditionalFormat';
  protected readonly _readers = {};

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => CfTarget | null, nullable = false) {
    super(context, parent, nullable ? 'CustomOrNullObject' : 'Custom', [], resolver, nullable);
  }

  protected override _navigation(): Record<string, ClientObjectBase> {
    return { rule: this.rule, format: this.format };
  }

  private ruleProxy: ConditionalFormatRuleProxy | null = null;
  get rule(): ConditionalFormatRuleProxy {
    this.ruleProxy ??= new ConditionalFormatRuleProxy(this._ctx, this, () => this._resolve());
    return this.ruleProxy;
  }

  private formatProxy: ConditionalRangeFormatProxy | null = null;
  get format(): ConditionalRangeFormatProxy {
    this.formatProxy ??= new ConditionalRangeFormatProxy(this._ctx, this, () => this._resolve());
    return this.formatProxy;
  }
}

function expressionRule(target: CfTarget): ExcelJS.ExpressionRuleType {
  return target.cf.rule as ExcelJS.ExpressionRuleType;
}

export class ConditionalFormatRuleProxy extends ClientObject<CfTarget> {
  readonly _className = 'ConditionalFormatRule';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => CfTarget) {
    super(context, parent, 'Rule', [], resolver);
  }

  protected readonly _readers: Record<string, (target: CfTarget) => unknown> = {
    formula: (t) => {
      const formula = expressionRule(t).formulae?.[0];
      return typeof formula === 'string' ? `=${formula}` : '';
    },
  };

  get formula(): string {
    return this._get('formula');
  }
  set formula(value: string) {
    this._set('formula', value, (t) => {
      const text = typeof value === 'string' ? value.trim().replace(/^=/, '') : '';
      if (text === '')
        throw new HostError('InvalidArgument', { detail: 'a custom conditional format needs a formula' });
      t.cf.rule = { ...expressionRule(t), formulae: [text] };
    });
  }
}

function restyleRule(t: CfTarget, change: (style: Partial<ExcelJS.Style>) => Partial<ExcelJS.Style>): void {
  const rule = expressionRule(t);
  t.cf.rule = { ...rule, style: change({ ...rule.style }) };
}

export class ConditionalRangeFormatProxy extends ClientObject<CfTarget> {
  readonly _className = 'ConditionalRangeFormat';
  protected readonly _readers = {};

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => CfTarget) {
    super(context, parent, 'Format', [], resolver);
  }

  protected override _navigation(): Record<string, ClientObjectBase> {
    return { fill: this.fill, font: this.font };
  }

  private fillProxy: ConditionalFillProxy | null = null;
  get fill(): ConditionalFillProxy {
    this.fillProxy ??= new ConditionalFillProxy(this._ctx, this, () => this._resolve());
    return this.fillProxy;
  }

  private fontProxy: ConditionalFontProxy | null = null;
  get font(): ConditionalFontProxy {
    this.fontProxy ??= new ConditionalFontProxy(this._ctx, this, () => this._resolve());
    return this.fontProxy;
  }
}

export class ConditionalFillProxy extends ClientObject<CfTarget> {
  readonly _className = 'ConditionalRangeFill';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => CfTarget) {
    super(context, parent, 'Fill', [], resolver);
  }

  protected readonly _readers: Record<string, (target: CfTarget) => unknown> = {
    color: (t) => {
      const fill = expressionRule(t).style?.fill;
      return fill && fill.type === 'pattern' ? (fromExcelColour(fill.bgColor) ?? fromExcelColour(fill.fgColor)) : null;
    },
  };

  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (t) => {
      const hex = parseOfficeColour(value);
      if (!hex) throw new HostError('InvalidArgument', { detail: `fill colour ${String(value)}` });
      // A differential (dxf) solid fill shows its bgColor in Excel; fgColor too for other readers.
      const colour = { argb: toArgb(hex) };
      restyleRule(t, (style) => ({
        ...style,
        fill: { type: 'pattern', pattern: 'solid', fgColor: colour, bgColor: colour },
      }));
    });
  }

  clear(): void {
    this._call('Clear', [], (t) => restyleRule(t, ({ fill: _removed, ...rest }) => rest));
  }
}

export class ConditionalFontProxy extends ClientObject<CfTarget> {
  readonly _className = 'ConditionalRangeFont';

  constructor(context: HeadlessContext, parent: ClientObjectBase, resolver: () => CfTarget) {
    super(context, parent, 'Font', [], resolver);
  }

  protected readonly _readers: Record<string, (target: CfTarget) => unknown> = {
    color: (t) => fromExcelColour(expressionRule(t).style?.font?.color),
    bold: (t) => expressionRule(t).style?.font?.bold === true,
    italic: (t) => expressionRule(t).style?.font?.italic === true,
  };

  get color(): string {
    return this._get('color');
  }
  set color(value: string) {
    this._set('color', value, (t) => {
      const hex = parseOfficeColour(value);
      if (!hex) throw new HostError('InvalidArgument', { detail: `font colour ${String(value)}` });
      restyleRule(t, (style) => ({ ...style, font: { ...style.font, color: { argb: toArgb(hex) } } }));
    });
  }

  get bold(): boolean {
    return this._get('bold');
  }
  set bold(value: boolean) {
    this._set('bold', value, (t) =>
      restyleRule(t, (style) => ({ ...style, font: { ...style.font, bold: value === true } })),
    );
  }

  get italic(): boolean {
    return this._get('italic');
  }
  set italic(value: boolean) {
    this._set('italic', value, (t) =>
      restyleRule(t, (style) => ({ ...style, font: { ...style.font, italic: value === true } })),
    );
  }
}

export type { Rect };
