/** A cell as Office.js returns it (values, valueTypes, formulas) in the engine's terms. */
import type { CellValue } from '../core';

export function cellValue(value: unknown, type: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Boolean':
      return value === true;
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? value : Number(value);
    default:
      if (typeof value === 'number' || typeof value === 'boolean') return value;
      return typeof value === 'string' && value !== '' ? value : null;
  }
}

/** Excel's `formulas` gives the constant itself for a cell without a formula. */
export function formulaOf(formula: unknown, value: unknown, type: string): string | null {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return null;
  // A text constant that begins with '=' (typed with a leading apostrophe) is not a formula.
  if (type === 'String' && formula === value) return null;
  return formula;
}
