/**
 * Sync budget of the Excel layer on the headless host: syncs and the largest request and response
 * of read, flag, clear and apply-plan on 1 000, 10 000 and 100 000 budget rows. The design's
 * targets: read 2 syncs plus one per ~4 MB of cells; clear 3, flag 4 (5 where Excel refuses the comma
 * in getRanges lists, as Finnish Excel on Windows, which the host plays) and a first report 3 whatever
 * the size (more only when a single request would pass 5 MB).
 */
import { chartColour, scenarioColour } from '../src/core/colours';
import type { FlagPlan, ReportPlan, TrafficLight } from '../src/core/plan';
import { createExcelOperations } from '../src/excel';
import { HeadlessWorkbook } from '../src/headless';
import { largeBudget } from '../test/excel/support/workbooks';

const sizes = [1_000, 10_000, 100_000];

interface Measurement {
  readonly rows: number;
  readonly operation: string;
  readonly syncs: number;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  readonly milliseconds: number;
}

/** A deviation flag on every row's Poikkeama cell (column G), coloured by its size, as the engine would. */
function flagPlanFor(rows: number): FlagPlan {
  return {
    flags: Array.from({ length: rows }, (_, r) => {
      const deviation = ((r * 104_729) % 2_001) - 1_000;
      const colour: TrafficLight = deviation > 800 ? 'red' : deviation > 400 ? 'yellow' : 'green';
      return { sheet: 'Budjetti', cell: `G${r + 2}`, colour, kind: 'deviation' as const };
    }),
  };
}

/** A deviations sheet of `rows` rows with formats over whole columns and a chart over its first rows. */
function reportPlanFor(rows: number): ReportPlan {
  const values = [
    ['Yksikkö', 'KS+LTA:t', 'ENN', 'Poikkeama €', 'Poikkeama %', 'Selitys'],
    ...Array.from({ length: rows }, (_, r) => [`Yksikkö ${r + 1}`, 10_000 + r, 10_500 + r, `=C${r + 2}-B${r + 2}`, `=D${r + 2}/B${r + 2}`, null]),
  ];
  return {
    period: { quarter: 4, year: 2024 },
    language: 'fi',
    sheets: [
      {
        key: 'deviations',
        name: 'Poikkeamat',
        values,
        formats: [
          { range: 'A1:F1', font: { bold: true }, fill: '#D9E1F2', bottomBorder: '#595959' },
          { range: `B2:D${rows + 1}`, numberFormat: '#,##0' },
          { range: `E2:E${rows + 1}`, numberFormat: '0.0 %' },
        ],
        columnWidths: [160, 80, 80, 80, 80, 240],
        freeze: { rows: 1, columns: 1 },
        pageSetup: { orientation: 'landscape', fitToWidth: true },
        charts: [
          {
            name: 'plan-forecast',
            type: 'ColumnClustered',
            title: 'Suunnitelma ja ennuste',
            source: 'A1:C11',
            seriesColours: [scenarioColour.plan, scenarioColour.forecast],
            pointColours: [[], Array.from({ length: 10 }, (_, i) => (i % 2 ? chartColour.red : chartColour.green))],
            position: { from: 'H2', to: 'P20' },
            valueAxisNumberFormat: '#,##0',
            legend: 'Bottom',
          },
        ],
      },
    ],
  };
}

async function measure(book: HeadlessWorkbook, rows: number, operation: string, action: () => Promise<unknown>): Promise<Measurement> {
  book.stats.reset();
  const started = performance.now();
  await action();
  const { syncs, largestRequestBytes, largestResponseBytes } = book.stats;
  return { rows, operation, syncs, largestRequestBytes, largestResponseBytes, milliseconds: Math.round(performance.now() - started) };
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export async function benchExcelSyncs(): Promise<Measurement[]> {
  const results: Measurement[] = [];
  for (const rows of sizes) {
    const book = await HeadlessWorkbook.load(await largeBudget(rows));
    const ops = createExcelOperations(book.host, book.office);
    results.push(await measure(book, rows, 'read', () => ops.readWorkbook()));
    results.push(await measure(book, rows, 'flag', () => ops.flag(flagPlanFor(rows))));
    results.push(await measure(book, rows, 'clear', () => ops.clearFlags()));
    results.push(await measure(book, rows, 'apply-plan', () => ops.applyReport(reportPlanFor(rows))));
  }
  console.log('\nExcel layer on the headless host: syncs and payloads per operation');
  console.log(['rows', 'operation', 'syncs', 'largest request', 'largest response', 'time'].map((h) => h.padStart(18)).join(''));
  for (const result of results) {
    console.log(
      [
        result.rows.toLocaleString('en-US'),
        result.operation,
        String(result.syncs),
        kilobytes(result.largestRequestBytes),
        kilobytes(result.largestResponseBytes),
        `${result.milliseconds} ms`,
      ]
        .map((cell) => cell.padStart(18))
        .join(''),
    );
  }
  return results;
}

/** The bench runner's entry (bench/index.ts). */
export async function run(): Promise<void> {
  await benchExcelSyncs();
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
