/**
 * The one element a worksheet needs for charts: `<drawing r:id>`, at its place in the schema's
 * sequence of worksheet children (Excel refuses a file whose worksheet children are out of order).
 *
 * Only the part after `<sheetData>` is parsed: sheetData holds every cell and can be large, and
 * nothing we look for is inside it.
 */
import { namespace } from './package';
import { elementsOf, localName, parseXml, type XmlElement } from './xml';

/** CT_Worksheet children that come after <drawing>, in schema order (ECMA-376 Part 1, 18.3.1.99). */
const afterDrawing = new Set([
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
]);

interface Tail {
  elements: XmlElement[];
  /** Offset of the root's closing tag. */
  closing: number;
}

/** Top-level elements after sheetData, with offsets into the whole worksheet text. */
function tailOf(xml: string): Tail {
  const closing = xml.lastIndexOf('</');
  if (closing < 0) throw new Error('Not a worksheet part');
  const sheetData = /<\/(?:[\w.-]+:)?sheetData\s*>|<(?:[\w.-]+:)?sheetData\s*\/>/.exec(xml);
  const from = sheetData ? sheetData.index + sheetData[0].length : xml.indexOf('>', xml.search(/<[A-Za-z_]/)) + 1;
  const wrapperOpen = '<tail>';
  const fragment = parseXml(`${wrapperOpen}${xml.slice(from, closing)}</tail>`);
  const shift = from - wrapperOpen.length;
  const elements = elementsOf(fragment).map((element) => shifted(element, shift));
  return { elements, closing };
}

function shifted(element: XmlElement, by: number): XmlElement {
  return { ...element, start: element.start + by, end: element.end + by };
}

/** Adds `<drawing r:id>` in its schema position. */
export function insertDrawing(worksheetXml: string, relationshipId: string): string {
  const { elements, closing } = tailOf(worksheetXml);
  const next = elements.find((element) => afterDrawing.has(localName(element.name)));
  const at = next ? next.start : closing;
  const prefix = relationshipsPrefix(worksheetXml);
  const drawing = prefix
    ? `<drawing ${prefix}:id="${relationshipId}"/>`
    : `<drawing xmlns:r="${namespace.relationships}" r:id="${relationshipId}"/>`;
  return worksheetXml.slice(0, at) + drawing + worksheetXml.slice(at);
}

/** The prefix the worksheet's root binds to the relationships namespace, if any. */
function relationshipsPrefix(worksheetXml: string): string | null {
  const rootStart = worksheetXml.search(/<[A-Za-z_]/);
  const rootTag = worksheetXml.slice(rootStart, worksheetXml.indexOf('>', rootStart));
  const escaped = namespace.relationships.replace(/[.]/g, '\\.');
  const match = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${escaped}["']`).exec(rootTag);
  return match ? match[1] : null;
}
