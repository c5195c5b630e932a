/**
 * Package parts ExcelJS neither writes nor keeps, added to (and read from) a saved .xlsx:
 * native charts (DrawingML), Office add-in settings (web extension parts) and defined names
 * with sheet scope and comments. Node and browser alike: JSZip over bytes, no file system.
 *
 * writeExtras expects a package as ExcelJS writes it (no charts, no add-in parts of its own);
 * on a sheet where ExcelJS already wrote a drawing (images) the charts are appended to it.
 */
import JSZip from 'jszip';
import { chartXml, readChartXml } from './chart-xml';
import { readDefinedNames, writeDefinedNames } from './defined-names';
import { chartAnchorXml, emptyDrawingXml, nextShapeId, readChartAnchors } from './drawing-xml';
import {
  addContentTypeOverride,
  addRelationship,
  contentType,
  freePartPath,
  insertBeforeClose,
  readPart,
  readRelationships,
  readRequiredPart,
  readWorkbook,
  relationshipType,
  sheetByName,
  writePart,
  type WorkbookInfo,
} from './package';
import { readSettings, writeSettings } from './settings-xml';
import { keptAnchorsOf, writeKeptAnchors } from './kept';
import type { ChartPart, KeptAnchor, KeptDrawing, PackageExtras } from './types';
import { insertDrawing } from './worksheet';
import { childOf, XmlSyntaxError } from './xml';

export type {
  ChartPart,
  ChartPartType,
  ChartSeriesPart,
  DefinedNamePart,
  KeptAnchor,
  KeptDrawing,
  KeptPart,
  KeptRelationship,
  PackageExtras,
} from './types';
export { formatRef, parseRef } from './refs';
export { ADD_IN_ID, ADD_IN_VERSION } from './settings-xml';

export async function writeExtras(xlsx: Uint8Array, extras: PackageExtras): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  await writeExtrasInto(zip, extras);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** writeExtras on an open package, which the caller saves. */
export async function writeExtrasInto(
  zip: JSZip,
  extras: PackageExtras,
  options: { settings: boolean } = { settings: true },
): Promise<void> {
  const workbook = await readWorkbook(zip);
  const bySheet = new Map<string, { charts: ChartPart[]; kept: KeptAnchor[] }>();
  const entryOf = (sheet: string): { charts: ChartPart[]; kept: KeptAnchor[] } => {
    const entry = bySheet.get(sheet) ?? { charts: [], kept: [] };
    bySheet.set(sheet, entry);
    return entry;
  };
  for (const chart of extras.charts) {
    checkAnchor(chart);
    entryOf(chart.sheet).charts.push(chart);
  }
  for (const drawing of extras.kept ?? []) entryOf(drawing.sheet).kept.push(...drawing.anchors);
  for (const [sheet, { charts, kept }] of bySheet) {
    if (charts.length + kept.length > 0) await writeSheetDrawing(zip, workbook, sheet, charts, kept);
  }
  if (options.settings) await writeSettings(zip, extras.settings);
  if (extras.names) writePart(zip, workbook.path, writeDefinedNames(workbook, extras.names));
}

function checkAnchor(chart: ChartPart): void {
  const { from, to } = chart;
  const cells = [from.row, from.column, to.row, to.column];
  if (!cells.every((n) => Number.isInteger(n) && n >= 0) || to.row < from.row || to.column < from.column) {
    throw new Error(`Chart ${chart.name} has no cells to cover: from ${JSON.stringify(from)} to ${JSON.stringify(to)}`);
  }
}

