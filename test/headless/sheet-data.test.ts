/**
 * The cells of sheets the add-in creates are written by the host itself (src/headless/sheet-data.ts),
 * not by ExcelJS. Whatever was written comes back the same through ExcelJS and through the project's
 * own .xlsx reader: values to the last digit, texts exactly (XML's specials, a leading '='), number
 * formats, fills, fonts, borders, column widths and frozen panes, with the input's own styles and
 * strings keeping their meaning beside the new ones.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readSnapshot } from '../../src/xlsx';
import { pointsToCharacters } from '../../src/headless';
import { CellStyleSet, writesSheetData } from '../../src/headless/sheet-data';
import { openXlsx, reopen, run } from './support';

const numbers = [
  0.1 + 0.2,
  1 / 3,
  -1234567.8912345678,
  2 ** 53 - 1,
  1e-9,
  5e-324,
  1.7976931348623157e308,
  -0,
  1.2345678901234568e20,
];

const texts = [
  '<b>Kulut & tuotot</b>',
  'Sanottu "lainaus" ja \'toinen\'',
  '=SUM(A1:A3)',
  '+lisäys',
  '  alussa ja lopussa  ',
  'rivi\nrivi',
  'Äänekoski – 1 000 €',
  '',
];

/** A user's workbook with styles and shared strings of its own, so that the new sheet's indices differ from ExcelJS's. */
async function userWorkbook() {
  return openXlsx(
    [
      ['Yksikkö', 'KS', 'ENN'],
      ['Kasvupalvelut', 100, 120],
      ['<b>Kulut & tuotot</b>', 200, 190],
    ],
    undefined,
    (workbook) => {
      const sheet = workbook.getWorksheet('Budjetti')!;
      sheet.getCell('A1').font = { bold: true, italic: true, size: 14, name: 'Arial' };
      sheet.getCell('B1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
      sheet.getCell('B2').numFmt = '0.000';
      sheet.getCell('C2').numFmt = '#,##0 "t€"';
      sheet.getCell('C3').border = { top: { style: 'double', color: { argb: 'FF0000FF' } } };
    },
  );
}

async function savedReport(rows = 0): Promise<Uint8Array> {
  const book = await userWorkbook();
  await run(book, async (context) => {
    const sheet = context.workbook.worksheets.add('Raportti');
    sheet.getRange(`A1:A${numbers.length}`).values = numbers.map((n) => [n]);
    // Texts as the report writes them: with Excel's text prefix, so that none becomes a formula or number.
    sheet.getRange(`B1:B${texts.length}`).formulas = texts.map((text) => [text === '' ? '' : `'${text}`]);
    sheet.getRange('C1:E1').values = [[true, false, 'teksti']];
    sheet.getRange('C2:E2').formulas = [[7, 5, '=C2-D2']];
    sheet.getRange('A1:A3').numberFormat = [['#,##0.00'], ['0.0 %'], ['#,##0 "t€"']];
    const header = sheet.getRange('C1:E1');
    header.format.fill.color = '#1F4E79';
    header.format.font.bold = true;
    header.format.font.color = '#FFFFFF';
    header.format.borders.getItem('EdgeBottom').style = 'Continuous';
    sheet.getRange('B2').format.wrapText = true;
    sheet.getRange('B3').format.indentLevel = 2;
    sheet.getRange('A:A').format.columnWidth = 120;
    sheet.freezePanes.freezeRows(1);
    if (rows > 0) {
      sheet.getRangeByIndexes(20, 0, rows, 3).values = Array.from({ length: rows }, (_, i) => [
        `Yksikkö ${i % 97}`,
        i * 1.25 - 1000,
        i % 3 === 0 ? 'punainen' : 'vihreä',
      ]);
      sheet.getRangeByIndexes(20, 1, rows, 1).numberFormat = Array.from({ length: rows }, () => ['#,##0.0']);
    }
    await context.sync();
  });
  return book.save();
}

describe('the host writes the cells of the sheets it created', () => {
  let saved: Uint8Array;
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    saved = await savedReport();
    workbook = await reopen(saved);
    sheet = workbook.getWorksheet('Raportti')!;
  });

  it('keeps every number to the last digit (ExcelJS and the own reader)', async () => {
    numbers.forEach((n, i) => expect(sheet.getCell(`A${i + 1}`).value).toBe(n === 0 ? 0 : n));
    const own = (await readSnapshot(saved)).sheets.find((item) => item.name === 'Raportti')!;
    numbers.forEach((n, i) => expect(own.values[i][0]).toBe(n === 0 ? 0 : n));
  });

  it('keeps texts exactly, with XML specials, spaces and a leading = or + as text', async () => {
    texts.forEach((text, i) => {
      const cell = sheet.getCell(`B${i + 1}`);
      if (text === '') return expect(cell.type).toBe(ExcelJS.ValueType.Null);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    });
    const own = (await readSnapshot(saved)).sheets.find((item) => item.name === 'Raportti')!;
    texts.forEach((text, i) => {
      expect(own.values[i]?.[1] ?? null).toBe(text === '' ? null : text);
      expect(own.formulas?.[i]?.[1] ?? null).toBeNull();
    });
  });

  it('writes booleans, and formulas with the result the host computed', () => {
    expect(sheet.getCell('C1').value).toBe(true);
    expect(sheet.getCell('D1').value).toBe(false);
    expect(sheet.getCell('E2').value).toEqual({ formula: 'C2-D2', result: 2 });
  });

  it('writes number formats, fills, fonts, borders, wrap and indent with the merged styles', async () => {
    expect(sheet.getCell('A1').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('A2').numFmt).toBe('0.0 %');
    expect(sheet.getCell('A3').numFmt).toBe('#,##0 "t€"');
    const header = sheet.getCell('D1');
    expect(header.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } });
    expect(header.font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
    expect(header.border?.bottom).toMatchObject({ style: 'thin' });
    expect(sheet.getCell('B2').alignment).toMatchObject({ wrapText: true });
    expect(sheet.getCell('B3').alignment).toMatchObject({ indent: 2 });
    expect(sheet.getCell('B1').fill?.type === 'pattern' ? sheet.getCell('B1').fill : null).toBeFalsy();
    const own = (await readSnapshot(saved)).sheets.find((item) => item.name === 'Raportti')!;
    expect(own.numberFormats?.[1][0]).toBe('0.0 %');
    expect(own.fills?.[0][3]).toBe('#1F4E79');
  });

  it('leaves the input sheet its own styles and strings', () => {
    const input = workbook.getWorksheet('Budjetti')!;
    expect(input.getCell('A1').font).toMatchObject({ bold: true, italic: true, size: 14, name: 'Arial' });
    expect(input.getCell('B1').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } });
    expect(input.getCell('B2').numFmt).toBe('0.000');
    expect(input.getCell('C2').numFmt).toBe('#,##0 "t€"');
    expect(input.getCell('C3').border?.top).toEqual({ style: 'double', color: { argb: 'FF0000FF' } });
    expect(input.getCell('A3').value).toBe('<b>Kulut & tuotot</b>');
  });

  it('shares a text the input already holds instead of adding it again', async () => {
    const zip = await JSZip.loadAsync(saved);
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings.split('<si><t>&lt;b&gt;Kulut &amp; tuotot&lt;/b&gt;</t></si>')).toHaveLength(2);
  });

  it('writes column widths and frozen panes around the cells', () => {
    expect(sheet.getColumn(1).width).toBeCloseTo(pointsToCharacters(120), 6);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes a sheet part in the order CT_Worksheet requires, with its dimension', async () => {
    const zip = await JSZip.loadAsync(saved);
    const path = Object.keys(zip.files).find(
      (name) => /worksheets\/sheet\d+\.xml$/.test(name) && name !== 'xl/worksheets/sheet1.xml',
    )!;
    const xml = await zip.file(path)!.async('string');
    const order = [
      '<dimension ref="A1:E9"',
      '<sheetViews>',
      '<sheetFormatPr',
      '<cols>',
      '<sheetData>',
      '</sheetData>',
      '<pageMargins',
    ];
    const at = order.map((tag) => xml.indexOf(tag));
    expect(at.every((position) => position >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('writes thousands of rows in blocks, every one read back the same', async () => {
    const rows = 4500;
    const bytes = await savedReport(rows);
    const own = (await readSnapshot(bytes)).sheets.find((item) => item.name === 'Raportti')!;
    const top = 20 - own.origin.row;
    for (let i = 0; i < rows; i++) {
      expect(own.values[top + i].slice(0, 3)).toEqual([
        `Yksikkö ${i % 97}`,
        i * 1.25 - 1000,
        i % 3 === 0 ? 'punainen' : 'vihreä',
      ]);
    }
    expect(own.numberFormats?.[top + rows - 1][1]).toBe('#,##0.0');
    const last = (await reopen(bytes)).getWorksheet('Raportti')!.getCell(`B${20 + rows}`);
    expect(last.value).toBe((rows - 1) * 1.25 - 1000);
  });
});

describe('what the host does not write itself is left to ExcelJS', () => {
  const sheetWith = (fill: (ws: ExcelJS.Worksheet) => void): ExcelJS.Worksheet => {
    const ws = new ExcelJS.Workbook().addWorksheet('S');
    ws.getCell('A1').value = 1;
    fill(ws);
    return ws;
  };

  it('takes numbers, texts, booleans, errors and formulas with plain results', () => {
    const ws = sheetWith((sheet) => {
      sheet.getCell('A2').value = 'x';
      sheet.getCell('A3').value = true;
      sheet.getCell('A4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      sheet.getCell('A5').value = { formula: 'A1+1', result: 2 } as ExcelJS.CellFormulaValue;
    });
    expect(writesSheetData(ws, new CellStyleSet())).toBe(true);
  });

  it.each<[string, (ws: ExcelJS.Worksheet) => void]>([
    ['a date', (ws) => (ws.getCell('B1').value = new Date(Date.UTC(2024, 5, 30)))],
    ['rich text', (ws) => (ws.getCell('B1').value = { richText: [{ text: 'a' }] })],
    ['a hyperlink', (ws) => (ws.getCell('B1').value = { text: 'a', hyperlink: 'https://example.invalid/' })],
    ['a row height', (ws) => (ws.getRow(1).height = 30)],
    ['a note', (ws) => (ws.getCell('A1').note = 'huomautus')],
  ])('refuses a sheet with %s', (_, fill) => {
    expect(writesSheetData(sheetWith(fill), new CellStyleSet())).toBe(false);
  });
});
