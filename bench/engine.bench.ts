/**
 * The engine against the .xlsx read, on a synthetic workbook of 100 000 rows × 12 figure
 * columns (10 000 units in three levels, ten lines each, every total consistent).
 * Target (issue 2): recognition + all rules + deviations add at most 25 % to the time ExcelJS
 * takes to read the file, and stay under 1 s on a 2-core machine.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze } from '../src/core/analyze';
import { computeDeviations } from '../src/core/deviations';
import { periodOf, recognizeTables } from '../src/core/recognize';
import { validateTable } from '../src/core/rules';
import { defaultSettings } from '../src/core/settings';
import type { WorkbookSnapshot } from '../src/core/snapshot';
import { recognizeStrategy } from '../src/core/strategy';
import { readSnapshot } from '../src/xlsx';

const defaultAreas = 99;
const centresPerArea = 100;
const lines = [
  'Toimintatuotot',
  'Toimintakulut',
  'Henkilöstökulut',
  'Palvelujen ostot',
  'Aineet, tarvikkeet ja tavarat',
  'Avustukset',
  'Vuokrat',
  'Muut toimintakulut',
  'Valmistus omaan käyttöön',
  'Toimintakate',
];
const header = [
  'Yksikkö',
  'Taso',
  'Rivi',
  'TP 2022',
  'TP 2023',
  'TA 2024',
  'LTA:t 2024',
  'TA+LTA:t 2024',
  'KS 2024',
  'KS+LTA:t 2024',
  'TOT 1-12 2023',
  'TOT 1-12 2024',
  'ENN 2024',
  'Poikkeama',
  'Tot-% 2024',
];
const figureColumns = header.length - 3;

/** Ten lines × 12 columns of one unit, in tenths of 1 000 €, consistent: sub-lines add up, margin = income − costs + own. */
type UnitFigures = number[][];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function leafFigures(next: () => number): UnitFigures {
  const base = 500 + Math.floor(next() * 5000);
  const figures = lines.map(() => new Array<number>(figureColumns).fill(0));
  for (let c = 0; c < figureColumns; c++) {
    if (c === 10 || c === 11) continue; // Poikkeama and Tot-% are derived below
    const drift = 0.9 + next() * 0.2;
    figures[0][c] = Math.round(base * 0.3 * drift);
    for (let s = 2; s <= 7; s++) figures[s][c] = Math.round((base / 6) * drift * (0.5 + next()));
    figures[8][c] = 0;
  }
  // LTA: small changes; TA+LTA and KS+LTA follow.
  for (let l = 0; l < lines.length; l++) {
    figures[l][3] = l >= 2 && l <= 7 ? Math.round((next() - 0.5) * 40) : 0;
  }
  return complete(figures);
}

/** Totals and derived columns from the inputs. */
function complete(figures: UnitFigures): UnitFigures {
  for (let c = 0; c < figureColumns; c++) {
    figures[1][c] = [2, 3, 4, 5, 6, 7].reduce((sum, s) => sum + figures[s][c], 0);
    figures[9][c] = figures[0][c] - figures[1][c] + figures[8][c];
  }
  for (const row of figures) {
    row[4] = row[2] + row[3]; // TA+LTA
    row[6] = row[5] + row[3]; // KS+LTA
    row[10] = row[9] - row[6]; // Poikkeama = ENN − KS+LTA
    row[11] = row[6] === 0 ? 0 : Math.round((row[8] / row[6]) * 1000); // Tot-% in tenths of a per cent
  }
  return figures;
}

function sum(parts: readonly UnitFigures[]): UnitFigures {
  const result = lines.map(() => new Array<number>(figureColumns).fill(0));
  for (const part of parts)
    for (let l = 0; l < lines.length; l++) for (let c = 0; c < figureColumns; c++) result[l][c] += part[l][c];
  return complete(result);
}

/** Writes the synthetic workbook: `areas` areas of 100 cost centres, ten lines each (99 areas: 100 000 rows). */
export async function writeSyntheticWorkbook(path: string, areas = defaultAreas): Promise<number> {
  const next = random(2024);
  const units: { name: string; level: number; figures: UnitFigures }[] = [];
  const areaBlocks: {
    area: { name: string; level: number; figures: UnitFigures };
    centres: { name: string; level: number; figures: UnitFigures }[];
  }[] = [];
  for (let a = 0; a < areas; a++) {
    const centres = Array.from({ length: centresPerArea }, (_, c) => ({
      name: `Kustannuspaikka ${a + 1}.${c + 1}`,
      level: 2,
      figures: leafFigures(next),
    }));
    areaBlocks.push({
      area: { name: `Vastuualue ${a + 1}`, level: 1, figures: sum(centres.map((c) => c.figures)) },
      centres,
    });
  }
  units.push({ name: 'Palvelualue', level: 0, figures: sum(areaBlocks.map((b) => b.area.figures)) });
  for (const block of areaBlocks) units.push(block.area, ...block.centres);

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Talous');
  sheet.addRow(['Palvelualue – talouden seuranta 1–12/2024, 1 000 €']).commit();
  sheet.addRow([]).commit();
  sheet.addRow(header).commit();
  let rows = 0;
  for (const unit of units) {
    unit.figures.forEach((figures, l) => {
      sheet.addRow([unit.name, unit.level, lines[l], ...figures.map((tenths) => tenths / 10)]).commit();
      rows++;
    });
  }
  sheet.commit();
  await workbook.commit();
  return rows;
}

