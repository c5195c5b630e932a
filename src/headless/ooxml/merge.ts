/**
 * Saving into the input package: the parts the host did not change stay as they were, and the
 * sheets it wrote (through ExcelJS, one package per ExcelJS workbook) are grafted in. A grafted
 * sheet brings its styles (appended to the package's styles part, indices remapped), its strings
 * (appended to the shared strings), and the parts it relates to (drawings, images, comments,
 * tables) under fresh names. The workbook part, its relationships and the content types are
 * patched as text; nothing else is re-serialised.
 */
import type JSZip from 'jszip';
import { contentTypeOf, freeLike } from './kept';
import {
  addContentTypeOverride,
  addRelationship,
  namespace,
  readPart,
  readRelationships,
  readRequiredPart,
  relativeTarget,
  relsPathOf,
  writePart,
  type Relationship,
} from './package';
import {
  attrOf,
  childOf,
  childrenOf,
  elementsOf,
  escapeAttr,
  escapeCellText,
  localName,
  parseXml,
  type XmlElement,
} from './xml';

const stylesType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const sharedStringsType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';
const worksheetContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const stylesContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const sharedStringsContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';

/** Where the indices of a written package's styles and strings land in the target package. */
export interface IndexMaps {
  readonly xf: readonly number[];
  readonly dxf: readonly number[];
  readonly string: readonly number[];
}

function elementText(xml: string, element: XmlElement): string {
  return xml.slice(element.start, element.end);
}

/** The part the workbook relates to by `type`, or null. */
async function workbookPartOf(zip: JSZip, workbookPath: string, type: string): Promise<string | null> {
  const rel = (await readRelationships(zip, workbookPath)).find((r) => r.type === type && !r.external);
  return rel && zip.file(rel.target) ? rel.target : null;
}

/**
 * Appends the items of `section` in the written styles to the same section of the target,
 * reusing an identical item already there; returns the new index of each written item.
 */
function appendItems(
  target: { xml: string },
  written: string,
  writtenRoot: XmlElement,
  section: string,
  rewrite: (item: string) => string = (item) => item,
): number[] {
  const from = childOf(writtenRoot, section);
  const items = from ? elementsOf(from).map((item) => rewrite(elementText(written, item))) : [];
  if (items.length === 0) return [];
  const root = parseXml(target.xml);
  const into = childOf(root, section);
  const existing = into ? elementsOf(into).map((item) => elementText(target.xml, item)) : [];
  const { map, added } = appendNew(existing, items);
  if (added.length > 0) target.xml = withItems(target.xml, root, into, section, added, existing.length + added.length);
  return map;
}

/** CT_Stylesheet's children in schema order (ECMA-376 Part 1, 18.8.39). */
const stylesheetOrder = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

function withItems(
  xml: string,
  root: XmlElement,
  section: XmlElement | null,
  name: string,
  items: readonly string[],
  count: number,
): string {
  if (section) {
    const closing = xml.lastIndexOf('</', section.end - 1);
    const selfClosing = closing < section.start;
    const openEnd = xml.indexOf('>', section.start);
    const openTag = xml.slice(section.start, selfClosing ? openEnd - 1 : openEnd).replace(/\s+count="\d*"/, '');
    const before = selfClosing ? '' : xml.slice(openEnd + 1, closing);
    const element = `${openTag.trimEnd()} count="${count}">${before}${items.join('')}</${section.name}>`;
    return xml.slice(0, section.start) + element + xml.slice(section.end);
  }
  const prefix = root.name.includes(':') ? `${root.name.slice(0, root.name.indexOf(':'))}:` : '';
  const element = `<${prefix}${name} count="${count}">${items.join('')}</${prefix}${name}>`;
  const later = new Set(stylesheetOrder.slice(stylesheetOrder.indexOf(name) + 1));
  const next = elementsOf(root).find((child) => later.has(localName(child.name)));
  const at = next ? next.start : xml.lastIndexOf('</', root.end);
  return xml.slice(0, at) + element + xml.slice(at);
}

