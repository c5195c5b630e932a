/**
 * The settings as the user is editing them: the threshold fields as typed (in the user's locale)
 * and the binding level per unit. An action that uses the settings takes them from here: a valid
 * change is saved by that action, an invalid one stops it at the field (nothing typed is lost or
 * silently ignored).
 */
import type { BindingItem, BindingUnit, Settings, Thresholds } from '../core';
import { formatNumber, parseLocaleNumber, type Language, type NumberProblem } from '../i18n';

export const thresholdFields = ['yellowPct', 'yellowEur', 'redPct', 'redEur'] as const;
export type ThresholdField = (typeof thresholdFields)[number];

export interface SettingsDraft {
  readonly thresholds: Readonly<Record<ThresholdField, string>>;
  /** Unit id → the item bound; units not listed are bound by their margin. */
  readonly binding: Readonly<Record<string, BindingItem>>;
}

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
  };
}

/** Why a threshold field cannot be used, or null. Thresholds are never negative. */
export function fieldProblem(text: string, language: Language): NumberProblem | 'negative' | null {
  const parsed = parseLocaleNumber(text, language);
  if ('problem' in parsed) return parsed.problem;
  return parsed.value < 0 ? 'negative' : null;
}

export type ResolvedDraft =
  { readonly settings: Settings; readonly changed: boolean } | { readonly invalid: ThresholdField };

/** The settings the draft gives, whether they differ from the saved ones, or the first field that is wrong. */
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
  const settings: Settings = { ...saved, thresholds, bindingUnits: bindingUnits.length > 0 ? bindingUnits : null };
  const changed =
    JSON.stringify(settings.thresholds) !== JSON.stringify(saved.thresholds) ||
    JSON.stringify(settings.bindingUnits ?? []) !== JSON.stringify(saved.bindingUnits ?? []);
  return { settings: changed ? settings : saved, changed };
}

/** 3.5 / 100 is 0.035000000000000003 in binary: the fraction the user meant, to ten decimals. */
function round(fraction: number): number {
  return Math.round(fraction * 1e10) / 1e10;
}
