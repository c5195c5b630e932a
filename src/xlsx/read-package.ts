/**
 * Reads the cells of an .xlsx package straight from its sheet XML, for speed: ExcelJS's full
 * load builds a model of everything (about 8 s and 1.5 GB for 100 000 rows × 14 columns) and
 * its stream reader loses shared formulas and error results. This reads only what the
 * snapshot needs — values, formulas, number formats, indents, fills — and hands each cell to
 * cellSnapshot() in ExcelJS's value shapes, so both readers convert cells in the one place.
 * Unzipping is JSZip's, the library ExcelJS itself uses (with Node's native inflate when it is
 * there). Works in Node and in the browser.
 */
import JSZip from 'jszip';
import type { Fill } from 'exceljs';
import {
  errorMessage,
  type SheetSnapshot,
  type WorkbookSnapshot,
  parseA1,
  type ReportSheetKey,
  reportKeyOfName,
  reportKeyOfNumberFormat,
} from '../core';
import { cellSnapshot, type CellSource } from './cell';
import { classifyPackage, XlsxReadError } from './errors';
import { translateFormula } from './shared-formula';
import { CellCollector } from './grid';
import { attributesOf, decodeXml, stringItemText } from './xml';

interface CellStyle {
  readonly numFmt: string;
  readonly indent: number;
  readonly fill: Fill | undefined;
}

const defaultStyle: CellStyle = { numFmt: 'General', indent: 0, fill: undefined };

export interface PackageReadOptions {
  /** Use Node's zlib when available (default); false inflates with JSZip, as in the browser. */
  readonly nativeInflate?: boolean;
}

export async function readPackage(bytes: Uint8Array, options: PackageReadOptions = {}): Promise<WorkbookSnapshot> {
  const native = options.nativeInflate !== false;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new XlsxReadError('corrupt', errorMessage(error));
  }
  const text = async (path: string): Promise<string | null> => {
    const file = zip.file(path);
    if (!file) return null;
    try {
      return (native ? inflatedNatively(file) : null) ?? (await file.async('string'));
    } catch (error) {
      throw new XlsxReadError('corrupt', `${path}: ${errorMessage(error)}`);
    }
  };

  const workbookXml = await text('xl/workbook.xml');
  if (workbookXml === null) throw await classifyPackage(zip);
  const targets = relationships((await text('xl/_rels/workbook.xml.rels')) ?? '');
  const sharedStrings = parseSharedStrings((await text('xl/sharedStrings.xml')) ?? '');
  const styles = parseStyles((await text('xl/styles.xml')) ?? '');
  const date1904 = /<workbookPr\b[^>]*\bdate1904\s*=\s*"(?:1|true)"/.test(workbookXml);

  const reportSheets = reportSheetsByIndex(workbookXml);
  const sheets: SheetSnapshot[] = [];
  let sheetIndex = -1;
  for (const match of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    sheetIndex += 1;
    const attributes = attributesOf(match[0]);
    // The relationship id's namespace prefix is usually r:, but any prefix is allowed.
    const id = Object.entries(attributes).find(([name]) => name.endsWith(':id'))?.[1] ?? '';
    const target = targets.get(id);
    if (!target || !/worksheets\//.test(target)) continue; // chart sheets hold no cells
    const xml = await text(target);
    if (xml === null) throw new XlsxReadError('corrupt', `missing part ${target}`);
    const sheet = readSheet(attributes.name ?? target, xml, sharedStrings, styles, date1904);
    const reportSheet = reportSheets.get(sheetIndex) ?? reportKeyOfTitle(sheet);
    sheets.push(reportSheet ? { ...sheet, reportSheet } : sheet);
  }
  if (sheets.length === 0)
    throw new XlsxReadError('no-worksheets', 'a workbook without worksheets (chart sheets only)');
  return { sheets };
}

