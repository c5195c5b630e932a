/**
 * Drawing objects that ExcelJS drops on load and the host does not model (charts of other types,
 * shapes, text boxes), kept verbatim so that saving a workbook the host loaded does not lose them:
 * each anchor as written, with every part its relationships reach (a chart, the chart's style and
 * colour parts, its images), copied back under fresh part names on write.
 */
import type JSZip from 'jszip';
import {
  addContentTypeOverride,
  addRelationship,
  namespace,
  readRelationships,
  readRequiredPart,
  relativeTarget,
  relsPathOf,
  writePart,
} from './package';
import type { KeptAnchor, KeptPart } from './types';
import { attrOf, childrenOf, escapeAttr, localName, parseXml, type XmlElement } from './xml';

const anchorNames = new Set(['twoCellAnchor', 'oneCellAnchor', 'absoluteAnchor']);

/** Relationship-valued attributes an anchor's content can carry (r:id of a chart, r:embed of a blip, …). */
const relationshipAttributes = new Set(['id', 'embed', 'link', 'pict', 'dm', 'lo', 'qs', 'cs']);

export async function contentTypeOf(zip: JSZip, path: string): Promise<string> {
  const types = parseXml(await readRequiredPart(zip, '[Content_Types].xml'));
  const override = childrenOf(types, 'Override').find((entry) => attrOf(entry, 'PartName') === `/${path}`);
  if (override) return attrOf(override, 'ContentType') ?? 'application/xml';
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const byDefault = childrenOf(types, 'Default').find(
    (entry) => attrOf(entry, 'Extension')?.toLowerCase() === extension,
  );
  return attrOf(byDefault ?? null, 'ContentType') ?? 'application/octet-stream';
}

/** The ids of the relationships an element and its descendants refer to. */
function relationshipIdsIn(element: XmlElement, relationshipPrefixes: Set<string>): string[] {
  const ids: string[] = [];
  const visit = (node: XmlElement): void => {
    for (const [name, value] of Object.entries(node.attrs)) {
      const colon = name.indexOf(':');
      if (
        colon > 0 &&
        relationshipPrefixes.has(name.slice(0, colon)) &&
        relationshipAttributes.has(name.slice(colon + 1))
      ) {
        ids.push(value);
      }
    }
    for (const child of node.children) if (typeof child !== 'string') visit(child);
  };
  visit(element);
  return ids;
}

/** Prefixes bound to the relationships namespace anywhere in a part (declarations are usually on the root). */
function relationshipPrefixesOf(xml: string): Set<string> {
  const prefixes = new Set<string>();
  for (const match of xml.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
    if (match[2] === namespace.relationships) prefixes.add(match[1]);
  }
  return prefixes;
}

/** Namespace declarations of a start tag, by prefix ('' for the default namespace). */
function declarationsOf(startTag: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const match of startTag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*("[^"]*"|'[^']*')/g)) {
    declarations.set(match[1] ?? '', match[0]);
  }
  return declarations;
}

/** The root's namespace declarations that an anchor taken out of it needs and does not make itself. */
function missingDeclarations(xml: string, root: XmlElement, anchorText: string): string {
  const fromRoot = declarationsOf(xml.slice(root.start, xml.indexOf('>', root.start)));
  const own = declarationsOf(anchorText.slice(0, anchorText.indexOf('>')));
  return [...fromRoot]
    .filter(([prefix]) => !own.has(prefix))
    .map(([, declaration]) => declaration)
    .join('');
}

/** A part and, depth first, every internal part its relationships reach; `seen` stops cycles. */
async function collectPart(zip: JSZip, path: string, seen: Map<string, KeptPart>): Promise<void> {
  if (seen.has(path)) return;
  const file = zip.file(path);
  if (!file) return;
  const relationships = (await readRelationships(zip, path)).map((rel) => ({
    id: rel.id,
    type: rel.type,
    target: rel.target,
    external: rel.external,
  }));
  seen.set(path, {
    path,
    contentType: await contentTypeOf(zip, path),
    data: await file.async('uint8array'),
    relationships,
  });
  for (const rel of relationships) if (!rel.external) await collectPart(zip, rel.target, seen);
}

/**
 * The anchors of a drawing that `keep` accepts, each with the parts it reaches.
 * `keep(anchor, chartPath)` sees each anchor and the chart part it shows, if any.
 */
