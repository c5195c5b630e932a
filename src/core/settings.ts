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

/**
 * Net binding holds a unit to its margin (toimintakate); gross binding to both its costs as
 * the appropriation (määräraha) and its income as the revenue estimate (tuloarvio).
 */
export type BindingMode = 'net' | 'gross';

/** The items a mode binds. */
export const bindingItemsOf: Readonly<Record<BindingMode, readonly BindingItem[]>> = {
  net: ['margin'],
  gross: ['expenses', 'income'],
};

/** The binding level given on the command line (`--binding net|gross`, `--binding-units "A;B"`). */
export interface CommandLineBinding {
  readonly mode: BindingMode | null;
  /** Units by id or name; null: not given. */
  readonly units: readonly string[] | null;
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
  /** null: not set here (the command line, a binding marker column in the table, else the defaults decide). */
  readonly bindingUnits: readonly BindingUnit[] | null;
  /** Net or gross for every binding unit the settings do not give an item for; null or absent: not set. */
  readonly bindingMode?: BindingMode | null;
  /** What the command line said, beneath the settings above (absent in the pane). */
  readonly commandLineBinding?: CommandLineBinding;
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
