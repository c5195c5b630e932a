/**
 * `report` on a workbook Excel would refuse to change: the add-in checks protection before it
 * writes (src/excel/preconditions.ts), so nothing is written, and the command line says what to
 * unprotect in the user's language, as the pane does.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { budgetMonitor } from './cli-run';

const dir = mkdtempSync(join(tmpdir(), 'report-protected-'));

/** The example with its budget sheet protected as Excel's Review > Protect Sheet leaves it: no cell formats. */
async function protectedExample(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync('examples/elvo-q4-2024.xlsx') as unknown as ArrayBuffer);
  await workbook.getWorksheet('Talous')!.protect('', { formatCells: false });
  const path = join(dir, 'protected.xlsx');
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}

it.each([
  ['fi', 'Välilehti Talous on suojattu, eikä sen muotoilua voi muuttaa.'],
  ['sv', 'Bladet Talous är skyddat, så dess formatering kan inte ändras.'],
  ['en', 'The sheet Talous is protected, so its formatting cannot change.'],
])('report --flags on a protected budget sheet: nothing written, exit 2, the refusal in %s', async (lang, sentence) => {
  const input = await protectedExample();
  const out = join(dir, `out-${lang}.xlsx`);
  const run = await budgetMonitor(['report', input, '--out', out, '--flags', '--lang', lang]);
  expect(run.code).toBe(2);
  expect(existsSync(out)).toBe(false);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toContain(sentence);
  // Never the English detail of the refusal object in place of the sentence.
  expect(run.stderr).not.toContain('protected sheets:');
});

/** The example as Review > Protect Workbook (structure) leaves it: <workbookProtection lockStructure="1"/>. */
async function structureProtectedExample(): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync('examples/elvo-q4-2024.xlsx'));
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  expect(xml).toMatch(/<workbookPr\b[^>]*\/>/);
  zip.file('xl/workbook.xml', xml.replace(/(<workbookPr\b[^>]*\/>)/, '$1<workbookProtection lockStructure="1"/>'));
  const path = join(dir, 'structure-protected.xlsx');
  writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
  return path;
}

it.each([
  ['fi', 'Työkirjan rakenne on suojattu, joten raportin välilehtiä ei voi lisätä.'],
  ['sv', 'Arbetsbokens struktur är skyddad, så rapportens blad kan inte läggas till.'],
  ['en', 'The workbook structure is protected, so the report sheets cannot be added.'],
])(
  'report on a workbook saved with its structure protected: nothing written, exit 2, the refusal in %s',
  async (lang, sentence) => {
    const input = await structureProtectedExample();
    const out = join(dir, `structure-${lang}.xlsx`);
    const run = await budgetMonitor(['report', input, '--out', out, '--lang', lang]);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toContain(sentence);
    // check only reads: it runs as on any workbook.
    expect((await budgetMonitor(['check', input, '--lang', lang])).code).toBe(0);
  },
);