function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)(["'])[^"']*\\2`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${value}"`);
  return tag.replace(/^<([\w:.-]+)/, `<$1 ${name}="${value}"`);
}

/** Maps the attributes of an element's start tag that hold indices. */
function remapStartTag(item: string, maps: Readonly<Record<string, (value: number) => number>>): string {
  const end = item.indexOf('>');
  let tag = item.slice(0, end);
  for (const [name, map] of Object.entries(maps)) {
    const match = new RegExp(`\\s${name}\\s*=\\s*["'](\\d+)["']`).exec(tag);
    if (match) tag = setAttribute(tag, name, String(map(Number(match[1]))));
  }
  return tag + item.slice(end);
}

/** Merges the written styles into the target's styles part; returns where each cell format (xf) and dxf went. */
async function mergeStyles(
  target: JSZip,
  targetWorkbook: string,
  written: JSZip,
  writtenWorkbook: string,
): Promise<{ xf: number[]; dxf: number[] }> {
  const writtenPath = await workbookPartOf(written, writtenWorkbook, stylesType);
  const writtenXml = writtenPath ? await readPart(written, writtenPath) : null;
  if (writtenXml === null) return { xf: [], dxf: [] };
  let targetPath = await workbookPartOf(target, targetWorkbook, stylesType);
  if (targetPath === null) {
    // A package without styles: the written one becomes its styles part as it is.
    targetPath = freeLike(target, 'xl/styles.xml', new Set());
    writePart(target, targetPath, writtenXml);
    await addRelationship(target, targetWorkbook, stylesType, targetPath);
    await addContentTypeOverride(target, targetPath, stylesContentType);
    const root = parseXml(writtenXml);
    const identity = (section: string) => elementsOf(childOf(root, section) ?? root).map((_, i) => i);
    return { xf: identity('cellXfs'), dxf: identity('dxfs') };
  }
  const writtenRoot = parseXml(writtenXml);
  const styles = { xml: await readRequiredPart(target, targetPath) };

  // Custom number formats get ids the target does not use (164 and up are the custom ones).
  const targetFormats = childrenOf(childOf(parseXml(styles.xml), 'numFmts'), 'numFmt');
  const byCode = new Map<string, number>();
  let nextFormatId = 164;
  for (const format of targetFormats) {
    const id = Number(attrOf(format, 'numFmtId'));
    byCode.set(attrOf(format, 'formatCode') ?? '', id);
    nextFormatId = Math.max(nextFormatId, id + 1);
  }
  const formatIds = new Map<number, number>();
  const newFormats: string[] = [];
  for (const format of childrenOf(childOf(writtenRoot, 'numFmts'), 'numFmt')) {
    const id = Number(attrOf(format, 'numFmtId'));
    const code = attrOf(format, 'formatCode') ?? '';
    let mapped = byCode.get(code);
    if (mapped === undefined) {
      mapped = nextFormatId++;
      byCode.set(code, mapped);
      newFormats.push(`<numFmt numFmtId="${mapped}" formatCode="${escapeAttr(code)}"/>`);
    }
    formatIds.set(id, mapped);
  }
  if (newFormats.length > 0) {
    const root = parseXml(styles.xml);
    const section = childOf(root, 'numFmts');
    const count = (section ? elementsOf(section).length : 0) + newFormats.length;
    styles.xml = withItems(styles.xml, root, section, 'numFmts', newFormats, count);
  }
  const formatOf = (id: number) => formatIds.get(id) ?? id;
  const fonts = appendItems(styles, writtenXml, writtenRoot, 'fonts');
  const fills = appendItems(styles, writtenXml, writtenRoot, 'fills');
  const borders = appendItems(styles, writtenXml, writtenRoot, 'borders');
  const xf = appendItems(styles, writtenXml, writtenRoot, 'cellXfs', (item) =>
    remapStartTag(item, {
      numFmtId: formatOf,
      fontId: (i) => fonts[i] ?? 0,
      fillId: (i) => fills[i] ?? 0,
      borderId: (i) => borders[i] ?? 0,
      // The written cell styles are based on the target's Normal style.
      xfId: () => 0,
    }),
  );
  const dxf = appendItems(styles, writtenXml, writtenRoot, 'dxfs', (item) =>
    item.replace(/(<(?:[\w.-]+:)?numFmt\b[^>]*\snumFmtId\s*=\s*["'])(\d+)/, (_, head: string, id: string) => {
      return head + String(formatOf(Number(id)));
    }),
  );
  writePart(target, targetPath, styles.xml);
  // The written package's default format stays the target's default format.
  if (xf.length > 0) xf[0] = 0;
  return { xf, dxf };
}

/** Appends the written shared strings to the target's (made when it has none); returns each string's new index. */
async function mergeSharedStrings(
  target: JSZip,
  targetWorkbook: string,
  written: JSZip,
  writtenWorkbook: string,
): Promise<number[]> {
  const writtenPath = await workbookPartOf(written, writtenWorkbook, sharedStringsType);
  const writtenXml = writtenPath ? await readPart(written, writtenPath) : null;
  if (writtenXml === null) return [];
  const writtenItems = childrenOf(parseXml(writtenXml), 'si').map((item) => elementText(writtenXml, item));
  if (writtenItems.length === 0) return [];
  const table = await SharedStringTable.open(target, targetWorkbook);
  const map = writtenItems.map((item) => table.indexOfItem(item));
  await table.save();
  return map;
}

/**
 * The target's shared strings, to be appended to: an item already there keeps its index (so the
 * input's indices keep their meaning), a new one is added at the end. Nothing is written, and no
 * part made, until `save` and only when something was added.
 */
export class SharedStringTable {
  private readonly itemIndex = new Map<string, number>();
  private readonly textIndex = new Map<string, number>();
  private readonly added: string[] = [];
  private references = 0;

  private constructor(
    private readonly target: JSZip,
    private readonly targetWorkbook: string,
    private readonly path: string | null,
    private readonly xml: string | null,
    private readonly existing: number,
  ) {}

  static async open(target: JSZip, targetWorkbook: string): Promise<SharedStringTable> {
    const path = await workbookPartOf(target, targetWorkbook, sharedStringsType);
    const xml = path ? await readRequiredPart(target, path) : null;
    const items = xml === null ? [] : childrenOf(parseXml(xml), 'si');
    const table = new SharedStringTable(target, targetWorkbook, path, xml, items.length);
    items.forEach((item, i) => {
      const text = elementText(xml!, item);
      if (!table.itemIndex.has(text)) table.itemIndex.set(text, i);
    });
    return table;
  }

  /** The index of a string item (`<si>…</si>` as it is written). */
  indexOfItem(item: string): number {
    this.references++;
    let index = this.itemIndex.get(item);
    if (index === undefined) {
      index = this.existing + this.added.length;
      this.itemIndex.set(item, index);
      this.added.push(item);
    }
    return index;
  }

  /** The index of a plain text, written as ExcelJS writes one (spaces kept where they would be lost). */
  indexOfText(text: string): number {
    const known = this.textIndex.get(text);
    if (known !== undefined) {
      this.references++;
      return known;
    }
    const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
    const index = this.indexOfItem(`<si><t${space}>${escapeCellText(text)}</t></si>`);
    this.textIndex.set(text, index);
    return index;
  }

  async save(): Promise<void> {
    if (this.added.length === 0) return;
    let path = this.path;
    let xml = this.xml;
    if (path === null || xml === null) {
      path = freeLike(this.target, 'xl/sharedStrings.xml', new Set());
      xml = `<sst xmlns="${spreadsheetNamespace}" count="0" uniqueCount="0"></sst>`;
      await addRelationship(this.target, this.targetWorkbook, sharedStringsType, path);
      await addContentTypeOverride(this.target, path, sharedStringsContentType);
    }
    const root = parseXml(xml);
    const closing = xml.lastIndexOf('</', root.end - 1);
    const openEnd = xml.indexOf('>', root.start);
    let openTag = xml.slice(root.start, openEnd);
    const selfClosing = closing < root.start;
    if (selfClosing) openTag = openTag.replace(/\/$/, '');
    const uniqueCount = this.existing + this.added.length;
    const count = Number(attrOf(root, 'count') ?? this.existing) + this.references;
    openTag = setAttribute(setAttribute(openTag, 'count', String(count)), 'uniqueCount', String(uniqueCount));
    const body = selfClosing ? '' : xml.slice(openEnd + 1, closing);
    writePart(
      this.target,
      path,
      `${xml.slice(0, root.start)}${openTag}>${body}${this.added.join('')}</${root.name}>${xml.slice(root.end)}`,
    );
  }
}

const spreadsheetNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A written sheet's XML with its style, string and dxf indices moved to the target's. */
export function remapSheetXml(xml: string, maps: IndexMaps): string {
  const xf = (i: number) => maps.xf[i] ?? i;
  return xml
    .replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (_whole, attributes: string, _end: string, inner?: string) => {
      let tag = `<c${attributes}`;
      const style = /\ss="(\d+)"/.exec(tag);
      if (style) tag = tag.replace(style[0], ` s="${xf(Number(style[1]))}"`);
      if (inner === undefined) return `${tag}/>`;
      const content = /\st="s"/.test(tag)
        ? inner.replace(/<v>(\d+)<\/v>/, (_, n: string) => `<v>${maps.string[Number(n)] ?? n}</v>`)
        : inner;
      return `${tag}>${content}</c>`;
    })
    .replace(/<row\b[^>]*>/g, (tag) => tag.replace(/\ss="(\d+)"/, (_, n: string) => ` s="${xf(Number(n))}"`))
    .replace(/<col\b[^>]*>/g, (tag) => tag.replace(/\sstyle="(\d+)"/, (_, n: string) => ` style="${xf(Number(n))}"`))
    .replace(/(<cfRule\b[^>]*\sdxfId=")(\d+)"/g, (_, head: string, n: string) => `${head}${maps.dxf[Number(n)] ?? n}"`);
}

/** The parts of one ExcelJS-written package, read once for grafting its sheets. */
export class WrittenPackage {
  private maps: IndexMaps | null = null;

  constructor(
    readonly zip: JSZip,
    readonly workbookPath: string,
    /** Sheet name → its part in the written package. */
    readonly sheetParts: ReadonlyMap<string, string>,
    /** The written xf index of each style of the cells written without ExcelJS (sheet-data.ts); 0 the default. */
    readonly carriedStyles: readonly number[] = [0],
  ) {}

  /** Merges styles and strings into the target once; the maps for every sheet of this package. */
  async indexMaps(target: JSZip, targetWorkbook: string): Promise<IndexMaps> {
    if (!this.maps) {
      const styles = await mergeStyles(target, targetWorkbook, this.zip, this.workbookPath);
      const strings = await mergeSharedStrings(target, targetWorkbook, this.zip, this.workbookPath);
      this.maps = { ...styles, string: strings };
    }
    return this.maps;
  }
}

/**
 * Writes a sheet of a written package into the target at `targetPath`, with the parts its
 * relationships reach copied under fresh names. The caller relates the workbook to it.
 */
export async function graftSheet(
  target: JSZip,
  targetWorkbook: string,
  written: WrittenPackage,
  sheetName: string,
  targetPath: string,
): Promise<void> {
  const sourcePath = written.sheetParts.get(sheetName);
  if (!sourcePath) throw new Error(`The written package has no sheet ${sheetName}`);
  const maps = await written.indexMaps(target, targetWorkbook);
  const xml = await readRequiredPart(written.zip, sourcePath);
  writePart(target, targetPath, remapSheetXml(xml, maps));
  await addContentTypeOverride(target, targetPath, worksheetContentType);
  await copyRelated(written.zip, sourcePath, target, targetPath, new Map());
}

/** Copies the parts `sourcePart` relates to (recursively) under fresh names, and its relationships. */
async function copyRelated(
  source: JSZip,
  sourcePart: string,
  target: JSZip,
  targetPart: string,
  copied: Map<string, string>,
): Promise<void> {
  const relationships = await readRelationships(source, sourcePart);
  if (relationships.length === 0) return;
  const lines: string[] = [];
  for (const rel of relationships) {
    let to = rel.target;
    if (!rel.external && source.file(rel.target)) {
      let fresh = copied.get(rel.target);
      if (fresh === undefined) {
        fresh = freeLike(target, rel.target, new Set());
        copied.set(rel.target, fresh);
        target.file(fresh, await source.file(rel.target)!.async('uint8array'));
        await addContentTypeOverride(target, fresh, await contentTypeOf(source, rel.target));
        await copyRelated(source, rel.target, target, fresh, copied);
      }
      to = relativeTarget(targetPart, fresh);
    }
    const mode = rel.external ? ' TargetMode="External"' : '';
    lines.push(
      `<Relationship Id="${escapeAttr(rel.id)}" Type="${escapeAttr(rel.type)}" Target="${escapeAttr(to)}"${mode}/>`,
    );
  }
  writePart(
    target,
    relsPathOf(targetPart),
    `<Relationships xmlns="${namespace.packageRelationships}">${lines.join('')}</Relationships>`,
  );
}

/** Every relationship of every part of the package, by the part that holds it. */
async function allRelationships(zip: JSZip): Promise<Map<string, Relationship[]>> {
  const result = new Map<string, Relationship[]>();
  for (const path of Object.keys(zip.files)) {
    const match = /^(.*?)_rels\/([^/]+)\.rels$/.exec(path);
    if (!match || zip.files[path].dir) continue;
    const source = `${match[1]}${match[2]}`;
    result.set(source === '' ? '' : source, await readRelationships(zip, source));
  }
  return result;
}

/**
 * Removes a part and every part only it leads to (a sheet's drawing, charts, comments, tables),
 * with their relationship parts and content-type overrides. Parts other parts still use stay.
 */
export async function removePartTree(zip: JSZip, path: string): Promise<void> {
  const relationships = await allRelationships(zip);
  const removed = new Set<string>([path]);
  const queue = [path];
  while (queue.length > 0) {
    const part = queue.pop()!;
    for (const rel of relationships.get(part) ?? []) {
      if (rel.external || removed.has(rel.target)) continue;
      removed.add(rel.target);
      queue.push(rel.target);
    }
  }
  // Keep what a part outside the removed set still relates to, and what that part leads to.
  let changed = true;
  while (changed) {
    changed = false;
    for (const [source, rels] of relationships) {
      if (removed.has(source)) continue;
      for (const rel of rels) {
        if (!rel.external && removed.has(rel.target) && rel.target !== path) {
          removed.delete(rel.target);
          changed = true;
        }
      }
    }
  }
  for (const part of removed) {
    zip.remove(part);
    zip.remove(relsPathOf(part));
  }
  await removeContentTypeOverrides(zip, removed);
}

async function removeContentTypeOverrides(zip: JSZip, parts: ReadonlySet<string>): Promise<void> {
  const path = '[Content_Types].xml';
  const xml = await readRequiredPart(zip, path);
  const overrides = childrenOf(parseXml(xml), 'Override').filter((element) =>
    parts.has((attrOf(element, 'PartName') ?? '').replace(/^\//, '')),
  );
  if (overrides.length === 0) return;
  let result = xml;
  for (const element of [...overrides].reverse()) result = result.slice(0, element.start) + result.slice(element.end);
  writePart(zip, path, result);
}

/** Removes the workbook's relationship `id` from its relationships part. */
export async function removeRelationship(zip: JSZip, sourcePart: string, id: string): Promise<void> {
  const path = relsPathOf(sourcePart);
  const xml = await readPart(zip, path);
  if (xml === null) return;
  const element = childrenOf(parseXml(xml), 'Relationship').find((rel) => attrOf(rel, 'Id') === id);
  if (element) writePart(zip, path, xml.slice(0, element.start) + xml.slice(element.end));
}

/**
 * Where each item stands in a list after appending those it does not hold yet: an item already
 * there keeps the first index it has, so the input's indices keep their meaning.
 */
function appendNew(existing: readonly string[], items: readonly string[]): { map: number[]; added: string[] } {
  const index = new Map<string, number>();
  existing.forEach((item, i) => {
    if (!index.has(item)) index.set(item, i);
  });
  const added: string[] = [];
  const map = items.map((item) => {
    const found = index.get(item);
    if (found !== undefined) return found;
    const at = existing.length + added.length;
    index.set(item, at);
    added.push(item);
    return at;
  });
  return { map, added };
}
