/**
 * Cached results for the formulas the add-in writes. Excel computes every formula; the host only
 * computes what it can compute exactly and cheaply — numbers, cell references, SUM over references
 * and ranges, joined by + and − — and leaves every other formula without a cached result (it reads
 * as empty until Excel or LibreOffice recalculates; saved workbooks ask for a full recalculation on
 * load). A wrong cached number is worse than none, so anything unsure gives no result.
 */
import ExcelJS from 'exceljs';
import type { BookModel, FormulaTerm, SheetModel } from './book';
import { parseArea } from './address';
import { findCell } from './cells';
import { MAX_COLUMNS } from './address';

/** A cell's key in a sheet's written formulas. */
export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

/** Per sheet, per cell key: results computed in this pass, and cells being computed (cycles). */
type Memo = Map<SheetModel, Map<number, number | null>>;
type Visiting = Map<SheetModel, Set<number>>;

function inner<V>(outer: Map<SheetModel, V>, sheet: SheetModel, make: () => V): V {
  let value = outer.get(sheet);
  if (value === undefined) {
    value = make();
    outer.set(sheet, value);
  }
  return value;
}

type Term = FormulaTerm;

const referencePattern =
  "(?:'(?:[^']|'')+'!|[\\p{L}_][\\p{L}\\p{N}_.]*!)?\\$?[A-Za-z]{1,3}\\$?\\d+(?::\\$?[A-Za-z]{1,3}\\$?\\d+)?";
const termPattern = new RegExp(
  `^\\s*([+-]?)\\s*(?:(\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)|SUM\\(\\s*(${referencePattern}(?:\\s*,\\s*${referencePattern})*)\\s*\\)|(${referencePattern}))\\s*`,
  'iu',
);

/** Parses 'A1+B2-SUM(C1:C5)+3' into terms; null when the formula is anything else. */
export function parseSimpleFormula(formula: string): Term[] | null {
  let rest = formula.startsWith('=') ? formula.slice(1) : formula;
  const terms: Term[] = [];
  while (rest.length) {
    const match = termPattern.exec(rest);
    if (!match) return null;
    if (terms.length && !match[1]) return null; // two terms need an operator between them
    const sign = match[1] === '-' ? -1 : 1;
    if (match[2] !== undefined) terms.push({ sign, kind: 'number', value: Number(match[2]) });
    else {
      const references = match[3] !== undefined ? splitReferences(match[3]) : [match[4]];
      for (const reference of references) {
        const area = parseArea(reference);
        if (!area) return null;
        // A bare range outside SUM ('=A1:A3') is an array or implicit intersection: not computed.
        if (match[3] === undefined && (area.rect.top !== area.rect.bottom || area.rect.left !== area.rect.right))
          return null;
        terms.push({ sign, kind: 'ref', sheet: area.sheet, rect: area.rect, sum: match[3] !== undefined });
      }
    }
    rest = rest.slice(match[0].length);
  }
  return terms.length ? terms : null;
}

function splitReferences(list: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts;
}

/** Re-computes the cached result of every formula the add-in wrote; writes a cell only when its result changed. */
export function recalculateWrittenFormulas(book: BookModel): void {
  const memo: Memo = new Map();
  const visiting: Visiting = new Map();
  for (const sheet of book.sheets) {
    for (const [key, written] of sheet.writtenFormulas) {
      const cell = findCell(sheet.ws, written.row, written.column);
      if (!cell || cell.type !== ExcelJS.ValueType.Formula) {
        sheet.writtenFormulas.delete(key);
        continue;
      }
      const result = evaluate(book, sheet, written.row, written.column, memo, visiting);
      const cached = cell.result;
      if ((result === null && cached === undefined) || result === cached) continue;
      const formula = cell.formula;
      cell.value = result === null ? { formula } : { formula, result };
    }
  }
}

function evaluate(
  book: BookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  memo: Memo,
  visiting: Visiting,
): number | null {
  const key = cellKey(row, column);
  const sheetMemo = inner(memo, sheet, () => new Map<number, number | null>());
  const known = sheetMemo.get(key);
  if (known !== undefined) return known;
  const sheetVisiting = inner(visiting, sheet, () => new Set<number>());
  if (sheetVisiting.has(key)) return null; // a circular reference: Excel warns, the host computes nothing
  sheetVisiting.add(key);
  const terms = sheet.writtenFormulas.get(key)?.terms ?? null;
  let total: number | null = terms ? 0 : null;
  for (const term of terms ?? []) {
    const value = term.kind === 'number' ? term.value : referenceValue(book, sheet, term, memo, visiting);
    if (value === null || total === null) {
      total = null;
      break;
    }
    total += term.sign * value;
  }
  sheetVisiting.delete(key);
  sheetMemo.set(key, total);
  return total;
}

function referenceValue(
  book: BookModel,
  home: SheetModel,
  term: Extract<Term, { kind: 'ref' }>,
  memo: Memo,
  visiting: Visiting,
): number | null {
  const sheet = term.sheet === null ? home : book.findSheet(term.sheet);
  if (!sheet) return null;
  let sum = 0;
  for (let r = term.rect.top; r <= term.rect.bottom; r++) {
    for (let c = term.rect.left; c <= term.rect.right; c++) {
      const value = cellNumber(book, sheet, r, c, memo, visiting, term.sum);
      if (value === null) return null;
      sum += value;
    }
  }
  return sum;
}

/** A referenced cell as a number: empty is 0; SUM skips text and booleans as Excel does; anything else is unknown. */
function cellNumber(
  book: BookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  memo: Memo,
  visiting: Visiting,
  inSum: boolean,
): number | null {
  if (sheet.packaged) return packagedNumber(sheet, row, column, inSum);
  const cell = findCell(sheet.ws, row, column);
  if (!cell) return 0;
  if (cell.type === ExcelJS.ValueType.Formula) {
    if (sheet.writtenFormulas.has(cellKey(row, column))) return evaluate(book, sheet, row, column, memo, visiting);
    const result = cell.result;
    if (typeof result === 'number') return result;
    if (result === undefined || result === null) return null;
    return inSum && (typeof result === 'string' || typeof result === 'boolean') ? 0 : null;
  }
  const value = cell.value;
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (inSum && (typeof value === 'string' || typeof value === 'boolean')) return 0;
  return null;
}

/** The same for a sheet still in the input package: its snapshot holds each formula's cached result. */
function packagedNumber(sheet: SheetModel, row: number, column: number, inSum: boolean): number | null {
  const { snapshot } = sheet.packagedCells;
  const r = row - snapshot.origin.row;
  const c = column - snapshot.origin.column;
  const value = snapshot.values[r]?.[c] ?? null;
  const formula = snapshot.formulas?.[r]?.[c] ?? null;
  if (typeof value === 'number') return value;
  if (value === null) return formula === null ? 0 : null;
  return inSum && (typeof value === 'string' || typeof value === 'boolean') ? 0 : null;
}
