/**
 * Between the in-memory model and the package. The input package is kept: its sheets stay in it
 * until an operation needs them (book.ts), and saving writes into a copy of it, so every part the
 * host did not change is saved byte for byte (see ooxml/merge.ts). A sheet loaded into ExcelJS is
 * saved from ExcelJS; conditional formats are taken out of its ExcelJS worksheet on load (so each
 * Office rule has a stable id) and put back on save; charts, settings and defined names go through
 * the OOXML extras (src/headless/ooxml/).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { errorMessage, type CellValue } from '../core';
import { WorkbookPackage, XlsxReadError, classifyContainer } from '../xlsx';
import { formatRect, parseArea, type Rect } from './address';
import {
  BookModel,
  isVisible,
  withSheets,
  type CellRef,
  type ChartModel,
  type ConditionalFormatModel,
  type SeriesModel,
  type SheetModel,
} from './book';
import { findCell } from './cells';
import { cellSnapshot } from './cell-snapshot';
import {
  addStyleCarrier,
  carriedStyles,
  CellStyleSet,
  sheetDataParts,
  withoutRows,
  withSheetData,
  writesSheetData,
} from './sheet-data';
import { seriesName } from './objects/charts';
import { formatRef, readExtras, writeExtrasInto, type ChartPart, type PackageExtras } from './ooxml';
import { workbookChildrenAfter } from './ooxml/defined-names';
import { graftSheet, removePartTree, removeRelationship, SharedStringTable, WrittenPackage } from './ooxml/merge';
import {
  addRelationship,
  readRelationships,
  readRequiredPart,
  namespace,
  readWorkbook,
  relationshipType,
  writePart,
} from './ooxml/package';
import { freeLike } from './ooxml/kept';
import { readLargePart, readPartStart, zipBytes } from './ooxml/zip-write';
import { attrOf, childOf, childrenOf, elementsOf, escapeAttr, localName, parseXml, type XmlElement } from './ooxml/xml';

/** Fields ExcelJS's worksheet has and its typings leave out (the tab order, the conditional formats). */
interface WorksheetInternals {
  orderNo: number;
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

function internals(ws: ExcelJS.Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

/** ExcelJS writes these sheet-view attributes though its typings do not list them. */
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean; activeCell?: string };

/** The conditional formats of an ExcelJS worksheet as Office rules with stable ids, taken out of the worksheet. */
function takeConditionalFormats(book: BookModel, ws: ExcelJS.Worksheet): ConditionalFormatModel[] {
  const rules = internals(ws).conditionalFormattings.flatMap((formatting) =>
    formatting.rules.map((rule) => ({ ref: formatting.ref, rule })),
  );
  // Office lists rules by priority; the sort is stable for rules of equal priority.
  rules.sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0));
  internals(ws).conditionalFormattings = [];
  return rules.map(({ ref, rule }) => ({
    id: book.newId(1),
    areas: ref
      .split(/\s+/)
      .filter(Boolean)
      .map((area) => parseArea(area)?.rect)
      .filter((rect): rect is Rect => rect !== undefined),
    rule,
  }));
}

/** A model of a workbook made in memory (HeadlessWorkbook.create): every sheet is new. */
export function importWorkbookModel(wb: ExcelJS.Workbook): BookModel {
  const book = new BookModel(wb);
  for (const ws of wb.worksheets) book.adopt(ws).adoptWorksheet(ws, takeConditionalFormats(book, ws));
  wb.definedNames.model = [];
  const activeTab = wb.views?.[0]?.activeTab ?? 0;
  const active = book.sheets[activeTab];
  book.activeSheet = active && isVisible(active) ? active : (book.sheets.find(isVisible) ?? book.sheets[0] ?? null);
  return book;
}

/**
 * The model of an .xlsx file: its sheets stay in the package until an operation reads them. The
 * package is checked as far as the workbook part and the list of sheets; a damaged sheet part is
 * found when that sheet is read.
 */
