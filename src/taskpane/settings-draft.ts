/**
 * The settings as the user is editing them: the threshold fields as typed (in the user's locale),
 * the binding level per unit, and the corrections of how each table was recognised. An action that
 * uses the settings takes them from here: a valid change is saved by that action, an invalid one
 * stops it at the field (nothing typed or picked is lost or silently ignored).
 */
import {
  columnIndex,
  columnLetters,
  type BindingItem,
  type BindingUnit,
  type BudgetTable,
  type ColumnKind,
  type CostSign,
  type RecognitionOverride,
  type Settings,
  type Thresholds,
} from '../core';
import { formatNumber, parseLocaleNumber, type Language, type NumberProblem } from '../i18n';

export const thresholdFields = ['yellowPct', 'yellowEur', 'redPct', 'redEur'] as const;
export type ThresholdField = (typeof thresholdFields)[number];

export interface SettingsDraft {
  readonly thresholds: Readonly<Record<ThresholdField, string>>;
  /** Unit id → the item bound; units not listed are bound by their margin. */
  readonly binding: Readonly<Record<string, BindingItem>>;
  /** The recognition corrections as picked, one per sheet (the saved overrides to start with). */
  readonly corrections: readonly RecognitionOverride[];
}

/**
 * The parts of the settings a draft edits, each confirmed where its fields are: the thresholds and
 * the binding level in the Deviations section, the recognition corrections in the Check section.
 */
export type DraftPart = 'levels' | 'corrections';

/** The saved settings as the fields show them: 2 and 50 000 in fi, 2 and 50,000 in en. */
export function draftOf(settings: Settings, language: Language): SettingsDraft {
  const pct = (fraction: number) => formatNumber(language, fraction * 100);
  const eur = (euros: number) => formatNumber(language, euros);
  return {
    thresholds: {
      yellowPct: pct(settings.thresholds.yellow.relative),
      yellowEur: eur(settings.thresholds.yellow.absolute),
      redPct: pct(settings.thresholds.red.relative),
      redEur: eur(settings.thresholds.red.absolute),
    },
    binding: Object.fromEntries((settings.bindingUnits ?? []).map((b) => [b.unit, b.item])),
    corrections: settings.overrides,
  };
}

/** One correction of a table as picked in its card: a column's kind, or how the table writes its costs. */
export type CorrectionPick =
  { readonly column: string; readonly kind: ColumnKind | 'none' | 'recognised' } | { readonly costSign: CostSign };

/**
 * The columns a table card lists though the table does not: those a saved or picked correction
 * leaves out ('none'), left to right, so that leaving one out can be taken back where it was done.
 */
export function droppedColumns(draft: SettingsDraft, saved: Settings, table: BudgetTable): string[] {
  const shown = new Set(table.columns.map((column) => columnLetters(column.column)));
  const dropped = new Set<string>();
  for (const override of [...saved.overrides, ...draft.corrections]) {
    if (override.sheet !== table.sheet) continue;
    for (const [letters, kind] of Object.entries(override.columns ?? {}))
      if (kind === 'none' && !shown.has(letters)) dropped.add(letters);
  }
  return [...dropped].sort((a, b) => columnIndex(a) - columnIndex(b));
}

/**
 * The draft with one correction picked for a table. Picking what the table shows (as recognised,
 * saved corrections included) takes back the edit of that field: no change is made up.
 */
export function withCorrection(
  draft: SettingsDraft,
  saved: Settings,
  table: BudgetTable,
  pick: CorrectionPick,
): SettingsDraft {
  const savedOverride = saved.overrides.find((o) => o.sheet === table.sheet);
  const current = draft.corrections.find((o) => o.sheet === table.sheet);
  const columns: Record<string, ColumnKind | 'none'> = { ...current?.columns };
  let costSign = current?.costSign;
  if ('column' in pick) {
    // A column the saved corrections leave out shows as 'none'.
    const shown =
      table.columns.find((c) => columnLetters(c.column) === pick.column)?.kind ??
      (savedOverride?.columns?.[pick.column] === 'none' ? 'none' : undefined);
    const kind =
      pick.kind === 'recognised' ? undefined : pick.kind === shown ? savedOverride?.columns?.[pick.column] : pick.kind;
    if (kind === undefined) delete columns[pick.column];
    else columns[pick.column] = kind;
  } else {
    const sign = pick.costSign === table.costSign ? savedOverride?.costSign : pick.costSign;
    costSign = sign === 'positive' || sign === 'negative' ? sign : undefined;
  }
  const next: RecognitionOverride = { sheet: table.sheet, columns, ...(costSign ? { costSign } : {}) };
  const corrections = current ? draft.corrections.map((o) => (o === current ? next : o)) : [...draft.corrections, next];
  return { ...draft, corrections };
}