export async function keptAnchorsOf(
  zip: JSZip,
  drawingPath: string,
  drawingXml: string,
  keep: (anchor: XmlElement) => Promise<boolean>,
): Promise<KeptAnchor[]> {
  const root = parseXml(drawingXml);
  const prefixes = relationshipPrefixesOf(drawingXml);
  const drawingRelationships = await readRelationships(zip, drawingPath);
  const kept: KeptAnchor[] = [];
  for (const anchor of root.children) {
    if (typeof anchor === 'string' || !anchorNames.has(localName(anchor.name))) continue;
    if (!(await keep(anchor))) continue;
    const seen = new Map<string, KeptPart>();
    const relationships: KeptAnchor['relationships'] = [];
    for (const id of relationshipIdsIn(anchor, prefixes)) {
      const rel = drawingRelationships.find((candidate) => candidate.id === id);
      if (!rel || relationships.some((known) => known.id === id)) continue;
      relationships.push({ id, type: rel.type, target: rel.target, external: rel.external });
      if (!rel.external) await collectPart(zip, rel.target, seen);
    }
    const text = drawingXml.slice(anchor.start, anchor.end);
    const nameEnd = anchor.name.length + 1;
    kept.push({
      xml: text.slice(0, nameEnd) + missingDeclarations(drawingXml, root, text) + text.slice(nameEnd),
      relationships,
      parts: [...seen.values()],
    });
  }
  return kept;
}

/** A free path in the same folder, numbered like the original ('chart3.xml' → 'chart7.xml'). */
/** A free part name like `path`: its stem and extension with the first free number. */
export function freeLike(zip: JSZip, path: string, taken: Set<string>): string {
  const match = /^(.*?)(\d*)(\.[^./]+)$/.exec(path);
  const stem = match ? match[1] : path;
  const extension = match ? match[3] : '';
  for (let n = 1; ; n++) {
    const candidate = `${stem}${n}${extension}`;
    if (!zip.file(candidate) && !taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

/**
 * Writes kept anchors into a drawing: their parts under fresh names, their relationships from the
 * drawing, and the anchors with relationship and shape ids rewritten. Returns the markup to insert.
 */
export async function writeKeptAnchors(
  zip: JSZip,
  drawingPath: string,
  anchors: readonly KeptAnchor[],
  firstShapeId: number,
): Promise<{ markup: string; nextShapeId: number }> {
  const markup: string[] = [];
  let shapeId = firstShapeId;
  for (const anchor of anchors) {
    const taken = new Set<string>();
    const renamed = new Map<string, string>();
    for (const part of anchor.parts) renamed.set(part.path, freeLike(zip, part.path, taken));
    for (const part of anchor.parts) {
      const path = renamed.get(part.path)!;
      zip.file(path, part.data);
      await addContentTypeOverride(zip, path, part.contentType);
      if (part.relationships.length > 0) {
        const rels = part.relationships
          .map((rel) => {
            const target = rel.external ? rel.target : relativeTarget(path, renamed.get(rel.target) ?? rel.target);
            const mode = rel.external ? ' TargetMode="External"' : '';
            return `<Relationship Id="${escapeAttr(rel.id)}" Type="${escapeAttr(rel.type)}" Target="${escapeAttr(target)}"${mode}/>`;
          })
          .join('');
        writePart(
          zip,
          relsPathOf(path),
          `<Relationships xmlns="${namespace.packageRelationships}">${rels}</Relationships>`,
        );
      }
    }
    const ids = new Map<string, string>();
    for (const rel of anchor.relationships) {
      const target = rel.external ? rel.target : (renamed.get(rel.target) ?? rel.target);
      ids.set(rel.id, await addRelationship(zip, drawingPath, rel.type, target, rel.external));
    }
    // Shape ids are unique within a drawing: the kept objects get fresh ones.
    const renumbered = anchor.xml.replace(
      /(<(?:[\w.-]+:)?cNvPr\b[^>]*?\sid\s*=\s*)(["'])\d+\2/g,
      (_, head: string, quote: string) => `${head}${quote}${shapeId++}${quote}`,
    );
    markup.push(replaceRelationshipIds(renumbered, ids));
  }
  return { markup: markup.join(''), nextShapeId: shapeId };
}

/** Rewrites the relationship-valued attributes (prefix:id, prefix:embed, …) by `ids`, all in one pass. */
function replaceRelationshipIds(xml: string, ids: ReadonlyMap<string, string>): string {
  const prefixes = [...relationshipPrefixesOf(xml)].map((prefix) => prefix.replace(/[.]/g, '\\.'));
  if (prefixes.length === 0) return xml;
  const attributes = [...relationshipAttributes].join('|');
  const pattern = new RegExp(`(\\s(?:${prefixes.join('|')}):(?:${attributes})\\s*=\\s*)(["'])([^"']*)\\2`, 'g');
  return xml.replace(pattern, (whole, head: string, quote: string, id: string) =>
    ids.has(id) ? `${head}${quote}${ids.get(id)}${quote}` : whole,
  );
}