const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
const ms = (milliseconds: number) => `${milliseconds.toFixed(0)} ms`;

/** Wall time, and the CPU time the process spent (user + system): on a busy shared machine the second is the steadier figure. */
function timed<T>(work: () => T): { result: T; time: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const time = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { result, time, cpu: (cpu.user + cpu.system) / 1000 };
}

async function timedAsync<T>(work: () => Promise<T>): Promise<{ result: T; time: number; cpu: number }> {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const time = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { result, time, cpu: (cpu.user + cpu.system) / 1000 };
}

const both = (t: { time: number; cpu: number }) => `${ms(t.time).padStart(8)} wall, ${ms(t.cpu).padStart(8)} CPU`;

export async function run(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'budget-monitor-bench-'));
  const path = join(directory, 'synthetic.xlsx');
  try {
    const writeStart = performance.now();
    const rows = await writeSyntheticWorkbook(path);
    const areas = defaultAreas;
    const data = new Uint8Array(readFileSync(path));
    console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
    console.log(
      `workbook: ${rows} rows × ${figureColumns} figure columns (${areas * centresPerArea + areas + 1} units), ${mb(data.length)} .xlsx, written in ${ms(performance.now() - writeStart)}`,
    );

    console.log(
      `load average at start: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    collectGarbage();
    const excelJs = await timedAsync(async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(data as unknown as ArrayBuffer);
      return workbook.worksheets.length;
    });
    console.log(`ExcelJS read (workbook.xlsx.load):  ${both(excelJs)}`);

    collectGarbage();
    const read = await timedAsync(() => readSnapshot(data));
    const snapshot: WorkbookSnapshot = read.result;
    console.log(`readSnapshot:                       ${both(read)}`);

    // The engine, one stage at a time, then as analyze() calls it. Memory is sampled at each
    // stage's end without collecting in between, so the heap figure includes the garbage made.
    collectGarbage();
    const baseline = process.memoryUsage();
    let peakHeap = baseline.heapUsed;
    let peakRss = baseline.rss;
    const sample = () => {
      const now = process.memoryUsage();
      peakHeap = Math.max(peakHeap, now.heapUsed);
      peakRss = Math.max(peakRss, now.rss);
    };
    const recognition = timed(() => recognizeTables(snapshot));
    sample();
    const period = periodOf(recognition.result);
    const strategy = timed(() => recognizeStrategy(snapshot));
    sample();
    const rules = timed(() =>
      recognition.result.flatMap((table) =>
        validateTable(table, {
          settings: defaultSettings,
          period,
          sheet: snapshot.sheets.find((s) => s.name === table.sheet),
        }),
      ),
    );
    sample();
    const deviations = timed(() => computeDeviations(recognition.result, defaultSettings, period, snapshot));
    sample();
    const stages = recognition.time + strategy.time + rules.time + deviations.time;
    const stagesCpu = recognition.cpu + strategy.cpu + rules.cpu + deviations.cpu;
    console.log(
      `recognition:   ${both(recognition)}  (${recognition.result.length} table, ${recognition.result[0]?.rows.length ?? 0} rows, ${recognition.result[0]?.units.length ?? 0} units)`,
    );
    console.log(`strategy:      ${both(strategy)}`);
    console.log(`all rules:     ${both(rules)}  (${rules.result.length} findings)`);
    console.log(`deviations:    ${both(deviations)}  (${deviations.result.length} deviations)`);
    console.log(
      `engine stages: ${ms(stages)} wall, ${ms(stagesCpu)} CPU; peak heap +${mb(peakHeap - baseline.heapUsed)} over the snapshot (${mb(peakHeap)} in all), peak RSS ${mb(peakRss)}`,
    );

    collectGarbage();
    const analyzeBaseline = process.memoryUsage().heapUsed;
    const whole = timed(() => analyze(snapshot));
    const afterAnalyze = process.memoryUsage().heapUsed;
    const byCode = new Map<string, number>();
    for (const finding of whole.result.findings)
      byCode.set(`${finding.code}/${finding.severity}`, (byCode.get(`${finding.code}/${finding.severity}`) ?? 0) + 1);
    console.log(`findings by code: ${[...byCode].map(([code, count]) => `${code} ${count}`).join(', ') || 'none'}`);
    console.log(
      `analyze():     ${both(whole)}  (${whole.result.findings.length} findings, ${whole.result.deviations.length} deviations); heap +${mb(afterAnalyze - analyzeBaseline)} at its end`,
    );

    const percent = (a: number, b: number) => `${((a / b) * 100).toFixed(1)} %`;
    console.log(
      `engine / ExcelJS read:  ${percent(whole.time, excelJs.time)} wall, ${percent(whole.cpu, excelJs.cpu)} CPU  (target ≤ 25 %)`,
    );
    console.log(`engine / readSnapshot:  ${percent(whole.time, read.time)} wall, ${percent(whole.cpu, read.cpu)} CPU`);
    console.log(
      `engine under 1 s:       ${whole.time < 1000 ? 'yes' : 'NO'} (${ms(whole.time)} wall, ${ms(whole.cpu)} CPU)`,
    );
    console.log(
      `load average at end:    ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(`process peak RSS (whole bench): ${mb(process.resourceUsage().maxRSS * 1024)}`);
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(directory, { recursive: true, force: true });
    else console.log(`kept ${path}`);
  }
}
