/**
 * Charts made through the Excel JavaScript API on the headless host, saved, and opened by
 * LibreOffice: the path the add-in's report takes on Linux. The saved workbook is also loaded
 * by the host and saved again, and must still show its charts and keep its settings.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeadlessWorkbook } from '../../src/headless';
import { readExtras } from '../../src/headless/ooxml';
import { countColour, decodePng } from '../helpers/png';
import { pdfPageCount, pdfText, renderToPng } from '../helpers/render';

jest.setTimeout(240_000);

const outDir = join(__dirname, '../../test-artifacts/render');
const sheetName = "Talous 'Q4' åäö";
const palette = { priorYear: '#BFBFBF', forecast: '#2F75B5', green: '#2E7D32', yellow: '#F2B705', red: '#C62828' };

// String values of the API's enums: the global `Excel` namespace exists only inside Office.
async function buildWithTheApi(): Promise<HeadlessWorkbook> {
  const book = HeadlessWorkbook.create();
  await book.host.run(async (context) => {
    const sheet = context.workbook.worksheets.add(sheetName);
    sheet.getRange('A1:C4').values = [
      ['Vastuualue', 'TP 2023', 'Ennuste 2024'],
      ['Kasvupalvelut', 2.0, 3.7],
      ['Työllisyyspalvelut', 1.2, 1.8],
      ['Kulttuuripalvelut', 0.9, 0.8],
    ];
    sheet.getRange('A6:D8').values = [
      ['Tavoite', 'Toteutunut', 'Osittain', 'Ei toteutunut'],
      ['Elinvoima', 4, 1, 0],
      ['Hyvinvointi', 2, 3, 2],
    ];
    sheet.getRange('E1:E4').values = [['Poikkeama'], [0.4], [-0.7], [0.2]];

    const income = sheet.charts.add('ColumnClustered', sheet.getRange('A1:C4'), 'Columns');
    income.name = 'income';
    income.title.text = 'Toimintatuotot, milj. €';
    income.setPosition('A11', 'F26');
    income.legend.position = 'Bottom';
    income.axes.valueAxis.numberFormat = '0.0';
    income.series.getItemAt(0).format.fill.setSolidColor(palette.priorYear);
    income.series.getItemAt(1).format.fill.setSolidColor(palette.forecast);

    const margin = sheet.charts.add('BarClustered', sheet.getRange('E1:E4'), 'Columns');
    margin.name = 'margin';
    margin.title.text = 'Katepoikkeama, milj. €';
    margin.setPosition('H11', 'M26');
    margin.legend.visible = false;
    const deviation = margin.series.getItemAt(0);
    deviation.format.fill.setSolidColor(palette.green);
    deviation.points.getItemAt(1).format.fill.setSolidColor(palette.red);

    const status = sheet.charts.add('BarStacked', sheet.getRange('A6:D8'), 'Columns');
    status.name = 'status';
    status.title.text = 'Toimenpiteiden tila';
    status.setPosition('A28', 'F42');
    status.legend.position = 'Bottom';
    [palette.green, palette.yellow, palette.red].forEach((colour, i) => status.series.getItemAt(i).format.fill.setSolidColor(colour));

    sheet.pageLayout.orientation = 'Landscape';
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
    context.workbook.settings.add('language', 'fi');
    await context.sync();
  });
  return book;
}

describe('charts made on the headless host, rendered by LibreOffice', () => {
  test('the saved workbook shows the three charts in their colours on one fitted page, and so does a second save after loading it', async () => {
    mkdirSync(outDir, { recursive: true });
    const first = await (await buildWithTheApi()).save();
    const reloaded = await HeadlessWorkbook.load(first);
    const second = await reloaded.save();
    expect((await readExtras(second)).charts).toEqual((await readExtras(first)).charts);
    expect((await readExtras(second)).settings).toEqual({ language: '"fi"' });

    for (const [name, bytes] of [['host-charts', first], ['host-charts-resaved', second]] as const) {
      const xlsx = join(outDir, `${name}.xlsx`);
      writeFileSync(xlsx, bytes);
      const rendered = await renderToPng(xlsx, outDir, { dpi: 60 });
      expect(await pdfPageCount(rendered.pdf)).toBe(1);
      const text = await pdfText(rendered.pdf);
      for (const title of ['Toimintatuotot, milj. €', 'Katepoikkeama, milj. €', 'Toimenpiteiden tila']) {
        expect(text).toContain(title);
      }
      const pages = rendered.pngs.map((png) => decodePng(readFileSync(png)));
      for (const colour of Object.values(palette)) {
        const pixels = pages.reduce((sum, page) => sum + countColour(page, colour, 12), 0);
        expect({ colour, drawn: pixels > 300 }).toEqual({ colour, drawn: true });
      }
    }
  });
});
