/** The LibreOffice render helper itself: one conversion at a time, and a time limit that cleans up. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeExtras } from '../../src/headless/ooxml';
import { sampleExtras, tableWorkbook } from '../helpers/ooxml-fixture';
import { pdfPageCount, renderToPng } from '../helpers/render';

jest.setTimeout(240_000);

const outDir = join(__dirname, '../../test-artifacts/render/helper');

describe('renderToPng', () => {
  let xlsx: string;

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    xlsx = join(outDir, 'a.xlsx');
    writeFileSync(xlsx, await writeExtras(await tableWorkbook(), sampleExtras()));
    writeFileSync(join(outDir, 'b.xlsx'), await writeExtras(await tableWorkbook(), { charts: [], settings: {} }));
  });

  test('conversions asked for at once both complete (they wait for each other)', async () => {
    const [a, b] = await Promise.all([
      renderToPng(xlsx, outDir),
      renderToPng(join(outDir, 'b.xlsx'), outDir),
    ]);
    expect(await pdfPageCount(a.pdf)).toBe(2);
    expect(await pdfPageCount(b.pdf)).toBe(2);
    expect(a.pngs.every(existsSync) && b.pngs.every(existsSync)).toBe(true);
  });

  test('a conversion over its time limit fails, and the next one runs normally', async () => {
    await expect(renderToPng(xlsx, join(outDir, 'slow'), { timeoutMs: 50 })).rejects.toThrow(/did not finish within 50 ms/);
    const next = await renderToPng(xlsx, join(outDir, 'after'));
    expect(next.pngs).toHaveLength(2);
  });
});
