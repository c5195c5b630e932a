/**
 * Figure-column labels in Finnish, Swedish and English, with or without a year, a period
 * mark ('TOT 1-12 2024') or a scale ('TA 2024, 1000 €'). Case, spacing and line breaks do
 * not matter; 'LTA:t' is 'LTA', 'TA + LTA:t' is 'TA+LTA'.
 */
import type { ColumnKind, Scale } from '../model';
import { scaleIn } from './scale';
import { memoize, normalizeText } from './text';

export interface ColumnLabel {
  readonly kind: ColumnKind;
  readonly year: number | null;
  readonly months: { readonly from: number; readonly to: number } | null;
  /** A scale written inside the label, e.g. 'TA 2024, 1000 €'. */
  readonly scale: Scale | null;
}

const aliases: Readonly<Record<ColumnKind, readonly string[]>> = {
  priorYear: [
    'tp',
    'tilinpäätös',
    'tilinpäätös edellinen vuosi',
    'bokslut',
    'bs',
    'prior year',
    'actual prior year',
    'prior year actual',
    'prior-year actual',
    'accounts',
    'financial statements',
    'closed accounts',
  ],
  budget: [
    'ta',
    'talousarvio',
    'alkuperäinen ta',
    'alkuperäinen talousarvio',
    'budjetti',
    'budget',
    'original budget',
    'alkup ta',
    'alkuperäinen',
    'alkuperäinen budjetti',
    'tilinp ta',
    'budj',
    'ursprunglig',
    'ta alkuperäinen',
    'ursprunglig budget',
  ],
  supplementary: [
    'lta',
    'ltat',
    'lisätalousarvio',
    'lisätalousarviot',
    'tilläggsbudget',
    'tilläggsbudgetar',
    'tilläggsbudgeten',
    'supplementary budget',
    'supplementary budgets',
    'supplementary',
    'ta muutokset',
    'ta n muutokset',
    'ta-muut',
    'ta-muutos',
    'ta-muutokset',
    'ta muutos',
    'talousarviomuutokset',
    'talousarviomuutos',
    'talousarvion muutokset',
    'bu-muutos',
    'budjettimuutos',
    'budjettimuutokset',
    'muutos',
    'muutokset',
    'budgetändringar',
    'budgetändring',
    'ändringar',
    'budget changes',
    'budget amendments',
    'changes',
  ],
  currentBudget: [
    'ta+lta',
    'ta muutoksineen',
    'talousarvio muutoksineen',
    'budjetti muutoksineen',
    'muutettu budjetti',
    'muutettu ta',
    'muutettu talousarvio',
    'gällande budget',
    'current budget',
    'budget in force',
    'revised budget',
    'ta muutosten jälkeen',
    'talousarvio muutosten jälkeen',
    'budjetti muutosten jälkeen',
    'muutosten jälkeen',
    'budjetti+muutos',
    'ta+muut',
    'ta+muutokset',
    'ta+muutos',
    'ta yhteensä',
    'talousarvio yhteensä',
    'budget efter ändringar',
    'budget after changes',
    'amended budget',
    'budget after amendments',
  ],
  operatingPlan: [
    'ks',
    'käyttösuunnitelma',
    'dispositionsplan',
    'ursprunglig dispositionsplan',
    'operating plan',
    'käyttösuun',
    'käyttösuunn',
    'original operating plan',
  ],
  currentPlan: [
    'ks+lta',
    'ks muutoksineen',
    'muutettu ks',
    'muutettu käyttösuunnitelma',
    'käyttösuunnitelma muutoksineen',
    'gällande dispositionsplan',
    'current operating plan',
    'operating plan in force',
    'revised operating plan',
    'uusi ks',
    'ks+muutos',
    'ks+muutokset',
    'ks muutosten jälkeen',
    'käyttösuunnitelma muutosten jälkeen',
  ],
  actual: [
    'tot',
    'toteuma',
    'toteutuma',
    'toteutunut',
    'kirjanpito',
    'tilinpäätös toteutuma',
    'utfall',
    'actual',
    'actuals',
  ],
  forecast: [
    'enn',
    'ennuste',
    'ennuste vuoden lopulle',
    'toteumaennuste',
    'toteutumaennuste',
    'vuosiennuste',
    'prognos',
    'helårsprognos',
    'forecast',
    'full-year forecast',
    'year-end forecast',
  ],
  variance: ['poikkeama', 'erotus', 'ero', 'avvikelse', 'skillnad', 'variance', 'deviation', 'difference'],
  actualPct: [],
};

const kindOfAlias = new Map<string, ColumnKind>();
for (const kind of Object.keys(aliases) as ColumnKind[]) {
  for (const alias of aliases[kind]) kindOfAlias.set(alias, kind);
}

