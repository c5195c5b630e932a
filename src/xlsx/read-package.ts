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
  type CellValue,
  errorMessage,
  type SheetSnapshot,
  type WorkbookSnapshot,
  parseA1,
  type ReportSheetKey,
  reportKeyOfName,
  reportKeyOfNumberFormat,
} from '../core';
import { cellSnapshot, type CellSnapshot, type CellSource } from './cell';
import { classifyPackage, XlsxReadError } from './errors';
import { translateFormula } from './shared-formula';
import { CellCollector, type Extent } from './grid';
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

/** A sheet as the workbook part lists it. */
export interface PackageSheet {
  readonly name: string;
  /** 0-based position in <sheets> (the localSheetId of names scoped to it). */
  readonly index: number;
  /** The worksheet part; null for a chart sheet, which holds no cells. */
  readonly path: string | null;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly reportSheet?: ReportSheetKey;
}

/** The cells of one sheet: the snapshot, and the used ranges Office reports. */
export interface SheetCells {
  readonly snapshot: SheetSnapshot;
  /** Cells with a value or a formula. */
  readonly usedByValues: Extent | null;
  /** Cells with a value, a formula or a style of their own (Office's getUsedRange(false)). */
  readonly usedByValuesOrStyles: Extent | null;
  /** The attributes of the sheet's <sheetProtection> as written (sheet="1" when protected); null without one. */
  readonly protection: Readonly<Record<string, string>> | null;
}

/**
 * An opened package whose sheets are read one at a time, when asked for: the shared strings and
 * styles are parsed once, and a sheet nobody asks for is never inflated.
 */
export class WorkbookPackage {
  private constructor(
    readonly zip: JSZip,
    readonly sheets: readonly PackageSheet[],
    private readonly sharedStrings: readonly string[],
    private readonly styles: readonly CellStyle[],
    readonly date1904: boolean,
    private readonly native: boolean,
  ) {}

  static async open(source: Uint8Array | JSZip, options: PackageReadOptions = {}): Promise<WorkbookPackage> {
    const native = options.nativeInflate !== false;
    let zip: JSZip;
    try {
      zip = source instanceof Uint8Array ? await JSZip.loadAsync(source) : source;
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
    const sheets: PackageSheet[] = [];
    let index = -1;
    for (const match of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
      index += 1;
      const attributes = attributesOf(match[0]);
      // The relationship id's namespace prefix is usually r:, but any prefix is allowed.
      const id = Object.entries(attributes).find(([name]) => name.endsWith(':id'))?.[1] ?? '';
      const target = targets.get(id);
      const state = attributes.state === 'hidden' || attributes.state === 'veryHidden' ? attributes.state : 'visible';
      const reportSheet = reportSheets.get(index);
      sheets.push({
        name: attributes.name ?? target ?? '',
        index,
        // Chart sheets hold no cells.
        path: target && /worksheets\//.test(target) ? target : null,
        state,
        ...(reportSheet ? { reportSheet } : {}),
      });
    }
    return new WorkbookPackage(zip, sheets, sharedStrings, styles, date1904, native);
  }

  async readSheet(sheet: PackageSheet): Promise<SheetCells> {
    if (sheet.path === null) throw new XlsxReadError('corrupt', `${sheet.name} is not a worksheet`);
    const file = this.zip.file(sheet.path);
    if (!file) throw new XlsxReadError('corrupt', `missing part ${sheet.path}`);
    const parser = new SheetParser(sheetContext(this.sharedStrings, this.styles, this.date1904));
    try {
      await streamText(file, (text) => parser.push(text), this.native);
    } catch (error) {
      throw new XlsxReadError('corrupt', `${sheet.path}: ${errorMessage(error)}`);
    }
    return parser.finish(sheet.name);
  }
}

/**
 * A part's text, chunk by chunk as it is inflated: Node's zlib when there is one (several times
 * faster than JSZip's inflate), else JSZip's own stream, as in the browser.
 */
async function streamText(file: JSZip.JSZipObject, onText: (text: string) => void, native: boolean): Promise<void> {
  const data = native ? compressedData(file) : null;
  if (data && nativeZlib) {
    const decoder = new TextDecoder('utf-8');
    const inflater = nativeZlib.createInflateRaw({ chunkSize: 1 << 20 });
    try {
      await new Promise<void>((resolve, reject) => {
        let size = 0;
        let failed = false;
        // What the parser throws is the read's failure, not an exception thrown out of zlib's callback.
        const fail = (error: unknown) => {
          failed = true;
          inflater.close();
          reject(error);
        };
        inflater.on('data', (chunk: Uint8Array) => {
          if (failed) return;
          size += chunk.length;
          try {
            onText(decoder.decode(chunk, { stream: true }));
          } catch (error) {
            fail(error);
          }
        });
        inflater.on('error', reject);
        inflater.on('end', () => {
          if (failed) return;
          try {
            onText(decoder.decode());
          } catch (error) {
            return fail(error);
          }
          if (size === data.uncompressedSize) resolve();
          else reject(new Error(`inflated ${size} bytes where the zip says ${data.uncompressedSize}`));
        });
        inflater.end(data.compressedContent);
      });
    } finally {
      // zlib keeps a finished stream reachable for a while, and with it its listeners: they would
      // hold the whole parsed sheet.
      inflater.removeAllListeners();
    }
    return;
  }
  // JSZip's own stream (documented as StreamHelper; its typings leave internalStream out).
  const stream = (file as unknown as { internalStream(type: 'string'): JSZipStream }).internalStream('string');
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    stream
      .on('data', (chunk: string) => {
        if (failed) return;
        try {
          onText(chunk);
        } catch (error) {
          failed = true;
          stream.pause();
          reject(error);
        }
      })
      .on('error', reject)
      .on('end', () => resolve())
      .resume();
  });
}

