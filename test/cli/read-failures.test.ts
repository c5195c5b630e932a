import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSnapshot, XlsxReadError } from '../../src/xlsx';
import { loadWorkbook } from '../../src/xlsx/read-with-exceljs';
import { unreadableFixtures } from '../helpers/unreadable-fixtures';
import { runCli } from './support/run-cli';

const fixture = (name: string) => `test/fixtures/${name}`;

/** What the user reads for every file a controller may be handed under an .xlsx name (scripts/make-fixtures.ts). */
const messages: Readonly<Record<string, string>> = {
  'empty.xlsx': 'the file is empty (0 bytes); it is no workbook.',
  'pdf.xlsx': 'not an Excel workbook (.xlsx) but some other file under an .xlsx name.',
  'not-xlsx.xlsx': 'a CSV text file under an .xlsx name; open it in Excel and save it as an Excel workbook (.xlsx).',
  'plain-zip.xlsx': 'a zip package or Office file that holds no workbook (a Word document, say).',
  'word-document.xlsx': 'a zip package or Office file that holds no workbook (a Word document, say).',
  'chart-sheet-only.xlsx': 'the workbook has no worksheet (only chart sheets), so there is nothing to check.',
  'encrypted.xlsx': 'the workbook is password-protected; remove the protection and save it again.',
  'legacy-xls.xlsx': 'a workbook in the old Excel 97–2003 format (.xls); save it as an Excel workbook (.xlsx).',
  'binary-xlsb.xlsx': 'an Excel binary workbook (.xlsb); save it as an Excel workbook (.xlsx).',
  'opendocument.xlsx': 'an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx).',
  'corrupt.xlsx': 'the workbook is damaged and cannot be opened.',
};
const cases = Object.entries(unreadableFixtures).map(([name, reason]) => [name, reason, messages[name]] as const);

describe.each(cases)('%s', (name, reason, message) => {
  const bytes = () => new Uint8Array(readFileSync(fixture(name)));

  test(`both readers name the cause: ${reason}`, async () => {
    await expect(readSnapshot(bytes())).rejects.toMatchObject({ name: 'XlsxReadError', reason });
    // The headless host's loader (ExcelJS) says the same.
    const loaded = loadWorkbook(bytes());
    await expect(loaded).rejects.toBeInstanceOf(XlsxReadError);
    await expect(loaded).rejects.toMatchObject({ reason });
  });

  test('check and report give the same one line, exit 2, and report writes nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bm-read-')), 'out.xlsx');
    const [check, report] = [await runCli(['check', fixture(name)]), await runCli(['report', fixture(name), '--out', out])];
    const line = `budget-monitor: ${fixture(name)}: ${message}\n`;
    expect([check.code, check.stderr]).toEqual([2, line]);
    expect([report.code, report.stderr]).toEqual([2, line]);
    expect(existsSync(out)).toBe(false);
  });
});

test('the reasons are in the user’s language', async () => {
  const fi = await runCli(['check', fixture('legacy-xls.xlsx'), fixture('chart-sheet-only.xlsx')], { env: { LANG: 'fi_FI.UTF-8' } });
  expect(fi.stderr).toContain('vanhan Excel 97–2003 -muodon työkirja (.xls)');
  expect(fi.stderr).toContain('ei ole yhtään laskentataulukkoa (vain kaaviovälilehtiä)');
  const sv = await runCli(['check', fixture('empty.xlsx'), fixture('opendocument.xlsx')], { env: { LANG: 'sv_FI.UTF-8' } });
  expect(sv.stderr).toContain('filen är tom (0 byte)');
  expect(sv.stderr).toContain('OpenDocument-kalkylblad (.ods)');
});
