/** `budget-monitor check examples/*.xlsx --json` finds exactly the planted errors, and none in the clean example. */
import { runCli } from './support/run-cli';
import type { JsonFileReport } from '../../src/cli/formatters/json';

const clean = 'examples/elvo-q4-2024.xlsx';
const withErrors = 'examples/elvo-q2-2025-errors.xlsx';

/** The planted errors of examples/README.md: code, severity, sheet, cell. */
const planted = [
  ['type-error', 'warning', 'Talous', 'K20'],
  ['type-error', 'error', 'Talous', 'K30'],
  ['error-value', 'error', 'Talous', 'K18'],
  ['missing-value', 'warning', 'Talous', 'D28'],
  ['duplicate-row', 'error', 'Talous', 'C34'],
  ['chain-mismatch', 'error', 'Talous', 'K34'],
  ['binding-overrun', 'error', 'Talous', 'J33'],
  ['rollup-mismatch', 'error', 'Hankkeet', 'D4'],
  ['total-mismatch', 'error', 'Hankkeet', 'I6'],
  ['sign-inconsistent', 'error', 'Hankkeet', 'D13'],
  ['hardcoded-total', 'warning', 'Hankkeet', 'J9'],
  ['column-missing', 'warning', 'Kaupunkimissio', 'A3'],
  ['status-invalid', 'error', 'Strategia', 'D9'],
];

type JsonReport = JsonFileReport;

let reports: JsonReport[];
let exitCode: number;

beforeAll(async () => {
  const run = await runCli(['check', clean, withErrors, '--json']);
  exitCode = run.code;
  reports = JSON.parse(run.stdout) as JsonReport[];
});

test('one JSON object per file, in the order given; exit 1 because one file has errors', () => {
  expect(reports.map((r) => r.file)).toEqual([clean, withErrors]);
  expect(exitCode).toBe(1);
});

