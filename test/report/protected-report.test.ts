/**
 * `report` on a workbook Excel would refuse to change: the add-in checks protection before it
 * writes (src/excel/preconditions.ts), so nothing is written, and the command line says what to
 * unprotect in the user's language, as the pane does.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
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
