/**
 * test/fixtures/all-parts.xlsx: the Q4 example with every kind of part a user's workbook may hold
 * besides cells, so a test can show that the report leaves each of them as it was: workbook
 * protection (of its windows: structure protection refuses new sheets, as in Excel), a protected sheet, defined names (workbook and sheet scope), calculation
 * settings, core and custom document properties, a note, data validation, hyperlinks, an Excel
 * table, the user's own conditional format, a line chart and a custom XML part. ExcelJS writes
 * what it can; the rest is added to its package as Excel writes it (ECMA-376 Part 1).
 */
import JSZip from 'jszip';
import { buildQ4Example } from '../make-examples';
import { documentDate, packageBytes } from './workbook-writing';

const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships';

export async function allPartsWorkbook(): Promise<Uint8Array> {
  const workbook = buildQ4Example();
  workbook.title = 'Elinvoiman palvelualue, seuranta Q4/2024';
  workbook.subject = 'Talouden seuranta';
  workbook.keywords = 'seuranta; talous';
  workbook.company = 'Esimerkkikaupunki';
  workbook.calcProperties = { fullCalcOnLoad: false };
  workbook.views = [{ x: 0, y: 0, width: 28800, height: 12300, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  const economy = workbook.getWorksheet('Talous')!;
  economy.getCell('A1').note = 'Luvut tilinpäätöksen mukaan, tarkastanut controller 15.1.2025';
  economy.getCell('J1').value = { text: 'Ohje', hyperlink: 'https://www.example.fi/seuranta' };
  economy.getCell('J2').value = { text: 'Strategia', hyperlink: '#Strategia!A1' };
  economy.getCell('K1').value = 'Tila';
  economy.getCell('K2').value = 'Tarkastettu';
  economy.getCell('K2').dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: ['"Luonnos,Tarkastettu,Hyväksytty"'],
  };
  economy.addConditionalFormatting({
    ref: 'K2',
    rules: [
      {
        type: 'containsText',
        operator: 'containsText',
        text: 'Hyväksytty',
        priority: 1,
        style: { font: { bold: true, color: { argb: 'FF006100' } } },
      },
    ],
  });
  workbook.definedNames.add("'Talous'!$A$1", 'Otsikko');

  const sources = workbook.addWorksheet('Lähteet');
  sources.addTable({
    name: 'Lahteet',
    ref: 'A1',
    headerRow: true,
    columns: [{ name: 'Lähde' }, { name: 'Päivitetty' }],
    rows: [
      ['Kirjanpito', '15.1.2025'],
      ['Talousarvio', '1.12.2023'],
    ],
  });
  sources.getCell('D1').value = 'Vuosi';
  sources.getCell('D2').value = 2023;
  sources.getCell('D3').value = 2024;
  sources.getCell('E1').value = 'Toimintakate';
  sources.getCell('E2').value = -34100;
  sources.getCell('E3').value = -30500;
  await sources.protect('', { selectLockedCells: true, selectUnlockedCells: true });

  const zip = await JSZip.loadAsync(await packageBytes(workbook));
  await protectWindows(zip);
  // Iterative calculation (File → Options → Formulas), and the first sheet's tab selected, as Excel saves them.
  await edit(zip, 'xl/workbook.xml', (xml) =>
    xml.replace('<calcPr calcId="171027"/>', '<calcPr calcId="171027" iterate="1" iterateCount="50"/>'),
  );
  await edit(zip, 'xl/worksheets/sheet1.xml', (xml) =>
    xml.replace('<sheetView workbookViewId="0"', '<sheetView tabSelected="1" workbookViewId="0"'),
  );
  await scopeName(zip);
  await addLineChart(zip, 'xl/worksheets/sheet3.xml', "'Lähteet'");
  await addCustomXml(zip);
  await addCustomProperties(zip);
  // Every entry dated as packageBytes dates them, so that the fixture rebuilds byte for byte.
  const dated = new JSZip();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) dated.file(name, await entry.async('uint8array'), { date: documentDate, createFolders: false });
  }
  return dated.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

async function edit(zip: JSZip, path: string, change: (xml: string) => string): Promise<void> {
  const xml = await zip.file(path)!.async('string');
  const changed = change(xml);
  if (changed === xml) throw new Error(`nothing changed in ${path}`);
  zip.file(path, changed);
}