/** The overrides the draft's corrections give: those that correct something, each with only what it corrects. */
export function correctionsOf(draft: SettingsDraft): RecognitionOverride[] {
  return draft.corrections.flatMap((override) => {
    const columns = override.columns && Object.keys(override.columns).length > 0 ? override.columns : undefined;
    if (!columns && !override.costSign) return [];
    return [
      {
        sheet: override.sheet,
        ...(columns ? { columns } : {}),
        ...(override.costSign ? { costSign: override.costSign } : {}),
      },
    ];
  });
}

/** The overrides in one order (by sheet, columns by letters), so that comparing them compares what they say. */
function canonical(overrides: readonly RecognitionOverride[]): string {
  const sorted = [...overrides]
    .sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0))
    .map((o) => [o.sheet, Object.entries(o.columns ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)), o.costSign ?? null]);
  return JSON.stringify(sorted);
}

/** Why a threshold field cannot be used, or null. Thresholds are never negative. */
export function fieldProblem(text: string, language: Language): NumberProblem | 'negative' | null {
  const parsed = parseLocaleNumber(text, language);
  if ('problem' in parsed) return parsed.problem;
  return parsed.value < 0 ? 'negative' : null;
}

export type ResolvedDraft =
  { readonly settings: Settings; readonly changed: readonly DraftPart[] } | { readonly invalid: ThresholdField };

/** The settings the draft gives, which parts differ from the saved ones, or the first field that is wrong. */
export function resolveDraft(draft: SettingsDraft, saved: Settings, language: Language): ResolvedDraft {
  const values = {} as Record<ThresholdField, number>;
  for (const field of thresholdFields) {
    const parsed = parseLocaleNumber(draft.thresholds[field], language);
    if ('problem' in parsed || parsed.value < 0) return { invalid: field };
    values[field] = parsed.value;
  }
  const thresholds: Thresholds = {
    yellow: { relative: round(values.yellowPct / 100), absolute: values.yellowEur },
    red: { relative: round(values.redPct / 100), absolute: values.redEur },
  };
  const bindingUnits: BindingUnit[] = Object.entries(draft.binding)
    .filter(([, item]) => item !== 'margin')
    .map(([unit, item]) => ({ unit, item }));
  const levelsChanged =
    JSON.stringify(thresholds) !== JSON.stringify(saved.thresholds) ||
    JSON.stringify(bindingUnits) !== JSON.stringify(saved.bindingUnits ?? []);
  const overrides = correctionsOf(draft);
  const correctionsChanged = canonical(overrides) !== canonical(saved.overrides);
  const changed: DraftPart[] = [
    ...(levelsChanged ? ['levels' as const] : []),
    ...(correctionsChanged ? ['corrections' as const] : []),
  ];
  if (changed.length === 0) return { settings: saved, changed };
  const settings: Settings = {
    ...saved,
    ...(levelsChanged ? { thresholds, bindingUnits: bindingUnits.length > 0 ? bindingUnits : null } : {}),
    ...(correctionsChanged ? { overrides } : {}),
  };
  return { settings, changed };
}

/**
 * The draft in another language: threshold fields the user has not changed are shown in the new
 * language's notation; edited ones stay as typed, and the binding level and the corrections as picked.
 */
export function draftInLanguage(draft: SettingsDraft, saved: Settings, from: Language, to: Language): SettingsDraft {
  const resolved = resolveDraft(draft, saved, from);
  if ('invalid' in resolved || resolved.changed.includes('levels')) return draft;
  return { ...draft, thresholds: draftOf(saved, to).thresholds };
}

/** 3.5 / 100 is 0.035000000000000003 in binary: the fraction the user meant, to ten decimals. */
function round(fraction: number): number {
  return Math.round(fraction * 1e10) / 1e10;
}
