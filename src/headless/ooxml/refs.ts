/**
 * Sheet-qualified references as charts and defined names store them ('Yhteenveto'!$B$6:$B$7).
 *
 * Names are spelt by the core's quoteSheetName, as Excel writes them: quoted only where needed;
 * both spellings are read back.
 */

import { columnLetters, parseA1, quoteSheetName } from '../../core';

/** 'B6:B7' or '$B$6' on `sheet` → `'sheet'!$B$6:$B$7`. Throws on an address that is not A1. */
export function formatRef(sheet: string, address: string): string {
  const cells = address.split(':');
  if (cells.length > 2) throw new Error(`Not an A1 address: ${address}`);
  const absolute = cells.map((cell) => {
    const at = parseA1(cell);
    if (!at) throw new Error(`Not an A1 address: ${address}`);
    return `$${columnLetters(at.column)}$${at.row + 1}`;
  });
  return `${quoteSheetName(sheet)}!${absolute.join(':')}`;
}

/** `'Tom''s'!$A$1:$A$3` → { sheet: "Tom's", address: '$A$1:$A$3' }; null when it is not a sheet-qualified reference. */
export function parseRef(ref: string): { sheet: string; address: string } | null {
  const text = ref.trim().replace(/^=/, '');
  let sheet: string;
  let rest: string;
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    for (; i < text.length; i++) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i++;
        } else {
          break;
        }
      } else {
        name += text[i];
      }
    }
    if (i >= text.length || text[i + 1] !== '!') return null;
    sheet = name;
    rest = text.slice(i + 2);
  } else {
    const bang = text.lastIndexOf('!');
    if (bang <= 0) return null;
    sheet = text.slice(0, bang);
    rest = text.slice(bang + 1);
  }
  const cells = rest.split(':');
  if (cells.length > 2 || !cells.every((cell) => cell === cell.trim() && parseA1(cell) !== null)) return null;
  return { sheet, address: rest };
}

/** Re-spells a reference the way this module writes it (name quoted where needed, absolute cells); throws on misuse. */
export function normaliseRef(ref: string): string {
  const parsed = parseRef(ref);
  if (!parsed) throw new Error(`Not a sheet-qualified A1 reference: ${ref}`);
  return formatRef(parsed.sheet, parsed.address);
}