async function addRelationship(zip: JSZip, relsPath: string, id: string, type: string, target: string): Promise<void> {
  const existing = await zip.file(relsPath)?.async('string');
  const relationship = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  zip.file(
    relsPath,
    existing
      ? existing.replace('</Relationships>', `${relationship}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${packageRelationships}">${relationship}</Relationships>`,
  );
}

async function addOverride(zip: JSZip, partName: string, contentType: string): Promise<void> {
  await edit(zip, '[Content_Types].xml', (xml) =>
    xml.replace('</Types>', `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`),
  );
}

/**
 * Review → Protect Workbook with Windows ticked (Excel 2010 and Excel for Mac), as Excel writes it:
 * just before <bookViews>. Structure protection would refuse the report's new sheets.
 */
async function protectWindows(zip: JSZip): Promise<void> {
  await edit(zip, 'xl/workbook.xml', (xml) =>
    xml.replace('<bookViews>', '<workbookProtection lockWindows="1"/><bookViews>'),
  );
}

/** A sheet-scoped name with a comment, which ExcelJS cannot write. */
async function scopeName(zip: JSZip): Promise<void> {
  await edit(zip, 'xl/workbook.xml', (xml) =>
    xml.replace(
      '</definedNames>',
      '<definedName name="Tarkastaja" localSheetId="1" comment="Kuka tarkasti">"Controller"</definedName></definedNames>',
    ),
  );
}

/** A line chart of Lähteet!E2:E3 by year, anchored at G2:N16. */
async function addLineChart(zip: JSZip, sheetPath: string, sheet: string): Promise<void> {
  const chart =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:autoTitleDeleted val="1"/>' +
    '<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>${sheet}!$E$1</c:f></c:strRef></c:tx>` +
    `<c:cat><c:numRef><c:f>${sheet}!$D$2:$D$3</c:f></c:numRef></c:cat>` +
    `<c:val><c:numRef><c:f>${sheet}!$E$2:$E$3</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/>` +
    '<c:pt idx="0"><c:v>-34100</c:v></c:pt><c:pt idx="1"><c:v>-30500</c:v></c:pt></c:numCache></c:numRef></c:val>' +
    '<c:smooth val="0"/></c:ser><c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>' +
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling>' +
    '<c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';
  const drawing =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
    '<xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Toimintakate vuosittain"/>' +
    '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${relationships}" r:id="rId1"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
  zip.file('xl/charts/chart1.xml', chart);
  zip.file('xl/drawings/drawing1.xml', drawing);
  await addRelationship(
    zip,
    'xl/drawings/_rels/drawing1.xml.rels',
    'rId1',
    `${relationships}/chart`,
    '../charts/chart1.xml',
  );
  const sheetRels = sheetPath.replace('worksheets/', 'worksheets/_rels/') + '.rels';
  await addRelationship(zip, sheetRels, 'rIdDrawing1', `${relationships}/drawing`, '../drawings/drawing1.xml');
  // <drawing> follows <pageSetup> and precedes <tableParts> (CT_Worksheet).
  await edit(zip, sheetPath, (xml) => xml.replace('<tableParts', `<drawing r:id="rIdDrawing1"/><tableParts`));
  await addOverride(zip, '/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  await addOverride(zip, '/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
}

/** A custom XML part (a document management system's metadata) with its properties part. */
async function addCustomXml(zip: JSZip): Promise<void> {
  zip.file(
    'customXml/item1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<seuranta xmlns="urn:example:seuranta"><diaari>KAU/123/2025</diaari></seuranta>',
  );
  zip.file(
    'customXml/itemProps1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ds:datastoreItem ds:itemID="{5C2A1E0B-9D3F-4B7A-8E21-6F4D0C9B1A27}" ' +
      'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
  );
  await addRelationship(
    zip,
    'customXml/_rels/item1.xml.rels',
    'rId1',
    `${relationships}/customXmlProps`,
    'itemProps1.xml',
  );
  await addRelationship(
    zip,
    'xl/_rels/workbook.xml.rels',
    'rIdCustomXml1',
    `${relationships}/customXml`,
    '../customXml/item1.xml',
  );
  await addOverride(
    zip,
    '/customXml/itemProps1.xml',
    'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  );
}

/** File → Info → Properties → Custom: a text property. */
async function addCustomProperties(zip: JSZip): Promise<void> {
  zip.file(
    'docProps/custom.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties ' +
      'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Vastuuhenkilö"><vt:lpwstr>Controller</vt:lpwstr></property>' +
      '</Properties>',
  );
  await addRelationship(zip, '_rels/.rels', 'rIdCustom1', `${relationships}/custom-properties`, 'docProps/custom.xml');
  await addOverride(zip, '/docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml');
}
