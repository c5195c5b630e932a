/**
 * Numbers the user types into the pane, read as their locale writes them: in fi and sv a decimal
 * comma and a space (or a no-break space, as Excel and Intl write it) between thousands, in en a
 * decimal point and commas; a minus sign (−) as well as a hyphen. A typed number is never guessed:
 * where the other locale's separator could be either a decimal or a thousands mark ("1.000" in
 * Finnish), the text is refused as ambiguous instead of being read as 1 or as 1000.
 */
import { localeOf, type Language } from './language';

export type NumberProblem = 'empty' | 'invalid' | 'ambiguous';

export type ParsedNumber = { readonly value: number } | { readonly problem: NumberProblem };

interface Separators {
  readonly decimal: string;
  readonly group: string;
}

function separatorsOf(language: Language): Separators {
  const parts = new Intl.NumberFormat(localeOf(language)).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}

const spaces = /[\s\u00a0\u202f]/g;

export function parseLocaleNumber(text: string, language: Language): ParsedNumber {
  const { decimal, group } = separatorsOf(language);
  const foreign = decimal === ',' ? '.' : ',';
  let body = text.trim().replace(/^[\u2212\u2013]/, '-');
  if (body === '') return { problem: 'empty' };
  body = body.replace(spaces, '');
  // The locale's own grouping mark when it is not a space (en: '1,234'): only between digit triples.
  if (!/\s/.test(group) && group !== decimal) {
    if (body.includes(group) && !new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})*(\\${decimal}\\d*)?$`).test(body)) {
      return { problem: 'invalid' };
    }
    body = body.split(group).join('');
  }
  if (body.includes(foreign)) {
    // '3.5' in Finnish is a decimal typed the English way; '1.000' could be a thousand.
    if (body.includes(decimal) || body.split(foreign).length > 2 || /\d{3}$/.test(body.split(foreign)[1])) {
      return body
        .split(foreign)
        .slice(1)
        .every((triple) => /^\d{3}$/.test(triple))
        ? { problem: 'ambiguous' }
        : { problem: 'invalid' };
    }
    body = body.replace(foreign, '.');
  } else {
    body = body.replace(decimal, '.');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(body)) return { problem: 'invalid' };
  const value = Number(body);
  return Number.isFinite(value) ? { value } : { problem: 'invalid' };
}
