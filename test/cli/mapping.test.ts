/** `--mapping FILE.json` and a mapping saved in the workbook: the command line reads a mapped table as the pane does. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { writeMappingFile } from '../../src/core/mapping';
import { createExcelOperations } from '../../src/excel';
import { HeadlessWorkbook } from '../../src/headless';
import { readSnapshot } from '../../src/xlsx';
import { ledgerMapping, withMappings } from '../core/helpers/ledger-mapping';
import { runCli } from './support/run-cli';

const q2 = 'test/fixtures/ledger-q2.xlsx';
const q3 = 'test/fixtures/ledger-q3.xlsx';
const directory = mkdtempSync(join(tmpdir(), 'bm-mapping-'));
const mappingPath = join(directory, 'ledger.mapping.json');
writeFileSync(mappingPath, writeMappingFile([ledgerMapping]));

interface JsonReport {
  readonly file: string;
  readonly tables: readonly { sheet: string; range: string }[];
  readonly findings: readonly { code: string; cell: string }[];
  readonly deviations: readonly { unit: string; line: string; deviation: number; status: string }[];
}

const reportsOf = (stdout: string) => JSON.parse(stdout) as JsonReport[];
const codesAt = (report: JsonReport) => report.findings.map((f) => `${f.code} ${f.cell}`);

async function engineCodes(file: string): Promise<string[]> {
  const analysis = analyze(await readSnapshot(readFileSync(file)), withMappings(ledgerMapping));
  return analysis.findings.map((f) => `${f.code} ${f.cell}`);
}

describe('check --mapping', () => {
  test('without it the ledger export is no budget table', async () => {
    const run = await runCli(['check', q2, '--json']);
    expect(run.code).toBe(1);
    expect(codesAt(reportsOf(run.stdout)[0])).toEqual(['table-not-found A1']);
  });

  test('applies the mapping to every input: each quarter is read and checked as mapped', async () => {
    const run = await runCli(['check', q2, q3, '--mapping', mappingPath, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const [second, third] = reportsOf(run.stdout);
    expect(second.tables).toEqual([expect.objectContaining({ sheet: 'Raportti', range: 'A3:G18' })]);
    expect(codesAt(second)).toEqual(await engineCodes(q2));
    expect(codesAt(third)).toEqual(await engineCodes(q3));
    expect(codesAt(third)).toContain('chain-mismatch G17');
    expect(second.deviations).toHaveLength(15);
    expect(second.deviations.find((d) => d.unit === 'Kasvu' && d.line === 'purchasedServices')).toMatchObject({
      deviation: 700_000,
      status: 'red',
    });
  });

  test('a mapping saved in the workbook is used without the option', async () => {
    const book = await HeadlessWorkbook.load(new Uint8Array(readFileSync(q2)));
    await createExcelOperations(book.host, book.office).saveSettings(withMappings(ledgerMapping));
    const saved = join(directory, 'ledger-q2-mapped.xlsx');
    writeFileSync(saved, await book.save());
    const withSaved = await runCli(['check', saved, '--json']);
    const withFile = await runCli(['check', q2, '--mapping', mappingPath, '--json']);
    const [fromWorkbook] = reportsOf(withSaved.stdout);
    const [fromFile] = reportsOf(withFile.stdout);
    expect(codesAt(fromWorkbook)).toEqual(codesAt(fromFile));
    expect(fromWorkbook.deviations).toEqual(fromFile.deviations);
  });

  test('a file that is no usable mapping stops the check with every problem named (exit 2)', async () => {
    const broken = join(directory, 'broken.json');
    writeFileSync(
      broken,
      JSON.stringify({
        format: 'budget-monitor-mapping',
        version: 1,
        tables: [{ ...ledgerMapping, layout: 'wide', columns: { C: 'line' } }],
      }),
    );
    const run = await runCli(['check', q2, '--mapping', broken]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        `budget-monitor: The mapping file ${broken} cannot be used:`,
        '  tables[0].layout: unknown layout “wide” (long or block).',
        '  tables[0].columns: a table needs at least one figure column.',
        '',
      ].join('\n'),
    );
    const missing = await runCli(['check', q2, '--mapping', join(directory, 'none.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/The mapping file .*none\.json could not be read: ENOENT/);
  });
});

describe('report --mapping', () => {
  test('reports the mapped table: its deviations and the planted error', async () => {
    const out = join(directory, 'ledger-q2-report.xlsx');
    const run = await runCli([
      'report',
      q2,
      '--out',
      out,
      '--mapping',
      mappingPath,
      '--period',
      'Q2/2025',
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(1);
    const analysis = analyze(await readSnapshot(readFileSync(q2)), withMappings(ledgerMapping));
    const red = analysis.deviations.filter((d) => d.status === 'red').length;
    expect(red).toBeGreaterThan(0);
    expect(run.stdout).toContain(`Findings: errors ${analysis.findings.filter((f) => f.severity === 'error').length}`);
    expect(run.stdout).toMatch(new RegExp(`red ${red},`));
    const report = await readSnapshot(readFileSync(out));
    const deviations = report.sheets.find((sheet) => sheet.name === 'Deviations')!;
    expect(deviations.values.flat()).toContain('Kasvu');
  });
});
