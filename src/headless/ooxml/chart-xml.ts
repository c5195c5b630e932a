/**
 * A chart part (`xl/charts/chartN.xml`, DrawingML c:chartSpace) for the bar and column charts
 * the report uses, and its reading back.
 *
 * Element order follows the schema (ECMA-376 Part 1, 21.2): Excel rejects a chart whose
 * children are out of sequence. Every series carries its cached categories and values so
 * that viewers draw it without recalculating the workbook.
 *
 * Styling is quiet on purpose (the report is read on paper and on screen): no chart border,
 * light grey gridlines, no tick marks, grey axis text, a bold title, narrow gaps.
 */
import { normaliseRef } from './refs';
import type { ChartPart, ChartPartType, ChartSeriesPart } from './types';
import {
  attrOf,
  childOf,
  childrenOf,
  descendantsOf,
  escapeAttr,
  escapeText,
  parseXml,
  pathOf,
  textOf,
  type XmlElement,
} from './xml';

const chartNamespaces =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const categoryAxisId = 510001;
const valueAxisId = 510002;

const textColour = '404040';
const titleColour = '262626';
const gridlineColour = 'E3E3E3';
const axisLineColour = 'BFBFBF';

interface BarShape {
  barDir: 'col' | 'bar';
  grouping: 'clustered' | 'stacked';
}

const shapeOf: Record<ChartPartType, BarShape> = {
  ColumnClustered: { barDir: 'col', grouping: 'clustered' },
  BarClustered: { barDir: 'bar', grouping: 'clustered' },
  BarStacked: { barDir: 'bar', grouping: 'stacked' },
};

/** '#2e7d32' → '2E7D32'; throws on anything that is not a hex colour (misuse). */
export function hexColour(colour: string): string {
  const match = /^#?([0-9A-Fa-f]{6})$/.exec(colour.trim());
  if (!match) throw new Error(`Not a #RRGGBB colour: ${colour}`);
  return match[1].toUpperCase();
}

const solidFill = (hex: string): string => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;

function runProperties(tag: 'a:defRPr' | 'a:rPr', size: number, bold: boolean, colour: string): string {
  const lang = tag === 'a:rPr' ? ' lang="fi-FI"' : '';
  return `<${tag}${lang} sz="${size}" b="${bold ? 1 : 0}">${solidFill(colour)}</${tag}>`;
}

/** c:txPr: the font of an axis or legend or the whole chart. */
function textProperties(size: number, colour: string): string {
  return (
    '<c:txPr><a:bodyPr/><a:lstStyle/>' +
    `<a:p><a:pPr>${runProperties('a:defRPr', size, false, colour)}</a:pPr><a:endParaRPr lang="fi-FI"/></a:p>` +
    '</c:txPr>'
  );
}

