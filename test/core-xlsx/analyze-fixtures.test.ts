/** The engine on real .xlsx files: readSnapshot → analyze, on the fixtures of scripts/make-fixtures.ts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { Analysis, BudgetTable } from '../../src/core/model';
import { renderFinding } from '../../src/core/render';
import { readSnapshot } from '../../src/xlsx';
import { numberTexts, strategyStatuses } from '../../scripts/make-fixtures';

async function analyzed(file: string): Promise<Analysis> {
  return analyze(await readSnapshot(new Uint8Array(readFileSync(join(__dirname, '..', '..', file)))));
}
const fixture = (name: string) => analyzed(`test/fixtures/${name}`);
const errorsOf = (analysis: Analysis) => analysis.findings.filter((f) => f.severity === 'error');
const parentOf = (table: BudgetTable, name: string) => {
  const unit = table.units.find((u) => u.name === name)!;
  return table.units.find((u) => u.id === unit.parentId)?.name ?? null;
};

describe('layouts', () => {
  test('long table with a level column: three units, two under the service area, no findings', async () => {
    const analysis = await fixture('long-level.xlsx');
    const [table] = analysis.tables;
    expect(table).toMatchObject({ sheet: 'Talous', layout: 'long', range: 'A3:H12', scale: { factor: 1000 }, costSign: 'positive' });
    expect(table.units.map((u) => [u.name, u.level, parentOf(table, u.name)])).toEqual([
      ['Elinvoiman palvelualue', 0, null],
      ['Kasvupalvelut', 1, 'Elinvoiman palvelualue'],
      ['Työllisyyspalvelut', 1, 'Elinvoiman palvelualue'],
    ]);
    expect(analysis.findings).toEqual([]);
    expect(analysis.period).toEqual({ quarter: 4, year: 2024 });
  });

  test('long table with cost-centre codes: 1210 and 1220 belong to 12', async () => {
    const [table] = (await fixture('long-codes.xlsx')).tables;
    expect(table.layout).toBe('long');
    expect(parentOf(table, 'Kasvupalvelut')).toBe('Elinvoima');
    expect(parentOf(table, 'Työllisyyspalvelut')).toBe('Elinvoima');
  });

  test('block table: unit headings and levels by indentation', async () => {
    const analysis = await fixture('block-indent.xlsx');
    const [table] = analysis.tables;
    expect(table.layout).toBe('block');
    expect(table.units.map((u) => [u.name, u.level])).toEqual([
      ['Elinvoiman palvelualue', 0],
      ['Kasvupalvelut', 1],
      ['Työllisyyspalvelut', 1],
    ]);
    expect(errorsOf(analysis)).toEqual([]);
  });

  test('block table: levels from codes in the headings, scale from the header corner', async () => {
    const analysis = await fixture('block-codes.xlsx');
    const [table] = analysis.tables;
    expect(table).toMatchObject({ layout: 'block', scale: { factor: 1000 } });
    expect(parentOf(table, 'Kasvupalvelut')).toBe('Elinvoima');
    expect(errorsOf(analysis)).toEqual([]);
  });
});

describe('languages', () => {
  test.each([
    ['labels-sv.xlsx', 'Tillväxttjänster'],
    ['labels-en.xlsx', 'Growth services'],
  ] as const)('%s: every column and line recognised, margin deviation +1.8 milj. € favourable', async (file, unit) => {
    const analysis = await fixture(file);
    const [table] = analysis.tables;
    expect(table.columns.map((c) => c.kind)).toEqual(['priorYear', 'budget', 'currentPlan', 'actual', 'forecast', 'variance']);
    expect(table.rows.map((r) => r.line)).toEqual(['income', 'expenses', 'margin']);
    expect(analysis.findings).toEqual([]);
    const margin = analysis.deviations.find((d) => d.line === 'margin')!;
    expect(margin).toMatchObject({ unit, plan: -8_700_000, forecast: -6_900_000, deviation: 1_800_000, direction: 'favourable', status: 'green' });
    expect(analysis.period).toEqual({ quarter: 4, year: 2024 });
  });
});

describe('cell contents', () => {
  test('figures typed as text are read as meant, each reported with the number it was read as', async () => {
    const analysis = await fixture('number-text.xlsx');
    const typeErrors = new Map(analysis.findings.filter((f) => f.code === 'type-error').map((f) => [f.cell, f]));
    numberTexts.forEach(([text, value], i) => {
      const finding = typeErrors.get(`D${i + 2}`);
      if (text === '–') expect(finding).toBeUndefined();
      else if (value === null) expect(finding).toMatchObject({ severity: 'error' });
      else if (text.endsWith('%')) expect(finding).toMatchObject({ severity: 'warning' });
      else expect(finding).toMatchObject({ severity: 'warning', actual: value });
    });
  });

  test('error values are findings at their cells, typed or cached from a formula', async () => {
    const analysis = await fixture('error-values.xlsx');
    expect(analysis.findings.filter((f) => f.code === 'error-value').map((f) => f.cell).sort()).toEqual(['C3', 'D2', 'D4']);
  });

  test('formulas with cached results: totals add up; a text and a false result in figure cells are type errors there', async () => {
    const analysis = await fixture('formulas.xlsx');
    expect(analysis.findings.map((f) => [f.code, f.cell, f.messageId])).toEqual([
      ['type-error', 'B5', 'finding.type-error.not-a-number'],
      ['type-error', 'C5', 'finding.type-error.boolean'],
      ['column-missing', 'A1', 'finding.column-missing.plan-in-force'],
    ]);
  });

  test('costs written negative throughout are a convention, not an error', async () => {
    const analysis = await fixture('costs-negative.xlsx');
    expect(analysis.tables[0].costSign).toBe('negative');
    expect(errorsOf(analysis)).toEqual([]);
    const expenses = analysis.deviations.find((d) => d.line === 'expenses')!;
    expect(expenses).toMatchObject({ deviation: 1_380_300, direction: 'favourable' });
  });
});

test('the same figures at €, t€ and milj. € give the same deviations in euros', async () => {
  const euro = (await fixture('scale-euro.xlsx')).deviations;
  for (const [file, factor] of [
    ['scale-teur.xlsx', 1000],
    ['scale-milj.xlsx', 1_000_000],
  ] as const) {
    const analysis = await fixture(file);
    expect(analysis.tables[0].scale.factor).toBe(factor);
    analysis.deviations.forEach((deviation, i) => {
      expect(deviation.plan).toBeCloseTo(euro[i].plan, 2);
      expect(deviation.forecast).toBeCloseTo(euro[i].forecast, 2);
      expect(deviation.status).toBe(euro[i].status);
    });
  }
});

test('status in every form, fills included; the unreadable one is status-invalid', async () => {
  const analysis = await fixture('strategy-forms.xlsx');
  const strategy = analysis.strategy!;
  const expected = strategyStatuses.map(([name, , , status]) => [name, status]);
  expect(strategy.measures.map((m) => [m.name, m.status])).toEqual(expected);
  expect(strategy.goals).toEqual(['Hiilineutraali Lahti', 'Osaava Lahti']);
  expect(strategy.total).toEqual({ green: 9, yellow: 8, red: 6 });
  const invalid = analysis.findings.filter((f) => f.code === 'status-invalid');
  expect(invalid).toHaveLength(1);
  expect(renderFinding(invalid[0], 'fi')).toContain('mahdoton');
});

test('a workbook without a budget table says so on its first sheet', async () => {
  const analysis = await fixture('no-table.xlsx');
  expect(analysis.findings).toEqual([expect.objectContaining({ code: 'table-not-found', severity: 'error', sheet: 'Muistiinpanot' })]);
});

test('the Q4 example re-saved by LibreOffice analyses exactly like the original', async () => {
  const original = await analyzed('examples/elvo-q4-2024.xlsx');
  const resaved = await fixture('libreoffice-q4.xlsx');
  expect(resaved.findings).toEqual([]);
  expect(resaved.deviations).toEqual(original.deviations);
  expect(resaved.strategy).toEqual(original.strategy);
  expect(resaved.tables.map((t) => [t.range, t.layout, t.scale, t.costSign])).toEqual(original.tables.map((t) => [t.range, t.layout, t.scale, t.costSign]));
});
