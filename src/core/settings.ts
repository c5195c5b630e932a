/** What the user sets, stored in the workbook so that it travels with it. */
import type { ColumnKind } from './model';
import type { Language } from '../i18n/language';
import type { TableMapping } from './mapping/types';

export interface Threshold {
  /** Fraction of the plan's absolute value: 0.02 is 2 %. */
  readonly relative: number;
  /** Euros. */
  readonly absolute: number;
}

/** An unfavourable deviation is yellow when it reaches both parts of `yellow`, red when it reaches both parts of `red`. */
export interface Thresholds {
  readonly yellow: Threshold;
  readonly red: Threshold;
}

export const defaultThresholds: Thresholds = {
  yellow: { relative: 0.02, absolute: 50_000 },
  red: { relative: 0.05, absolute: 200_000 },
};

/** The item a unit is bound to towards the council: the margin by default; expenses (appropriation) or income (revenue estimate) for gross-budgeted units. */
export type BindingItem = 'margin' | 'expenses' | 'income';

export interface BindingUnit {
  /** A unit's id or name. */
  readonly unit: string;
  readonly item: BindingItem;
}

/** Corrections the user made where recognition guessed wrong. */
export interface RecognitionOverride {
  readonly sheet: string;
  /** Column letters → the kind the column really is, or 'none' to ignore it. */
  readonly columns?: Readonly<Record<string, ColumnKind | 'none'>>;
  readonly costSign?: 'positive' | 'negative';
}

export interface Settings {
  readonly thresholds: Thresholds;
  /** null: the default binding level (the margin of each responsibility area). */
  readonly bindingUnits: readonly BindingUnit[] | null;
  /** The report's language; null: the user's display language. */
  readonly language: Language | null;
  readonly overrides: readonly RecognitionOverride[];
  /** Tables the user mapped by hand: read exactly as mapped, before any guess (absent: none). */
  readonly mappings?: readonly TableMapping[];
}

export const defaultSettings: Settings = {
  thresholds: defaultThresholds,
  bindingUnits: null,
  language: null,
  overrides: [],
};