function titleXml(title: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>' +
    `<a:p><a:pPr>${runProperties('a:defRPr', 1200, true, titleColour)}</a:pPr>` +
    `<a:r>${runProperties('a:rPr', 1200, true, titleColour)}` +
    `<a:t>${escapeText(title)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

function stringCache(values: readonly string[], tag: 'c:strCache' | 'c:strLit' = 'c:strCache'): string {
  const points = values.map((value, idx) => `<c:pt idx="${idx}"><c:v>${escapeText(value)}</c:v></c:pt>`);
  return `<${tag}><c:ptCount val="${values.length}"/>${points.join('')}</${tag}>`;
}

/** Categories from cells, or (a series without a category range) as literals, or none: Excel then numbers the points. */
function categoriesXml(series: ChartSeriesPart): string {
  if (series.categoriesRef) {
    return `<c:cat><c:strRef><c:f>${escapeText(normaliseRef(series.categoriesRef))}</c:f>${stringCache(series.categories)}</c:strRef></c:cat>`;
  }
  return series.categories.length > 0 ? `<c:cat>${stringCache(series.categories, 'c:strLit')}</c:cat>` : '';
}

function numberCache(values: readonly (number | null)[], formatCode: string, tag: 'c:numCache' | 'c:numLit'): string {
  const points = values.flatMap((value, idx) =>
    value === null || !Number.isFinite(value) ? [] : [`<c:pt idx="${idx}"><c:v>${value}</c:v></c:pt>`],
  );
  return (
    `<${tag}><c:formatCode>${escapeText(formatCode)}</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${points.join('')}</${tag}>`
  );
}

function shapeProperties(hex: string | null): string {
  return hex ? `<c:spPr>${solidFill(hex)}<a:ln><a:noFill/></a:ln></c:spPr>` : '';
}

function seriesXml(series: ChartSeriesPart, index: number, shape: BarShape, numberFormat: string | null): string {
  const formatCode = numberFormat ?? 'General';
  const name = series.nameRef
    ? `<c:tx><c:strRef><c:f>${escapeText(normaliseRef(series.nameRef))}</c:f>${stringCache([series.name])}</c:strRef></c:tx>`
    : `<c:tx><c:v>${escapeText(series.name)}</c:v></c:tx>`;
  const colour = series.colour ? hexColour(series.colour) : null;
  const points = series.pointColours.flatMap((pointColour, idx) =>
    pointColour
      ? [
          `<c:dPt><c:idx val="${idx}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>` +
            `${shapeProperties(hexColour(pointColour))}</c:dPt>`,
        ]
      : [],
  );
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${name}` +
    `${shapeProperties(colour)}<c:invertIfNegative val="0"/>${points.join('')}` +
    dataLabelsXml(shape, numberFormat, colour) +
    categoriesXml(series) +
    (series.valuesRef
      ? `<c:val><c:numRef><c:f>${escapeText(normaliseRef(series.valuesRef))}</c:f>${numberCache(series.values, formatCode, 'c:numCache')}</c:numRef></c:val>`
      : `<c:val>${numberCache(series.values, formatCode, 'c:numLit')}</c:val>`) +
    '</c:ser>'
  );
}

function axesXml(shape: BarShape, numberFormat: string | null): string {
  const horizontal = shape.barDir === 'bar';
  const axisText = textProperties(900, textColour);
  // Horizontal bars list categories top to bottom in reading order: the category axis runs
  // maxMin, and the value axis then crosses at the (now bottom) maximum category.
  const categoryAxis =
    `<c:catAx><c:axId val="${categoryAxisId}"/>` +
    `<c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    `<c:spPr><a:noFill/><a:ln w="9525">${solidFill(axisLineColour)}</a:ln></c:spPr>` +
    `${axisText}<c:crossAx val="${valueAxisId}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valueFormat = numberFormat
    ? `<c:numFmt formatCode="${escapeAttr(numberFormat)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  const valueAxis =
    `<c:valAx><c:axId val="${valueAxisId}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350">${solidFill(gridlineColour)}</a:ln></c:spPr></c:majorGridlines>` +
    `${valueFormat}<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    `${axisText}<c:crossAx val="${categoryAxisId}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/>` +
    '<c:crossBetween val="between"/></c:valAx>';
  return categoryAxis + valueAxis;
}

/**
 * Values on the bars: readers of a printed report cannot hover. Clustered bars get theirs at the
 * bar's end; stacked segments inside, in white or near-black by the segment's luminance, and a
 * zero segment (which has no width) none.
 */
function dataLabelsXml(shape: BarShape, numberFormat: string | null, fill: string | null): string {
  const stacked = shape.grouping === 'stacked';
  const format = numberFormat ?? 'General';
  const labelFormat = stacked && !format.includes(';') ? `${format};-${format};;` : format;
  // Whichever of white and near-black contrasts more with the segment (WCAG: luminance ~0.18 is even).
  const colour = !stacked ? textColour : fill && luminance(fill) > 0.18 ? titleColour : 'FFFFFF';
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeAttr(labelFormat)}" sourceLinked="0"/>` +
    '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
    textProperties(800, colour) +
    `<c:dLblPos val="${stacked ? 'ctr' : 'outEnd'}"/>` +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
  );
}

