import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/run-cli';

const clean = 'examples/elvo-q4-2024.xlsx';

describe('checking a workbook that holds a report the add-in inserted', () => {
  test('the report sheets are known by their marker and left out: the check equals that of the budget alone', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bm-check-report-')), 'report.xlsx');
    expect((await runCli(['report', clean, '--out', out, '--lang', 'fi'])).code).toBe(0);

    const [before, after] = await Promise.all([runCli(['check', clean, '--json']), runCli(['check', out, '--json'])]);
    expect(after.code).toBe(0);
    const [original] = JSON.parse(before.stdout);
    const [reported] = JSON.parse(after.stdout);
    expect(reported.tables.map((t: { sheet: string }) => t.sheet)).toEqual(['Talous']);
    expect(reported.findings).toEqual(original.findings);
    expect(reported.deviations).toEqual(original.deviations);
    expect(reported.strategy).toEqual(original.strategy);
  }, 120_000);

  test('a report sheet asked for by name is still checked', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bm-check-report-')), 'report.xlsx');
    expect((await runCli(['report', clean, '--out', out, '--lang', 'fi'])).code).toBe(0);
    const run = await runCli(['check', out, '--json', '--sheet', 'Sanasto']);
    const [result] = JSON.parse(run.stdout);
    expect(result.findings.map((f: { code: string; sheet: string }) => [f.code, f.sheet])).toEqual([['table-not-found', 'Sanasto']]);
  }, 120_000);
});