export async function loadBook(bytes: Uint8Array): Promise<BookModel> {
  const container = classifyContainer(bytes);
  if (container !== 'zip') throw container;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new XlsxReadError('corrupt', errorMessage(error));
  }
  const workbook = await WorkbookPackage.open(zip);
  const worksheets = workbook.sheets.filter((sheet) => sheet.path !== null);
  if (worksheets.length === 0)
    throw new XlsxReadError('no-worksheets', 'a workbook without worksheets (chart sheets only)');
  const extras = await readExtras(zip);
  const book: BookModel = new BookModel(new ExcelJS.Workbook(), (sheet, level) => prepareSheet(book, sheet, level), {
    zip,
    workbook,
    settings: { ...extras.settings },
  });
  for (const entry of worksheets) book.adopt({ entry, cells: null });
  const info = await readWorkbook(zip);
  // Review > Protect Workbook (structure) is kept as <workbookProtection lockStructure="1"/>.
  book.structureProtected = isOn(attrOf(childOf(info.root, 'workbookProtection'), 'lockStructure'));
  const activeTab = Number(attrOf(childOf(childOf(info.root, 'bookViews'), 'workbookView'), 'activeTab') ?? 0);
  const activeEntry = workbook.sheets[activeTab];
  const active = book.sheets.find((sheet) => sheet.input === activeEntry);
  book.activeSheet = active && isVisible(active) ? active : (book.sheets.find(isVisible) ?? book.sheets[0] ?? null);
  importExtras(book, extras);
  return book;
}

/** Reads a packaged sheet's cells, or loads it into an ExcelJS workbook of its own. */
async function prepareSheet(book: BookModel, sheet: SheetModel, level: 'cells' | 'model'): Promise<void> {
  const packaged = sheet.packaged;
  if (!packaged || !book.input) return;
  if (level === 'cells') {
    packaged.cells ??= await book.input.workbook.readSheet(packaged.entry);
    return;
  }
  const ws = await loadWorksheet(book.input.zip, packaged.entry.path ?? '');
  sheet.adoptWorksheet(ws, takeConditionalFormats(book, ws));
}

/**
 * One sheet of the package through ExcelJS's full load: a copy of the package with the other
 * worksheets left out (ExcelJS reads every worksheet part it finds) and no defined names (they may
 * refer to the sheets left out; the host keeps the names itself).
 */
async function loadWorksheet(zip: JSZip, path: string): Promise<ExcelJS.Worksheet> {
  const info = await readWorkbook(zip);
  const rels = await readRelationships(zip, info.path);
  const single = new JSZip();
  const others = new Set(info.sheets.filter((sheet) => sheet.path !== path).map((sheet) => sheet.path));
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir || others.has(name) || name === info.path) continue;
    single.files[name] = file;
  }
  let xml = info.xml;
  const edits = [
    ...childrenOf(childOf(info.root, 'sheets'), 'sheet').filter((element) => {
      const rel = rels.find((candidate) => candidate.id === prefixedId(element));
      return rel?.target !== path;
    }),
    ...(childOf(info.root, 'definedNames') ? [childOf(info.root, 'definedNames')!] : []),
  ].sort((a, b) => b.start - a.start);
  for (const element of edits) xml = xml.slice(0, element.start) + xml.slice(element.end);
  single.file(info.path, xml);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; it reads any Uint8Array (through JSZip).
    await wb.xlsx.load((await zipBytes(single)) as unknown as ArrayBuffer);
  } catch (error) {
    throw new XlsxReadError('corrupt', `${path}: ${errorMessage(error)}`);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new XlsxReadError('corrupt', `${path} is not a worksheet ExcelJS reads`);
  return ws;
}

function prefixedId(element: XmlElement): string | null {
  for (const [name, value] of Object.entries(element.attrs)) {
    if (name.includes(':') && localName(name) === 'id' && !name.startsWith('xmlns:')) return value;
  }
  return null;
}

function refOf(book: BookModel, ref: string): CellRef | null {
  const area = ref ? parseArea(ref) : null;
  const sheet = area?.sheet ? book.findSheet(area.sheet) : null;
  return area && sheet ? { sheet, rect: area.rect } : null;
}

