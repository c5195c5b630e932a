/**
 * A user's own drawing objects (a line chart, a text box) that the host keeps verbatim through a
 * load and save still show when LibreOffice opens the saved workbook.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { HeadlessWorkbook } from '../../src/headless';
import { readExtras, writeExtras } from '../../src/headless/ooxml';
import { foreignDrawingWorkbook, lineChartTitle, textBoxText } from '../helpers/foreign-drawing';
import { pdfText, renderToPng } from '../helpers/render';

jest.setTimeout(240_000);

const outDir = join(__dirname, '../../test-artifacts/render/kept');

test('kept line charts and the text box render after ExcelJS dropped them and writeExtras put them back', async () => {
  mkdirSync(outDir, { recursive: true });
  const { xlsx } = await foreignDrawingWorkbook();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ExcelJS.Buffer);
  const resaved = new Uint8Array(await workbook.xlsx.writeBuffer());
  const path = join(outDir, 'kept.xlsx');
  writeFileSync(path, await writeExtras(resaved, await readExtras(xlsx)));
  const { pdf } = await renderToPng(path, outDir, { dpi: 60 });
  const text = await pdfText(pdf);
  expect(text.split(lineChartTitle).length - 1).toBe(2);
  expect(text).toContain(textBoxText);
  expect(text).toContain('Strategisten toimenpiteiden tila');
});

test('the headless host loads a workbook with such objects and saves it with them', async () => {
  mkdirSync(outDir, { recursive: true });
  const { xlsx } = await foreignDrawingWorkbook();
  const saved = await (await HeadlessWorkbook.load(xlsx)).save();
  const path = join(outDir, 'kept-by-host.xlsx');
  writeFileSync(path, saved);
  const { pdf } = await renderToPng(path, outDir, { dpi: 60 });
  const text = await pdfText(pdf);
  expect(text.split(lineChartTitle).length - 1).toBe(2);
  expect(text).toContain(textBoxText);
  expect(text).toContain('Strategisten toimenpiteiden tila');
});
