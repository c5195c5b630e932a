/**
 * Makes the chart pictures under docs/: the report of the bundled example (Finnish), rendered by
 * LibreOffice headless to PDF and PNG pages (test/helpers/render.ts), each chart cropped from its
 * page. Run: npx tsx test/report/render-docs.ts [OUT_DIR]   (default docs/)
 *
 * Where a chart stands on a page is read from the PDF's own text positions (pdftotext -bbox): the
 * band between the text above the charts and the text below them; the Summary's two charts are
 * then split at the blank gap between them, and every picture is trimmed to its chart with a
 * white margin (ImageMagick).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execute } from '../../src/cli/main';
import { renderToPng } from '../helpers/render';
import { decodePng } from '../helpers/png';

const dpi = 130;
const root = resolve(__dirname, '../..');

interface Word {
  readonly text: string;
  readonly yMin: number;
  readonly yMax: number;
}

function wordsOf(pdf: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    yMin: Number(m[1]),
    yMax: Number(m[2]),
    text: m[3],
  }));
}

const px = (points: number) => Math.round((points * dpi) / 72);

function word(words: readonly Word[], text: string): Word {
  const found = words.find((w) => w.text === text);
  if (!found) throw new Error(`No word '${text}' on the page`);
  return found;
}

/** The blank column nearest the middle of a band: where two side-by-side charts part. */
function gapColumn(png: string, top: number, bottom: number): number {
  const image = decodePng(new Uint8Array(readFileSync(png)));
  const blank = (x: number) => {
    for (let y = top; y < bottom; y += 1) {
      const i = (y * image.width + x) * 3;
      if (image.rgb[i] < 245 || image.rgb[i + 1] < 245 || image.rgb[i + 2] < 245) return false;
    }
    return true;
  };
  const middle = Math.round(image.width * 0.55);
  for (let d = 0; d < image.width / 4; d += 1) {
    if (blank(middle - d)) return middle - d;
    if (blank(middle + d)) return middle + d;
  }
  throw new Error('No gap between the charts');
}

function crop(png: string, box: { left: number; top: number; width: number; height: number }, out: string): void {
  execFileSync('convert', [
    png,
    '-crop',
    `${box.width}x${box.height}+${box.left}+${box.top}`,
    '+repage',
    '-fuzz',
    '2%',
    '-trim',
    '+repage',
    '-bordercolor',
    'white',
    '-border',
    '16',
    out,
  ]);
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? join(root, 'docs'));
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'report-docs-'));
  const report = join(work, 'seurantaraportti.xlsx');
  const code = await execute(['report', join(root, 'examples/elvo-q4-2024.xlsx'), '--out', report, '--lang', 'fi']);
  if (code !== 0) throw new Error(`budget-monitor report exited ${code}`);
  const { pdf, pngs } = await renderToPng(report, join(work, 'pages'), { dpi });

  const pageWith = (text: string) => {
    const index = pngs.findIndex((_, i) => wordsOf(pdf, i + 1).some((w) => w.text === text));
    if (index < 0) throw new Error(`No page with '${text}'`);
    return { png: pngs[index], words: wordsOf(pdf, index + 1) };
  };

  const summary = pageWith('SEURANTARAPORTTI');
  const width = decodePng(new Uint8Array(readFileSync(summary.png))).width;
  const top = px(word(summary.words, 'Kaikki').yMax) + 4;
  const bottom = px(word(summary.words, 'Kaavioiden').yMin) - 4;
  const gap = gapColumn(summary.png, top, bottom);
  crop(summary.png, { left: 0, top, width: gap, height: bottom - top }, join(outDir, 'chart-income-expenses.png'));
  crop(summary.png, { left: gap, top, width: width - gap, height: bottom - top }, join(outDir, 'chart-margin-deviation.png'));

  const strategy = pageWith('STRATEGIAN');
  const totals = strategy.words.filter((w) => w.text === 'Yhteensä').sort((a, b) => b.yMax - a.yMax)[0];
  const below = px(word(strategy.words, 'Toimenpiteet,').yMin) - 4;
  const above = px(totals.yMax) + 4;
  crop(strategy.png, { left: 0, top: above, width, height: below - above }, join(outDir, 'chart-strategy-status.png'));
  process.stdout.write(`Charts written to ${outDir} from ${pdf}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
