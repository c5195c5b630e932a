/**
 * The saved charts as a reader without Excel sees them: LibreOffice opens a workbook that
 * ExcelJS wrote and writeExtras gave the report's three chart types, converts it to PDF, and the
 * pages are turned into PNGs (kept under test-artifacts/render/ to be looked at).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeExtras } from '../../src/headless/ooxml';
import { colours, sampleExtras, summarySheet, tableWorkbook } from '../helpers/ooxml-fixture';
import { countColour, decodePng, type Image } from '../helpers/png';
import { pdfPageCount, pdfText, renderToPng, type Rendered } from '../helpers/render';

jest.setTimeout(240_000);

const outDir = join(__dirname, '../../test-artifacts/render');

describe('charts written by writeExtras, rendered by LibreOffice', () => {
  let rendered: Rendered;
  let pages: Image[];

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    const xlsx = join(outDir, 'report-charts.xlsx');
    writeFileSync(xlsx, await writeExtras(await tableWorkbook(), sampleExtras()));
    rendered = await renderToPng(xlsx, outDir, { dpi: 60 });
    pages = rendered.pngs.map((png) => decodePng(readFileSync(png)));
  });

  test('both chart sheets come out, one page each (landscape, fitted to the page)', async () => {
    expect(await pdfPageCount(rendered.pdf)).toBe(2);
    expect(pages).toHaveLength(2);
  });

  test('every chart title, signed data label and legend entry is drawn on both sheets', async () => {
    const text = await pdfText(rendered.pdf);
    const occurrences = (needle: string): number => text.split(needle).length - 1;
    for (const title of [
      'Toimintatuotot vastuualueittain, milj. €',
      'Toimintakatteen poikkeama, milj. €',
      'Strategisten toimenpiteiden tila',
    ]) {
      expect(occurrences(title)).toBe(2);
    }
    // Labels and ticks carry the axis format: the margin deviation is signed (the cells are not).
    expect(occurrences('+0.4')).toBeGreaterThanOrEqual(2);
    expect(occurrences('+0.2')).toBeGreaterThanOrEqual(2);
    // Once per sheet as a table header, once per sheet in the status chart's legend.
    expect(occurrences('Ei toteutunut')).toBe(4);
  });

  test('the bars are drawn in the series and point colours on every page', () => {
    for (const page of pages) {
      const pixels = page.width * page.height;
      for (const colour of [colours.priorYear, colours.plan, colours.forecast, colours.green, colours.yellow, colours.red]) {
        // At 60 dpi the bars of one colour cover well over a thousand pixels; the cell text none of these colours.
        expect({ colour, pixels: countColour(page, colour, 12) > 1000 }).toEqual({ colour, pixels: true });
      }
      // A page is mostly white paper: no chart was drawn as one big block of colour.
      expect(countColour(page, '#FFFFFF', 4)).toBeGreaterThan(pixels * 0.5);
    }
  });
});

describe('point colours, rendered by LibreOffice', () => {
  test('the margin deviation bars are green where favourable and red where not, in proportion to the values', async () => {
    mkdirSync(outDir, { recursive: true });
    const xlsx = join(outDir, 'margin-chart.xlsx');
    const extras = sampleExtras();
    const margin = extras.charts.filter((chart) => chart.name === 'margin-deviation' && chart.sheet === summarySheet);
    writeFileSync(xlsx, await writeExtras(await tableWorkbook(), { charts: margin, settings: {} }));
    const { pngs } = await renderToPng(xlsx, outDir, { dpi: 60 });
    const [withChart, withoutChart] = pngs.map((png) => decodePng(readFileSync(png)));
    const green = countColour(withChart, colours.green, 12);
    const red = countColour(withChart, colours.red, 12);
    // Favourable +0.4 and +0.2 (0.6 in all) against unfavourable -0.7: equal-height bars, so the areas go as the values.
    expect(red / green).toBeGreaterThan(0.7 / 0.6 - 0.25);
    expect(red / green).toBeLessThan(0.7 / 0.6 + 0.25);
    expect(countColour(withChart, colours.yellow, 12)).toBe(0);
    // The other sheet has no chart.
    expect(countColour(withoutChart, colours.green, 12)).toBe(0);
  });
});