/** The report sheet a sheet is by its title cell A1's number format (the marker that survives re-saves by other tools). */
function reportKeyOfTitle(sheet: SheetSnapshot): ReportSheetKey | null {
  if (sheet.origin.row !== 0 || sheet.origin.column !== 0) return null;
  return reportKeyOfNumberFormat(sheet.numberFormats?.[0]?.[0]);
}

/** The add-in's report sheets, by their position among <sheets>: sheet-scoped names carrying the marker. */
function reportSheetsByIndex(workbookXml: string): Map<number, ReportSheetKey> {
  const found = new Map<number, ReportSheetKey>();
  for (const match of workbookXml.matchAll(/<definedName\b[^>]*>/g)) {
    const attributes = attributesOf(match[0]);
    const key = reportKeyOfName(attributes.name ?? '');
    const index = Number(attributes.localSheetId);
    if (key !== null && attributes.localSheetId !== undefined && Number.isInteger(index)) found.set(index, key);
  }
  return found;
}

/** Node's zlib when this runs in Node (looked up at run time, so that browser bundles do not ask for it). */
const nativeZlib: { inflateRawSync(data: Uint8Array): Uint8Array } | null = (() => {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return typeof process?.getBuiltinModule === 'function'
    ? (process.getBuiltinModule('zlib') as { inflateRawSync(data: Uint8Array): Uint8Array })
    : null;
})();
const utf8 = new TextDecoder('utf-8');

/**
 * A deflated part inflated by Node's native zlib: several times faster than JSZip's JavaScript
 * inflate on a 50 MB sheet. JSZip keeps the compressed bytes of each entry on its (private but
 * long-stable) _data; anything unexpected there falls back to JSZip's own inflate.
 */
function inflatedNatively(file: JSZip.JSZipObject): string | null {
  if (!nativeZlib) return null;
  const data = (
    file as unknown as {
      _data?: { compression?: { magic?: string }; compressedContent?: unknown; uncompressedSize?: number };
    }
  )._data;
  if (data?.compression?.magic !== '\x08\x00' || !(data.compressedContent instanceof Uint8Array)) return null;
  const bytes = nativeZlib.inflateRawSync(data.compressedContent);
  return bytes.length === data.uncompressedSize ? utf8.decode(bytes) : null;
}

function relationships(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const { Id, Target } = attributesOf(match[0]);
    if (!Id || !Target) continue;
    targets.set(Id, Target.startsWith('/') ? Target.slice(1) : `xl/${Target.replace(/^\.\//, '')}`);
  }
  return targets;
}

function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const match of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) strings.push(stringItemText(match[1] ?? ''));
  return strings;
}

/** ECMA-376 Part 1, 18.8.30: the number formats every workbook has without writing them. */
const builtInFormats: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

function section(xml: string, name: string): string {
  const match = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml);
  return match ? match[1] : '';
}

function parseStyles(xml: string): CellStyle[] {
  const formats = new Map<number, string>();
  for (const match of section(xml, 'numFmts').matchAll(/<numFmt\b[^>]*>/g)) {
    const { numFmtId, formatCode } = attributesOf(match[0]);
    if (numFmtId !== undefined && formatCode !== undefined) formats.set(Number(numFmtId), formatCode);
  }
  const fills: (Fill | undefined)[] = [];
  for (const match of section(xml, 'fills').matchAll(/<fill>([\s\S]*?)<\/fill>|<fill\/>/g))
    fills.push(fillOf(match[1] ?? ''));

  const styles: CellStyle[] = [];
  for (const match of section(xml, 'cellXfs').matchAll(/<xf\b([^>]*?)(?:\/>|>([\s\S]*?)<\/xf>)/g)) {
    const attributes = attributesOf(match[1]);
    const numFmtId = Number(attributes.numFmtId ?? 0);
    const alignment = /<alignment\b[^>]*>/.exec(match[2] ?? '');
    const indent = alignment ? Number(attributesOf(alignment[0]).indent ?? 0) : 0;
    styles.push({
      numFmt: formats.get(numFmtId) ?? builtInFormats[numFmtId] ?? 'General',
      indent: Number.isFinite(indent) ? indent : 0,
      fill: fills[Number(attributes.fillId ?? 0)],
    });
  }
  return styles;
}

