/**
 * The OOXML extras on real packages: ExcelJS writes a workbook, writeExtras adds charts,
 * settings and names, and the parts are checked with an independent XML parser
 * (fast-xml-parser), then opened again with ExcelJS and read back with readExtras.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { ADD_IN_ID, readExtras, writeExtras, type ChartPart } from '../../src/headless/ooxml';
import { sampleExtras, strategySheet, summarySheet, tableWorkbook } from '../helpers/ooxml-fixture';

type Xml = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, parseAttributeValue: false });
const orderedParser = new XMLParser({ ignoreAttributes: false, preserveOrder: true });

async function partsOf(xlsx: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(xlsx);
}

async function xmlOf(zip: JSZip, path: string): Promise<Xml> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return parser.parse(await file.async('string')) as Xml;
}

/** Follows a path of element names; arrays are indexed with numbers. */
function at(node: unknown, ...path: (string | number)[]): unknown {
  let current: unknown = node;
  for (const step of path) {
    if (current === undefined || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

function list<T = Xml>(node: unknown): T[] {
  if (node === undefined) return [];
  return (Array.isArray(node) ? node : [node]) as T[];
}

async function relationshipsOf(zip: JSZip, relsPath: string): Promise<{ id: string; type: string; target: string }[]> {
  const rels = await xmlOf(zip, relsPath);
  return list(at(rels, 'Relationships', 'Relationship')).map((rel) => ({
    id: String(rel['@Id']),
    type: String(rel['@Type']),
    target: String(rel['@Target']),
  }));
}

async function sheetPath(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await xmlOf(zip, 'xl/workbook.xml');
  const sheet = list(at(workbook, 'workbook', 'sheets', 'sheet')).find((entry) => entry['@name'] === sheetName);
  const rels = await relationshipsOf(zip, 'xl/_rels/workbook.xml.rels');
  const target = rels.find((rel) => rel.id === sheet?.['@r:id'])?.target;
  if (!target) throw new Error(`no part for ${sheetName}`);
  return `xl/${target}`;
}

/** The chart parts of a sheet, in anchor order, through sheet → drawing → chart relationships. */
async function chartsOfSheet(zip: JSZip, sheetName: string): Promise<{ anchor: Xml; chart: Xml; drawing: Xml }[]> {
  const path = await sheetPath(zip, sheetName);
  const sheet = await xmlOf(zip, path);
  const drawingId = at(sheet, 'worksheet', 'drawing', '@r:id');
  const sheetRels = await relationshipsOf(zip, path.replace('worksheets/', 'worksheets/_rels/') + '.rels');
  const drawingTarget = sheetRels.find((rel) => rel.id === drawingId)?.target ?? '';
  const drawingPath = `xl/${drawingTarget.replace('../', '')}`;
  const drawing = await xmlOf(zip, drawingPath);
  const drawingRels = await relationshipsOf(zip, drawingPath.replace('drawings/', 'drawings/_rels/') + '.rels');
  const anchors = list(at(drawing, 'xdr:wsDr', 'xdr:twoCellAnchor')).filter((anchor) => anchor['xdr:graphicFrame']);
  return Promise.all(
    anchors.map(async (anchor) => {
      const id = at(anchor, 'xdr:graphicFrame', 'a:graphic', 'a:graphicData', 'c:chart', '@r:id');
      const target = drawingRels.find((rel) => rel.id === id)?.target ?? '';
      return { anchor, drawing, chart: await xmlOf(zip, `xl/${target.replace('../', '')}`) };
    }),
  );
}

function barChartOf(chart: Xml): Xml {
  return at(chart, 'c:chartSpace', 'c:chart', 'c:plotArea', 'c:barChart') as Xml;
}

function val(node: unknown): unknown {
  return at(node, '@val');
}

describe('writeExtras on a workbook ExcelJS wrote', () => {
  let xlsx: Uint8Array;
  let zip: JSZip;

  beforeAll(async () => {
    xlsx = await writeExtras(await tableWorkbook(), sampleExtras());
    zip = await partsOf(xlsx);
  });

  test('declares every chart, drawing and add-in part in [Content_Types].xml', async () => {
    const types = await xmlOf(zip, '[Content_Types].xml');
    const overrides = new Map(
      list(at(types, 'Types', 'Override')).map((entry) => [String(entry['@PartName']), String(entry['@ContentType'])]),
    );
    for (let n = 1; n <= 6; n++) {
      expect(overrides.get(`/xl/charts/chart${n}.xml`)).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
      expect(zip.file(`xl/charts/chart${n}.xml`)).not.toBeNull();
    }
    expect(overrides.get('/xl/drawings/drawing1.xml')).toBe('application/vnd.openxmlformats-officedocument.drawing+xml');
    expect(overrides.get('/xl/drawings/drawing2.xml')).toBe('application/vnd.openxmlformats-officedocument.drawing+xml');
    expect(overrides.get('/xl/webextensions/taskpanes.xml')).toBe('application/vnd.ms-office.webextensiontaskpanes+xml');
    expect(overrides.get('/xl/webextensions/webextension1.xml')).toBe('application/vnd.ms-office.webextension+xml');
    // Each part declared once.
    const names = list(at(types, 'Types', 'Override')).map((entry) => entry['@PartName']);
    expect(new Set(names).size).toBe(names.length);
  });

  test('a clustered column chart has its series, cached values, colours, title, legend and axis format', async () => {
    const [{ chart, anchor }] = await chartsOfSheet(zip, summarySheet);
    const bar = barChartOf(chart);
    expect(val(bar['c:barDir'])).toBe('col');
    expect(val(bar['c:grouping'])).toBe('clustered');
    const series = list(bar['c:ser']);
    expect(series).toHaveLength(3);
    expect(at(series[0], 'c:tx', 'c:strRef', 'c:f')).toBe('Yhteenveto!$B$3');
    expect(at(series[0], 'c:tx', 'c:strRef', 'c:strCache', 'c:pt', 'c:v')).toBe('TP 2023');
    expect(at(series[0], 'c:cat', 'c:strRef', 'c:f')).toBe('Yhteenveto!$A$4:$A$6');
    expect(list(at(series[0], 'c:cat', 'c:strRef', 'c:strCache', 'c:pt')).map((pt) => pt['c:v'])).toEqual([
      'Kasvupalvelut',
      'Työllisyyspalvelut',
      'Kulttuuripalvelut',
    ]);
    expect(at(series[2], 'c:val', 'c:numRef', 'c:f')).toBe('Yhteenveto!$D$4:$D$6');
    const cache = at(series[2], 'c:val', 'c:numRef', 'c:numCache');
    expect(val(at(cache, 'c:ptCount'))).toBe('3');
    expect(list(at(cache, 'c:pt')).map((pt) => Number(pt['c:v']))).toEqual([3.7, 1.8, 0.8]);
    expect(series.map((ser) => val(at(ser, 'c:spPr', 'a:solidFill', 'a:srgbClr')))).toEqual(['BFBFBF', '595959', '2F75B5']);
    const chartElement = at(chart, 'c:chartSpace', 'c:chart');
    const runs = list(at(chartElement, 'c:title', 'c:tx', 'c:rich', 'a:p', 'a:r'));
    expect(runs.map((run) => run['a:t']).join('')).toBe('Toimintatuotot vastuualueittain, milj. €');
    expect(val(at(chartElement, 'c:legend', 'c:legendPos'))).toBe('b');
    expect(at(chartElement, 'c:plotArea', 'c:valAx', 'c:numFmt', '@formatCode')).toBe('0.0');
    expect(at(chartElement, 'c:plotArea', 'c:valAx', 'c:numFmt', '@sourceLinked')).toBe('0');
    expect(at(chartElement, 'c:plotArea', 'c:catAx', 'c:axPos', '@val')).toBe('b');
    // Anchored from A16 over the cells through F33: the end marker is the corner after F33.
    expect(at(anchor, 'xdr:from')).toMatchObject({ 'xdr:col': '0', 'xdr:row': '15' });
    expect(at(anchor, 'xdr:to')).toMatchObject({ 'xdr:col': '6', 'xdr:row': '33' });
    expect(at(anchor, 'xdr:graphicFrame', 'xdr:nvGraphicFramePr', 'xdr:cNvPr', '@name')).toBe('income-expenses');
  });

  test('a clustered bar chart colours each point by its sign and has no legend', async () => {
    const [, { chart }] = await chartsOfSheet(zip, summarySheet);
    const bar = barChartOf(chart);
    expect(val(bar['c:barDir'])).toBe('bar');
    expect(val(bar['c:grouping'])).toBe('clustered');
    const [series] = list(bar['c:ser']);
    const points = list(series['c:dPt']).map((point) => [val(point['c:idx']), val(at(point, 'c:spPr', 'a:solidFill', 'a:srgbClr'))]);
    expect(points).toEqual([
      ['0', '2E7D32'],
      ['1', 'C62828'],
      ['2', '2E7D32'],
    ]);
    expect(list(at(series, 'c:val', 'c:numRef', 'c:numCache', 'c:pt')).map((pt) => Number(pt['c:v']))).toEqual([0.4, -0.7, 0.2]);
    expect(at(chart, 'c:chartSpace', 'c:chart', 'c:legend')).toBeUndefined();
    expect(at(chart, 'c:chartSpace', 'c:chart', 'c:plotArea', 'c:valAx', 'c:numFmt', '@formatCode')).toBe('+0.0;-0.0;0.0');
  });

  test('a stacked bar chart overlaps its series fully', async () => {
    const [, , { chart }] = await chartsOfSheet(zip, summarySheet);
    const bar = barChartOf(chart);
    expect(val(bar['c:barDir'])).toBe('bar');
    expect(val(bar['c:grouping'])).toBe('stacked');
    expect(val(bar['c:overlap'])).toBe('100');
    expect(list(bar['c:ser']).map((ser) => val(at(ser, 'c:spPr', 'a:solidFill', 'a:srgbClr')))).toEqual([
      '2E7D32',
      'F2B705',
      'C62828',
    ]);
  });

  test("refs on a sheet named with a space, ä/ö/å and apostrophes are quoted, apostrophes doubled", async () => {
    const charts = await chartsOfSheet(zip, strategySheet);
    expect(charts).toHaveLength(3);
    const [series] = list(barChartOf(charts[2].chart)['c:ser']);
    expect(at(series, 'c:tx', 'c:strRef', 'c:f')).toBe("'Strategia ja ''työ'' åäö'!$B$9");
    expect(at(series, 'c:cat', 'c:strRef', 'c:f')).toBe("'Strategia ja ''työ'' åäö'!$A$10:$A$13");
    expect(at(series, 'c:val', 'c:numRef', 'c:f')).toBe("'Strategia ja ''työ'' åäö'!$B$10:$B$13");
  });

  test("charts join the drawing ExcelJS wrote for a sheet's image, with unique shape ids", async () => {
    const charts = await chartsOfSheet(zip, strategySheet);
    const drawing = charts[0].drawing;
    const anchors = list(at(drawing, 'xdr:wsDr', 'xdr:twoCellAnchor'));
    expect(anchors.filter((anchor) => anchor['xdr:pic'])).toHaveLength(1);
    expect(anchors.filter((anchor) => anchor['xdr:graphicFrame'])).toHaveLength(3);
    const ids = anchors.map(
      (anchor) => at(anchor, 'xdr:pic', 'xdr:nvPicPr', 'xdr:cNvPr', '@id') ?? at(anchor, 'xdr:graphicFrame', 'xdr:nvGraphicFramePr', 'xdr:cNvPr', '@id'),
    );
    expect(new Set(ids).size).toBe(4);
    const path = await sheetPath(zip, strategySheet);
    const sheetXml = await zip.file(path)!.async('string');
    expect(sheetXml.match(/<drawing /g)).toHaveLength(1);
  });

  test('the worksheet children stay in schema order with <drawing> after pageSetup and headerFooter', async () => {
    const schemaOrder = [
      'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
      'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
      'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
      'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
      'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts',
      'extLst',
    ];
    for (const name of [summarySheet, strategySheet]) {
      const xml = await zip.file(await sheetPath(zip, name))!.async('string');
      const [root] = (orderedParser.parse(xml) as Xml[]).filter((node) => node.worksheet);
      const children = (root.worksheet as Xml[]).map((child) => Object.keys(child).find((key) => key !== ':@') ?? '');
      expect(children).toContain('drawing');
      const positions = children.map((child) => schemaOrder.indexOf(child));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  test('every chart element lists its children in the schema order of ECMA-376 Part 1, 21.2 (Excel refuses other orders)', async () => {
    const sequences: Record<string, string[]> = {
      'c:chartSpace': ['c:date1904', 'c:lang', 'c:roundedCorners', 'c:style', 'c:clrMapOvr', 'c:pivotSource', 'c:protection', 'c:chart', 'c:spPr', 'c:txPr', 'c:externalData', 'c:printSettings', 'c:userShapes', 'c:extLst'],
      'c:chart': ['c:title', 'c:autoTitleDeleted', 'c:pivotFmts', 'c:view3D', 'c:floor', 'c:sideWall', 'c:backWall', 'c:plotArea', 'c:legend', 'c:plotVisOnly', 'c:dispBlanksAs', 'c:showDLblsOverMax', 'c:extLst'],
      'c:title': ['c:tx', 'c:layout', 'c:overlay', 'c:spPr', 'c:txPr', 'c:extLst'],
      'c:plotArea': ['c:layout', 'c:barChart', 'c:catAx', 'c:valAx', 'c:dTable', 'c:spPr', 'c:extLst'],
      'c:barChart': ['c:barDir', 'c:grouping', 'c:varyColors', 'c:ser', 'c:dLbls', 'c:gapWidth', 'c:overlap', 'c:serLines', 'c:axId', 'c:extLst'],
      'c:ser': ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:invertIfNegative', 'c:pictureOptions', 'c:dPt', 'c:dLbls', 'c:trendline', 'c:errBars', 'c:cat', 'c:val', 'c:shape', 'c:extLst'],
      'c:dPt': ['c:idx', 'c:invertIfNegative', 'c:marker', 'c:bubble3D', 'c:explosion', 'c:spPr', 'c:pictureOptions', 'c:extLst'],
      'c:dLbls': ['c:dLbl', 'c:delete', 'c:numFmt', 'c:spPr', 'c:txPr', 'c:dLblPos', 'c:showLegendKey', 'c:showVal', 'c:showCatName', 'c:showSerName', 'c:showPercent', 'c:showBubbleSize', 'c:separator', 'c:showLeaderLines', 'c:leaderLines', 'c:extLst'],
      'c:catAx': ['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:majorGridlines', 'c:minorGridlines', 'c:title', 'c:numFmt', 'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx', 'c:crosses', 'c:auto', 'c:lblAlgn', 'c:lblOffset', 'c:tickLblSkip', 'c:tickMarkSkip', 'c:noMultiLvlLbl', 'c:extLst'],
      'c:valAx': ['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:majorGridlines', 'c:minorGridlines', 'c:title', 'c:numFmt', 'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx', 'c:crosses', 'c:crossBetween', 'c:majorUnit', 'c:minorUnit', 'c:dispUnits', 'c:extLst'],
      'c:legend': ['c:legendPos', 'c:legendEntry', 'c:layout', 'c:overlay', 'c:spPr', 'c:txPr', 'c:extLst'],
      'c:strRef': ['c:f', 'c:strCache', 'c:extLst'],
      'c:numRef': ['c:f', 'c:numCache', 'c:extLst'],
      'c:numCache': ['c:formatCode', 'c:ptCount', 'c:pt', 'c:extLst'],
      'xdr:twoCellAnchor': ['xdr:from', 'xdr:to', 'xdr:sp', 'xdr:grpSp', 'xdr:graphicFrame', 'xdr:cxnSp', 'xdr:pic', 'xdr:contentPart', 'xdr:clientData'],
      'xdr:graphicFrame': ['xdr:nvGraphicFramePr', 'xdr:xfrm', 'a:graphic'],
    };
    let checked = 0;
    const visit = (nodes: Xml[]): void => {
      for (const node of nodes) {
        const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
        if (!name) continue;
        const children = node[name] as Xml[];
        const sequence = sequences[name];
        if (sequence) {
          const positions = children
            .map((child) => Object.keys(child).find((key) => key !== ':@' && key !== '#text'))
            .filter((child): child is string => child !== undefined)
            .map((child) => sequence.indexOf(child));
          expect({ name, positions: positions.every((position) => position >= 0) }).toEqual({ name, positions: true });
          expect({ name, sorted: positions.every((position, i) => i === 0 || positions[i - 1] <= position) }).toEqual({ name, sorted: true });
          checked++;
        }
        visit(children);
      }
    };
    const parts = Object.keys(zip.files).filter((path) => /^xl\/(charts\/chart|drawings\/drawing)\d+\.xml$/.test(path));
    expect(parts).toHaveLength(8);
    for (const path of parts) visit(orderedParser.parse(await zip.file(path)!.async('string')) as Xml[]);
    expect(checked).toBeGreaterThan(100);
  });

  test('settings are a web extension of this add-in, reached from the package through its task pane', async () => {
    const rootRels = await relationshipsOf(zip, '_rels/.rels');
    const taskpanes = rootRels.find((rel) => rel.type === 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes');
    expect(taskpanes?.target).toBe('xl/webextensions/taskpanes.xml');
    const pane = await xmlOf(zip, 'xl/webextensions/taskpanes.xml');
    const ref = at(pane, 'wetp:taskpanes', 'wetp:taskpane', 'wetp:webextensionref', '@r:id');
    const paneRels = await relationshipsOf(zip, 'xl/webextensions/_rels/taskpanes.xml.rels');
    const extensionRel = paneRels.find((rel) => rel.id === ref);
    expect(extensionRel).toMatchObject({
      type: 'http://schemas.microsoft.com/office/2011/relationships/webextension',
      target: 'webextension1.xml',
    });
    const extension = await xmlOf(zip, 'xl/webextensions/webextension1.xml');
    expect(at(extension, 'we:webextension', 'we:reference', '@id')).toBe(ADD_IN_ID);
    const properties = list(at(extension, 'we:webextension', 'we:properties', 'we:property'));
    const settings = Object.fromEntries(properties.map((property) => [property['@name'], property['@value']]));
    expect(settings).toEqual(sampleExtras().settings);
    expect(JSON.parse(String(settings.thresholds))).toEqual({ relative: 0.05, absolute: 100000 });
  });

  test('defined names keep their sheet scope (localSheetId) and comment', async () => {
    const workbook = await xmlOf(zip, 'xl/workbook.xml');
    const names = list(at(workbook, 'workbook', 'definedNames', 'definedName')).map((name) => ({
      name: name['@name'],
      scope: name['@localSheetId'],
      comment: name['@comment'],
      formula: name['#text'],
    }));
    expect(names).toEqual([
      { name: 'BudgetMonitor_Report', scope: '0', comment: 'budget-monitor report sheet', formula: '"summary"' },
      { name: 'BudgetMonitor_Report', scope: '1', comment: undefined, formula: '"strategy"' },
      { name: 'Kasvu', scope: undefined, comment: undefined, formula: 'Yhteenveto!$B$4:$D$4' },
    ]);
  });

  test('ExcelJS still opens the result with every value and sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([summarySheet, strategySheet]);
    expect(workbook.getWorksheet(summarySheet)?.getCell('D5').value).toBe(1.8);
    expect(workbook.getWorksheet(strategySheet)?.getCell('A13').value).toBe('Kestävyys');
  });

  test('readExtras gives back the charts, settings and names written', async () => {
    const extras = await readExtras(xlsx);
    expect(extras).toEqual({ ...sampleExtras(), kept: [] });
  });

  test('the host cycle keeps everything: readExtras, ExcelJS load and save (which drops charts), writeExtras', async () => {
    const extras = await readExtras(xlsx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ExcelJS.Buffer);
    const resaved = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await readExtras(resaved)).charts).toEqual([]);
    const again = await writeExtras(resaved, extras);
    expect(await readExtras(again)).toEqual({ ...sampleExtras(), kept: [] });
    const zip = await partsOf(again);
    expect(Object.keys(zip.files).filter((path) => path.startsWith('xl/charts/chart'))).toHaveLength(6);
  });

  test('the AddIn id is the one in manifest.xml, so Office hands the settings to this add-in', () => {
    const manifest = readFileSync(join(__dirname, '../../manifest.xml'), 'utf8');
    expect(/<Id>([^<]+)<\/Id>/.exec(manifest)?.[1].toLowerCase()).toBe(ADD_IN_ID);
  });
});

describe('writeExtras and readExtras edge cases', () => {
  async function workbookWith(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    build(workbook);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  const oneChart = (sheet: string, overrides: Partial<ChartPart> = {}): ChartPart => ({
    sheet,
    name: 'chart',
    type: 'ColumnClustered',
    title: 'Tulot & menot <2024> "ennuste"',
    legend: 'Right',
    valueAxisNumberFormat: null,
    from: { row: 4, column: 1 },
    to: { row: 20, column: 8 },
    series: [
      {
        name: 'Ennuste',
        nameRef: `${sheet}!B1`,
        categoriesRef: `${sheet}!A2:A3`,
        valuesRef: `${sheet}!$B$2:$B$3`,
        categories: ['A & B', '<C>'],
        values: [1, null],
        colour: '#2f75b5',
        pointColours: [null, '#c62828'],
      },
    ],
    ...overrides,
  });

  test('a workbook without extras reads as none', async () => {
    const xlsx = await workbookWith((workbook) => workbook.addWorksheet('Data').addRow([1]));
    expect(await readExtras(xlsx)).toEqual({ charts: [], settings: {}, names: [], kept: [] });
  });

  test('no settings write no add-in parts, and names absent leave workbook.xml as ExcelJS wrote it', async () => {
    const original = await workbookWith((workbook) => workbook.addWorksheet('Data').addRow([1]));
    const xlsx = await writeExtras(original, { charts: [], settings: {} });
    const zip = await partsOf(xlsx);
    expect(zip.file('xl/webextensions/taskpanes.xml')).toBeNull();
    const before = await (await partsOf(original)).file('xl/workbook.xml')!.async('string');
    expect(await zip.file('xl/workbook.xml')!.async('string')).toBe(before);
  });

  test('<drawing> goes before legacyDrawing (notes) and tableParts (tables)', async () => {
    const xlsx = await writeExtras(
      await workbookWith((workbook) => {
        const sheet = workbook.addWorksheet('Data');
        sheet.getCell('A1').note = 'huomautus';
        sheet.addTable({ name: 'Luvut', ref: 'D1', columns: [{ name: 'Luku' }], rows: [[1], [2]] });
      }),
      { charts: [oneChart('Data')], settings: {} },
    );
    const xml = await (await partsOf(xlsx)).file('xl/worksheets/sheet1.xml')!.async('string');
    const drawing = xml.indexOf('<drawing ');
    expect(drawing).toBeGreaterThan(xml.indexOf('<pageMargins'));
    expect(drawing).toBeLessThan(xml.indexOf('<legacyDrawing '));
    expect(drawing).toBeLessThan(xml.indexOf('<tableParts'));
  });

  test('titles, categories and refs are escaped; relative refs are made absolute; colours read back upper case', async () => {
    const xlsx = await writeExtras(await workbookWith((workbook) => workbook.addWorksheet('Data')), {
      charts: [oneChart('Data')],
      settings: {},
    });
    const chartText = await (await partsOf(xlsx)).file('xl/charts/chart1.xml')!.async('string');
    expect(chartText).toContain('Tulot &amp; menot &lt;2024&gt; "ennuste"');
    const [chart] = (await readExtras(xlsx)).charts;
    expect(chart.title).toBe('Tulot & menot <2024> "ennuste"');
    expect(chart.legend).toBe('Right');
    expect(chart.valueAxisNumberFormat).toBeNull();
    expect(chart.series[0]).toEqual({
      name: 'Ennuste',
      nameRef: 'Data!$B$1',
      categoriesRef: 'Data!$A$2:$A$3',
      valuesRef: 'Data!$B$2:$B$3',
      categories: ['A & B', '<C>'],
      values: [1, null],
      colour: '#2F75B5',
      pointColours: [null, '#C62828'],
    });
  });

  test('a series without a name, category or value range keeps its literals', async () => {
    const chart = oneChart('Data');
    const literal = { ...chart.series[0], nameRef: '', categoriesRef: '', categories: ['Q1', 'Q2'] };
    const unnamed = { ...chart.series[0], nameRef: '', categoriesRef: '', valuesRef: '', categories: [], values: [5, 6] };
    const xlsx = await writeExtras(await workbookWith((workbook) => workbook.addWorksheet('Data')), {
      charts: [{ ...chart, series: [literal, unnamed] }],
      settings: {},
    });
    const [back] = (await readExtras(xlsx)).charts;
    expect(back.series[0]).toMatchObject({ name: 'Ennuste', nameRef: '', categoriesRef: '', categories: ['Q1', 'Q2'], values: [1, null] });
    expect(back.series[1]).toMatchObject({ nameRef: '', categoriesRef: '', valuesRef: '', categories: [], values: [5, 6] });
    expect(back.series[1].pointColours).toEqual([null, '#C62828']);
  });

  test('misuse is refused: a chart on a sheet that does not exist, a colour that is not #RRGGBB, an empty anchor', async () => {
    const xlsx = await workbookWith((workbook) => workbook.addWorksheet('Data'));
    await expect(writeExtras(xlsx, { charts: [oneChart('Muu')], settings: {} })).rejects.toThrow(/no sheet named Muu/);
    const badColour = oneChart('Data');
    badColour.series[0].colour = 'green';
    await expect(writeExtras(xlsx, { charts: [badColour], settings: {} })).rejects.toThrow(/#RRGGBB/);
    const upsideDown = oneChart('Data', { from: { row: 5, column: 0 }, to: { row: 2, column: 4 } });
    await expect(writeExtras(xlsx, { charts: [upsideDown], settings: {} })).rejects.toThrow(/no cells to cover/);
  });

  test('settings come back exactly: quotes, ampersands, line breaks, tabs, non-ASCII, empty text', async () => {
    const settings = {
      plain: '"fi"',
      tricky: JSON.stringify({ text: 'a & b < c > d "e" \'f\'', lines: 'x\ny\r\nz\tw', nordic: 'äöå ÄÖÅ €' }),
      pretty: JSON.stringify({ a: [1, 2] }, null, 2),
      empty: '',
    };
    const xlsx = await writeExtras(await workbookWith((workbook) => workbook.addWorksheet('Data')), { charts: [], settings });
    expect((await readExtras(xlsx)).settings).toEqual(settings);
  });

  test('a chart or settings part that is not well-formed XML is passed over; the rest still reads', async () => {
    const zip = await partsOf(await writeExtras(await tableWorkbook(), sampleExtras()));
    zip.file('xl/charts/chart2.xml', '<c:chartSpace><c:chart>');
    zip.file('xl/webextensions/webextension1.xml', '<we:webextension');
    const extras = await readExtras(await zip.generateAsync({ type: 'uint8array' }));
    expect(extras.charts.map((chart) => chart.name)).toEqual([
      'income-expenses',
      'strategy-status',
      'income-expenses',
      'margin-deviation',
      'strategy-status',
    ]);
    expect(extras.settings).toEqual({});
  });

  test('a chart type that is not one of the three is not read as one (charts of other writers are left out)', async () => {
    const xlsx = await writeExtras(await workbookWith((workbook) => workbook.addWorksheet('Data')), {
      charts: [oneChart('Data')],
      settings: {},
    });
    const zip = await partsOf(xlsx);
    const text = await zip.file('xl/charts/chart1.xml')!.async('string');
    zip.file('xl/charts/chart1.xml', text.replace(/c:barChart>/g, 'c:lineChart>').replace(/<c:barChart>/, '<c:lineChart>'));
    const changed = await zip.generateAsync({ type: 'uint8array' });
    expect((await readExtras(changed)).charts).toEqual([]);
  });
});
