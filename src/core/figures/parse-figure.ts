/**
 * Figures typed as text, read the way a Finnish user means them.
 *
 * Accepted forms (spaces may be ordinary, no-break U+00A0, narrow no-break U+202F, thin
 * U+2009 or figure U+2007 spaces):
 * - `1 234,5`: space-grouped thousands, decimal comma;
 * - `-1 234`, `−1 234` (U+2212), `–1 234` (en dash), `+1 234`, `(1 234)`, `1 234,50-`
 *   (a trailing minus, as accounting exports write it): signs;
 * - `1.234.567`, `1.234,5`: dots as thousands separators, when every group after a dot has
 *   three digits (a single dot counts as thousands only in `1.234`-like text whose leading
 *   group is 1–3 digits without a leading zero; `12.5`, `0.250` and `1234.567` keep the dot as
 *   decimal point, as machine exports write it);
 * - `1,234,567` and `1,234,567.5`: commas as thousands separators only when there are several
 *   three-digit comma groups, or a dot follows them; a single comma is always the decimal
 *   comma (`1,234` is 1.234, as a Finnish reader reads it);
 * - `12 %`: a percentage (isPercent true; value 12, as written);
 * - `1 234 €`, `€ 1 234`, `1 234 EUR`, `1 234 euroa`: a euro sign or word around the number.
 * A lone dash (`-`, `–`, `—`, `−`) means "no value": see isNoValueText.
 */

export interface ParsedFigure {
  readonly value: number;
  readonly isPercent: boolean;
}

const spaces = /[\s\u00a0\u2007\u2009\u202f]+/g;
const noValue = /^[\s\u00a0\u2007\u2009\u202f]*[-–—−]+[\s\u00a0\u2007\u2009\u202f]*$/;
const currencyPrefix = /^(?:€|eur(?:oa?)?(?![a-z]))\s*/i;
const currencySuffix = /\s*(?:€|eur(?:oa?|os)?)$/i;
const percentSuffix = /\s*%$/;
const minusSigns = '-−–—';
const body = /^[\d][\d .,]*$|^[.,]\d+$/;
const groupOfThree = /^\d{3}$/;
const leadingGroup = /^\d{1,3}$/;
const digitsOnly = /^\d+$/;
/** The common form, read without the general path: '-1 234,5', '1234', '1\u00a0234'. */
const plainFinnish = /^([-−–]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?$/;
const groupSpaces = /[ \u00a0\u202f]/g;

/** True when the text is a dash standing for "no value" (treat the cell as empty, not as an error). */
export function isNoValueText(text: string): boolean {
  return noValue.test(text);
}

/** The number the text stands for, or null when it is no number (or is a lone dash: see isNoValueText). */
export function parseFigureText(text: string): ParsedFigure | null {
  const plain = plainFinnish.exec(text);
  if (plain) {
    const whole = plain[2].length > 3 && !digitsOnly.test(plain[2]) ? plain[2].replace(groupSpaces, '') : plain[2];
    const magnitude = Number(plain[3] === undefined ? whole : `${whole}.${plain[3]}`);
    return { value: plain[1] !== '' && magnitude !== 0 ? -magnitude : magnitude, isPercent: false };
  }
  let s = text.replace(spaces, ' ').trim();
  if (s === '' || s.length > 40 || noValue.test(s)) return null;

  let negative = false;
  let isPercent = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(currencyPrefix, '');
  if (percentSuffix.test(s)) {
    isPercent = true;
    s = s.replace(percentSuffix, '');
  } else {
    s = s.replace(currencySuffix, '');
  }
  const first = s.charAt(0);
  if (minusSigns.includes(first) || first === '+') {
    if (first !== '+') negative = !negative;
    s = s.slice(1).trimStart();
    s = s.replace(currencyPrefix, '');
  } else if (s.length > 1 && minusSigns.includes(s.charAt(s.length - 1))) {
    // Accounting systems (SAP and the like) export negatives with a trailing minus: '1 234,50-'.
    negative = !negative;
    s = s.slice(0, -1).trimEnd().replace(currencySuffix, '');
  }
  if (!body.test(s)) return null;

  const magnitude = readMagnitude(s);
  if (magnitude === null) return null;
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { value, isPercent };
}

/** Digits with spaces, dots and commas as Finnish (or English) users write them; null when the grouping makes no sense. */
function readMagnitude(s: string): number | null {
  const commas = count(s, ',');
  const dots = count(s, '.');
  let decimal: ',' | '.' | null = null;
  let group: ',' | '.' | null = null;

  if (commas > 0 && dots > 0) {
    decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    group = decimal === ',' ? '.' : ',';
    if (count(s, decimal) > 1) return null;
  } else if (commas > 0) {
    if (commas === 1) decimal = ',';
    else group = ',';
  } else if (dots > 0) {
    if (dots > 1) group = '.';
    else {
      const [whole, fraction] = s.split('.');
      const wholeDigits = whole.replace(/ /g, '');
      const looksGrouped =
        groupOfThree.test(fraction) &&
        leadingGroup.test(wholeDigits) &&
        !wholeDigits.startsWith('0') &&
        whole === wholeDigits;
      if (looksGrouped) group = '.';
      else decimal = '.';
    }
  }

  let whole = s;
  let fraction = '';
  if (decimal !== null) {
    const at = s.lastIndexOf(decimal);
    whole = s.slice(0, at).trim();
    fraction = s.slice(at + 1).trim();
    if (!digitsOnly.test(fraction)) return null;
  }

  let wholeDigits = '';
  if (whole !== '') {
    const groups = group === null ? whole.split(' ') : whole.split(group === '.' ? /[ .]/ : /[ ,]/);
    if (groups.length === 1) {
      if (!digitsOnly.test(groups[0])) return null;
    } else {
      if (!leadingGroup.test(groups[0])) return null;
      for (let i = 1; i < groups.length; i++) if (!groupOfThree.test(groups[i])) return null;
    }
    wholeDigits = groups.join('');
  }
  if (wholeDigits === '' && fraction === '') return null;
  return Number(`${wholeDigits || '0'}.${fraction || '0'}`);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
