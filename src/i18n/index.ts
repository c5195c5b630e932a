/**
 * Every text a user sees, in Finnish, Swedish and English. Components, rules and commands
 * hold message keys, never text. Each area keeps its own catalogue under catalogs/.
 */
import * as findings from './catalogs/findings';
import * as report from './catalogs/report';
import * as ui from './catalogs/ui';
import * as cli from './catalogs/cli';
import * as mapping from './catalogs/mapping';
import type { Language } from './language';

import { localeOf } from './language';

export { languages, isLanguage, languageOfLocale, localeOf } from './language';
export { parseLocaleNumber, type NumberProblem, type ParsedNumber } from './numbers';
export type { Language } from './language';

const fi = { ...findings.fi, ...report.fi, ...ui.fi, ...cli.fi, ...mapping.fi };
export type MessageKey = keyof typeof fi;

const catalogues: Record<Language, Record<MessageKey, string>> = {
  fi,
  sv: { ...findings.sv, ...report.sv, ...ui.sv, ...cli.sv, ...mapping.sv },
  en: { ...findings.en, ...report.en, ...ui.en, ...cli.en, ...mapping.en },
};

export type MessageData = Readonly<Record<string, string | number>>;

export function isMessageKey(key: string): key is MessageKey {
  return key in fi;
}

/** The message in the language, its {placeholders} filled from data (numbers formatted for the language). */
export function t(language: Language, key: MessageKey, data: MessageData = {}): string {
  return fill(catalogues[language][key], language, data);
}

/** For keys computed at run time (a finding's messageId): an unknown key is a programming error. */
export function tDynamic(language: Language, key: string, data: MessageData = {}): string {
  if (!isMessageKey(key)) throw new UnknownMessageKeyError(key);
  return t(language, key, data);
}

export class UnknownMessageKeyError extends Error {
  constructor(readonly key: string) {
    super(`No message with the key '${key}' in the catalogues`);
    this.name = 'UnknownMessageKeyError';
  }
}

function fill(template: string, language: Language, data: MessageData): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(language, value) : value;
  });
}

/** Formatters by language and digits, made once: building an Intl.NumberFormat costs far more than using one. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number formatter of the language with `minimum` to `maximum` decimals. */
export function numberFormatOf(language: Language, minimum: number, maximum: number): Intl.NumberFormat {
  const key = `${language}|${minimum}|${maximum}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), {
      minimumFractionDigits: minimum,
      maximumFractionDigits: maximum,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** 1 234 567,5 in fi and sv, 1,234,567.5 in en; at most `decimals` decimals. */
export function formatNumber(language: Language, value: number, decimals = 2): string {
  return numberFormatOf(language, 0, decimals).format(value);
}

/** Euros with a fixed number of decimals and the unit, e.g. '1 234 567 €'. */
export function formatEuros(language: Language, euros: number, decimals = 0): string {
  return `${numberFormatOf(language, decimals, decimals).format(euros)} €`;
}
