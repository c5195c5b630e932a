import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readSnapshot, cellSnapshot, XlsxReadError, excelSerial, fillColour } from '../../src/xlsx';
import type { SheetSnapshot, CellValue } from '../../src/core/snapshot';
import { numberTexts, strategyStatuses, statusFill } from '../../scripts/make-fixtures';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', name)));

async function sheetOf(name: string, index = 0): Promise<SheetSnapshot> {
  return (await readSnapshot(fixture(name))).sheets[index];
}

/** The value at an A1 address of the sheet (absolute, not relative to the used range). */
function at(sheet: SheetSnapshot, address: string): { value: CellValue; formula: string | null; format: string; indent: number; fill: string | null } {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = match[1].charCodeAt(0) - 65 - sheet.origin.column;
  const row = Number(match[2]) - 1 - sheet.origin.row;
  return {
    value: sheet.values[row]?.[column] ?? null,
    formula: sheet.formulas?.[row]?.[column] ?? null,
    format: sheet.numberFormats?.[row]?.[column] ?? 'General',
    indent: sheet.indents?.[row]?.[column] ?? 0,
    fill: sheet.fills?.[row]?.[column] ?? null,
  };
}

describe('readSnapshot on real .xlsx files', () => {
  test('a long table: used range from its title, values and the Poikkeama formulas with their cached results', async () => {
    const sheet = await sheetOf('long-level.xlsx');
    expect(sheet.name).toBe('Talous');
    expect(sheet.origin).toEqual({ row: 0, column: 0 });
    expect(sheet.values).toHaveLength(12);
    expect(sheet.values.every((row) => row.length === 8)).toBe(true);
    expect(sheet.values[2]).toEqual(['Yksikkö', 'Taso', 'Rivi', 'TA 2024', 'KS+LTA:t 2024', 'TOT 1-12 2024', 'ENN 2024', 'Poikkeama']);
    expect(at(sheet, 'A7').value).toBe('Kasvupalvelut');
    expect(at(sheet, 'B7').value).toBe(1);
    expect(at(sheet, 'H8')).toMatchObject({ value: -1500, formula: '=G8-E8', format: '#,##0.0' });
  });

  test('a block table keeps the indentation of unit headings and lines', async () => {
    const sheet = await sheetOf('block-indent.xlsx');
    expect(at(sheet, 'A4')).toMatchObject({ value: 'Elinvoiman palvelualue', indent: 0 });
    expect(at(sheet, 'A5')).toMatchObject({ value: 'Toimintatuotot', indent: 1 });
    expect(at(sheet, 'A9')).toMatchObject({ value: 'Kasvupalvelut', indent: 1 });
    expect(at(sheet, 'A10')).toMatchObject({ value: 'Toimintatuotot', indent: 2 });
    expect(at(sheet, 'B9').value).toBeNull();
    expect(at(sheet, 'C11').value).toBeCloseTo(10678.1, 6);
  });

  test('figures typed as text stay text, exactly as written (no-break spaces and the minus sign included)', async () => {
    const sheet = await sheetOf('number-text.xlsx');
    numberTexts.forEach(([text], i) => expect(at(sheet, `D${i + 2}`).value).toBe(text));
    expect(at(sheet, 'C2').value).toBe(1000);
  });

  test('error values, typed and as formula results, become { error }', async () => {
    const sheet = await sheetOf('error-values.xlsx');
    expect(at(sheet, 'D2').value).toEqual({ error: '#REF!' });
    expect(at(sheet, 'C3').value).toEqual({ error: '#N/A' });
    expect(at(sheet, 'D4')).toEqual(expect.objectContaining({ value: { error: '#DIV/0!' }, formula: '=D2-D3' }));
  });

  test('formulas: cached results of every type, 0 and false included, and shared formulas translated per cell', async () => {
    const sheet = await sheetOf('formulas.xlsx');
    expect(at(sheet, 'B4')).toMatchObject({ value: 300.5, formula: '=SUM(B2:B3)' });
    expect(at(sheet, 'B5')).toMatchObject({ value: 'ab', formula: '="a"&"b"' });
    expect(at(sheet, 'C5')).toMatchObject({ value: false, formula: '=C4>B4' });
    expect(at(sheet, 'D6')).toMatchObject({ value: 0, formula: '=C6-B6' });
    expect(at(sheet, 'D2')).toMatchObject({ value: -10.25, formula: '=C2-B2' });
    expect(at(sheet, 'D3')).toMatchObject({ value: 10, formula: '=C3-B3' });
    expect(at(sheet, 'D4')).toMatchObject({ value: -0.25, formula: '=C4-B4' });
    expect(at(sheet, 'B2').formula).toBeNull();
  });

  test('rich text, hyperlinks, dates, booleans, merged cells and fills flatten to what Excel shows', async () => {
    const sheet = await sheetOf('cell-kinds.xlsx');
    expect(sheet.origin).toEqual({ row: 1, column: 1 });
    expect(at(sheet, 'B2').value).toBe('Toimintakate');
    expect(at(sheet, 'C2').value).toBe('Lahti');
    expect(at(sheet, 'D2')).toMatchObject({ value: 45657, format: 'd.m.yyyy' });
    expect(at(sheet, 'E2').value).toBe(true);
    expect(at(sheet, 'B3').indent).toBe(2);
    expect(at(sheet, 'C3')).toMatchObject({ value: 1234.5, format: '# ##0,0 "t€"' });
    expect(at(sheet, 'D3')).toMatchObject({ value: null, fill: statusFill.green });
    expect(at(sheet, 'E3').value).toBe('Yhdistetty');
    // F3 is the hidden half of the merge and an empty string is no value: neither widens the range.
    expect(sheet.values[0]).toHaveLength(4);
    expect(sheet.values).toHaveLength(2);
  });

  test('status cells: texts as written, fills as #RRGGBB even when the cell is empty', async () => {
    const sheet = await sheetOf('strategy-forms.xlsx');
    const rows = sheet.values.map((row) => row[0]);
    strategyStatuses.forEach(([measure, status, fill]) => {
      const row = rows.indexOf(measure) + 1;
      const cell = at(sheet, `D${row}`);
      expect(cell.value).toBe(status);
      expect(cell.fill).toBe(fill);
    });
  });

  test('labels in Swedish and English come through untouched', async () => {
    expect((await sheetOf('labels-sv.xlsx')).values[2][5]).toBe('Gällande dispositionsplan 2024');
    expect((await sheetOf('labels-en.xlsx')).values[3][2]).toBe('Operating income');
  });

  test('scale variants hold the same euros at their own scale', async () => {
    expect(at(await sheetOf('scale-euro.xlsx'), 'D4').value).toBe(3_712_500);
    expect(at(await sheetOf('scale-teur.xlsx'), 'D4').value).toBe(3712.5);
    expect(at(await sheetOf('scale-milj.xlsx'), 'D4').value).toBeCloseTo(3.7125, 10);
  });

  test('an ArrayBuffer reads like a Uint8Array', async () => {
    const bytes = fixture('long-level.xlsx');
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(await readSnapshot(buffer)).toEqual(await readSnapshot(bytes));
  });
});