function fillOf(xml: string): Fill | undefined {
  const pattern = /<patternFill\b([^>]*?)(?:\/>|>([\s\S]*?)<\/patternFill>)/.exec(xml);
  if (!pattern) return undefined;
  const type = attributesOf(pattern[1]).patternType;
  const colour = /<fgColor\b[^>]*>/.exec(pattern[2] ?? '');
  if (!type || !colour) return type ? ({ type: 'pattern', pattern: type } as Fill) : undefined;
  const { rgb, theme, indexed, tint } = attributesOf(colour[0]);
  const fgColor: Record<string, string | number> = {};
  if (rgb !== undefined) fgColor.argb = rgb;
  if (theme !== undefined) fgColor.theme = Number(theme);
  if (indexed !== undefined) fgColor.indexed = Number(indexed);
  if (tint !== undefined) fgColor.tint = Number(tint);
  return { type: 'pattern', pattern: type, fgColor } as Fill;
}

const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const formulaPattern = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const valuePattern = /<v>([\s\S]*?)<\/v>/;
const inlinePattern = /<is>([\s\S]*?)<\/is>/;

/** What a cell takes from its style, made once per style rather than once per cell. */
interface StyleSource {
  readonly numFmt: string;
  readonly alignment: { readonly indent: number };
  readonly fill: Fill;
}

function readSheet(
  name: string,
  xml: string,
  sharedStrings: readonly string[],
  styles: readonly CellStyle[],
  date1904: boolean,
): SheetSnapshot {
  const start = xml.indexOf('<sheetData');
  const end = xml.lastIndexOf('</sheetData>');
  const data = start >= 0 && end > start ? xml.slice(start, end) : '';
  const context: SheetContext = {
    sharedStrings,
    workbook: { properties: { date1904 } },
    styles: [...styles, defaultStyle].map((style) => ({
      numFmt: style.numFmt,
      alignment: { indent: style.indent },
      fill: style.fill as Fill,
    })),
    columnOf: new Map(),
    sharedMasters: new Map(),
    scratch: {
      numFmt: 'General',
      alignment: { indent: 0 },
      fill: undefined as unknown as Fill,
      workbook: undefined,
      value: null,
      formula: undefined,
      result: undefined,
    },
  };
  // Excel and every common writer address each cell (r="B2"), so the cells can be read in one
  // pass; a sheet with unaddressed cells is read row by row, counting positions.
  const cells = addressedCells(data, context) ?? cellsByRow(data, context);
  return cells.grid(name);
}

interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly workbook: CellSource['workbook'];
  /** The last entry is the default style. */
  readonly styles: readonly StyleSource[];
  readonly columnOf: Map<string, number>;
  readonly sharedMasters: Map<string, { formula: string; row: number; column: number }>;
  readonly scratch: ScratchCell;
}

/** The value of an attribute in a start tag's attribute text, for the plain ' name="value"' form. */
function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const from = at + name.length + 3;
  return tag.slice(from, tag.indexOf('"', from));
}

function columnNumber(letters: string, context: SheetContext): number {
  let column = context.columnOf.get(letters);
  if (column === undefined) {
    column = parseA1(`${letters}1`)!.column;
    context.columnOf.set(letters, column);
  }
  return column;
}

function addCell(
  cells: CellCollector,
  tag: string,
  inner: string,
  row: number,
  column: number,
  context: SheetContext,
): void {
  const styleIndex = attribute(tag, 's');
  const style =
    (styleIndex !== undefined ? context.styles[Number(styleIndex)] : undefined) ??
    context.styles[context.styles.length - 1];
  const source = cellSource(inner, attribute(tag, 't') ?? 'n', style, context, { row, column });
  const snapshot = cellSnapshot(source);
  if (snapshot.value === null && snapshot.formula === null && snapshot.fill === null) return;
  cells.add(row, column, snapshot);
}

