/** The display scale of a table, from a title or a header label: '€', '1000 €', 't€', 'milj. €', … */
import type { Scale } from '../model';

const letter = 'a-zåäöéü';
const before = `(?<![${letter}\\d])`;
const after = `(?![${letter}])`;

// Each pattern is tried on the original text (case-insensitive; \s covers no-break spaces and
// line breaks), millions before thousands before plain euros, so that 'milj. €' is not '€'.
const millions = new RegExp(
  [
    `${before}milj\\.?\\s*(?:€|euroa|eur${after}|euro${after})`,
    `${before}miljoonaa\\s+euroa${after}`,
    `${before}miljoner\\s+euro${after}`,
    `${before}(?:mn|mio|mil)\\.?\\s*(?:€|eur${after}|euro${after})`,
    `${before}m€`,
    `${before}meur${after}`,
    `(?:€|eur|euros?)\\s*(?:million|millions|mn|m)${after}`,
    `${before}millions?\\s+(?:of\\s+)?(?:€|euros?${after}|eur${after})`,
  ].join('|'),
  'i',
);
const thousands = new RegExp(
  [
    `${before}1\\s?000\\s*(?:€|euroa${after}|eur${after}|euro${after})`,
    `(?:€|${before}eur)\\s*1\\s?000(?!\\d)`,
    `${before}t\\s?€`,
    `${before}(?:teur|keur|t\\.\\s?eur)${after}`,
    `${before}k€`,
    `${before}tuhatta\\s+euroa${after}`,
    `${before}tuhansina\\s+euroina${after}`,
    `${before}tusen\\s+euro${after}`,
    `(?:€|eur|euros?)\\s*(?:thousands?|'?000|k)${after}`,
    `${before}thousands?\\s+(?:of\\s+)?(?:€|euros?${after}|eur${after})`,
  ].join('|'),
  'i',
);
const euros = new RegExp(`€|${before}(?:euroa|euroina|euros?|eur)${after}`, 'i');

export interface ScaleMatch {
  readonly scale: Scale;
  /** Where the scale was written in the text, so a header label can be read without it. */
  readonly index: number;
  readonly length: number;
}

/** The scale written in a text, or null. */
export function scaleIn(text: string): ScaleMatch | null {
  if (!text.includes('€') && !/[em]/i.test(text)) return null;
  for (const [pattern, factor] of [
    [millions, 1_000_000],
    [thousands, 1000],
    [euros, 1],
  ] as const) {
    const match = pattern.exec(text);
    if (match) {
      return { scale: { factor, label: match[0].trim() }, index: match.index, length: match[0].length };
    }
  }
  return null;
}

export const defaultScale: Scale = { factor: 1, label: '€' };
