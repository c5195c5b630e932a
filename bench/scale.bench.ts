/**
 * The command line at scale (issue 10), each figure a ratio to ExcelJS measured in the same run
 * on the same generated file, every command in a child process of its own (wall time, CPU time
 * and peak memory from GNU time):
 *   - check --json ÷ ExcelJS's read (goal ≤ 0.3, peak ≤ 1 GB on 200 000 rows);
 *   - report ÷ ExcelJS's read + write (goal ≤ 0.4, peak ≤ 1.5 GB on 200 000 rows);
 *   - eight files checked at once on the machine's cores ÷ one by one (goal ≤ 0.65 on two cores).
 * The command line runs compiled (lib/, built first), as the package's bin does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticWorkbook } from './engine.bench';

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'budget-monitor.js');
const gnuTime = '/usr/bin/time';

interface Measured {
  readonly wall: number;
  readonly cpu: number;
  /** Peak resident memory in bytes; null without GNU time. */
  readonly peak: number | null;
  readonly code: number;
}

/** Runs `node args…` and measures it; the output goes nowhere, failures are reported. */
function measure(args: readonly string[], env: Record<string, string> = {}): Measured {
  const childEnv = { ...process.env, LANG: 'en_GB.UTF-8', ...env };
  if (existsSync(gnuTime)) {
    const run = spawnSync(gnuTime, ['-f', 'BENCH %e %U %S %M', process.execPath, ...args], {
      env: childEnv,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const line = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? '');
    if (!line) throw new Error(`could not measure ${args.join(' ')}: ${run.stderr}`);
    const [, wall, user, system, kilobytes] = line;
    return {
      wall: Number(wall),
      cpu: Number(user) + Number(system),
      peak: Number(kilobytes) * 1024,
      code: run.status ?? -1,
    };
  }
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { env: childEnv, maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  return { wall, cpu: NaN, peak: null, code: run.status ?? -1 };
}

const excelJsRead = `const E=require('exceljs');new E.Workbook().xlsx.readFile(process.argv[1]).then(()=>{});`;
const excelJsReadWrite =
  `const E=require('exceljs');const w=new E.Workbook();` +
  `w.xlsx.readFile(process.argv[1]).then(()=>w.xlsx.writeFile(process.argv[2]));`;

const seconds = (m: Measured) => `${m.wall.toFixed(1).padStart(6)} s wall ${m.cpu.toFixed(1).padStart(6)} s CPU`;
const memory = (m: Measured) => (m.peak === null ? '   n/a' : `${(m.peak / 1_048_576).toFixed(0).padStart(5)} MB`);
const ratio = (a: Measured, b: Measured) => `${(a.wall / b.wall).toFixed(2)} wall, ${(a.cpu / b.cpu).toFixed(2)} CPU`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function line(label: string, m: Measured): void {
  console.log(`${label.padEnd(34)} ${seconds(m)}  peak ${memory(m)}${m.code > 1 ? `  (exit ${m.code})` : ''}`);
}

export async function run(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'budget-monitor-scale-'));
  try {
    console.log(
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; load average ${load()}`,
    );
    console.log('building lib/ (npm run build:cli) …');
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
      {
        cwd: root,
      },
    );
    // 198 areas of 101 units × 10 lines ≈ 200 000 rows; 99 areas = 100 000 rows.
    for (const [label, areas] of [
      ['200 000 rows', 198],
      ['100 000 rows', 99],
    ] as const) {
      const file = join(directory, `budget-${areas}.xlsx`);
      const rows = await writeSyntheticWorkbook(file, areas);
      console.log(
        `\n### ${label}: ${rows} rows, ${(statSync(file).size / 1_048_576).toFixed(1)} MB .xlsx; load ${load()}`,
      );
      const read = measure(['-e', excelJsRead, file]);
      line('ExcelJS read', read);
      const readWrite = measure(['-e', excelJsReadWrite, file, join(directory, 'exceljs-out.xlsx')]);
      line('ExcelJS read + write', readWrite);
      const check = measure([bin, 'check', file, '--json']);
      line('budget-monitor check --json', check);
      const report = measure([bin, 'report', file, '--out', join(directory, 'report.xlsx')]);
      line('budget-monitor report', report);
      console.log(`check ÷ ExcelJS read:            ${ratio(check, read)}  (goal ≤ 0.30; peak goal ≤ 1 GB)`);
      console.log(`report ÷ ExcelJS read + write:   ${ratio(report, readWrite)}  (goal ≤ 0.40; peak goal ≤ 1.5 GB)`);
    }

    const files = Array.from({ length: 8 }, (_, i) => join(directory, `many-${i + 1}.xlsx`));
    const rows = await writeSyntheticWorkbook(files[0], 25);
    for (const file of files.slice(1)) copyFileSync(files[0], file);
    const threads = Math.min(files.length, availableParallelism());
    console.log(`\n### eight files of ${rows} rows; load ${load()}`);
    const serial = measure([bin, 'check', ...files, '--json'], { BUDGET_MONITOR_THREADS: '1' });
    line('check, one by one', serial);
    const parallel = measure([bin, 'check', ...files, '--json']);
    line(`check, ${threads} worker threads`, parallel);
    console.log(`at once ÷ one by one:            ${ratio(parallel, serial)}  (goal ≤ 0.65 on two cores)`);
    console.log(`\nload average at end: ${load()} (a shared machine: compare the CPU ratios when it is busy)`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
