/**
 * Fixtures of hostile but ordinary input (issue: never crash, never silently wrong, never inject):
 * user text that looks like a formula, dates and truth values in figure cells, a plan far below the
 * displayed unit, and files that are not .xlsx workbooks for every reason a controller meets.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { formula, newWorkbook, packageBytes, put, putRows } from './workbook-writing';

const zipDate = new Date(Date.UTC(2025, 0, 15, 8, 0, 0));

/** Unit names and labels that Excel would take as formulas, numbers, dates or truth values if typed. */
export const hostileUnitNames = [
  '=HYPERLINK("http://example.invalid/","x")',
  '+Kasvupalvelut',
  '@Työllisyyspalvelut',
] as const;

/** A long table whose unit names begin with '=', '+' and '@', with a note row that looks like a formula. */
export function hostileText(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Talous');
  put(sheet, 'A1', 'Talouden seuranta 1–12/2024, 1000 €');
  putRows(sheet, 3, 1, [['Yksikkö', 'Rivi', 'KS+LTA:t 2024', 'TOT 1-12 2024', 'ENN 2024']]);
  let row = 4;
  hostileUnitNames.forEach((unit, i) => {
    const income = 1000 + i * 100;
    const costs = 5000 + i * 500;
    putRows(sheet, row, 1, [
      [unit, 'Toimintatuotot', income, income + 50, income + 50],
      [unit, 'Toimintakulut', costs, costs + 400, costs + 400],
      [
        unit,
        'Toimintakate',
        formula(`C${row}-C${row + 1}`, income - costs),
        formula(`D${row}-D${row + 1}`, income - costs - 350),
        formula(`E${row}-E${row + 1}`, income - costs - 350),
      ],
    ]);
    row += 3;
  });
  put(sheet, `A${row + 1}`, '=cmd|"/c calc"!A1');
  return workbook;
}

/** Dates and truth values where figures belong: typed (two date formats), as a formula's result, and TRUE. */
export function dateFigures(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Talous');
  putRows(sheet, 1, 1, [['Yksikkö', 'Rivi', 'KS+LTA:t 2024', 'ENN 2024']]);
  putRows(sheet, 2, 1, [
    ['Kasvupalvelut', 'Toimintatuotot', 3252, 3712],
    ['Kasvupalvelut', 'Henkilöstökulut', 3980, null],
    ['Kasvupalvelut', 'Palvelujen ostot', 8078, 7493],
    ['Kasvupalvelut', 'Toimintakulut', formula('SUM(C3:C4)', 12058), formula('SUM(D3:D4)', 7493)],
    ['Kasvupalvelut', 'Toimintakate', formula('C2-C5', -8806), formula('D2-D5', -3781)],
    ['Työllisyyspalvelut', 'Toimintatuotot', null, 1800],
    ['Työllisyyspalvelut', 'Toimintakulut', 27000, true],
    ['Työllisyyspalvelut', 'Toimintakate', null, formula('D7-D8', 1800)],
  ]);
  // 31.12.2024 typed into the forecast of personnel costs: to Excel the number 45657 in a date format.
  put(sheet, 'D3', new Date(Date.UTC(2024, 11, 31)), { numFmt: 'd.m.yyyy' });
  // The same in Excel's built-in short date (numFmtId 14), and a date computed by a formula.
  put(sheet, 'C7', new Date(Date.UTC(2024, 5, 30)), { numFmt: 'mm-dd-yy' });
  put(sheet, 'C9', formula('DATE(2024,12,31)', 45657), { numFmt: 'yyyy-mm-dd' });
  return workbook;
}

