/**
 * The layouts of real municipal workbooks, on .xlsx fixtures written by
 * scripts/support/layout-fixtures.ts and read with the real reader: what each table is read as,
 * the exact findings (code, cell, expected, actual) of the fault planted in it, and its deviations.
 * Binding overruns are the binding tests' subject; here only their cells are named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { Analysis, BudgetTable } from '../../src/core/model';
import { readSnapshot } from '../../src/xlsx';
import { chainTypo, marginTypo, unbookedServices } from '../../scripts/support/layout-fixtures';

async function fixture(name: string): Promise<Analysis> {
  return analyze(await readSnapshot(new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', name)))));
}
const findingsOf = (analysis: Analysis) =>
  analysis.findings
    .filter((f) => f.code !== 'binding-overrun')
    .map((f) => [f.code, f.severity, f.cell, f.expected ?? null, f.actual ?? null]);
const units = (table: BudgetTable) => table.units.map((u) => [u.name, u.level, u.parentId]);
const roles = (table: BudgetTable) =>
  table.columnRoles.map((r) => [r.column, r.role === 'figure' ? r.kind : r.role, r.label]);
const deviation = (analysis: Analysis, unit: string, lineLabel: string) =>
  analysis.deviations.find((d) => d.unit === unit && d.lineLabel === lineLabel);

describe('statement blocks: a board and its task areas, each block with its own wrapped header', () => {
  it('is one table whose first block is the parent of the others, its header read across two rows', async () => {
    const analysis = await fixture('statement-blocks.xlsx');
    expect(analysis.tables).toHaveLength(1);
    const [table] = analysis.tables;
    expect(table).toMatchObject({
      layout: 'statement-blocks',
      range: 'A4:G48',
      headerRow: 4,
      headerRows: [3, 4],
      costSign: 'positive',
      scale: { factor: 1 },
    });
    expect(roles(table)).toEqual([
      [0, 'label', ''],
      [1, 'budget', 'Alkuperäinen TA 2024'],
      [2, 'supplementary', 'TA muutokset'],
      [3, 'currentBudget', 'TA muutosten jälkeen'],
      [4, 'actual', 'Toteutuma 1-12/2024'],
      [5, 'variance', 'Erotus'],
      [6, 'actualPct', 'Käyttö- %'],
    ]);
    expect(units(table)).toEqual([
      ['Sivistyslautakunta', 0, null],
      ['Varhaiskasvatus', 1, 'Sivistyslautakunta'],
      ['Perusopetus', 1, 'Sivistyslautakunta'],
    ]);
    // Every line of the statement is known, sub-lines included.
    expect(table.rows.every((row) => row.line !== null)).toBe(true);
  });

  it('names the task areas that do not add up to their board, and nothing else', async () => {
    const analysis = await fixture('statement-blocks.xlsx');
    // Perusopetus bought 150 000 € of services more than the board's block counts: the board's
    // Palvelujen ostot and Toimintakulut, in the actual and in Erotus.
    expect(findingsOf(analysis)).toEqual([
      ['rollup-mismatch', 'error', 'E10', 84_069_400, 84_069_400 - unbookedServices],
      ['rollup-mismatch', 'error', 'F10', -380_600, -380_600 - unbookedServices],
      ['rollup-mismatch', 'error', 'E14', 15_965_470, 15_965_470 - unbookedServices],
      ['rollup-mismatch', 'error', 'F14', 15_470, 15_470 - unbookedServices],
    ]);
    expect(analysis.findings.filter((f) => f.code === 'binding-overrun')).toEqual([]);
  });

  it('takes deviations from the budget after changes and the year’s actual, with the workbook’s own line words', async () => {
    const analysis = await fixture('statement-blocks.xlsx');
    expect(analysis.deviations).toHaveLength(11 + 12 + 12);
    expect(deviation(analysis, 'Varhaiskasvatus', 'Henkilösivukulut')).toMatchObject({
      line: 'personnelSideCosts',
      plan: 4_400_000,
      planKind: 'currentBudget',
      forecast: 4_388_950,
      forecastKind: 'actual',
      deviation: -11_050,
      direction: 'favourable',
      cell: 'E28',
    });
    expect(deviation(analysis, 'Perusopetus', 'Toimintakate')).toMatchObject({
      line: 'margin',
      plan: -47_650_000,
      forecast: -47_487_530,
      cell: 'E48',
    });
  });
});

describe('an export with two unit columns (Toimielin | Tehtäväalue)', () => {
  it('reads the hierarchy from the columns, codes from the names, and a row with no task area as the board’s own total', async () => {
    const analysis = await fixture('unit-columns-export.xlsx');
    const [table] = analysis.tables;
    expect(table).toMatchObject({ layout: 'unit-columns', range: 'A2:I45', headerRows: [1, 2], costSign: 'negative' });
    expect(roles(table)).toEqual([
      [0, 'unit', 'Toimielin'],
      [1, 'unit', 'Tehtäväalue'],
      [2, 'label', 'Tili'],
      [3, 'binding', 'Sitovuus'],
      [4, 'budget', 'Alkuperäinen'],
      [5, 'supplementary', 'Muutokset'],
      [6, 'currentBudget', 'Talousarvio 2024 Muutosten jälkeen'],
      [7, 'actual', 'Toteutuma 1-12/2024'],
      [8, 'variance', 'Erotus'],
    ]);
    // The merged group header 'Talousarvio 2024' gives its year to the three budget columns under it.
    expect(table.columns.slice(0, 3).map((c) => c.year)).toEqual([2024, 2024, 2024]);
    expect(table.units.map((u) => [u.id, u.name, u.level, u.parentId])).toEqual([
      ['100', 'Kaupunginhallitus', 0, null],
      ['110', 'Vaalit', 1, '100'],
      ['120', 'Hallinto', 1, '100'],
      ['200', 'Tekninen lautakunta', 0, null],
      ['210', 'Kadut ja puistot', 1, '200'],
      ['220', 'Tilapalvelut', 1, '200'],
    ]);
    const boardRows = table.rows.filter((row) => row.unitId === '100');
    expect(boardRows.map((row) => [row.row + 1, row.line])).toEqual([
      [4, 'salesIncome'],
      [5, 'feeIncome'],
      [6, 'income'],
      [7, 'personnel'],
      [8, 'purchasedServices'],
      [9, 'expenses'],
      [10, 'margin'],
    ]);
  });

  it('names the margin printed 2 000 € off its lines, at the task area and at its board', async () => {
    const analysis = await fixture('unit-columns-export.xlsx');
    expect(findingsOf(analysis)).toEqual([
      ['rollup-mismatch', 'error', 'H10', -9_220_040 + marginTypo, -9_220_040],
      ['total-mismatch', 'error', 'H24', -8_939_530, -8_939_530 + marginTypo],
      // The export's own deviation was computed from the margin before the typo: it no longer follows its row.
      ['chain-mismatch', 'error', 'I24', 77_470, 77_470 - marginTypo],
    ]);
    expect(deviation(analysis, 'Kaupunginhallitus', '4999 TOIMINTAKATE/JÄÄMÄ')).toMatchObject({
      line: 'margin',
      plan: -9_305_000,
      forecast: -9_220_040,
      direction: 'favourable',
    });
  });
});

describe('the vertical budget chain: Alkuperäinen, Muutos rows and Yhteensä in one budget column', () => {
  it('keeps each chain with its decisions, and reads the Yhteensä row as the line with the budget in force', async () => {
    const analysis = await fixture('budget-chain.xlsx');
    const [table] = analysis.tables;
    expect(table).toMatchObject({ layout: 'budget-chain', range: 'A1:G22' });
    expect(roles(table)).toEqual([
      [0, 'unit', 'Tehtäväalue'],
      [1, 'label', 'Rivi'],
      [2, 'step', 'Erä'],
      [3, 'description', 'Selite'],
      [4, 'currentBudget', 'TA 2024'],
      [5, 'actual', 'Toteutuma 1-12/2024'],
      [6, 'variance', 'Poikkeama'],
    ]);
    expect(table.rows.map((row) => [row.row + 1, row.label])).toEqual([
      [4, 'Toimintatuotot'],
      [8, 'Toimintakulut'],
      [12, 'Toimintakate'],
      [15, 'Toimintatuotot'],
      [18, 'Toimintakulut'],
      [22, 'Toimintakate'],
    ]);
    const costs = table.budgetChains[1];
    expect(costs).toMatchObject({
      unitId: 'Varhaiskasvatus',
      line: 'expenses',
      original: { value: 33_800_000, cell: 'E5' },
      total: { value: 34_300_000, cell: 'E8' },
    });
    expect(costs.changes.map((c) => [c.figure.cell, c.figure.value, c.description])).toEqual([
      ['E6', 400_000, 'KV 17.6.2024 § 45'],
      ['E7', 100_000, 'KV 11.11.2024 § 98'],
    ]);
  });

  it('names the chain that does not add up at its Yhteensä cell, and takes deviations from the Yhteensä rows', async () => {
    const analysis = await fixture('budget-chain.xlsx');
    expect(findingsOf(analysis)).toEqual([['chain-mismatch', 'error', 'E18', 50_150_000 - chainTypo, 50_150_000]]);
    expect(analysis.findings[0].messageId).toBe('finding.chain-mismatch.vertical');
    expect(analysis.deviations.map((d) => [d.unit, d.lineLabel, d.plan, d.forecast, d.cell])).toEqual([
      ['Varhaiskasvatus', 'Toimintatuotot', 2_870_000, 2_803_750, 'F4'],
      ['Varhaiskasvatus', 'Toimintakulut', 34_300_000, 34_016_000, 'F8'],
      ['Varhaiskasvatus', 'Toimintakate', -31_430_000, -31_212_250, 'F12'],
      ['Perusopetus', 'Toimintatuotot', 2_500_000, 2_565_870, 'F15'],
      ['Perusopetus', 'Toimintakulut', 50_150_000, 49_903_400, 'F18'],
      ['Perusopetus', 'Toimintakate', -47_650_000, -47_337_530, 'F22'],
    ]);
  });
});

describe('two tables side by side', () => {
  it('are two tables, each unit with its own figures: no right-hand name paired with left-hand figures', async () => {
    const analysis = await fixture('side-by-side.xlsx');
    expect(analysis.tables.map((t) => [t.range, t.side, t.units.map((u) => u.name)])).toEqual([
      ['A1:C4', 'left', ['Sivistyslautakunta']],
      ['E1:G5', 'right', ['Tekninen lautakunta']],
    ]);
    expect(analysis.deviations.map((d) => [d.unit, d.lineLabel, d.plan, d.forecast, d.cell])).toEqual([
      ['Sivistyslautakunta', 'Toimintatuotot', 2_000_000, 2_100_000, 'C2'],
      ['Sivistyslautakunta', 'Toimintakulut', 10_000_000, 10_200_000, 'C3'],
      ['Sivistyslautakunta', 'Toimintakate', -8_000_000, -8_100_000, 'C4'],
      ['Tekninen lautakunta', 'Toimintatuotot', 12_500_000, 12_581_312, 'G2'],
      ['Tekninen lautakunta', 'Toimintakulut', 17_023_070, 17_058_115, 'G3'],
      ['Tekninen lautakunta', 'Valmistus omaan käyttöön', 512_000, 348_191, 'G4'],
      ['Tekninen lautakunta', 'Toimintakate', -4_011_070, -4_128_612, 'G5'],
    ]);
    expect(findingsOf(analysis).filter(([, severity]) => severity === 'error')).toEqual([]);
    expect(analysis.findings.filter((f) => f.code === 'binding-overrun').map((f) => f.cell)).toEqual(['C4', 'G5']);
  });
});

describe('units named like lines', () => {
  it('a heading row with empty figures is a unit, even one called Toimintakate or Netto: no duplicate rows', async () => {
    const analysis = await fixture('units-named-like-lines.xlsx');
    const [table] = analysis.tables;
    expect(units(table)).toEqual([
      ['Elinvoima', 0, null],
      ['Toimintakate', 1, 'Elinvoima'],
      ['Netto', 1, 'Elinvoima'],
    ]);
    expect(findingsOf(analysis).filter(([, severity]) => severity === 'error')).toEqual([]);
    expect(analysis.deviations).toHaveLength(9);
    expect(deviation(analysis, 'Toimintakate', 'Toimintakate')).toMatchObject({
      plan: -4_000_000,
      forecast: -3_700_000,
      cell: 'C9',
    });
  });
});