/** All cells in one pass over the sheet data; null when a cell has no address or an unusual tag. */
function addressedCells(data: string, context: SheetContext): CellCollector | null {
  const cells = new CellCollector();
  for (const match of data.matchAll(cellPattern)) {
    const tag = match[1];
    const reference = attribute(tag, 'r');
    if (reference === undefined || /[\t\n\r]/.test(tag)) return null;
    let split = 0;
    while (split < reference.length && reference.charCodeAt(split) >= 65) split++;
    const row = Number(reference.slice(split)) - 1;
    if (split === 0 || !(row >= 0)) return null;
    addCell(cells, tag, match[2] ?? '', row, columnNumber(reference.slice(0, split), context), context);
  }
  return cells;
}

/** Row by row, for sheets whose rows or cells are not all addressed (positions follow the previous ones). */
function cellsByRow(data: string, context: SheetContext): CellCollector {
  context.sharedMasters.clear();
  const cells = new CellCollector();
  let nextRow = 0;
  for (const rowMatch of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = /\br="(\d+)"/.exec(rowMatch[1]);
    const row = rowNumber ? Number(rowNumber[1]) - 1 : nextRow;
    nextRow = row + 1;
    let nextColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(cellPattern)) {
      const tag = cellMatch[1].replace(/\s+/g, ' ');
      const reference = /\br="([A-Z]+)\d+"/.exec(tag);
      const column = reference ? columnNumber(reference[1], context) : nextColumn;
      nextColumn = column + 1;
      addCell(cells, tag, cellMatch[2] ?? '', row, column, context);
    }
  }
  return cells;
}

function cellSource(
  inner: string,
  type: string,
  style: StyleSource,
  context: SheetContext,
  at: { row: number; column: number },
): CellSource {
  const { sharedStrings, sharedMasters, workbook } = context;
  let value: unknown = null;
  if (type === 'inlineStr') value = stringItemText(inlinePattern.exec(inner)?.[1] ?? '');
  else if (inner.includes('<v>')) {
    const raw = valuePattern.exec(inner)?.[1] ?? '';
    if (raw === '') value = null;
    else if (type === 's') value = sharedStrings[Number(raw)] ?? null;
    else if (type === 'str') value = decodeXml(raw);
    else if (type === 'b') value = raw.trim() === '1' || raw.trim() === 'true';
    else if (type === 'e') value = { error: decodeXml(raw) };
    else if (type === 'd') value = new Date(raw);
    else value = Number(raw);
  }
  // One reused object per sheet: cellSnapshot() reads it at once and keeps nothing of it.
  const cell = context.scratch;
  cell.numFmt = style.numFmt;
  cell.alignment = style.alignment;
  cell.fill = style.fill;
  cell.workbook = workbook;
  cell.value = value as CellSource['value'];
  cell.formula = undefined;
  cell.result = undefined;
  if (!inner.includes('<f')) return cell;

  const formula = formulaPattern.exec(inner);
  if (!formula) return cell;
  const attributes = attributesOf(formula[1]);
  let text = decodeXml(formula[2] ?? '');
  if (attributes.t === 'shared' && attributes.si !== undefined) {
    if (text !== '') sharedMasters.set(attributes.si, { formula: text, ...at });
    else {
      const master = sharedMasters.get(attributes.si);
      if (master) text = translateFormula(master.formula, master, at);
    }
  }
  const result = value === null ? undefined : value;
  cell.value = { formula: text, result } as CellSource['value'];
  cell.formula = text;
  cell.result = result;
  return cell;
}

/** A CellSource whose fields the reader overwrites for each cell. */
interface ScratchCell {
  numFmt: string;
  alignment: { readonly indent: number };
  fill: Fill;
  workbook: CellSource['workbook'];
  value: CellSource['value'];
  formula: string | undefined;
  result: unknown;
}