export function importExtras(book: BookModel, extras: PackageExtras): void {
  for (const [key, value] of Object.entries(extras.settings)) book.settings.set(key, value);
  for (const name of extras.names ?? []) {
    const sheet = name.sheet === null ? null : book.findSheet(name.sheet);
    if (name.sheet !== null && !sheet) continue;
    book.names.push({
      name: name.name,
      formula: `=${name.formula}`,
      comment: name.comment ?? '',
      visible: true,
      sheet,
    });
  }
  for (const drawing of extras.kept ?? []) book.findSheet(drawing.sheet)?.importDrawings([], drawing.anchors);
  for (const part of extras.charts) {
    const sheet = book.findSheet(part.sheet);
    if (!sheet) continue;
    const series: SeriesModel[] = [];
    for (const item of part.series) {
      const values = refOf(book, item.valuesRef);
      if (!values) continue;
      series.push({
        nameRef: refOf(book, item.nameRef),
        name: item.name,
        categories: refOf(book, item.categoriesRef),
        values,
        colour: item.colour,
        pointColours: [...item.pointColours],
      });
    }
    const chart: ChartModel = {
      id: book.newId(2),
      name: part.name,
      type: part.type,
      title: part.title,
      legendPosition: part.legend === 'None' ? 'Right' : part.legend,
      legendVisible: part.legend !== 'None',
      from: { ...part.from },
      to: { ...part.to },
      valueAxisNumberFormat: part.valueAxisNumberFormat,
      series,
    };
    sheet.importDrawings([chart], []);
  }
}

/**
 * Whether a sheet is saved from ExcelJS: a new one, one written to, or the one holding the selection
 * (kept in its part). Any other sheet of the input keeps its part, loaded into ExcelJS for a read or not.
 */
function savedFromModel(book: BookModel, sheet: SheetModel): boolean {
  if (sheet.packaged) return false;
  return !sheet.input?.path || sheet.written || sheet === book.selection?.sheet;
}

/** Puts the model into the ExcelJS worksheets of the sheets saved from ExcelJS. */
function prepareForSave(book: BookModel): void {
  for (const sheet of book.sheets) {
    if (!savedFromModel(book, sheet)) continue;
    internals(sheet.ws).conditionalFormattings = sheet.conditionalFormats.map((cf, priority) => ({
      ref: cf.areas.map((rect) => formatRect(rect)).join(' '),
      rules: [{ ...cf.rule, priority: priority + 1 }],
    }));
    const selected = sheet === book.activeSheet;
    const [view, ...others]: SheetView[] = sheet.ws.views?.length ? sheet.ws.views : [{ state: 'normal' }];
    const selection =
      book.selection?.sheet === sheet
        ? formatRect({ ...book.selection.rect, bottom: book.selection.rect.top, right: book.selection.rect.left })
        : undefined;
    const views: SheetView[] = [
      { ...view, tabSelected: selected, ...(selection ? { activeCell: selection } : {}) },
      ...others,
    ];
    sheet.ws.views = views as ExcelJS.WorksheetView[];
    // Names are the host's (written into the workbook part below), not ExcelJS's.
    sheet.ws.workbook.definedNames.model = [];
  }
}

/** A text or number of a referenced cell, for a chart's caches; packaged sheets answer from their snapshot. */
function cellValue(ref: CellRef, row: number, column: number): CellValue {
  if (ref.sheet.packaged) {
    const { snapshot } = ref.sheet.packagedCells;
    return snapshot.values[row - snapshot.origin.row]?.[column - snapshot.origin.column] ?? null;
  }
  const cell = findCell(ref.sheet.ws, row, column);
  return cell ? cellSnapshot(cell).value : null;
}

function cellText(ref: CellRef, row: number, column: number): string {
  const value = cellValue(ref, row, column);
  if (value === null) return '';
  return typeof value === 'object' ? value.error : String(value);
}

function cellNumber(ref: CellRef, row: number, column: number): number | null {
  const value = cellValue(ref, row, column);
  return typeof value === 'number' ? value : null;
}

function cellsOf<V>(ref: CellRef, read: (ref: CellRef, row: number, column: number) => V): V[] {
  const result: V[] = [];
  for (let r = ref.rect.top; r <= ref.rect.bottom; r++) {
    for (let c = ref.rect.left; c <= ref.rect.right; c++) result.push(read(ref, r, c));
  }
  return result;
}

function refText(ref: CellRef): string {
  return formatRef(ref.sheet.name, formatRect(ref.rect));
}

