/**
 * A workbook with drawing objects of the user's own that ExcelJS drops and the host does not
 * model: a line chart (with a chart style part of its own) and a text box, beside an image and
 * one of the report's bar charts.
 */
import JSZip from 'jszip';
import { formatRef, writeExtras, type ChartPart } from '../../src/headless/ooxml';
import { sampleExtras, strategySheet, tableWorkbook } from './ooxml-fixture';

const ns = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

export const lineChartTitle = 'Kuukausikertymä (käyttäjän oma)';
export const textBoxText = 'Huomio: luvut alustavia';

function lineChartXml(sheet: string): string {
  const ref = (address: string): string => formatRef(sheet, address);
  const series = (column: string, index: number, colour: string): string =>
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${ref(`${column}3`)}</c:f></c:strRef></c:tx>` +
    `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="none"/></c:marker>` +
    `<c:cat><c:strRef><c:f>${ref('A4:A6')}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${ref(`${column}4:${column}6`)}</c:f></c:numRef></c:val>` +
    '<c:smooth val="0"/></c:ser>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${ns.c}" xmlns:a="${ns.a}" xmlns:r="${ns.r}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${lineChartTitle}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series('B', 0, '7030A0')}${series('D', 1, 'ED7D31')}` +
    '<c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>' +
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
    '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart>' +
    '<c:userShapes r:id="rId1"/></c:chartSpace>'
  );
}

/** Shapes drawn over the chart (a chart's own drawing part), reached through the chart's relationships. */
const userShapesXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<c:userShapes xmlns:c="${ns.c}" xmlns:cdr="http://schemas.openxmlformats.org/drawingml/2006/chartDrawing" xmlns:a="${ns.a}"></c:userShapes>`;

function textBoxAnchor(): string {
  return (
    '<xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
    '<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>7</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="1" name="Tekstiruutu"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>' +
    '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>' +
    '<a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="BF9000"/></a:solidFill></a:ln></xdr:spPr>' +
    `<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="fi-FI" sz="1400"/><a:t>${textBoxText}</a:t></a:r></a:p></xdr:txBody>` +
    '</xdr:sp><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/**
 * The strategy sheet (it has an ExcelJS image) gets the report's status chart, a user's line chart
 * and a text box; the summary sheet a user's line chart only.
 */
export async function foreignDrawingWorkbook(): Promise<{ xlsx: Uint8Array; reportCharts: ChartPart[] }> {
  const all = sampleExtras().charts;
  const status = all.find((chart) => chart.sheet === strategySheet && chart.name === 'strategy-status')!;
  const lineOnStrategy = all.find((chart) => chart.sheet === strategySheet && chart.name === 'income-expenses')!;
  const lineOnSummary = all.find((chart) => chart.sheet !== strategySheet && chart.name === 'income-expenses')!;
  const written = await writeExtras(await tableWorkbook(), {
    charts: [lineOnSummary, lineOnStrategy, status],
    settings: {},
  });
  const zip = await JSZip.loadAsync(written);
  // chart1 (summary) and chart2 (strategy) become the user's line charts, each with a user-shapes part.
  for (const [n, sheet] of [
    [1, lineOnSummary.sheet],
    [2, strategySheet],
  ] as const) {
    zip.file(`xl/charts/chart${n}.xml`, lineChartXml(sheet));
    zip.file(`xl/drawings/shapes${n}.xml`, userShapesXml);
    zip.file(
      `xl/charts/_rels/chart${n}.xml.rels`,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartUserShapes" Target="../drawings/shapes${n}.xml"/>` +
        '</Relationships>',
    );
  }
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/drawings/shapes1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml"/>' +
        '<Override PartName="/xl/drawings/shapes2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml"/></Types>',
    ),
  );
  // The strategy sheet's drawing (drawing1, ExcelJS's, with the image) also gets a text box.
  const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
  zip.file('xl/drawings/drawing1.xml', drawing.replace('</xdr:wsDr>', `${textBoxAnchor()}</xdr:wsDr>`));
  return { xlsx: await zip.generateAsync({ type: 'uint8array' }), reportCharts: [status] };
}
