/** Colours between Office's '#RRGGBB' / HTML names and ExcelJS's ARGB, theme colours resolved. */
import type ExcelJS from 'exceljs';

/** The default Office theme (2013+), in the order of the theme index Excel stores. */
const themeColours = [
  'FFFFFF',
  '000000',
  'E7E6E6',
  '44546A',
  '4472C4',
  'ED7D31',
  'A5A5A5',
  'FFC000',
  '5B9BD5',
  '70AD47',
];

/** The HTML colour names Office accepts that people actually use. */
const namedColours: Record<string, string> = {
  black: '000000',
  white: 'FFFFFF',
  red: 'FF0000',
  green: '008000',
  blue: '0000FF',
  yellow: 'FFFF00',
  orange: 'FFA500',
  gray: '808080',
  grey: '808080',
  lightgray: 'D3D3D3',
  lightgreen: '90EE90',
  lightyellow: 'FFFFE0',
  pink: 'FFC0CB',
  purple: '800080',
  lime: '00FF00',
  navy: '000080',
};

/** '#RRGGBB' (upper case) from an Office colour argument, or null when Office would reject it. */
export function parseOfficeColour(colour: unknown): string | null {
  if (typeof colour !== 'string') return null;
  const text = colour.trim();
  const named = namedColours[text.toLowerCase()];
  if (named) return `#${named}`;
  const long = /^#?([0-9a-fA-F]{6})$/.exec(text);
  if (long) return `#${long[1].toUpperCase()}`;
  const short = /^#([0-9a-fA-F]{3})$/.exec(text);
  if (short)
    return `#${[...short[1]]
      .map((ch) => ch + ch)
      .join('')
      .toUpperCase()}`;
  return null;
}

export function toArgb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

/** '#RRGGBB' of an ExcelJS colour, theme colours from the default theme (tints ignored); null when unset. */
export function fromExcelColour(colour: Partial<ExcelJS.Color> | undefined): string | null {
  if (!colour) return null;
  if (typeof colour.argb === 'string' && /^[0-9a-fA-F]{8}$/.test(colour.argb)) {
    return `#${colour.argb.slice(2).toUpperCase()}`;
  }
  if (typeof colour.argb === 'string' && /^[0-9a-fA-F]{6}$/.test(colour.argb)) return `#${colour.argb.toUpperCase()}`;
  if (typeof colour.theme === 'number' && themeColours[colour.theme]) return `#${themeColours[colour.theme]}`;
  return null;
}