function exportExtras(book: BookModel): PackageExtras {
  const charts: ChartPart[] = [];
  // A sheet that keeps its part has its drawing in the package already, as it was.
  const written = book.sheets.filter((sheet) => savedFromModel(book, sheet));
  for (const sheet of written) {
    for (const chart of sheet.charts) {
      const series = chart.series.filter((item) => !item.values.sheet.deleted);
      charts.push({
        sheet: sheet.name,
        name: chart.name,
        type: chart.type,
        title: chart.title,
        // The package models bottom and right legends; other Office positions are saved on the right.
        legend: !chart.legendVisible ? 'None' : chart.legendPosition === 'Bottom' ? 'Bottom' : 'Right',
        valueAxisNumberFormat: chart.valueAxisNumberFormat,
        from: { ...chart.from },
        to: { ...chart.to },
        series: series.map((item) => ({
          name: seriesName(item),
          nameRef: item.nameRef && !item.nameRef.sheet.deleted ? refText(item.nameRef) : '',
          categoriesRef: item.categories && !item.categories.sheet.deleted ? refText(item.categories) : '',
          valuesRef: refText(item.values),
          categories: item.categories && !item.categories.sheet.deleted ? cellsOf(item.categories, cellText) : [],
          values: cellsOf(item.values, cellNumber),
          colour: item.colour,
          pointColours: [...item.pointColours],
        })),
      });
    }
  }
  return {
    charts,
    settings: Object.fromEntries(book.settings),
    kept: written
      .filter((sheet) => sheet.keptDrawings.length > 0)
      .map((sheet) => ({ sheet: sheet.name, anchors: sheet.keptDrawings })),
    names: book.names.map((item) => ({
      name: item.name,
      formula: item.formula.replace(/^=/, ''),
      comment: item.comment === '' ? null : item.comment,
      sheet: item.sheet?.name ?? null,
    })),
  };
}

/**
 * Saves into a copy of the input package (or of an empty one): the parts of sheets never written
 * stay byte for byte; sheets saved from ExcelJS are grafted in; the workbook part gets the sheet
 * list, views, names and calculation flag of the model; charts and settings are added last.
 */