/** A plan of 0.000000001 in a 1000 € table: shown as 0, it is a zero plan, not a base for a per cent. */
export function tinyPlan(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Talous');
  put(sheet, 'A1', 'Kasvupalvelut 1–12/2024, 1000 €');
  putRows(sheet, 3, 1, [
    ['Yksikkö', 'Rivi', 'KS+LTA:t 2024', 'ENN 2024'],
    ['Kasvupalvelut', 'Toimintatuotot', 0.000000001, 3712.5],
    ['Kasvupalvelut', 'Toimintakulut', 12058.4, 10678.1],
    ['Kasvupalvelut', 'Palvelujen ostot', 0.000000001, 49.87],
    ['Kasvupalvelut', 'Muut toimintakulut', 12058.4, 10628.23],
  ]);
  return workbook;
}

/**
 * The Q4 example with values typed far from its table: a note twenty thousand rows below it, a
 * figure in the last cell of the sheet (XFD1048576, where Ctrl+End lands), and a fill alone far to
 * the right. Read as a grid the sheet would be 1 048 576 × 16 384 cells.
 */
export function farCells(workbook: ExcelJS.Workbook): ExcelJS.Workbook {
  const sheet = workbook.getWorksheet('Talous')!;
  put(sheet, 'A20000', 'Tarkistettu 15.1.2025');
  put(sheet, 'XFD1048576', 1234.5);
  sheet.getCell('XFA1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  return workbook;
}

// ---------------------------------------------------------------------------------------------
// Files that are no .xlsx workbook, each for its own reason

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) {
    // The OpenDocument signature: 'mimetype' first and stored uncompressed.
    zip.file(name, content, { date: zipDate, compression: name === 'mimetype' ? 'STORE' : 'DEFLATE' });
  }
  return zip.generateAsync({ type: 'uint8array' });
}

export function emptyFile(): Uint8Array {
  return new Uint8Array(0);
}

/** A PDF renamed .xlsx: no zip at all. */
export function pdfFile(): Uint8Array {
  return new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
}

/** A zip that is no workbook: a folder of notes someone zipped. */
export function plainZip(): Promise<Uint8Array> {
  return zipOf({ 'muistio.txt': 'Kokousmuistio 12.3.2025\n', 'liitteet/kuva.txt': 'ei kuvaa\n' });
}

/** A Word document (.docx) under an .xlsx name: an Office package, but no workbook. */
export function wordDocument(): Promise<Uint8Array> {
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml':
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  });
}

/** A workbook whose only sheet is a chart sheet: valid, but without a single cell. */
export async function chartSheetOnly(): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(await packageBytes(placeholderWorkbook()));
  const files: Record<string, string | Uint8Array> = {};
  for (const [name, entry] of Object.entries(source.files)) {
    if (!entry.dir && !name.startsWith('xl/worksheets/')) files[name] = await entry.async('uint8array');
  }
  const text = (name: string) => new TextDecoder().decode(files[name] as Uint8Array);
  files['[Content_Types].xml'] = text('[Content_Types].xml').replace(
    /<Override PartName="\/xl\/worksheets\/sheet1.xml"[^>]*\/>/,
    '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>',
  );
  files['xl/_rels/workbook.xml.rels'] = text('xl/_rels/workbook.xml.rels').replace(
    /Type="[^"]*\/worksheet" Target="worksheets\/sheet1.xml"/,
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"',
  );
  files['xl/workbook.xml'] = text('xl/workbook.xml').replace(/name="Taulukko1"/, 'name="Kaavio1"');
  files['xl/chartsheets/sheet1.xml'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></chartsheet>';
  return zipOf(files);
}

function placeholderWorkbook(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  workbook.addWorksheet('Taulukko1');
  return workbook;
}

/** An Excel binary workbook (.xlsb) renamed .xlsx: a zip with xl/workbook.bin instead of xl/workbook.xml. */
export function binaryWorkbook(): Promise<Uint8Array> {
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
    'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00, 0x84, 0x01, 0x00]),
  });
}

/** An OpenDocument spreadsheet (.ods, LibreOffice's own format) renamed .xlsx. */
export function openDocumentSpreadsheet(): Promise<Uint8Array> {
  return zipOf({
    mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
    'content.xml':
      '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"><office:body><office:spreadsheet/></office:body></office:document-content>',
  });
}
