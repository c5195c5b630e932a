/** Small real .xlsx inputs for the Excel layer's tests, written with ExcelJS (shapes as in the domain brief). */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A budget sheet the user has formatted: fills, fonts and number formats on the very cells that get
 * flagged, a conditional format of their own, a formula, and a second sheet.
 */
export async function formattedBudget(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Talous 2024');
  sheet.addRow(['Yksikkö', 'KS+LTA:t', 'ENN', 'Poikkeama']);
  sheet.addRow(['Kasvupalvelut', 1_000_000, 1_060_000, null]);
  sheet.addRow(['Opetuspalvelut', 2_000_000, 1_990_000, null]);
  sheet.addRow(['Kulttuuripalvelut', 500_000, 540_000, null]);
  for (let r = 2; r <= 4; r++) sheet.getCell(`D${r}`).value = { formula: `C${r}-B${r}`, result: 0 };
  sheet.getCell('D2').value = { formula: 'C2-B2', result: 60_000 };
  sheet.getCell('D3').value = { formula: 'C3-B3', result: -10_000 };
  sheet.getCell('D4').value = { formula: 'C4-B4', result: 40_000 };
  sheet.getRow(1).font = { bold: true, color: { argb: 'FF1F3864' } };
  for (const address of ['B2', 'C2', 'D2', 'B3', 'C3', 'D3', 'B4', 'C4', 'D4']) sheet.getCell(address).numFmt = '#,##0';
  // The user's own colours on cells the add-in flags: they must come back untouched.
  sheet.getCell('D2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  sheet.getCell('D3').font = { italic: true, color: { argb: 'FF7030A0' } };
  sheet.getColumn(1).width = 24;
  sheet.addConditionalFormatting({
    ref: 'C2:C4',
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['1500000'], priority: 1, style: { font: { bold: true } } }],
  });
  const notes = workbook.addWorksheet('Muistiinpanot');
  notes.getCell('A1').value = 'Tarkistettu';
  notes.getCell('B2').value = true;
  return bytesOf(workbook);
}

/**
 * One sheet of `rows` budget-like rows (unit, five figures, a formula), for the 5 MB limit and the
 * benchmark. Written with ExcelJS's streaming writer: the in-memory writer takes minutes for 200 000 rows.
 */
export async function largeBudget(rows: number, sheetName = 'Budjetti'): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(['Yksikkö', 'TP 2023', 'TA 2024', 'KS+LTA:t', 'TOT 1-12 2024', 'ENN', 'Poikkeama']).commit();
  for (let r = 0; r < rows; r++) {
    const plan = 10_000 + ((r * 7919) % 90_000);
    const forecast = plan + ((r * 104_729) % 2_001) - 1_000;
    const row = [`Yksikkö ${r + 1}`, plan * 0.97, plan, plan, forecast * 0.99, forecast, { formula: `F${r + 2}-D${r + 2}`, result: forecast - plan }];
    sheet.addRow(row).commit();
  }
  sheet.commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/** A user's own sheet that happens to carry the name the report plans ('Yhteenveto'). */
export async function userSheetNamedLikeReport(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet('Talous');
  data.addRow(['Yksikkö', 'KS', 'ENN']);
  data.addRow(['Tekninen', 100, 120]);
  const own = workbook.addWorksheet('Yhteenveto');
  own.getCell('A1').value = 'Oma yhteenvetoni';
  own.getCell('B2').value = 42;
  own.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC000' } };
  return bytesOf(workbook);
}

/** A sheet of long texts: far more bytes per cell than the reader first assumes. */
export async function longTexts(rows: number, length: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('Perustelut');
  const filler = 'Toimintakatteen poikkeama johtuu henkilöstökulujen kasvusta. ';
  for (let r = 0; r < rows; r++) {
    const text = `${r + 1}: ${filler.repeat(Math.ceil(length / filler.length))}`.slice(0, length);
    sheet.addRow([text, text.toUpperCase()]).commit();
  }
  sheet.commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
