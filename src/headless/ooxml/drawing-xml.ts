/**
 * The drawing part of a sheet (`xl/drawings/drawingN.xml`, xdr:wsDr): one two-cell anchor with a
 * graphic frame per chart, pointing at the chart part by relationship id.
 */
import {
  attrOf,
  descendantsOf,
  childOf,
  escapeAttr,
  localName,
  parseXml,
  pathOf,
  prefixedAttrOf,
  textOf,
  type XmlElement,
} from './xml';

const drawingNamespace = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const mainNamespace = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const chartNamespace = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const relationshipsNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface ChartAnchor {
  name: string;
  /** 0-based first cell covered. */
  from: { row: number; column: number };
  /** 0-based last cell covered (inclusive). */
  to: { row: number; column: number };
  relationshipId: string;
}

/** A chart anchor as read, with where it starts in the drawing part. */
export interface ReadChartAnchor extends ChartAnchor {
  start: number;
}

export function emptyDrawingXml(): string {
  return `<xdr:wsDr xmlns:xdr="${drawingNamespace}" xmlns:a="${mainNamespace}"></xdr:wsDr>`;
}

function marker(tag: 'xdr:from' | 'xdr:to', row: number, column: number): string {
  return (
    `<${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></${tag}>`
  );
}

/**
 * One anchor. It declares its own namespaces so that it can be appended to a drawing written by
 * someone else (ExcelJS's images) whatever prefixes that drawing binds. The anchor's end marker is
 * the top-left corner of the cell after the last covered one, so the chart covers that cell whole.
 */
export function chartAnchorXml(anchor: ChartAnchor, shapeId: number): string {
  return (
    `<xdr:twoCellAnchor xmlns:xdr="${drawingNamespace}" xmlns:a="${mainNamespace}">` +
    marker('xdr:from', anchor.from.row, anchor.from.column) +
    marker('xdr:to', anchor.to.row + 1, anchor.to.column + 1) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeAttr(anchor.name)}"/>` +
    '<xdr:cNvGraphicFramePr><a:graphicFrameLocks/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${chartNamespace}">` +
    `<c:chart xmlns:c="${chartNamespace}" xmlns:r="${relationshipsNamespace}" r:id="${anchor.relationshipId}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** The next free shape id (cNvPr/@id must be unique within a drawing). */
export function nextShapeId(drawingXml: string): number {
  const ids = descendantsOf(parseXml(drawingXml), 'cNvPr').map((element) => Number(attrOf(element, 'id')));
  return Math.max(1, ...ids.filter(Number.isFinite)) + 1;
}

function markerCell(element: XmlElement | null): { row: number; column: number } {
  return { row: Number(textOf(childOf(element, 'row'))), column: Number(textOf(childOf(element, 'col'))) };
}

/** The charts a drawing anchors (pictures and shapes are skipped). */
export function readChartAnchors(drawingXml: string): ReadChartAnchor[] {
  const anchors: ReadChartAnchor[] = [];
  for (const anchor of parseXml(drawingXml).children) {
    if (typeof anchor === 'string' || localName(anchor.name) !== 'twoCellAnchor') continue;
    const frame = childOf(anchor, 'graphicFrame');
    const chart = pathOf(frame, 'graphic', 'graphicData', 'chart');
    const relationshipId = prefixedAttrOf(chart, 'id');
    if (!frame || !relationshipId) continue;
    const end = childOf(anchor, 'to');
    const endCell = markerCell(end);
    // An end on a cell's top or left edge covers nothing of that cell: the last covered one is before it.
    const rowBack = Number(textOf(childOf(end, 'rowOff'))) === 0 ? 1 : 0;
    const columnBack = Number(textOf(childOf(end, 'colOff'))) === 0 ? 1 : 0;
    anchors.push({
      name: attrOf(pathOf(frame, 'nvGraphicFramePr', 'cNvPr'), 'name') ?? '',
      from: markerCell(childOf(anchor, 'from')),
      to: { row: Math.max(0, endCell.row - rowBack), column: Math.max(0, endCell.column - columnBack) },
      relationshipId,
      start: anchor.start,
    });
  }
  return anchors;
}
