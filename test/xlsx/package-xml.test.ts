/**
 * The package reader on XML that ExcelJS does not write but Excel and other tools do:
 * inline strings, rich shared strings with phonetic guides, cells without addresses, shared
 * formulas, typed results, entities, the 1904 date system, theme and indexed fills, chart sheets.
 */
import JSZip from 'jszip';
import { readSnapshot, translateFormula, XlsxReadError } from '../../src/xlsx';

const workbookXml = (sheets: string, pr = '') =>
  `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${pr}<sheets>${sheets}</sheets></workbook>`;

async function packageOf(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  for (const [path, xml] of Object.entries(parts)) zip.file(path, xml);
  return zip.generateAsync({ type: 'uint8array' });
}

const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>
  <Relationship Id="rId2" Type="chartsheet" Target="chartsheets/sheet1.xml"/>
  <Relationship Id="rId3" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/>
</Relationships>`;

const styles = `<styleSheet>
  <numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0&quot; t€&quot;"/></numFmts>
  <fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
    <fill><patternFill patternType="solid"><fgColor theme="9"/><bgColor indexed="64"/></patternFill></fill>
    <fill><patternFill patternType="solid"><fgColor indexed="10"/></patternFill></fill></fills>
  <cellXfs count="5"><xf numFmtId="0" fillId="0"/><xf numFmtId="164" fillId="0" applyNumberFormat="1"/>
    <xf numFmtId="0" fillId="2"/><xf numFmtId="3" fillId="3"/><xf numFmtId="0" fillId="0"><alignment indent="2"/></xf></cellXfs>
</styleSheet>`;

const sharedStrings = `<sst><si><t>Toimintakulut</t></si><si><r><rPr><b/></rPr><t>Kasvu</t></r><r><t xml:space="preserve">palvelut </t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si><si><t>R&amp;D &lt;1&gt;</t></si></sst>`;

const sheet1 = `<worksheet><sheetData>
  <row r="2"><c r="B2" t="s"><v>0</v></c><c t="s" s="4"><v>1</v></c><c t="inlineStr"><is><t>Inline</t></is></c><c r="F2" t="s"><v>2</v></c></row>
  <row r="3"><c r="B3" s="1"><v>1234.5</v></c><c r="C3"><f t="shared" ref="C3:C5" si="0">B3*2</f><v>2469</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c>
    <c r="E3" t="b"><f>B3&gt;0</f><v>1</v></c><c r="F3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>
  <row r="4"><c r="B4"><v>1</v></c><c r="C4"><f t="shared" si="0"/><v>2</v></c><c r="D4" s="2"/><c r="E4" s="3"><v>7</v></c></row>
  <row r="5"><c r="B5"><v>0</v></c><c r="C5"><f t="shared" si="0"/><v>0</v></c><c r="D5" t="e"><v>#N/A</v></c></row>