async function writeSheetDrawing(
  zip: JSZip,
  workbook: WorkbookInfo,
  sheetName: string,
  charts: ChartPart[],
  kept: KeptAnchor[],
): Promise<void> {
  const sheet = sheetByName(workbook, sheetName);
  // A sheet has at most one drawing: its relationship names it without reading the (possibly large) sheet part.
  const existing = await drawingOf(zip, sheet.path);
  let drawingPath: string;
  if (existing) {
    drawingPath = existing;
  } else {
    const sheetXml = await readRequiredPart(zip, sheet.path);
    drawingPath = freePartPath(zip, 'xl/drawings/drawing', '.xml');
    writePart(zip, drawingPath, emptyDrawingXml());
    const id = await addRelationship(zip, sheet.path, relationshipType.drawing, drawingPath);
    writePart(zip, sheet.path, insertDrawing(sheetXml, id));
  }
  await addContentTypeOverride(zip, drawingPath, contentType.drawing);
  let drawingXml = await readRequiredPart(zip, drawingPath);
  // Kept objects first: they were there before the add-in's charts, which stay on top.
  const keptMarkup = await writeKeptAnchors(zip, drawingPath, kept, nextShapeId(drawingXml));
  const anchors: string[] = [keptMarkup.markup];
  let shapeId = keptMarkup.nextShapeId;
  for (const chart of charts) {
    const chartPath = freePartPath(zip, 'xl/charts/chart', '.xml');
    writePart(zip, chartPath, chartXml(chart));
    await addContentTypeOverride(zip, chartPath, contentType.chart);
    const relationshipId = await addRelationship(zip, drawingPath, relationshipType.chart, chartPath);
    anchors.push(chartAnchorXml({ name: chart.name, from: chart.from, to: chart.to, relationshipId }, shapeId++));
  }
  drawingXml = insertBeforeClose(drawingXml, anchors.join(''));
  writePart(zip, drawingPath, drawingXml);
}

/** The drawing part of a sheet, found through the sheet's relationships. */
async function drawingOf(zip: JSZip, sheetPath: string): Promise<string | null> {
  const drawing = (await readRelationships(zip, sheetPath)).find(
    (rel) => rel.type === relationshipType.drawing && !rel.external && zip.file(rel.target) !== null,
  );
  return drawing?.target ?? null;
}

/**
 * What writeExtras wrote (and the bar and column charts other writers made). A part that cannot
 * be parsed is passed over, not fatal: the workbook still opens, without what that part held.
 */
export async function readExtras(xlsx: Uint8Array | JSZip): Promise<PackageExtras> {
  const zip = xlsx instanceof Uint8Array ? await JSZip.loadAsync(xlsx) : xlsx;
  const workbook = await readWorkbook(zip);
  const charts: ChartPart[] = [];
  const kept: KeptDrawing[] = [];
  for (const sheet of workbook.sheets) {
    const drawing = await drawingOf(zip, sheet.path);
    const drawingXml = drawing ? await readPart(zip, drawing) : null;
    if (!drawing || drawingXml === null) continue;
    const anchors = unlessMalformed(() => readChartAnchors(drawingXml)) ?? [];
    const drawingRelationships = anchors.length > 0 ? await readRelationships(zip, drawing) : [];
    const modelled = new Set<number>();
    for (const anchor of anchors) {
      const chartRelationship = drawingRelationships.find((rel) => rel.id === anchor.relationshipId && !rel.external);
      const xml = chartRelationship ? await readPart(zip, chartRelationship.target) : null;
      const content = xml === null ? null : unlessMalformed(() => readChartXml(xml));
      if (!content) continue;
      modelled.add(anchor.start);
      charts.push({ sheet: sheet.name, name: anchor.name, from: anchor.from, to: anchor.to, ...content });
    }
    // What ExcelJS keeps itself (pictures) and what became a ChartPart is not kept again.
    const keptAnchors =
      (await unlessMalformedAsync(() =>
        keptAnchorsOf(
          zip,
          drawing,
          drawingXml,
          async (anchor) => !modelled.has(anchor.start) && !childOf(anchor, 'pic'),
        ),
      )) ?? [];
    if (keptAnchors.length > 0) kept.push({ sheet: sheet.name, anchors: keptAnchors });
  }
  const settings = await readSettings(zip).catch(malformedAs<Record<string, string>>({}));
  return { charts, settings, names: readDefinedNames(workbook), kept };
}

function unlessMalformed<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    return malformedAs<T | null>(null)(error);
  }
}

async function unlessMalformedAsync<T>(read: () => Promise<T>): Promise<T | null> {
  return read().catch(malformedAs<T | null>(null));
}

function malformedAs<T>(fallback: T): (error: unknown) => T {
  return (error) => {
    if (error instanceof XmlSyntaxError) return fallback;
    throw error;
  };
}

/** The add-in's settings stored in an .xlsx (its web extension part), without reading the rest of the package; {} when none. */
export async function readAddInSettings(xlsx: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(xlsx);
  return readSettings(zip).catch(malformedAs<Record<string, string>>({}));
}