export async function readPackage(bytes: Uint8Array, options: PackageReadOptions = {}): Promise<WorkbookSnapshot> {
  const opened = await WorkbookPackage.open(bytes, options);
  const sheets: SheetSnapshot[] = [];
  for (const sheet of opened.sheets) {
    if (sheet.path === null) continue;
    const { snapshot } = await opened.readSheet(sheet);
    const reportSheet = sheet.reportSheet ?? reportKeyOfTitle(snapshot);
    sheets.push({
      ...snapshot,
      ...(reportSheet ? { reportSheet } : {}),
      ...(opened.date1904 ? { date1904: true as const } : {}),
    });
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

interface JSZipStream {
  on(event: 'data', listener: (chunk: string) => void): JSZipStream;
  on(event: 'error', listener: (error: Error) => void): JSZipStream;
  on(event: 'end', listener: () => void): JSZipStream;
  resume(): JSZipStream;
  pause(): JSZipStream;
}

interface NativeZlib {
  inflateRawSync(data: Uint8Array): Uint8Array;
  createInflateRaw(options: { chunkSize: number }): {
    on(event: 'data', listener: (chunk: Uint8Array) => void): void;
    on(event: 'error', listener: (error: Error) => void): void;
    on(event: 'end', listener: () => void): void;
    end(data: Uint8Array): void;
    close(): void;
    removeAllListeners(): void;
  };
}

/** Node's zlib when this runs in Node (looked up at run time, so that browser bundles do not ask for it). */
const nativeZlib: NativeZlib | null = (() => {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return typeof process?.getBuiltinModule === 'function' ? (process.getBuiltinModule('zlib') as NativeZlib) : null;
})();
const utf8 = new TextDecoder('utf-8');

/**
 * The deflated bytes of a part as JSZip keeps them (on its private but long-stable _data), for
 * Node's inflate; null when the entry is stored or anything there is unexpected (JSZip inflates).
 */
function compressedData(file: JSZip.JSZipObject): { compressedContent: Uint8Array; uncompressedSize: number } | null {
  const data = (
    file as unknown as {
      _data?: { compression?: { magic?: string }; compressedContent?: unknown; uncompressedSize?: number };
    }
  )._data;
  if (data?.compression?.magic !== '\x08\x00' || !(data.compressedContent instanceof Uint8Array)) return null;
  return { compressedContent: data.compressedContent, uncompressedSize: data.uncompressedSize ?? -1 };
}

/** A deflated part inflated by Node's native zlib in one call (the small parts: strings, styles). */
function inflatedNatively(file: JSZip.JSZipObject): string | null {
  const data = nativeZlib ? compressedData(file) : null;
  if (!data || !nativeZlib) return null;
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
  /** The snapshot of an empty cell of this style: what a plain cell takes besides its value. */
  readonly empty: CellSnapshot;
}

function sheetContext(sharedStrings: readonly string[], styles: readonly CellStyle[], date1904: boolean): SheetContext {
  return {
    sharedStrings,
    workbook: { properties: { date1904 } },
    styles: [...styles, defaultStyle].map((style) => {
      const source = { numFmt: style.numFmt, alignment: { indent: style.indent }, fill: style.fill as Fill };
      return { ...source, empty: cellSnapshot({ ...source, value: null }) };
    }),
    columnOf: new Map(),
    sharedMasters: new Map(),
    nextRow: 0,
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
}

/**
 * Parses a sheet's XML as it is inflated, one run of whole rows at a time, so that no string of
 * the whole part is ever held; each cell goes straight into the collector's arrays.
 */
class SheetParser {
  /**
   * The text read but not parsed yet (a row not ended), as the chunks it came in: joined once, when
   * its row ends. Searching or concatenating it at every chunk would make a long run quadratic.
   */
  private pending: string[] = [];
  private pendingLength = 0;
  /** The last few characters of the pending text, where a tag cut in two by a chunk boundary starts. */
  private tail = '';
  private pendingBlank = true;
  private inData = false;
  private done = false;
  private afterData = '';
  private protectionSeen = false;
  private protection: Record<string, string> | null = null;
  private readonly cells = new CellCollector();

  constructor(private readonly context: SheetContext) {}

  push(chunk: string): void {
    if (this.done) return this.scanAfterData(chunk);
    let text = chunk;
    if (!this.inData) {
      const buffer = this.tail + text;
      const start = buffer.indexOf('<sheetData');
      const close = start < 0 ? -1 : buffer.indexOf('>', start);
      if (close < 0) {
        // Keep enough for a '<sheetData …>' cut in two by the chunk boundary.
        this.tail = start < 0 ? buffer.slice(-16) : buffer.slice(start);
        return;
      }
      this.tail = '';
      this.inData = true;
      // The rows start after the start tag; <sheetData/> has none.
      text = buffer.slice(close + 1);
      if (buffer[close - 1] === '/') {
        this.done = true;
        this.scanAfterData(text);
        return;
      }
    }
    const end = this.find(text, '</sheetData>', 'first');
    if (end >= 0) {
      const buffer = this.take(text);
      this.parse(buffer.slice(0, end));
      this.done = true;
      this.scanAfterData(buffer.slice(end));
      return;
    }
    const cut = this.find(text, '</row>', 'last');
    if (cut < 0) {
      // Blanks between rows are nothing to keep; a run of anything else is kept until its row ends.
      if (this.pendingBlank && blank.test(text)) {
        this.tail = (this.tail + text).slice(-16);
        return;
      }
      this.pendingBlank = false;
      this.pending.push(text);
      this.pendingLength += text.length;
      this.tail = (this.tail + text).slice(-16);
      if (this.pendingLength > longestRun)
        throw new XlsxReadError('corrupt', `a row of more than ${longestRun} characters of XML`);
      return;
    }
    const buffer = this.take(text);
    this.parse(buffer.slice(0, cut + 6));
    const rest = buffer.slice(cut + 6);
    if (rest !== '') {
      this.pending.push(rest);
      this.pendingLength = rest.length;
      this.pendingBlank = blank.test(rest);
    }
    this.tail = rest.slice(-16);
  }

  /**
   * Where `tag` is in the pending text followed by `text`, the first or the last time, looking only
   * at `text` and at a tag cut in two where it starts; -1 when it is not there.
   */
  private find(text: string, tag: string, which: 'first' | 'last'): number {
    const reach = Math.min(this.tail.length, tag.length - 1);
    const edge = this.tail.slice(this.tail.length - reach) + text.slice(0, tag.length - 1);
    const seam = this.pendingLength;
    const inEdge = edge.indexOf(tag);
    const inText = which === 'first' ? text.indexOf(tag) : text.lastIndexOf(tag);
    const atEdge = inEdge >= 0 ? seam - reach + inEdge : -1;
    if (which === 'first') return atEdge >= 0 ? atEdge : inText >= 0 ? seam + inText : -1;
    return inText >= 0 ? seam + inText : atEdge;
  }

  /** The pending text and `text` as one string; nothing is pending after. */
  private take(text: string): string {
    const buffer = this.pending.length === 0 ? text : this.pending.join('') + text;
    this.pending = [];
    this.pendingLength = 0;
    this.pendingBlank = true;
    this.tail = '';
    return buffer;
  }

  finish(name: string): SheetCells {
    if (this.inData && !this.done) this.parse(this.take(''));
    return {
      snapshot: this.cells.grid(name),
      usedByValues: this.cells.usedByValues,
      usedByValuesOrStyles: this.cells.usedByValuesOrStyles,
      protection: this.protection,
    };
  }

  /**
   * The text after the cells, where <sheetProtection> comes (CT_Worksheet): its attributes are kept so
   * that a sheet protected in Excel answers as protected without being loaded whole.
   */
  private scanAfterData(text: string): void {
    if (this.protectionSeen) return;
    const buffer = this.afterData + text;
    const tag = /<sheetProtection\b([^>]*)>/.exec(buffer);
    if (tag) {
      this.protection = Object.fromEntries([...tag[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      this.protectionSeen = true;
      this.afterData = '';
      return;
    }
    // Keep a tag the chunk boundary may have cut in two.
    const open = buffer.lastIndexOf('<');
    this.afterData = open >= 0 ? buffer.slice(open) : '';
  }

  private parse(rows: string): void {
    // Excel and every common writer address each cell (r="B2"), so the cells can be read in one
    // pass; rows with unaddressed cells are read row by row, counting positions (a cell read
    // again there is the same cell: it keeps what it was).
    if (!addressedCells(rows, this.context, this.cells)) cellsByRow(rows, this.context, this.cells);
  }
}

interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly workbook: CellSource['workbook'];
  /** The last entry is the default style. */
  readonly styles: readonly StyleSource[];
  readonly columnOf: Map<string, number>;
  readonly sharedMasters: Map<string, { formula: string; row: number; column: number }>;
  /** The row after the last one read, for rows without an address. */
  nextRow: number;
  readonly scratch: ScratchCell;
}

/** The value of an attribute in a start tag's attribute text (whitespace made single spaces), in either quotes. */
function attribute(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}=`);
  if (at < 0) return undefined;
  const quote = tag[at + name.length + 2];
  if (quote !== '"' && quote !== "'") return undefined;
  const from = at + name.length + 3;
  const end = tag.indexOf(quote, from);
  return end < 0 ? undefined : tag.slice(from, end);
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
  const hasValue = snapshot.value !== null || snapshot.formula !== null;
  cells.note(row, column, hasValue, styleIndex !== undefined && styleIndex !== '0');
  if (!hasValue && snapshot.fill === null) return;
  cells.add(row, column, snapshot);
}

/** The most XML one row may take: far beyond any real row, well within the longest string V8 holds. */
const longestRun = 1 << 28;
const blank = /^\s*$/;

const enum Char {
  Tab = 9,
  /** 'a' is 'A' with this bit set. */
  CaseBit = 32,
  LineFeed = 10,
  Return = 13,
  Space = 32,
  Quote = 34,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Equals = 61,
  Greater = 62,
  A = 65,
  Z = 90,
  LowerN = 110,
  LowerR = 114,
  LowerS = 115,
  LowerT = 116,
}

function isSpace(code: number): boolean {
  return code === Char.Space || code === Char.Tab || code === Char.LineFeed || code === Char.Return;
}

/** The non-negative integer data[from, to) spells in plain digits, or -1. */
function digitsAt(data: string, from: number, to: number): number {
  if (from >= to) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = data.charCodeAt(i);
    if (code < Char.Zero || code > Char.Nine) return -1;
    value = value * 10 + (code - Char.Zero);
  }
  return value;
}

/**
 * All cells of a run of rows in one pass over the text (every cell addressed). The common cell —
 * a number or a shared string, without formula, its attributes in the plain form — is read from
 * the text in place, with no regular expression and no string or object of its own, and takes its
 * format, indent and fill from its style's empty snapshot; every other cell goes through addCell
 * and cellSnapshot. False where a cell has no address or an attribute in another form (the run is
 * then read row by row).
 */
function addressedCells(data: string, context: SheetContext, cells: CellCollector): boolean {
  const { styles, sharedStrings } = context;
  const defaultStyle = styles[styles.length - 1];
  let lastRow = -1;
  let at = 0;
  for (;;) {
    const open = data.indexOf('<c', at);
    if (open < 0) break;
    const after = data.charCodeAt(open + 2);
    if (!isSpace(after) && after !== Char.Greater && after !== Char.Slash) {
      at = open + 2;
      continue;
    }
    const tagEnd = data.indexOf('>', open);
    if (tagEnd < 0) return false;
    const selfClosing = data.charCodeAt(tagEnd - 1) === Char.Slash;
    const attributesEnd = selfClosing ? tagEnd - 1 : tagEnd;
    let reference = -1;
    let referenceEnd = -1;
    let style = -1;
    let styleEnd = -1;
    let type = -1;
    let typeEnd = -1;
    let i = open + 2;
    while (i < attributesEnd) {
      if (isSpace(data.charCodeAt(i))) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < attributesEnd && data.charCodeAt(i) !== Char.Equals && !isSpace(data.charCodeAt(i))) i++;
      // Only name="value": any other form is read row by row, as before this reader.
      if (data.charCodeAt(i) !== Char.Equals || data.charCodeAt(i + 1) !== Char.Quote) return false;
      const valueStart = i + 2;
      const valueEnd = data.indexOf('"', valueStart);
      if (valueEnd < 0 || valueEnd >= attributesEnd) return false;
      if (i - nameStart === 1) {
        const name = data.charCodeAt(nameStart);
        if (name === Char.LowerR) {
          reference = valueStart;
          referenceEnd = valueEnd;
        } else if (name === Char.LowerS) {
          style = valueStart;
          styleEnd = valueEnd;
        } else if (name === Char.LowerT) {
          type = valueStart;
          typeEnd = valueEnd;
        }
      }
      i = valueEnd + 1;
    }
    if (reference < 0) return false;
    let split = reference;
    let column = 0;
    for (; split < referenceEnd; split++) {
      // Column letters in either case, as parseA1 reads them.
      const code = data.charCodeAt(split) & ~Char.CaseBit;
      if (code < Char.A || code > Char.Z) break;
      column = column * 26 + (code - Char.A + 1);
    }
    const rowNumber = digitsAt(data, split, referenceEnd);
    if (split === reference || split - reference > 3 || rowNumber < 0) return false;
    column -= 1;
    const row = rowNumber - 1;
    const close = selfClosing ? tagEnd : data.indexOf('</c>', tagEnd);
    if (close < 0) return false;
    at = selfClosing ? tagEnd + 1 : close + 4;
    if (row < 0) continue;
    lastRow = row;

    const styleIndex = style < 0 ? -2 : digitsAt(data, style, styleEnd);
    // 't' absent or "n": a number; "s": a shared string. The value is the whole content, <v>…</v>.
    const typeCode = type < 0 ? Char.LowerN : typeEnd - type === 1 ? data.charCodeAt(type) : -1;
    const plainValue =
      selfClosing ||
      (data.startsWith('<v>', tagEnd + 1) && data.startsWith('</v>', close - 4) && close - 4 >= tagEnd + 4);
    if (styleIndex === -1 || (typeCode !== Char.LowerN && typeCode !== Char.LowerS) || !plainValue) {
      const tag = data.slice(open + 2, attributesEnd).replace(/\s+/g, ' ');
      addCell(cells, tag, selfClosing ? '' : data.slice(tagEnd + 1, close), row, column, context);
      continue;
    }
    let value: CellValue = null;
    if (!selfClosing && close - 4 > tagEnd + 4) {
      if (typeCode === Char.LowerS) {
        const index = digitsAt(data, tagEnd + 4, close - 4);
        const text = index >= 0 ? sharedStrings[index] : sharedStrings[Number(data.slice(tagEnd + 4, close - 4))];
        value = text === undefined || text === '' ? null : text;
      } else {
        const number = Number(data.slice(tagEnd + 4, close - 4));
        value = Number.isFinite(number) ? number : { error: '#NUM!' };
      }
    }
    const empty = (styleIndex >= 0 ? styles[styleIndex] : undefined)?.empty ?? defaultStyle.empty;
    const hasValue = value !== null;
    // A style of its own is any but the default, written "0".
    cells.note(row, column, hasValue, style >= 0 && !(styleEnd - style === 1 && data.charCodeAt(style) === Char.Zero));
    if (!hasValue && empty.fill === null) continue;
    cells.addFields(row, column, value, null, empty.numberFormat, empty.indent, empty.fill);
  }
  if (lastRow >= 0) context.nextRow = lastRow + 1;
  return true;
}

/** Row by row, for rows whose cells are not all addressed (positions follow the previous ones). */
function cellsByRow(data: string, context: SheetContext, cells: CellCollector): void {
  for (const rowMatch of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = /\br=(["'])(\d+)\1/.exec(rowMatch[1]);
    const row = rowNumber ? Number(rowNumber[2]) - 1 : context.nextRow;
    context.nextRow = row + 1;
    let nextColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(cellPattern)) {
      const tag = cellMatch[1].replace(/\s+/g, ' ');
      const reference = /\br=(["'])([A-Z]+)\d+\1/.exec(tag);
      const column = reference ? columnNumber(reference[2], context) : nextColumn;
      nextColumn = column + 1;
      addCell(cells, tag, cellMatch[2] ?? '', row, column, context);
    }
  }
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
