/**
 * The Open Packaging Conventions over a JSZip archive: parts, relationships, content types,
 * and the workbook's sheet list. Parts are patched as text so that what ExcelJS wrote stays
 * byte for byte as it was, apart from what we add.
 */
import type JSZip from 'jszip';
import { attrOf, childrenOf, childOf, escapeAttr, parseXml, prefixedAttrOf, type XmlElement } from './xml';

export const relationshipType = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  webExtensionTaskpanes: 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes',
  webExtension: 'http://schemas.microsoft.com/office/2011/relationships/webextension',
} as const;

export const contentType = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  webExtensionTaskpanes: 'application/vnd.ms-office.webextensiontaskpanes+xml',
  webExtension: 'application/vnd.ms-office.webextension+xml',
} as const;

export const namespace = {
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  packageRelationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name without leading '/', or the raw target when external. */
  target: string;
  external: boolean;
}

export async function readPart(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async('string') : null;
}

export async function readRequiredPart(zip: JSZip, path: string): Promise<string> {
  const text = await readPart(zip, path);
  if (text === null) throw new PackageError(`The package has no ${path}`);
  return text;
}

export function writePart(zip: JSZip, path: string, xml: string): void {
  zip.file(path, xml.startsWith('<?xml') ? xml : xmlDeclaration + xml);
}

/** 'xl/worksheets/sheet1.xml' → 'xl/worksheets/_rels/sheet1.xml.rels'; '' (the package) → '_rels/.rels'. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function directoryOf(partPath: string): string {
  return partPath.slice(0, partPath.lastIndexOf('/') + 1);
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : directoryOf(sourcePart) + target).split('/');
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === '..') resolved.pop();
    else if (segment !== '.' && segment !== '') resolved.push(segment);
  }
  return resolved.join('/');
}

/** The relative target from one part to another ('xl/drawings/drawing1.xml' → 'xl/charts/chart1.xml' = '../charts/chart1.xml'). */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = directoryOf(sourcePart).split('/').filter(Boolean);
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export async function readRelationships(zip: JSZip, sourcePart: string): Promise<Relationship[]> {
  const text = await readPart(zip, relsPathOf(sourcePart));
  if (text === null) return [];
  return childrenOf(parseXml(text), 'Relationship').map((rel) => {
    const external = attrOf(rel, 'TargetMode') === 'External';
    const target = attrOf(rel, 'Target') ?? '';
    return {
      id: attrOf(rel, 'Id') ?? '',
      type: attrOf(rel, 'Type') ?? '',
      target: external ? target : resolveTarget(sourcePart, target),
      external,
    };
  });
}

/** Adds a relationship from `sourcePart` (creating its .rels part) and returns its new id. */
export async function addRelationship(
  zip: JSZip,
  sourcePart: string,
  type: string,
  targetPart: string,
  external = false,
): Promise<string> {
  const relsPath = relsPathOf(sourcePart);
  const existing =
    (await readPart(zip, relsPath)) ?? `<Relationships xmlns="${namespace.packageRelationships}"></Relationships>`;
  const used = new Set(childrenOf(parseXml(existing), 'Relationship').map((rel) => attrOf(rel, 'Id')));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const target = external || sourcePart === '' ? targetPart : relativeTarget(sourcePart, targetPart);
  const mode = external ? ' TargetMode="External"' : '';
  const relationship = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"${mode}/>`;
  writePart(zip, relsPath, insertBeforeClose(existing, relationship));
  return id;
}

/** Inserts markup just before the closing tag of the document's root element (expanding `<root/>`). */
export function insertBeforeClose(xml: string, markup: string): string {
  const root = parseXml(xml);
  const closing = xml.lastIndexOf('</', root.end);
  if (closing > root.start) return xml.slice(0, closing) + markup + xml.slice(closing);
  // A self-closing root: <Relationships .../>
  const openTag = xml.slice(root.start, root.end - 2);
  return `${xml.slice(0, root.start)}${openTag}>${markup}</${root.name}>${xml.slice(root.end)}`;
}

/** Declares `/partPath` with its content type, unless [Content_Types].xml already does. */
export async function addContentTypeOverride(zip: JSZip, partPath: string, type: string): Promise<void> {
  const path = '[Content_Types].xml';
  const xml = await readRequiredPart(zip, path);
  const partName = `/${partPath}`;
  const declared = childrenOf(parseXml(xml), 'Override').some((override) => attrOf(override, 'PartName') === partName);
  if (declared) return;
  writePart(zip, path, insertBeforeClose(xml, `<Override PartName="${escapeAttr(partName)}" ContentType="${type}"/>`));
}

/** The first free path `${prefix}N${suffix}`, N from 1. */
export function freePartPath(zip: JSZip, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) {
    const path = `${prefix}${n}${suffix}`;
    if (!zip.file(path)) return path;
  }
}

export interface SheetEntry {
  name: string;
  /** 0-based position in <sheets>, the localSheetId of names scoped to it. */
  index: number;
  path: string;
}

export interface WorkbookInfo {
  path: string;
  xml: string;
  root: XmlElement;
  sheets: SheetEntry[];
}

export async function readWorkbook(zip: JSZip): Promise<WorkbookInfo> {
  const main = (await readRelationships(zip, '')).find((rel) => rel.type === relationshipType.officeDocument);
  const path = main?.target ?? 'xl/workbook.xml';
  const xml = await readRequiredPart(zip, path);
  const root = parseXml(xml);
  const rels = await readRelationships(zip, path);
  const sheets = childrenOf(childOf(root, 'sheets'), 'sheet').map((sheet, index) => {
    const rid = prefixedAttrOf(sheet, 'id');
    const rel = rels.find((candidate) => candidate.id === rid);
    if (!rel) throw new PackageError(`Sheet ${attrOf(sheet, 'name')} has no part`);
    return { name: attrOf(sheet, 'name') ?? '', index, path: rel.target };
  });
  return { path, xml, root, sheets };
}

export function sheetByName(workbook: WorkbookInfo, name: string): SheetEntry {
  const sheet = workbook.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new PackageError(`The workbook has no sheet named ${name}`);
  return sheet;
}
