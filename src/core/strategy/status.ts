/**
 * The status of a strategic measure, in every form users write it.
 *
 * - The seed's labels: 'Tavoitteet toteutuivat', 'Tavoitteet toteutuivat osittain' (also as
 *   the seed misspells it, 'Tavoitteiden toteutuivat osittain'), 'Tavoitteet eivät toteutuneet';
 *   their sv and en equivalents ('Målen uppnåddes', 'Goals achieved', …).
 * - Short words: toteutui / osittain / ei; uppnåddes / delvis / inte; achieved / partly / not
 *   achieved (and their close variants: toteutunut, delvis uppnått, partially, …).
 * - Colour words: vihreä / keltainen / punainen; grön / gul / röd; green / yellow or amber / red.
 * - A single letter, from a set where no letter means two things:
 *   V, G (vihreä, green, grön) and T (toteutui) are achieved;
 *   K, Y, A (keltainen, yellow, amber) and O (osittain) are partly achieved;
 *   P, R (punainen, red, röd) and E (ei) are not achieved.
 *   Swedish 'gul' has no letter of its own: G already means green.
 * - Traffic-light symbols 🟢 🟡 🔴.
 * Case, spaces and a final full stop do not matter. Anything else is no status (null).
 */
import type { StatusKind } from '../model';

const forms: Readonly<Record<StatusKind, readonly string[]>> = {
  achieved: [
    'tavoitteet toteutuivat',
    'tavoite toteutui',
    'toteutui',
    'toteutuivat',
    'toteutunut',
    'toteutuneet',
    'vihreä',
    'vihrea',
    'målen uppnåddes',
    'målet uppnåddes',
    'uppnåddes',
    'uppnått',
    'uppnådd',
    'grön',
    'gron',
    'goals achieved',
    'goal achieved',
    'achieved',
    'green',
    'v',
    'g',
    't',
    '🟢',
  ],
  partly: [
    'tavoitteet toteutuivat osittain',
    'tavoitteiden toteutuivat osittain',
    'tavoite toteutui osittain',
    'toteutui osittain',
    'toteutuivat osittain',
    'osittain toteutunut',
    'toteutunut osittain',
    'osittain',
    'keltainen',
    'målen uppnåddes delvis',
    'målet uppnåddes delvis',
    'uppnåddes delvis',
    'delvis uppnått',
    'delvis',
    'gul',
    'goals partly achieved',
    'goals partially achieved',
    'partly achieved',
    'partially achieved',
    'partly',
    'partially',
    'yellow',
    'amber',
    'k',
    'y',
    'a',
    'o',
    '🟡',
  ],
  'not-achieved': [
    'tavoitteet eivät toteutuneet',
    'tavoite ei toteutunut',
    'eivät toteutuneet',
    'ei toteutunut',
    'ei',
    'punainen',
    'målen uppnåddes inte',
    'målet uppnåddes inte',
    'uppnåddes inte',
    'inte uppnått',
    'inte',
    'röd',
    'rod',
    'goals not achieved',
    'goal not achieved',
    'not achieved',
    'red',
    'p',
    'r',
    'e',
    '🔴',
  ],
};

const statusOfForm = new Map<string, StatusKind>();
for (const status of Object.keys(forms) as StatusKind[]) {
  for (const form of forms[status]) statusOfForm.set(form, status);
}

const spaces = /[\s\u00a0\u202f]+/g;
const trailing = /[.!]+$/;

/** The status the text stands for, or null when it is none of the known forms. */
export function parseStatus(text: string): StatusKind | null {
  const key = text.replace(spaces, ' ').trim().toLowerCase().replace(trailing, '').trim();
  return statusOfForm.get(key) ?? null;
}

/**
 * The status a cell's fill colour shows: green, yellow (amber, orange) or red hues that are
 * neither grey nor nearly white or black — Excel's Good/Neutral/Bad fills (#C6EFCE, #FFEB9C,
 * #FFC7CE) and pure or strong colours alike. null for any other colour or text that is no colour.
 * Takes '#RRGGBB', 'RRGGBB' or ARGB 'FFRRGGBB'.
 */
export function statusOfFill(hex: string): StatusKind | null {
  const match = /^#?(?:[0-9a-f]{2})?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const r = parseInt(match[1], 16) / 255;
  const g = parseInt(match[2], 16) / 255;
  const b = parseInt(match[3], 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const delta = max - min;
  const lightness = (max + min) / 2;
  if (delta === 0 || lightness < 0.12 || lightness > 0.95) return null;
  const saturation = delta / (1 - Math.abs(2 * lightness - 1));
  if (saturation < 0.25) return null;
  let hue: number;
  if (max === r) hue = 60 * (((g - b) / delta + 6) % 6);
  else if (max === g) hue = 60 * ((b - r) / delta + 2);
  else hue = 60 * ((r - g) / delta + 4);
  if (hue < 20 || hue >= 330) return 'not-achieved';
  if (hue < 70) return 'partly';
  if (hue < 170) return 'achieved';
  return null;
}