export async function saveBook(book: BookModel): Promise<Uint8Array> {
  // The selection is kept in its sheet's part: a packaged sheet holding it is saved from ExcelJS.
  const selected = book.selection?.sheet;
  if (selected?.packaged) await book.prepareSheet(selected, 'model');
  prepareForSave(book);
  const zip = book.input
    ? copyOf(book.input.zip)
    : await JSZip.loadAsync(await new ExcelJS.Workbook().xlsx.writeBuffer());
  const info = await readWorkbook(zip);
  const workbookRels = await readRelationships(zip, info.path);
  const sheetElements = childrenOf(childOf(info.root, 'sheets'), 'sheet');
  const relOf = (element: XmlElement) => workbookRels.find((rel) => rel.id === prefixedId(element)) ?? null;
  const isWorksheet = (element: XmlElement) => relOf(element)?.type === relationshipType.worksheet;

  // Input worksheets the model no longer has (deleted) go, with the parts only they used.
  const kept = new Set(book.sheets.map((sheet) => sheet.input?.path).filter((path) => path !== undefined));
  for (const element of sheetElements) {
    const rel = relOf(element);
    if (!rel || !isWorksheet(element) || kept.has(rel.target)) continue;
    await removePartTree(zip, rel.target);
    await removeRelationship(zip, info.path, rel.id);
  }

  // Sheets saved from ExcelJS: one written package per ExcelJS workbook, each sheet grafted in. The
  // cells of the sheets the add-in created are written here instead (sheet-data.ts), into the
  // parts ExcelJS wrote around them, once every package's strings are in the target's.
  const styles = new CellStyleSet();
  const direct = new Set<SheetModel>();
  for (const sheet of book.sheets) {
    if (savedFromModel(book, sheet) && !sheet.input?.path && writesSheetData(sheet.ws, styles)) direct.add(sheet);
  }
  const writtenBy = new Map<ExcelJS.Workbook, WrittenPackage>();
  const directParts: { sheet: SheetModel; path: string; written: WrittenPackage }[] = [];
  const relationshipPrefix = prefixOf(info.xml, namespace.relationships);
  let nextSheetId = Math.max(0, ...sheetElements.map((element) => Number(attrOf(element, 'sheetId')) || 0)) + 1;
  const newElements = new Map<SheetModel, string>();
  for (const sheet of book.sheets) {
    if (!savedFromModel(book, sheet)) continue;
    const wb = sheet.ws.workbook;
    let written = writtenBy.get(wb);
    if (!written) {
      written = await writtenPackageOf(
        wb,
        [...direct].filter((item) => item.ws.workbook === wb),
        styles,
      );
      writtenBy.set(wb, written);
    }
    if (sheet.input?.path) {
      await removePartTree(zip, sheet.input.path);
      await graftSheet(zip, info.path, written, sheet.name, sheet.input.path);
      continue;
    }
    const path = freeLike(zip, 'xl/worksheets/sheet1.xml', new Set());
    await graftSheet(zip, info.path, written, sheet.name, path);
    if (direct.has(sheet)) directParts.push({ sheet, path, written });
    const id = await addRelationship(zip, info.path, relationshipType.worksheet, path);
    const idAttribute = relationshipPrefix
      ? `${relationshipPrefix}:id="${id}"`
      : `xmlns:r="${namespace.relationships}" r:id="${id}"`;
    newElements.set(sheet, `<sheet name="${escapeAttr(sheet.name)}" sheetId="${nextSheetId++}" ${idAttribute}/>`);
  }
  if (directParts.length > 0) {
    const strings = await SharedStringTable.open(zip, info.path);
    for (const { sheet, path, written } of directParts) {
      const maps = await written.indexMaps(zip, info.path);
      const xfOf = written.carriedStyles.map((xf) => maps.xf[xf] ?? 0);
      const parts = sheetDataParts(sheet.ws, styles, xfOf, strings);
      zip.file(path, withSheetData(await readRequiredPart(zip, path), parts));
    }
    await strings.save();
  }

  // The sheet list in the model's order; chart sheets (which the host does not list) where they were.
  const elementOf = (sheet: SheetModel): string => {
    const original = sheetElements[sheet.input?.index ?? -1];
    let element = original ? info.xml.slice(original.start, original.end) : newElements.get(sheet)!;
    if (attrOf(original ?? null, 'name') !== sheet.name)
      element = setAttribute(element, 'name', escapeAttr(sheet.name));
    const state = attrOf(original ?? null, 'state') ?? 'visible';
    if (state === sheet.visibility) return element;
    return sheet.visibility === 'visible'
      ? element.replace(/\sstate\s*=\s*(["'])[^"']*\1/, '')
      : setAttribute(element, 'state', sheet.visibility);
  };
  const queue = [...book.sheets];
  const order: { xml: string; from: number | null; sheet: SheetModel | null }[] = [];
  sheetElements.forEach((element, index) => {
    if (!isWorksheet(element))
      order.push({ xml: info.xml.slice(element.start, element.end), from: index, sheet: null });
    else if (queue.length > 0) {
      const sheet = queue.shift()!;
      order.push({ xml: elementOf(sheet), from: sheet.input?.index ?? null, sheet });
    }
  });
  for (const sheet of queue) order.push({ xml: elementOf(sheet), from: sheet.input?.index ?? null, sheet });
  const newIndex = new Map<number, number>();
  order.forEach((item, index) => {
    if (item.from !== null) newIndex.set(item.from, index);
  });

  const sheetsElement = childOf(info.root, 'sheets');
  let xml = info.xml;
  const list = order.map((item) => item.xml).join('');
  if (sheetsElement) {
    const openTag = xml.slice(sheetsElement.start, xml.indexOf('>', sheetsElement.start) + 1).replace(/\/>$/, '>');
    xml = `${xml.slice(0, sheetsElement.start)}${openTag}${list}</${sheetsElement.name}>${xml.slice(sheetsElement.end)}`;
  } else {
    // A workbook part without sheets (an empty ExcelJS workbook): CT_Workbook puts them before these.
    const later = workbookChildrenAfter('sheets');
    const next = elementsOf(info.root).find((child) => later.has(localName(child.name)));
    const at = next ? next.start : xml.lastIndexOf('</', info.root.end);
    xml = `${xml.slice(0, at)}<sheets>${list}</sheets>${xml.slice(at)}`;
  }
  xml = renumberExcelNames(xml, newIndex);
  const activeTab = Math.max(
    0,
    order.findIndex((item) => item.sheet !== null && item.sheet === book.activeSheet),
  );
  xml = withBookView(xml, activeTab);
  xml = withStructureProtection(xml, book.structureProtected);
  if (book.sheets.some((sheet) => sheet.writtenFormulas.size > 0)) {
    // Excel and LibreOffice then compute what the host left without a cached result.
    xml = withFullCalcOnLoad(xml);
  }
  writePart(zip, info.path, xml);

  // A sheet that keeps its part changes only in the one attribute that says whether its tab is selected.
  for (const sheet of book.sheets) {
    if (sheet.input?.path && !savedFromModel(book, sheet))
      await setTabSelected(zip, sheet.input.path, sheet === book.activeSheet);
  }

  const extras = await withSheets(book, () => exportExtras(book));
  const settingsChanged = !sameSettings(book.settings, book.input?.settings ?? {});
  await writeExtrasInto(zip, settingsChanged ? extras : { ...extras, settings: {} }, { settings: settingsChanged });
  return zipBytes(zip);
}

function sameSettings(
  a: ReadonlyMap<string, string> | Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): boolean {
  const entries = a instanceof Map ? [...a.entries()] : Object.entries(a);
  return entries.length === Object.keys(b).length && entries.every(([key, value]) => b[key] === value);
}

/** A package sharing the input's entries: changing it leaves the input as it was. */
function copyOf(zip: JSZip): JSZip {
  const copy = new JSZip();
  for (const [name, file] of Object.entries(zip.files)) copy.files[name] = file;
  return copy;
}

/**
 * What ExcelJS writes of a workbook: every sheet, those in `direct` without their cells (with a sheet
 * carrying one cell per style of theirs, read back for the styles' indices and not grafted).
 */
async function writtenPackageOf(
  wb: ExcelJS.Workbook,
  direct: readonly SheetModel[],
  styles: CellStyleSet,
): Promise<WrittenPackage> {
  const carrier = direct.length > 0 ? addStyleCarrier(wb, styles, freeWorksheetName(wb)) : null;
  let bytes: ExcelJS.Buffer;
  try {
    // Stored, not deflated: this package is only read back here, and the target compresses once.
    bytes = await withoutRows(
      direct.map((sheet) => sheet.ws),
      () => wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } }),
    );
  } finally {
    if (carrier) wb.removeWorksheet(carrier.id);
  }
  const zip = await JSZip.loadAsync(bytes);
  const info = await readWorkbook(zip);
  const parts = new Map(info.sheets.map((sheet) => [sheet.name, sheet.path]));
  const carrierPath = carrier ? parts.get(carrier.name) : undefined;
  const carried = carrierPath ? carriedStyles(await readRequiredPart(zip, carrierPath), styles) : [0];
  return new WrittenPackage(zip, info.path, parts, carried);
}

