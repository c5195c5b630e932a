/**
 * The report on hostile input, through the command line as a controller runs it: user text that
 * looks like a formula (hostile-text.xlsx) stays text in every report cell, also when a comment
 * typed as '=HYPERLINK(…)' is carried into the next report; a workbook with no budget table
 * (no-table.xlsx) gets no report at all.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readExtras, writeExtras } from '../../src/headless/ooxml';
import { hostileUnitNames } from '../../scripts/support/hostile-fixtures';
import { budgetMonitor } from './cli-run';

const dir = mkdtempSync(join(tmpdir(), 'report-hostile-'));
const hostile = 'test/fixtures/hostile-text.xlsx';
const link = '=HYPERLINK("http://example.invalid/","x")';

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return workbook;
}

/** Every formula on the report sheets (those after the user's 'Talous'), as sheet!cell → formula. */
function reportFormulas(workbook: ExcelJS.Workbook): string[] {
  const formulas: string[] = [];
  for (const sheet of workbook.worksheets.filter((s) => s.name !== 'Talous')) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas.push(`${sheet.name}!${cell.address}: ${cell.formula}`);
      }),
    );
  }
  return formulas;
}

function texts(workbook: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  for (const sheet of workbook.worksheets.filter((s) => s.name !== 'Talous')) {
    sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && found.push(cell.value)));
  }
  return found;
}

describe('formula-like user text in a report (hostile-text.xlsx)', () => {
  const first = join(dir, 'raportti-1.xlsx');
  const commented = join(dir, 'raportti-1-kommentoitu.xlsx');
  const second = join(dir, 'raportti-2.xlsx');

  beforeAll(async () => {
    const run = await budgetMonitor(['report', hostile, '--out', first]);
    expect([run.code, run.stderr]).toEqual([0, '']);
  }, 120_000);

  test('unit names beginning with =, + and @ arrive as text, and no report cell is a formula', async () => {
    const workbook = await open(first);
    expect(reportFormulas(workbook)).toEqual([]);
    const written = texts(workbook);
    for (const name of hostileUnitNames) expect(written.some((text) => text.includes(name))).toBe(true);
  });

  test('a comment typed as =HYPERLINK(…) comes back as that text in the next report, not as a link', async () => {
    const workbook = await open(first);
    const sheet = workbook.getWorksheet('Poikkeamat')!;
    let header = 0;
    let column = 0;
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.value === 'Kommentti') [header, column] = [r, c];
      }),
    );
    expect(header).toBeGreaterThan(0);
    // Typed in Excel with its apostrophe (or into a cell formatted as text): a string in the file.
    sheet.getRow(header + 1).getCell(column).value = link;
    sheet.getRow(header + 2).getCell(column).value = '@SUM(A1:A3)';
    const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
    writeFileSync(commented, await writeExtras(edited, await readExtras(new Uint8Array(readFileSync(first)))));

    const run = await budgetMonitor(['report', commented, '--out', second]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('Kommentteja siirretty edellisestä raportista: 2.');
    const again = await open(second);
    expect(reportFormulas(again)).toEqual([]);
    expect(texts(again)).toEqual(expect.arrayContaining([link, '@SUM(A1:A3)']));
  }, 120_000);
});

describe('a workbook with no budget table (no-table.xlsx)', () => {
  test.each([
    ['fi', 'työkirjasta ei löytynyt talousarviotaulukkoa'],
    ['sv', 'ingen budgettabell hittades i arbetsboken'],
    ['en', 'no budget table was found in the workbook'],
  ])('report writes nothing, says why on one line (%s), and exits 1', async (language, reason) => {
    const out = join(dir, `ei-taulukkoa-${language}.xlsx`);
    const run = await budgetMonitor(['report', 'test/fixtures/no-table.xlsx', '--out', out, '--lang', language]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^budget-monitor: test/fixtures/no-table.xlsx: ${reason}[^\\n]*\\n$`));
    expect(existsSync(out)).toBe(false);
  });
});
