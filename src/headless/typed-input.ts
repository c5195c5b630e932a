/**
 * What Excel makes of a string written through `Range.values` or `Range.formulas`: the same as
 * text typed into the cell ("Excel interprets it as a formula if it starts with =, + or -";
 * numbers, percentages, dates and truth values are recognised; a leading apostrophe keeps the rest
 * as text). The host follows it so that a planned text written without protection comes out as
 * Excel would make it — a formula, a number, a date, a boolean — and the test that wrote it fails.
 *
 * On top of Excel, the host refuses to write a formula whose text is a text the workbook holds
 * (a unit name, a label, a comment): that is user text becoming a live formula, the injection the
 * add-in must never do (`UserTextAsFormula`, a host-only error code).
 */
import type ExcelJS from 'exceljs';
import { HostError } from './errors';

export type TypedInput =
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly numberFormat?: string }
  | { readonly kind: 'boolean'; readonly value: boolean };

const numericText = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const percentText = /^([+-]?(?:\d+\.?\d*|\.\d+))\s?%$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const excelEpoch = Date.UTC(1899, 11, 30);

/** Typed text as Excel takes it. A cell formatted as text ('@') keeps numbers, dates and truth values as text. */
export function typedInput(text: string, cellIsText: boolean): TypedInput {
  if (text.startsWith("'")) return { kind: 'text', text: text.slice(1) };
  const formula = formulaOf(text);
  if (formula !== null) return { kind: 'formula', formula };
  if (cellIsText) return { kind: 'text', text };
  const trimmed = text.trim();
  if (numericText.test(trimmed)) return { kind: 'number', value: Number(trimmed) };
  const percent = percentText.exec(trimmed);
  if (percent) return { kind: 'number', value: Number(percent[1]) / 100, numberFormat: '0%' };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
  const date = isoDate.exec(trimmed);
  if (date) {
    const time = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    if (!Number.isNaN(time) && new Date(time).getUTCDate() === Number(date[3])) {
      return { kind: 'number', value: Math.round((time - excelEpoch) / 86_400_000), numberFormat: 'yyyy-mm-dd' };
    }
  }
  return { kind: 'text', text };
}

/**
 * The formula Excel makes of a written string, without its '=': '=…'; '@…' (Excel turns a leading
 * @ into a formula, after Lotus); '+…' or '-…' that is not a plain number, so '-abc' is =-abc.
 */
function formulaOf(text: string): string | null {
  if (text.length < 2) return null;
  if (text.startsWith('=')) return text.slice(1);
  if (text.startsWith('@')) return text.slice(1);
  if ((text.startsWith('+') || text.startsWith('-')) && !numericText.test(text.trim())) return text;
  return null;
}

/** Per workbook: every text that would be a formula if typed, as the workbook holds it (loaded or written as text). */
const formulaLikeTexts = new WeakMap<ExcelJS.Workbook, Set<string>>();

function textsOf(workbook: ExcelJS.Workbook): Set<string> {
  let texts = formulaLikeTexts.get(workbook);
  if (!texts) {
    texts = new Set();
    for (const sheet of workbook.worksheets) {
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          const text = cellText(cell.value);
          if (text !== null && formulaOf(text) !== null) texts!.add(text);
        }),
      );
    }
    formulaLikeTexts.set(workbook, texts);
  }
  return texts;
}

function cellText(value: ExcelJS.CellValue): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  return null;
}

/** Records a text the add-in wrote as text, so that writing it back later as a formula is caught too. */
export function rememberText(workbook: ExcelJS.Workbook, text: string): void {
  if (formulaOf(text) !== null) textsOf(workbook).add(text);
}

/** Throws UserTextAsFormula when `written` (what the add-in wrote, which Excel takes as a formula) is a text of the workbook. */
export function refuseUserTextAsFormula(workbook: ExcelJS.Workbook, written: string, location: string): void {
  if (!textsOf(workbook).has(written)) return;
  throw new HostError('UserTextAsFormula', {
    location,
    detail: `the text ${JSON.stringify(written.slice(0, 80))} is the workbook's own text: written without the text prefix, Excel makes it a formula`,
  });
}