/** A sheet name the workbook does not use, for a sheet that lives only while it is written. */
function freeWorksheetName(wb: ExcelJS.Workbook): string {
  const used = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `styles ${n}`;
    if (!used.has(name)) return name;
  }
}

function prefixOf(xml: string, uri: string): string | null {
  for (const match of xml.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) if (match[2] === uri) return match[1];
  return null;
}

function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)(["'])[^"']*\\2`);
  if (pattern.test(tag)) return tag.replace(pattern, (_, head: string) => `${head}"${value}"`);
  return tag.replace(/^<([\w:.-]+)/, `<$1 ${name}="${value}"`);
}

/** Excel's own names (print areas, filters) follow their sheets to the new positions; a deleted sheet's go. */
function renumberExcelNames(xml: string, newIndex: ReadonlyMap<number, number>): string {
  const names = childOf(parseXml(xml), 'definedNames');
  if (!names) return xml;
  let result = xml;
  for (const element of [...elementsOf(names)].reverse()) {
    const scope = attrOf(element, 'localSheetId');
    if (scope === null) continue;
    const moved = newIndex.get(Number(scope));
    const text = result.slice(element.start, element.end);
    const replacement = moved === undefined ? '' : setAttribute(text, 'localSheetId', String(moved));
    result = result.slice(0, element.start) + replacement + result.slice(element.end);
  }
  return result;
}

function withBookView(xml: string, activeTab: number): string {
  const root = parseXml(xml);
  const view = childOf(childOf(root, 'bookViews'), 'workbookView');
  if (!view) {
    // CT_Workbook: bookViews comes just before sheets.
    const sheets = childOf(root, 'sheets');
    if (!sheets || childOf(root, 'bookViews')) return xml;
    const prefix = root.name.includes(':') ? `${root.name.slice(0, root.name.indexOf(':'))}:` : '';
    const views = `<${prefix}bookViews><${prefix}workbookView activeTab="${activeTab}"/></${prefix}bookViews>`;
    return xml.slice(0, sheets.start) + views + xml.slice(sheets.start);
  }
  const end = xml.indexOf('>', view.start);
  let tag = xml.slice(view.start, end);
  const firstSheet = Math.min(Number(attrOf(view, 'firstSheet') ?? 0), activeTab);
  tag = setAttribute(tag.replace(/\/$/, ''), 'activeTab', String(activeTab));
  tag = setAttribute(tag, 'firstSheet', String(firstSheet));
  return xml.slice(0, view.start) + tag + (xml[end - 1] === '/' ? '/' : '') + xml.slice(end);
}

/** An xsd:boolean attribute as OOXML writes it: "1" or "true". */
function isOn(value: string | null | undefined): boolean {
  return value === '1' || value === 'true';
}

/**
 * The workbook part with structure protection as the model has it: the file's <workbookProtection>
 * as it was where that already says so (its other locks and its password hash stay), lockStructure
 * set or cleared where protect() or unprotect() changed it.
 */
function withStructureProtection(xml: string, structureProtected: boolean): string {
  const element = childOf(parseXml(xml), 'workbookProtection');
  if (isOn(attrOf(element, 'lockStructure')) === structureProtected) return xml;
  return withWorkbookChildAttribute(xml, 'workbookProtection', 'lockStructure', structureProtected ? '1' : null);
}

function withFullCalcOnLoad(xml: string): string {
  return withWorkbookChildAttribute(xml, 'calcPr', 'fullCalcOnLoad', '1');
}

/**
 * The workbook part with `attribute` of its `child` element set (or, for null, removed); a child
 * not there yet is added where CT_Workbook puts it, before the first of the children after it.
 */
function withWorkbookChildAttribute(
  xml: string,
  child: 'workbookProtection' | 'calcPr',
  attribute: string,
  value: string | null,
): string {
  const root = parseXml(xml);
  const element = childOf(root, child);
  if (element) {
    const end = xml.indexOf('>', element.start);
    const selfClosing = xml[end - 1] === '/';
    const tag = xml.slice(element.start, selfClosing ? end - 1 : end);
    const changed =
      value === null
        ? tag.replace(new RegExp(`\\s${attribute}\\s*=\\s*(["'])[^"']*\\1`), '')
        : setAttribute(tag, attribute, value);
    return xml.slice(0, element.start) + changed + (selfClosing ? '/' : '') + xml.slice(end);
  }
  if (value === null) return xml;
  const later = workbookChildrenAfter(child);
  const next = elementsOf(root).find((other) => later.has(localName(other.name)));
  const at = next ? next.start : xml.lastIndexOf('</', root.end);
  const prefix = root.name.includes(':') ? `${root.name.slice(0, root.name.indexOf(':'))}:` : '';
  return `${xml.slice(0, at)}<${prefix}${child} ${attribute}="${value}"/>${xml.slice(at)}`;
}

/** Sets or clears tabSelected on the sheet's first view, changing the part only when it differs. */
async function setTabSelected(zip: JSZip, path: string, selected: boolean): Promise<void> {
  // The views come before the cells: the start of the part tells whether anything changes at all.
  const start = await readPartStart(zip, path, 65536);
  if (start === null) return;
  let xml = start.whole || start.text.includes('sheetData') ? start.text : await readLargePart(zip, path);
  const view = xml === null ? null : firstSheetView(xml);
  if (xml === null || view === null || view.selected === selected) return;
  // Changing it: the whole part, of which the start read is a prefix (the tag is at the same place).
  if (xml === start.text && !start.whole) xml = await readLargePart(zip, path);
  if (xml === null) return;
  const changed = selected
    ? view.tag.replace(/^<([\w:.-]+)/, '<$1 tabSelected="1"')
    : view.tag.replace(/\stabSelected\s*=\s*["'][^"']*["']/, '');
  writePart(zip, path, xml.slice(0, view.index) + changed + xml.slice(view.index + view.tag.length));
}

/** The first sheetView start tag before the cells, and whether it says the tab is selected; null when there is none. */
function firstSheetView(xml: string): { tag: string; index: number; selected: boolean } | null {
  const match = /<(?:[\w.-]+:)?sheetView\b[^>]*>/.exec(xml.slice(0, Math.max(0, xml.indexOf('sheetData')) || 65536));
  if (!match) return null;
  return { tag: match[0], index: match.index, selected: /\stabSelected\s*=\s*["'](?:1|true)["']/.test(match[0]) };
}
