/**
 * Sheet XML that inflates to hundreds of megabytes from a small file (a zip bomb, or a writer's
 * blanks): 400 MB of blanks between rows read as the sheet without them, in one pass; a row of
 * more XML than any real row (300 MB of text in one cell) is a damaged workbook, said on one line
 * by check and by report, never an exception out of the inflate stream.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readSnapshot, XlsxReadError } from '../../src/xlsx';
import { runCli } from './support/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'inflated-runs-'));
const example = join(__dirname, '..', '..', 'examples', 'elvo-q4-2024.xlsx');

/** The example with `inserted` written right after <sheetData> of its first sheet. */
async function withAfterSheetData(inserted: Buffer): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(example));
  const path = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(path)!.async('string');
  const at = xml.indexOf('<sheetData>') + '<sheetData>'.length;
  expect(at).toBeGreaterThan(20);
  zip.file(path, Buffer.concat([Buffer.from(xml.slice(0, at)), inserted, Buffer.from(xml.slice(at))]));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

test('400 MB of blanks before the rows read as the sheet without them', async () => {
  const data = await withAfterSheetData(Buffer.alloc(400 * 1_048_576, 0x20));
  expect(data.length).toBeLessThan(1_000_000);
  expect(await readSnapshot(data)).toEqual(await readSnapshot(readFileSync(example)));
}, 120_000);

test('a row of 300 MB of XML is a damaged workbook: check and report say so on one line and exit 2', async () => {
  const cell = Buffer.concat([
    Buffer.from('<row r="1"><c r="A1" t="inlineStr"><is><t>'),
    Buffer.alloc(300 * 1_048_576, 0x78),
    Buffer.from('</t></is></c></row>'),
  ]);
  const data = await withAfterSheetData(cell);
  await expect(readSnapshot(data)).rejects.toBeInstanceOf(XlsxReadError);
  const file = join(dir, 'huge-row.xlsx');
  writeFileSync(file, data);
  const line = `budget-monitor: ${file}: the workbook is damaged and cannot be opened.\n`;
  const check = await runCli(['check', file], { env: { LANG: 'en_GB.UTF-8' } });
  expect([check.code, check.stderr]).toEqual([2, line]);
  const out = join(dir, 'out.xlsx');
  const report = await runCli(['report', file, '--out', out, '--lang', 'en'], { env: { LANG: 'en_GB.UTF-8' } });
  expect([report.code, report.stderr]).toEqual([2, line]);
  expect(existsSync(out)).toBe(false);
}, 120_000);