</sheetData><conditionalFormatting sqref="A1"><cfRule type="expression"><formula>A1&gt;0</formula></cfRule></conditionalFormatting></worksheet>`;

const sheet2 = `<worksheet><sheetData><row r="1"><c r="A1"><v>45657</v></c></row></sheetData></worksheet>`;

test('reads values, formulas, formats, indents and fills from XML written by other tools', async () => {
  const data = await packageOf({
    'xl/workbook.xml': workbookXml(
      '<sheet name="Talous &amp; muut" sheetId="1" r:id="rId1"/><sheet name="Kaavio" sheetId="2" r:id="rId2"/><sheet name="Päivät" sheetId="3" r:id="rId3"/>',
      '<workbookPr date1904="1"/>',
    ),
    'xl/_rels/workbook.xml.rels': rels,
    'xl/styles.xml': styles,
    'xl/sharedStrings.xml': sharedStrings,
    'xl/worksheets/sheet1.xml': sheet1,
    'xl/worksheets/sheet2.xml': sheet2,
    'xl/chartsheets/sheet1.xml': '<chartsheet/>',
  });
  const { sheets } = await readSnapshot(data);
  expect(sheets.map((s) => s.name)).toEqual(['Talous & muut', 'Päivät']);
  const [sheet] = sheets;
  expect(sheet.origin).toEqual({ row: 1, column: 1 });
  expect(sheet.values).toEqual([
    ['Toimintakulut', 'Kasvupalvelut ', 'Inline', null, 'R&D <1>'],
    [1234.5, 2469, { error: '#DIV/0!' }, true, 'ab'],
    [1, 2, null, 7, null],
    [0, 0, { error: '#N/A' }, null, null],
  ]);
  expect(sheet.formulas![1]).toEqual([null, '=B3*2', '=1/0', '=B3>0', '="a"&"b"']);
  expect(sheet.formulas![2][1]).toBe('=B4*2');
  expect(sheet.formulas![3][1]).toBe('=B5*2');
  expect(sheet.numberFormats![1][0]).toBe('#,##0.0" t€"');
  expect(sheet.numberFormats![2][3]).toBe('#,##0');
  expect(sheet.indents![0][1]).toBe(2);
  expect(sheet.fills![2][2]).toBe('#70AD47');
  expect(sheet.fills![2][3]).toBe('#FF0000');
  // A plain number in the 1904 system is still the number Excel stores.
  expect(sheets[1].values).toEqual([[45657]]);
});

test('a package whose sheets are all chart sheets is no workbook to check', async () => {
  const data = await packageOf({
    'xl/workbook.xml': workbookXml('<sheet name="Kaavio" sheetId="2" r:id="rId2"/>'),
    'xl/_rels/workbook.xml.rels': rels,
  });
  await expect(readSnapshot(data)).rejects.toEqual(expect.objectContaining({ reason: 'no-worksheets' }));
  await expect(readSnapshot(data)).rejects.toBeInstanceOf(XlsxReadError);
});

test('a sheet part the workbook names but the zip lacks is a corrupt package', async () => {
  const data = await packageOf({ 'xl/workbook.xml': workbookXml('<sheet name="A" sheetId="1" r:id="rId1"/>'), 'xl/_rels/workbook.xml.rels': rels });
  await expect(readSnapshot(data)).rejects.toEqual(expect.objectContaining({ reason: 'corrupt' }));
});

describe('translateFormula moves the relative references of a shared formula', () => {
  const from = { row: 2, column: 3 }; // D3
  test('relative parts move, $-pinned parts stay', () => {
    expect(translateFormula('C3-B3', from, { row: 5, column: 3 })).toBe('C6-B6');
    expect(translateFormula('$C3-B$3+$A$1', from, { row: 4, column: 5 })).toBe('$C5-D$3+$A$1');
  });
  test('ranges, other sheets and functions', () => {
    expect(translateFormula('SUM(B3:B9)+Talous!C3', from, { row: 3, column: 3 })).toBe('SUM(B4:B10)+Talous!C4');
    expect(translateFormula('LOG10(B3)', from, { row: 3, column: 3 })).toBe('LOG10(B4)');
  });
  test('text in quotes is left alone', () => {
    expect(translateFormula('IF(B3>0,"B3","")', from, { row: 3, column: 3 })).toBe('IF(B4>0,"B3","")');
  });
});

describe('every spelling of a cell reads as the same cell', () => {
  // Excel's own spelling, and the same cells as other writers spell them: attributes split by
  // tabs and line breaks, single quotes, lower-case addresses, an explicit t="n", cells without
  // an address in the middle of a row.
  const plain = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1.5E3</v></c><c r="C1" t="n" s="1"><v>-0.25</v></c><c r="D1" s="2"/></row>
    <row r="2"><c r="A2"><v></v></c><c r="B2" s="0"><v>7</v></c><c r="C2" t="s"><v>9</v></c><c r="D2"><v>12345678901234567890</v></c></row>`;
  const spellings = {
    tabs: plain.replace(/<c r="(\w+)"/g, '<c\tr="$1"\n').replace(/" s="/g, '"\r\n s="'),
    singleQuotes: plain.replace(/r="([A-D]\d)"/g, "r='$1'"),
    lowerCase: plain.replace(/r="([A-D])(\d)"/g, (_, column: string, row: string) => `r="${column.toLowerCase()}${row}"`),
    unaddressed: plain.replace(/<c r="B\d"/g, '<c'),
  };
  const read = async (rows: string) => {
    const data = await packageOf({
      'xl/workbook.xml': workbookXml('<sheet name="Talous" sheetId="1" r:id="rId1"/>'),
      'xl/_rels/workbook.xml.rels': rels,
      'xl/styles.xml': styles,
      'xl/sharedStrings.xml': sharedStrings,
      'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${rows}</sheetData></worksheet>`,
    });
    return (await readSnapshot(data)).sheets[0];
  };

  test('Excel’s spelling', async () => {
    const sheet = await read(plain);
    expect(sheet.origin).toEqual({ row: 0, column: 0 });
    expect(sheet.values).toEqual([
      ['Toimintakulut', 1500, -0.25, null],
      [null, 7, null, 12345678901234567890],
    ]);
    expect(sheet.numberFormats![0][2]).toBe('#,##0.0" t€"');
    expect(sheet.fills![0][3]).toBe('#70AD47');
  });

  test.each(Object.entries(spellings))('%s', async (_, rows) => {
    expect(await read(rows)).toEqual(await read(plain));
  });
});