const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
/** A date such as '31.12.' or '30.6.2024' in 'Ennuste 31.12.': no part of the column's name. */
const date = /(?<!\d)\d{1,2}\.\d{1,2}\.(?:(?:19|20)?\d{2}(?!\d))?/g;
const monthOfYear = /(?<![\da-zåäö\-–.])(1[0-2]|0?[1-9])\s*\/\s*((?:19|20)\d{2})(?!\d)/;
const months = /(?<!\d)(1[0-2]|0?[1-9])\s*[-–]\s*(1[0-2]|0?[1-9])(?!\d)/;
/** 'TOT Q2 2024': the months up to the end of that quarter. */
const quarter = /(?<![a-zåäö\d])q([1-4])(?![a-zåäö\d])/;
const pluralT = /:t(?![a-zåäö])/g;
const plusSpacing = /\s*\+\s*/g;
const percent = /\s*-?\s*%/;
const punctuation = /[,;:/()[\]{}"'.]+/g;
const trailingDash = /\s*[-–]\s*$|^\s*[-–]\s*/g;
const spaces = / {2,}/g;
/** 'Käyttö-%', 'Toteutumis-%', 'Utfall %': the actual as a percentage of the budget. */
const usePercent: ReadonlySet<string> = new Set([
  'käyttö',
  'käyttöaste',
  'toteutumis',
  'toteutumisaste',
  'toteuma',
  'tot',
  'utfall',
  'förbrukning',
  'use',
  'usage',
  'utilisation',
  'utilization',
]);
/** Variance labels often spell out their formula: 'Poikkeama (ENN − KS+LTA:t)'. */
const varianceStem = /^(poikkeama|erotus|avvikelse|variance|deviation)(?![a-zåäö])/;

function classify(text: string): ColumnLabel | null {
  if (text.length > 80) return null;
  const scaleMatch = scaleIn(text);
  let rest = scaleMatch
    ? text.slice(0, scaleMatch.index) + ' ' + text.slice(scaleMatch.index + scaleMatch.length)
    : text;
  rest = normalizeText(rest);
  const dates: string[] = rest.match(date) ?? [];
  const dateYear = /(?:19|20)\d{2}$/.exec(dates[dates.length - 1] ?? '');
  // 'TOT 1.1.–30.6.2024' covers the months from the first date's to the last date's.
  const dateMonths = dates.length >= 2 ? { from: monthOf(dates[0]), to: monthOf(dates[dates.length - 1]) } : null;
  rest = rest.replace(date, ' ');

  // 'Tot. 02/2025': the months of the year up to that one.
  const monthOfYearMatch = monthOfYear.exec(rest);
  if (monthOfYearMatch)
    rest =
      rest.slice(0, monthOfYearMatch.index) + ' ' + rest.slice(monthOfYearMatch.index + monthOfYearMatch[0].length);
  const yearMatch = monthOfYearMatch ? null : year.exec(rest);
  if (yearMatch) rest = rest.slice(0, yearMatch.index) + ' ' + rest.slice(yearMatch.index + yearMatch[0].length);
  const monthsMatch = monthOfYearMatch ? null : months.exec(rest);
  if (monthsMatch)
    rest = rest.slice(0, monthsMatch.index) + ' ' + rest.slice(monthsMatch.index + monthsMatch[0].length);
  const quarterMatch = monthsMatch || monthOfYearMatch ? null : quarter.exec(rest);
  if (quarterMatch)
    rest = rest.slice(0, quarterMatch.index) + ' ' + rest.slice(quarterMatch.index + quarterMatch[0].length);

  rest = rest.replace(pluralT, '').replace(plusSpacing, '+');
  const isPercent = percent.test(rest);
  if (isPercent) rest = rest.replace(percent, ' ');
  rest = rest.replace(punctuation, ' ').replace(trailingDash, '').replace(spaces, ' ').trim();

  let kind: ColumnKind | null = kindOfAlias.get(rest) ?? null;
  if (kind === null && varianceStem.test(rest)) kind = 'variance';
  if (kind === null && isPercent && usePercent.has(rest)) kind = 'actual';
  if (kind === null) return null;
  if (isPercent) {
    // Toteuma-% is a column of its own; a variance or budget percentage is no figure we check.
    if (kind !== 'actual') return null;
    kind = 'actualPct';
  }
  const from = monthsMatch ? Number(monthsMatch[1]) : 1;
  const to = monthsMatch
    ? Number(monthsMatch[2])
    : monthOfYearMatch
      ? Number(monthOfYearMatch[1])
      : quarterMatch
        ? Number(quarterMatch[1]) * 3
        : 0;
  return {
    kind,
    year: monthOfYearMatch
      ? Number(monthOfYearMatch[2])
      : yearMatch
        ? Number(yearMatch[1])
        : dateYear
          ? Number(dateYear[0])
          : null,
    months:
      (monthsMatch || quarterMatch || monthOfYearMatch) && from <= to
        ? { from, to }
        : dateMonths && dateMonths.from <= dateMonths.to
          ? dateMonths
          : null,
    scale: scaleMatch ? scaleMatch.scale : null,
  };
}

function monthOf(date: string): number {
  return Number(date.split('.')[1]);
}

/** The figure column a header label names, or null when it names none. */
export const columnLabelOf: (text: string) => ColumnLabel | null = memoize(classify);

/**
 * A binding marker column's label (Sitovuus, Sitovuustaso, Bindning, Bindningsnivå, Binding,
 * Binding level): no figure column, but it says which units bind net or gross.
 */
export function bindingMarkerLabel(text: string): boolean {
  return bindingMarkerLabels.has(normalizeText(text).replace(/[.:]$/, '').trim());
}

const bindingMarkerLabels: ReadonlySet<string> = new Set([
  'sitovuus',
  'sitovuustaso',
  'sitova taso',
  'bindning',
  'bindningsnivå',
  'binding',
  'binding level',
]);