/** Relative luminance (0 black … 1 white) of 'RRGGBB'. */
function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function legendXml(legend: ChartPart['legend']): string {
  if (legend === 'None') return '';
  const position = legend === 'Bottom' ? 'b' : 'r';
  return `<c:legend><c:legendPos val="${position}"/><c:overlay val="0"/>${textProperties(900, textColour)}</c:legend>`;
}

export function chartXml(chart: ChartPart): string {
  const shape = shapeOf[chart.type];
  if (!shape) throw new Error(`Unsupported chart type: ${String(chart.type)}`);
  const stacked = shape.grouping === 'stacked';
  const barChart =
    `<c:barChart><c:barDir val="${shape.barDir}"/><c:grouping val="${shape.grouping}"/><c:varyColors val="0"/>` +
    chart.series.map((series, index) => seriesXml(series, index, shape, chart.valueAxisNumberFormat)).join('') +
    `<c:gapWidth val="${stacked ? 60 : 80}"/><c:overlap val="${stacked ? 100 : 0}"/>` +
    `<c:axId val="${categoryAxisId}"/><c:axId val="${valueAxisId}"/></c:barChart>`;
  const title = chart.title ? `${titleXml(chart.title)}<c:autoTitleDeleted val="0"/>` : '<c:autoTitleDeleted val="1"/>';
  return (
    `<c:chartSpace ${chartNamespaces}>` +
    '<c:date1904 val="0"/><c:roundedCorners val="0"/>' +
    `<c:chart>${title}` +
    `<c:plotArea><c:layout/>${barChart}${axesXml(shape, chart.valueAxisNumberFormat)}` +
    '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>' +
    `${legendXml(chart.legend)}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solidFill('FFFFFF')}<a:ln><a:noFill/></a:ln></c:spPr>` +
    textProperties(1000, textColour) +
    '</c:chartSpace>'
  );
}

/** What a chart part says, without its place (sheet, name, anchors come from the drawing). */
export type ChartContent = Omit<ChartPart, 'sheet' | 'name' | 'from' | 'to'>;

/** Reads a chart part back; null for charts that are not one of the report's bar charts. */
export function readChartXml(xml: string): ChartContent | null {
  const chart = childOf(parseXml(xml), 'chart');
  const plotArea = childOf(chart, 'plotArea');
  const barCharts = childrenOf(plotArea, 'barChart');
  if (barCharts.length !== 1 || countOtherPlots(plotArea) > 0) return null;
  const bar = barCharts[0];
  const barDir = attrOf(childOf(bar, 'barDir'), 'val');
  const grouping = attrOf(childOf(bar, 'grouping'), 'val') ?? 'clustered';
  const type = typeOf(barDir, grouping);
  if (!type) return null;
  const titleText = pathOf(chart, 'title', 'tx');
  // Rich text runs, or (a title taken from a cell) the cell's cached text.
  const titleRuns = [
    ...descendantsOf(titleText ?? emptyElement, 't'),
    ...childrenOf(pathOf(titleText, 'strRef', 'strCache'), 'pt').map((point) => childOf(point, 'v')),
  ];
  const legend = childOf(chart, 'legend');
  const legendPos = attrOf(childOf(legend, 'legendPos'), 'val') ?? 'r';
  const valueFormat = pathOf(plotArea, 'valAx', 'numFmt');
  return {
    type,
    title: titleRuns.map(textOf).join(''),
    legend: !legend ? 'None' : legendPos === 'b' ? 'Bottom' : 'Right',
    valueAxisNumberFormat:
      valueFormat && attrOf(valueFormat, 'sourceLinked') !== '1' ? attrOf(valueFormat, 'formatCode') : null,
    series: childrenOf(bar, 'ser').map(readSeries),
  };
}

