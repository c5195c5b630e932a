/**
 * A number as Excel displays it under a number format, in the separators of the user's locale:
 * the sections (positive;negative;zero), quoted and escaped literals, `_x` spaces, grouping
 * (`#,##0`), decimals (`0.0`), scaling commas (`#,##0.0,,` shows 3 712 500 as 3,7), per cent
 * (`0.0 %`), and General. What we look at on the workbench is then what a controller sees in
 * Excel, not the exact euros the cell holds. Dates and fractions are beyond what the add-in
 * writes and are shown as General.
 */
import { localeOf, type Language } from '../i18n';

interface Section {
  readonly prefix: string;
  readonly suffix: string;
  readonly grouping: boolean;
  readonly minDecimals: number;
  readonly maxDecimals: number;
  readonly minIntegers: number;
  /** Powers of 1000 the value is divided by (trailing commas). */
  readonly scale: number;
  readonly percent: boolean;
}

/** The format's sections, split at ';' outside quotes and escapes. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    if (char === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end === -1 ? format.length : end;
      current += format.slice(i, stop + 1);
      i = stop;
    } else if (char === '\\' && i + 1 < format.length) {
      current += format.slice(i, i + 2);
      i++;
    } else if (char === ';') {
      sections.push(current);
      current = '';
    } else current += char;
  }
  sections.push(current);
  return sections;
}

const placeholder = /[0#?]/;

type Token = { readonly literal: string } | { readonly char: string };

/** The section as literals (quoted, escaped, spaces, currency) and format characters. */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      const end = text.indexOf('"', i + 1);
      const stop = end === -1 ? text.length : end;
      tokens.push({ literal: text.slice(i + 1, stop) });
      i = stop;
    } else if (char === '\\') {
      tokens.push({ literal: text[i + 1] ?? '' });
      i++;
    } else if (char === '_') {
      // The width of the next character: a space keeps the figure clear of the cell's edge.
      tokens.push({ literal: ' ' });
      i++;
    } else if (char === '*') {
      i++; // a fill character: nothing to repeat in a fixed-width grid cell
    } else if (char === '[') {
      const end = text.indexOf(']', i);
      const inside = text.slice(i + 1, end === -1 ? text.length : end);
      // [$€-40B] is a currency symbol; [Red] and [>=100] are colours and conditions.
      if (inside.startsWith('$')) tokens.push({ literal: inside.slice(1).split('-')[0] });
      i = end === -1 ? text.length : end;
    } else if (/[dmyhsDMYHSE/]/.test(char)) {
      return null; // a date, a time, a fraction or scientific notation
    } else tokens.push({ char });
  }
  return tokens;
}

function parseSection(text: string): Section | null {
  const tokens = tokenize(text);
  if (!tokens) return null;
  const isNumberChar = (token: Token) => 'char' in token && /[0#?,.]/.test(token.char);
  const first = tokens.findIndex((token) => 'char' in token && placeholder.test(token.char));
  if (first === -1) return null;
  let start = first;
  while (start > 0 && isNumberChar(tokens[start - 1])) start--;
  let end = first;
  while (end < tokens.length && isNumberChar(tokens[end])) end++;
  const textOf = (part: Token[]) => part.map((token) => ('literal' in token ? token.literal : token.char)).join('');
  const numberPart = textOf(tokens.slice(start, end));
  const prefix = textOf(tokens.slice(0, start));
  const suffix = textOf(tokens.slice(end));
  const trailing = /,+$/.exec(numberPart)?.[0].length ?? 0;
  const body = numberPart.slice(0, numberPart.length - trailing);
  const [integer, decimals = ''] = body.split('.');
  return {
    prefix,
    suffix,
    grouping: integer.includes(','),
    minDecimals: (decimals.match(/0/g) ?? []).length,
    maxDecimals: (decimals.match(/[0#?]/g) ?? []).length,
    minIntegers: Math.max(1, (integer.match(/0/g) ?? []).length),
    scale: trailing,
    percent: tokens.some((token) => 'char' in token && token.char === '%'),
  };
}

export function formatNumberAs(value: number, numberFormat: string, language: Language): string {
  const locale = localeOf(language);
  const sections = splitSections(numberFormat.trim());
  if (numberFormat.trim() === '' || /^general$/i.test(sections[0])) return general(value, locale);
  let text = sections[0];
  let signed = value < 0;
  if (value < 0 && sections.length > 1 && sections[1] !== '') {
    text = sections[1];
    signed = false; // the negative section writes its own sign
  } else if (value === 0 && sections.length > 2 && sections[2] !== '') {
    text = sections[2];
  }
  const section = parseSection(text);
  if (!section) return general(value, locale);
  let shown = Math.abs(value) / 1000 ** section.scale;
  if (section.percent) shown *= 100;
  const digits = new Intl.NumberFormat(locale, {
    useGrouping: section.grouping,
    minimumFractionDigits: section.minDecimals,
    maximumFractionDigits: section.maxDecimals,
    minimumIntegerDigits: section.minIntegers,
  }).format(shown);
  // Excel writes no minus for a figure that rounds to zero under its format.
  const zero = /^[0\s.,\u00a0\u202f]*$/.test(digits);
  return `${signed && !zero ? '-' : ''}${section.prefix}${digits}${section.suffix}`;
}

/** Excel's General: up to eleven significant characters, no grouping, the locale's decimal mark. */
function general(value: number, locale: string): string {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e11 || magnitude < 1e-9)) {
    return new Intl.NumberFormat(locale, { notation: 'scientific', maximumFractionDigits: 5 }).format(value);
  }
  const integers = magnitude < 1 ? 1 : Math.floor(Math.log10(magnitude)) + 1;
  return new Intl.NumberFormat(locale, {
    useGrouping: false,
    maximumFractionDigits: Math.max(0, 10 - integers),
  })
    .format(value)
    .replace('\u2212', '-');
}