describe('the clean Q4/2024 example', () => {
  const report = () => reports[0];

  test('has no findings at all', () => expect(report().findings).toEqual([]));

  test('is one block table in 1 000 € with costs positive and the service area over its two areas', () => {
    expect(report().tables).toMatchObject([
      {
        sheet: 'Talous',
        range: 'A3:J36',
        layout: 'block',
        headerRows: [3],
        columns: [
          { column: 'A', role: 'label', label: '' },
          ...(
            [
              ['B', 'priorYear', 'TP 2023'],
              ['C', 'budget', 'TA 2024'],
              ['D', 'supplementary', 'LTA:t 2024'],
              ['E', 'currentBudget', 'TA+LTA:t 2024'],
              ['F', 'operatingPlan', 'KS 2024'],
              ['G', 'currentPlan', 'KS+LTA:t 2024'],
              ['H', 'actual', 'TOT 1-12 2024'],
              ['I', 'forecast', 'ENN 2024'],
              ['J', 'variance', 'Poikkeama'],
            ] as const
          ).map(([column, kind, label]) => ({ column, role: 'figure', kind, label })),
        ],
        side: null,
        budgetChains: 0,
        scale: 1000,
        costSign: 'positive',
        units: ['Elinvoiman palvelualue', 'Kasvupalvelut', 'Työllisyyspalvelut'],
      },
    ]);
    expect(report().tables).toHaveLength(1);
  });

  test("states the conventions found: the seed's Poikkeama is ENN − KS+LTA:t on every row, the areas bind their margins", () => {
    const [table] = report().tables;
    expect(table.deviationBasis).toEqual({ plan: 'KS+LTA:t 2024', actual: 'ENN 2024', yearEnd: false });
    expect(table.deviationConvention).toEqual({
      column: 'Poikkeama',
      convention: 'forecast-minus-plan',
      number: 1,
      plan: 'KS+LTA:t 2024',
      actual: 'ENN 2024',
      rows: 30,
      fitting: 30,
    });
    expect(table.costSigns?.table).toBe('unsigned');
    expect(table.binding).toEqual({
      markerColumn: null,
      units: [
        { unit: 'Kasvupalvelut', mode: 'net', items: ['margin'], source: 'default' },
        { unit: 'Työllisyyspalvelut', mode: 'net', items: ['margin'], source: 'default' },
      ],
    });
    // 1000 € with one decimal shown: half a unit is 50 €.
    expect(table.tolerance).toEqual({ halfUnit: 50, displayedUnit: 100, sumOfN: '(n + 1) / 2' });
  });

  test('every deviation carries the workbook’s own line words beside the canonical line', () => {
    const margin = report().deviations.find((d) => d.unit === 'Kasvupalvelut' && d.line === 'margin')!;
    expect(margin.lineLabel).toBe('Toimintakate');
  });

  test("gives the seed's margin deviations in euros: +1.84 and +1.74 milj. €, 3.6 together, favourable", () => {
    const margin = (unit: string) => report().deviations.find((d) => d.unit === unit && d.line === 'margin')!;
    expect(margin('Kasvupalvelut')).toMatchObject({ deviation: 1_840_500, direction: 'favourable', status: 'green', cell: 'I25' });
    expect(margin('Työllisyyspalvelut')).toMatchObject({ deviation: 1_743_300, direction: 'favourable', status: 'green', cell: 'I36' });
    const total = margin('Elinvoiman palvelualue');
    expect(total.deviation).toBe(3_583_800);
    expect(Math.round(total.deviation / 100_000) / 10).toBe(3.6);
  });

  test("the seed's income and expenses come out in milj. €", () => {
    const forecast = (unit: string, line: string) =>
      Math.round(report().deviations.find((d) => d.unit === unit && d.line === line)!.forecast / 100_000) / 10;
    expect([forecast('Kasvupalvelut', 'income'), forecast('Kasvupalvelut', 'expenses')]).toEqual([3.7, 10.7]);
    expect([forecast('Työllisyyspalvelut', 'income'), forecast('Työllisyyspalvelut', 'expenses')]).toEqual([1.8, 25.7]);
  });

  test('counts the strategic measures 16 / 6 / 0 over the five goals', () => {
    expect(report().strategy).toEqual({
      sheet: 'Strategia',
      counts: {
        'Hiilineutraali Lahti': { green: 4, yellow: 1, red: 0 },
        'Osaava Lahti': { green: 5, yellow: 2, red: 0 },
        'Elävä Lahti': { green: 2, yellow: 1, red: 0 },
        'Hyvinvoiva Lahti': { green: 1, yellow: 1, red: 0 },
        'Houkutteleva työyhteisö Lahti': { green: 4, yellow: 1, red: 0 },
      },
      total: { green: 16, yellow: 6, red: 0 },
    });
  });
});

describe('the Q2/2025 example with errors', () => {
  const report = () => reports[1];

  test('finds exactly the planted errors, nothing more', () => {
    const found = report().findings.map((f) => [f.code, f.severity, f.sheet, f.cell]);
    expect([...found].sort()).toEqual([...planted].sort());
  });

  test('gives expected and actual figures in euros where a comparison failed', () => {
    const at = (cell: string) => report().findings.find((f) => f.cell === cell)!;
    expect(at('I6')).toMatchObject({ expected: 259_085, actual: 221_870 });
    expect(at('K34')).toMatchObject({ expected: -85_000, actual: -60_000 });
    expect(at('J33')).toMatchObject({ expected: -30_200_000, actual: -32_780_000 });
    expect(at('K20')).toMatchObject({ actual: -8_200 });
  });

  test('has a yellow and a red deviation, unfavourable, named by their forecast cells', () => {
    const services = report().deviations.find((d) => d.unit === 'Kasvupalvelut' && d.line === 'purchasedServices')!;
    expect(services).toMatchObject({ plan: 4_100_000, forecast: 4_223_000, deviation: 123_000, deviationPct: 3, direction: 'unfavourable', status: 'yellow', cell: 'J17' });
    const grants = report().deviations.find((d) => d.unit === 'Työllisyyspalvelut' && d.line === 'grants')!;
    expect(grants).toMatchObject({ direction: 'unfavourable', status: 'red', cell: 'J29' });
  });

  test('reads the euro-scaled sheet in euros and the others in 1 000 €', () => {
    expect(report().tables.map((t) => [t.sheet, t.scale])).toEqual([
      ['Talous', 1000],
      ['Hankkeet', 1],
      ['Kaupunkimissio', 1000],
    ]);
  });
});
