/**
 * The report as a reader without Excel sees it: the example's report rendered by LibreOffice
 * headless to PDF and PNG pages. Every report sheet is on its own pages, one page wide
 * (landscape, fit to width), with its charts drawn in the report's colours.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { countColour, decodePng } from '../helpers/png';
import { renderToPng, type Rendered } from '../helpers/render';
import { budgetMonitor } from './cli-run';

const example = join(__dirname, '../../examples/elvo-q4-2024.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'report-render-'));

function pageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
}

describe('the example report rendered by LibreOffice', () => {
  let rendered: Rendered;
  let pages: string[];

  beforeAll(async () => {
    const out = join(dir, 'raportti.xlsx');
    expect((await budgetMonitor(['report', example, '--out', out])).code).toBe(0);
    rendered = await renderToPng(out, join(dir, 'pages'), { dpi: 60 });
    pages = rendered.pngs.map((_, i) => pageText(rendered.pdf, i + 1));
  }, 180_000);

  const pageOf = (text: string) => pages.findIndex((page) => page.includes(text));

  test('each report sheet starts a page, after the user sheets', () => {
    const titles = ['SEURANTARAPORTTI Q4/2024', 'POIKKEAMAT Q4/2024', 'STRATEGIAN TOTEUTUMINEN Q4/2024', 'SANASTO'];
    const indexes = titles.map(pageOf);
    expect(indexes.every((i) => i > 0)).toBe(true);
    expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
  });

  test('fit to width: the last column of each report sheet is on the page of its first', () => {
    const summary = pages[pageOf('SEURANTARAPORTTI')];
    expect(summary).toContain('Suunta');
    expect(summary).toContain('Toimintakatteen poikkeama vastuualueittain');
    const deviations = pages[pageOf('POIKKEAMAT')];
    expect(deviations).toContain('Yksikkö');
    expect(deviations).toContain('Tunniste');
    expect(deviations).toContain('Selitys puuttuu');
    const glossary = pages[pageOf('SANASTO')];
    expect(glossary).toContain('Voimassa oleva käyttösuunnitelma');
  });

  test('the figures read as the seed writes them: one decimal in millions, prior year in brackets', () => {
    const summary = pages[pageOf('SEURANTARAPORTTI')];
    const kasvu = summary.split('\n').find((line) => line.trim().startsWith('Kasvupalvelut ') && line.includes('('))!;
    expect(kasvu.replace(/\s+/g, ' ')).toMatch(/Kasvupalvelut 3[.,]7 \(2[.,]0\) 10[.,]7 \(10[.,]9\) \+1[.,]8 Suotuisa/);
    const tyollisyys = summary.split('\n').find((line) => line.trim().startsWith('Työllisyyspalvelut ') && line.includes('('))!;
    expect(tyollisyys.replace(/\s+/g, ' ')).toMatch(/Työllisyyspalvelut 1[.,]8 \(1[.,]2\) 25[.,]7 \(27[.,]3\) \+1[.,]7 Suotuisa/);
  });

  test('the charts are drawn with their titles and in the report colours', () => {
    const summary = decodePng(new Uint8Array(readFileSync(rendered.pngs[pageOf('SEURANTARAPORTTI')])));
    expect(pages[pageOf('SEURANTARAPORTTI')]).toContain('Toimintatuotot ja -kulut vastuualueittain (milj. €)');
    expect(countColour(summary, '#BFBFBF', 8)).toBeGreaterThan(200); // prior year
    expect(countColour(summary, '#595959', 8)).toBeGreaterThan(200); // plan
    expect(countColour(summary, '#2F75B5', 8)).toBeGreaterThan(200); // forecast
    expect(countColour(summary, '#2E7D32', 8)).toBeGreaterThan(500); // favourable margin deviation
    const strategy = decodePng(new Uint8Array(readFileSync(rendered.pngs[pageOf('STRATEGIAN TOTEUTUMINEN')])));
    expect(pages[pageOf('STRATEGIAN TOTEUTUMINEN')]).toContain('Strategisten toimenpiteiden tila tavoitteittain');
    expect(countColour(strategy, '#2E7D32', 8)).toBeGreaterThan(500);
    expect(countColour(strategy, '#F2B705', 8)).toBeGreaterThan(200);
  });
});