describe('files that are no readable workbook', () => {
  const reasonOf = async (data: Uint8Array): Promise<string> => {
    try {
      await readSnapshot(data);
      return 'read';
    } catch (error) {
      expect(error).toBeInstanceOf(XlsxReadError);
      return (error as XlsxReadError).reason;
    }
  };

  test('a CSV text file is named as one', async () => expect(await reasonOf(fixture('not-xlsx.xlsx'))).toBe('csv'));
  test('an empty file is named as one', async () => expect(await reasonOf(new Uint8Array())).toBe('empty'));
  test('a zip cut in half is corrupt', async () => expect(await reasonOf(fixture('corrupt.xlsx'))).toBe('corrupt'));
  test('a password-protected workbook (OLE compound file) is encrypted', async () =>
    expect(await reasonOf(fixture('encrypted.xlsx'))).toBe('encrypted'));
  test('a legacy .xls (an OLE file with a Workbook stream and no encrypted package) is named as one', async () => {
    const legacy = new Uint8Array(1024);
    legacy.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    [...'Workbook'].forEach((ch, i) => (legacy[600 + i * 2] = ch.charCodeAt(0)));
    expect(await reasonOf(legacy)).toBe('legacy-xls');
  });
  test('a zip that is not a workbook (a .docx) is no workbook', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    expect(await reasonOf(await zip.generateAsync({ type: 'uint8array' }))).toBe('not-workbook');
  });
});

describe('cellSnapshot', () => {
  test('converts an in-memory ExcelJS cell the same way', () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('A');
    const cell = sheet.getCell('B2');
    cell.value = { formula: 'B1*2', result: 0 };
    cell.numFmt = '0.0';
    cell.alignment = { indent: 3 };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFffc000' } };
    expect(cellSnapshot(cell)).toEqual({ value: 0, formula: '=B1*2', numberFormat: '0.0', indent: 3, fill: '#FFC000' });
  });

  test('a date becomes its Excel serial number', () => {
    expect(excelSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(2);
    expect(excelSerial(new Date(Date.UTC(2024, 11, 31, 12)))).toBe(45657.5);
  });

  test('only solid fills count; theme colours resolve from the default theme', () => {
    expect(fillColour({ type: 'pattern', pattern: 'lightGray', fgColor: { argb: 'FFFF0000' } })).toBeNull();
    expect(fillColour({ type: 'pattern', pattern: 'solid', fgColor: { theme: 9 } })).toBe('#70AD47');
    expect(fillColour(undefined)).toBeNull();
  });
});
