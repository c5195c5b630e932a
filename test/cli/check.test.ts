import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli, type CliRun } from './support/run-cli';
import { languageOfEnvironment } from '../../src/cli/main';
import { defaultSettings } from '../../src/core/settings';
import { createExcelOperations } from '../../src/excel';
import { HeadlessWorkbook } from '../../src/headless';

const fixture = (name: string) => `test/fixtures/${name}`;
const clean = 'examples/elvo-q4-2024.xlsx';
const withErrors = 'examples/elvo-q2-2025-errors.xlsx';

describe('exit codes', () => {
  test('0 when no file has an error', async () => expect((await runCli(['check', clean])).code).toBe(0));
  test('1 for a figure that is text and no number', async () => expect((await runCli(['check', fixture('number-text.xlsx')])).code).toBe(1));
  test('1 when a file has an error finding', async () => expect((await runCli(['check', withErrors])).code).toBe(1));
  test('2 for no command, an unknown command, an unknown option, a bad language, no files', async () => {
    for (const args of [[], ['lint'], ['check', clean, '--colour'], ['check', clean, '--lang', 'de'], ['check'], ['check', '--lang']]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toBe('');
    }
  });
  test('--help prints the usage on stdout and returns 0', async () => {
    const run = await runCli(['check', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('budget-monitor check FILE...');
  });
});

describe('files that cannot be read', () => {
  test('each gets one line on stderr with its reason; the other files are still checked; exit 2', async () => {
    const files = ['missing.xlsx', fixture('not-xlsx.xlsx'), fixture('corrupt.xlsx'), fixture('encrypted.xlsx'), clean];
    const run = await runCli(['check', ...files, '--json']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'budget-monitor: missing.xlsx: no such file.',
      `budget-monitor: ${fixture('not-xlsx.xlsx')}: a CSV text file under an .xlsx name; open it in Excel and save it as an Excel workbook (.xlsx).`,
      `budget-monitor: ${fixture('corrupt.xlsx')}: the workbook is damaged and cannot be opened.`,
      `budget-monitor: ${fixture('encrypted.xlsx')}: the workbook is password-protected; remove the protection and save it again.`,
    ]);
    const reports = JSON.parse(run.stdout) as { file: string }[];
    expect(reports.map((r) => r.file)).toEqual([clean]);
  });

  test('a directory is unreadable, with the system reason', async () => {
    const run = await runCli(['check', 'examples']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^budget-monitor: examples: the file cannot be read \(EISDIR\)\.\n$/);
  });

  test('the reason is in the chosen language', async () => {
    const run = await runCli(['check', fixture('encrypted.xlsx'), '--lang', 'fi']);
    expect(run.stderr).toContain('työkirja on suojattu salasanalla');
  });
});

test('the input files are never written: bytes and modification time unchanged', async () => {
  const files = [clean, withErrors, fixture('number-text.xlsx')];
  const before = files.map((file) => ({ hash: createHash('sha256').update(readFileSync(file)).digest('hex'), mtime: statSync(file).mtimeMs }));
  await runCli(['check', ...files]);
  await runCli(['check', ...files, '--json']);
  const after = files.map((file) => ({ hash: createHash('sha256').update(readFileSync(file)).digest('hex'), mtime: statSync(file).mtimeMs }));
  expect(after).toEqual(before);
});

describe('JSON output', () => {
  test('messages in the chosen language, every figure in euros', async () => {
    const run = await runCli(['check', fixture('scale-milj.xlsx'), '--json', '--lang', 'sv']);
    const [report] = JSON.parse(run.stdout);
    expect(report.tables[0]).toMatchObject({ sheet: 'Talous', scale: 1_000_000 });
    const income = report.deviations.find((d: { line: string }) => d.line === 'income');
    expect(income).toMatchObject({ plan: 3_252_300, forecast: 3_712_500, deviation: 460_200, cell: 'D4' });
  });

  test('--sheet limits the check; a sheet without a table is table-not-found', async () => {
    const run = await runCli(['check', clean, '--sheet', 'Muistio', '--json']);
    const [report] = JSON.parse(run.stdout);
    expect(report.findings).toEqual([expect.objectContaining({ code: 'table-not-found', severity: 'error', sheet: 'Muistio' })]);
    expect(run.code).toBe(1);
    const strategyOnly = JSON.parse((await runCli(['check', clean, '--sheet=Strategia', '--json'])).stdout)[0];
    expect(strategyOnly.tables).toEqual([]);
    expect(strategyOnly.strategy.total).toEqual({ green: 16, yellow: 6, red: 0 });
  });
});

describe('human output', () => {
  test('tables, findings grouped by severity with cells, deviations and measures', async () => {
    const { stdout } = await runCli(['check', withErrors]);
    expect(stdout).toContain('examples/elvo-q2-2025-errors.xlsx  (Period Q2/2025)');
    expect(stdout).toContain('Talous!A3:K34 · long table · scale 1 000 € · costs positive · units (3): Elinvoiman palvelualue, Kasvupalvelut, Työllisyyspalvelut');
    expect(stdout).toContain('Findings: errors 9, warnings 4, notes 0');
    const errors = stdout.indexOf('  Errors\n');
    const warnings = stdout.indexOf('  Warnings\n');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(stdout.indexOf('Talous!K30')).toBeGreaterThan(errors);
    expect(stdout.indexOf('Talous!K30')).toBeLessThan(warnings);
    expect(stdout.indexOf('Talous!D28')).toBeGreaterThan(warnings);
    expect(stdout).toMatch(/Kasvupalvelut\s+Palvelujen ostot\s+4,100,000 €\s+4,223,000 €\s+123,000 €\s+3\.0 %\s+unfavourable\s+yellow\s+J17/);
    expect(stdout).toContain('Total: 3 achieved, 1 partly, 1 not achieved');
    expect(stdout).not.toContain('\u001b[');
  });

  test('ANSI colours only when stdout is a terminal, and not with NO_COLOR', async () => {
    const tty = await runCli(['check', withErrors], { tty: true });
    expect(tty.stdout).toContain('\u001b[33myellow\u001b[0m');
    expect(tty.stdout).toContain('\u001b[31mred\u001b[0m');
    const noColour = await runCli(['check', withErrors], { tty: true, env: { LANG: 'en_GB.UTF-8', NO_COLOR: '1' } });
    expect(noColour.stdout).not.toContain('\u001b[');
  });

  test('Finnish by default from LANG, Swedish from LC_ALL, --lang wins', async () => {
    expect((await runCli(['check', clean], { env: { LANG: 'fi_FI.UTF-8' } })).stdout).toContain('Tunnistetut taulukot');
    expect((await runCli(['check', clean], { env: { LANG: 'fi_FI.UTF-8', LC_ALL: 'sv_FI.UTF-8' } })).stdout).toContain('Igenkända tabeller');
    expect((await runCli(['check', clean, '--lang', 'en'], { env: { LANG: 'fi_FI.UTF-8' } })).stdout).toContain('Tables recognised');
  });
});

test('languageOfEnvironment: first set of LC_ALL, LC_MESSAGES, LANG; C is English', () => {
  expect(languageOfEnvironment({ LANG: 'fi_FI.UTF-8' })).toBe('fi');
  expect(languageOfEnvironment({ LC_ALL: '', LC_MESSAGES: 'sv_SE.UTF-8', LANG: 'fi_FI' })).toBe('sv');
  expect(languageOfEnvironment({ LANG: 'C.UTF-8' })).toBe('en');
  expect(languageOfEnvironment({})).toBe('en');
});

test('as a process: stdout, stderr and the exit code reach the shell', async () => {
  const run = promisify(execFile);
  const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const entry = join(__dirname, 'support', 'bin.ts');
  const ok = await run(tsx, [entry, 'check', clean, '--json'], { env: { ...process.env, LANG: 'en_GB.UTF-8' } });
  expect(JSON.parse(ok.stdout)[0].findings).toEqual([]);
  const failed = await run(tsx, [entry, 'check', withErrors, 'missing.xlsx'], { env: { ...process.env, LANG: 'en_GB.UTF-8' } }).catch(
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(failed).toMatchObject({ code: 2 });
  expect((failed as { stderr: string }).stderr).toContain('missing.xlsx: no such file.');
  expect((failed as { stdout: string }).stdout).toContain('Findings: errors 9');
}, 60_000);

test('many files on worker threads: the same output, in the order given, as one by one', async () => {
  const run = promisify(execFile);
  const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const entry = join(__dirname, 'support', 'bin.ts');
  const files = [withErrors, 'missing.xlsx', clean, fixture('not-xlsx.xlsx'), fixture('number-text.xlsx')];
  const check = (threads: string) =>
    run(tsx, [entry, 'check', ...files, '--json'], {
      env: { ...process.env, LANG: 'en_GB.UTF-8', BUDGET_MONITOR_THREADS: threads },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
  const [parallel, serial] = [await check('3'), await check('1')];
  expect(parallel).toMatchObject({ code: 2, stdout: (serial as { stdout: string }).stdout, stderr: (serial as { stderr: string }).stderr });
  const reports = JSON.parse((parallel as { stdout: string }).stdout) as { file: string }[];
  expect(reports.map((report) => report.file)).toEqual([withErrors, clean, fixture('number-text.xlsx')]);
  expect((parallel as { stderr: string }).stderr.trimEnd().split('\n')).toEqual([
    'budget-monitor: missing.xlsx: no such file.',
    `budget-monitor: ${fixture('not-xlsx.xlsx')}: a CSV text file under an .xlsx name; open it in Excel and save it as an Excel workbook (.xlsx).`,
  ]);
}, 120_000);

test('many files on worker threads: the text, byte for byte, as one by one', async () => {
  const run = promisify(execFile);
  const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const entry = join(__dirname, 'support', 'bin.ts');
  // Errors, an unreadable file between readable ones, a file with tables on three sheets, and one without a table.
  const files = [withErrors, fixture('not-xlsx.xlsx'), clean, fixture('lapua-2024.xlsx'), 'missing.xlsx', fixture('no-table.xlsx')];
  const check = (threads: string) =>
    run(tsx, [entry, 'check', ...files, '--lang', 'fi'], {
      env: { ...process.env, LANG: 'en_GB.UTF-8', BUDGET_MONITOR_THREADS: threads },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
  const [parallel, serial] = [(await check('2')) as CliRun, (await check('1')) as CliRun];
  expect(parallel.code).toBe(2);
  expect(serial.code).toBe(2);
  expect(Buffer.from(parallel.stdout)).toEqual(Buffer.from(serial.stdout));
  expect(parallel.stderr).toBe(serial.stderr);
  // Each readable file once, in the order given.
  const lines = parallel.stdout.split('\n');
  const readable = [withErrors, clean, fixture('lapua-2024.xlsx'), fixture('no-table.xlsx')];
  expect(lines.filter((line) => files.some((file) => line.startsWith(file))).map((line) => line.split(' ')[0])).toEqual(readable);
  expect(parallel.stdout).toContain('Talous!K18  ');
}, 120_000);

describe('the binding level and the conventions on the command line', () => {
  const lapua = fixture('lapua-2024.xlsx');

  test('--binding gross --binding-units binds those units gross; a unit not in the workbook is named, not an overrun', async () => {
    const run = await runCli(['check', lapua, '--json', '--binding', 'gross', '--binding-units', 'Tekninen lautakunta; Kasvupalvelu']);
    const [report] = JSON.parse(run.stdout);
    expect(report.findings.filter((f: { code: string }) => f.code.startsWith('binding')).map((f: { code: string; cell: string }) => [f.code, f.cell])).toEqual([
      ['binding-overrun', 'C6'],
      ['binding-unit-not-found', 'A3'],
    ]);
    expect(report.tables[2].binding).toEqual({
      markerColumn: null,
      units: [{ unit: 'Tekninen lautakunta', mode: 'gross', items: ['expenses', 'income'], source: 'command-line' }],
    });
    expect(report.tables[2].deviationConvention).toMatchObject({ convention: 'mixed-signs', number: 4, fitting: 4, rows: 4 });
  });

  test('the binding units the workbook’s settings name come first, the command line beneath them', async () => {
    const book = await HeadlessWorkbook.load(new Uint8Array(readFileSync(lapua)));
    await createExcelOperations(book.host, book.office).saveSettings({
      ...defaultSettings,
      bindingUnits: [
        { unit: 'Tekninen lautakunta', item: 'expenses' },
        { unit: 'Kasvupalvelu', item: 'margin' },
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), 'binding-settings-'));
    const withSettings = join(dir, 'lapua-settings.xlsx');
    writeFileSync(withSettings, await book.save());
    const run = await runCli(['check', withSettings, '--json', '--binding', 'net', '--binding-units', 'Sivistyslautakunta']);
    rmSync(dir, { recursive: true });
    const [report] = JSON.parse(run.stdout);
    const binding = report.findings.filter((f: { code: string }) => f.code.startsWith('binding'));
    expect(binding.map((f: { code: string; sheet: string; cell: string; message: string }) => [f.code, `${f.sheet}!${f.cell}`])).toEqual([
      ['binding-overrun', 'Tekninen lautakunta!C6'],
      ['binding-unit-not-found', 'Hyvinvointilautakunta!A3'],
    ]);
    expect(binding[1].message).toContain('the settings name');
    expect(report.tables[2].binding.units).toEqual([{ unit: 'Tekninen lautakunta', mode: null, items: ['expenses'], source: 'settings' }]);
  });

  test('a --binding that is neither net nor gross is refused (exit 2) with the reason', async () => {
    const run = await runCli(['check', lapua, '--binding', 'brutto']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The binding "brutto" is not valid');
  });

  test('the text names the convention, the binding and the tolerance under each table', async () => {
    const { stdout } = await runCli(['check', lapua]);
    expect(stdout).toContain(
      '    deviation column Poikkeama: convention 4, mixed signs: Toteuma − Talousarvio on the costs’ sizes (a positive cost deviation is an overrun); 4/4 rows follow it',
    );
    expect(stdout).toContain('    deviations: TOT 2024 (the year’s actual) − TA 2024');
    expect(stdout).toContain('    binding level: Sivistyslautakunta net: operating margin (default)');
    expect(stdout).toContain('    tolerance: ±0.5 € for a single figure, (n + 1) / 2 × 1 € for a sum of n rounded figures');
    expect(stdout).toContain('Tekninen lautakunta!A3:E7 · block table · scale € · costs mixed');
  });
});