const emptyElement: XmlElement = { name: '', attrs: {}, children: [], start: 0, end: 0 };

const otherPlots = [
  'areaChart',
  'area3DChart',
  'lineChart',
  'line3DChart',
  'stockChart',
  'radarChart',
  'scatterChart',
  'pieChart',
  'pie3DChart',
  'doughnutChart',
  'bar3DChart',
  'ofPieChart',
  'surfaceChart',
  'surface3DChart',
  'bubbleChart',
];

function countOtherPlots(plotArea: XmlElement | null): number {
  return otherPlots.reduce((sum, local) => sum + childrenOf(plotArea, local).length, 0);
}

function typeOf(barDir: string | null, grouping: string): ChartPartType | null {
  if (barDir === 'col' && grouping === 'clustered') return 'ColumnClustered';
  if (barDir === 'bar' && grouping === 'clustered') return 'BarClustered';
  if (barDir === 'bar' && grouping === 'stacked') return 'BarStacked';
  return null;
}

/** Point values of a c:strCache/c:numCache (or literal), by idx, ptCount long. */
function cachedPoints(cache: XmlElement | null): (string | null)[] {
  const count = Number(attrOf(childOf(cache, 'ptCount'), 'val') ?? 0);
  const points: (string | null)[] = new Array<string | null>(Number.isFinite(count) ? count : 0).fill(null);
  for (const point of childrenOf(cache, 'pt')) {
    const idx = Number(attrOf(point, 'idx'));
    if (Number.isInteger(idx) && idx >= 0) points[idx] = textOf(childOf(point, 'v'));
  }
  return points;
}

function referenceOf(data: XmlElement | null): { ref: string; cache: XmlElement | null } {
  const reference = childOf(data, 'strRef') ?? childOf(data, 'numRef');
  if (reference) {
    return {
      ref: textOf(childOf(reference, 'f')),
      cache: childOf(reference, 'strCache') ?? childOf(reference, 'numCache'),
    };
  }
  return { ref: '', cache: childOf(data, 'strLit') ?? childOf(data, 'numLit') };
}

function fillOf(spPr: XmlElement | null): string | null {
  const colour = attrOf(pathOf(spPr, 'solidFill', 'srgbClr'), 'val');
  return colour ? `#${colour.toUpperCase()}` : null;
}

function readSeries(ser: XmlElement): ChartSeriesPart {
  const tx = childOf(ser, 'tx');
  const nameReference = childOf(tx, 'strRef');
  const name = nameReference ? (cachedPoints(childOf(nameReference, 'strCache'))[0] ?? '') : textOf(childOf(tx, 'v'));
  const categories = referenceOf(childOf(ser, 'cat'));
  const values = referenceOf(childOf(ser, 'val'));
  const categoryTexts = cachedPoints(categories.cache).map((text) => text ?? '');
  const numbers = cachedPoints(values.cache).map((text) => (text === null || text === '' ? null : Number(text)));
  const pointColours: (string | null)[] = new Array<string | null>(Math.max(categoryTexts.length, numbers.length)).fill(
    null,
  );
  for (const point of childrenOf(ser, 'dPt')) {
    const idx = Number(attrOf(childOf(point, 'idx'), 'val'));
    if (Number.isInteger(idx) && idx >= 0) pointColours[idx] = fillOf(childOf(point, 'spPr'));
  }
  return {
    name,
    nameRef: nameReference ? textOf(childOf(nameReference, 'f')) : '',
    categoriesRef: categories.ref,
    valuesRef: values.ref,
    categories: categoryTexts,
    values: numbers.map((value) => (value === null || Number.isNaN(value) ? null : value)),
    colour: fillOf(childOf(ser, 'spPr')),
    pointColours,
  };
}
