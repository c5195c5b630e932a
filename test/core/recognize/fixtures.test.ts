/** Recognition of the real .xlsx fixtures written by scripts/make-fixtures.ts, read with the real reader. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { numberTexts, strategyStatuses } from '../../../scripts/make-fixtures';
import { parseFigureText } from '../../../src/core/figures';
import type { BudgetTable, WorkbookSnapshot } from '../../../src/core';
import { periodOf, recognizeTables } from '../../../src/core/recognize';
import { strategyOf } from '../helpers/strategy';
import { readSnapshot } from '../../../src/xlsx';

const fixture = (name: string): Promise<WorkbookSnapshot> => readSnapshot(readFileSync(join(__dirname, '..', '..', 'fixtures', name)));

async function onlyTable(name: string): Promise<BudgetTable> {
  const tables = recognizeTables(await fixture(name));
  expect(tables).toHaveLength(1);
  return tables[0];
}

const hierarchy = (table: BudgetTable) => table.units.map((u) => [u.id, u.level, u.parentId]);

describe('recognition of the .xlsx fixtures', () => {
  it('long-level.xlsx: a unit column and a level column, 1000 € from the title, Q4/2024', async () => {
    const table = await onlyTable('long-level.xlsx');
    expect(table).toMatchObject({ sheet: 'Talous', layout: 'long', unitColumn: 0, levelColumn: 1, labelColumn: 2, scale: { factor: 1000 }, costSign: 'positive' });
    expect(table.columns.map((c) => c.kind)).toEqual(['budget', 'currentPlan', 'actual', 'forecast', 'variance']);
    expect(hierarchy(table)).toEqual([
      ['Elinvoiman palvelualue', 0, null],
      ['Elinvoiman palvelualue/Kasvupalvelut', 1, 'Elinvoiman palvelualue'],
      ['Elinvoiman palvelualue/Työllisyyspalvelut', 1, 'Elinvoiman palvelualue'],
    ]);
    expect(table.rows[0].figures[3]).toMatchObject({ value: 4_000_000, source: 'number', cell: 'D4' });
    expect(table.rows.some((row) => row.figures[table.primary.variance ?? -1]?.source === 'formula')).toBe(true);
    expect(periodOf([table])).toEqual({ quarter: 4, year: 2024 });
  });

  it('long-codes.xlsx: codes in a Kustannuspaikka column beside names nest 12 → 1210, 1220', async () => {
    const table = await onlyTable('long-codes.xlsx');
    expect(table).toMatchObject({ layout: 'long', codeColumn: 0, unitColumn: 1, scale: { factor: 1, label: '€' } });
    expect(hierarchy(table)).toEqual([
      ['12', 0, null],
      ['1210', 1, '12'],
      ['1220', 1, '12'],
    ]);
  });

  it('block-indent.xlsx: unit headings with levels by indentation', async () => {
    const table = await onlyTable('block-indent.xlsx');
    expect(table).toMatchObject({ layout: 'block', unitColumn: null, scale: { factor: 1000, label: '1 000 €' } });
    expect(hierarchy(table)).toEqual([
      ['Elinvoiman palvelualue', 0, null],
      ['Elinvoiman palvelualue/Kasvupalvelut', 1, 'Elinvoiman palvelualue'],
      ['Elinvoiman palvelualue/Työllisyyspalvelut', 1, 'Elinvoiman palvelualue'],
    ]);
    expect(table.rows.every((row) => row.line !== null)).toBe(true);
  });

  it('block-codes.xlsx: unit headings carrying codes, the scale in the header corner', async () => {
    const table = await onlyTable('block-codes.xlsx');
    expect(table).toMatchObject({ layout: 'block', scale: { factor: 1000, label: '1000 €' } });
    expect(table.units.map((u) => [u.id, u.name, u.level, u.parentId])).toEqual([
      ['12', 'Elinvoima', 0, null],
      ['1210', 'Kasvupalvelut', 1, '12'],
      ['1220', 'Työllisyyspalvelut', 1, '12'],
    ]);
    expect(table.rows.map((row) => row.line)).toEqual(['income', 'expenses', 'margin', 'income', 'expenses', 'margin', 'income', 'expenses', 'margin']);
  });

  it.each([
    ['labels-sv.xlsx', 'Tillväxttjänster'],
    ['labels-en.xlsx', 'Growth services'],
  ])('%s: every column and line in its language', async (name, unit) => {
    const table = await onlyTable(name);
    expect(table.columns.map((c) => c.kind)).toEqual(['priorYear', 'budget', 'currentPlan', 'actual', 'forecast', 'variance']);
    expect(table.rows.map((row) => row.line)).toEqual(['income', 'expenses', 'margin']);
    expect(table.units.map((u) => u.name)).toEqual([unit]);
    expect(table.scale.factor).toBe(1000);
    expect(periodOf([table])).toEqual({ quarter: 4, year: 2024 });
  });

  it('number-text.xlsx: every text form is read as the number it means', async () => {
    const table = await onlyTable('number-text.xlsx');
    const forecast = table.primary.forecast as number;
    numberTexts.forEach(([text, expected], i) => {
      expect(parseFigureText(text)?.value ?? null).toBe(expected);
      const figure = table.rows[i].figures[forecast];
      expect(figure.text).toBe(text);
      expect(figure.value).toBe(text === '12 %' ? 0.12 : expected);
      expect(figure.source).toBe(text === '–' ? 'empty' : 'text');
    });
    expect(table.units.every((u) => u.level === 0)).toBe(true);
  });

  it('error-values.xlsx: typed and computed error values are error figures', async () => {
    const table = await onlyTable('error-values.xlsx');
    const errors = table.rows.flatMap((row) => Object.values(row.figures).filter((f) => f.source === 'error'));
    expect(errors.map((f) => [f.cell, f.text])).toEqual([
      ['D2', '#REF!'],
      ['C3', '#N/A'],
      ['D4', '#DIV/0!'],
    ]);
  });

  it('formulas.xlsx: formulas with their cached results, shared formulas included', async () => {
    const table = await onlyTable('formulas.xlsx');
    const expenses = table.rows.find((row) => row.line === 'expenses');
    expect(expenses?.figures[1]).toMatchObject({ source: 'formula', value: 300.5, formula: expect.stringContaining('SUM(B2:B3)') });
    const variance = table.primary.variance as number;
    expect(table.rows.slice(0, 3).map((row) => [row.figures[variance].source, row.figures[variance].value])).toEqual([
      ['formula', -10.25],
      ['formula', 10],
      ['formula', -0.25],
    ]);
  });

  it.each([
    ['scale-euro.xlsx', 1],
    ['scale-teur.xlsx', 1000],
    ['scale-milj.xlsx', 1_000_000],
  ])('%s: the same euros at factor %d', async (name, factor) => {
    const table = await onlyTable(name);
    expect(table.scale.factor).toBe(factor);
    expect(table.rows.map((row) => row.figures[table.primary.forecast as number].value)).toEqual([3_712_500, 10_678_100, -6_965_600]);
  });

  it('costs-negative.xlsx: costs written negative', async () => {
    expect((await onlyTable('costs-negative.xlsx')).costSign).toBe('negative');
  });

  it('no-table.xlsx: no table', async () => {
    expect(recognizeTables(await fixture('no-table.xlsx'))).toEqual([]);
  });

  it('strategy-forms.xlsx: every status form, fills included, and one unreadable status', async () => {
    const { strategy, findings } = strategyOf(await fixture('strategy-forms.xlsx'));
    expect(strategy?.goals).toEqual(['Hiilineutraali Lahti', 'Osaava Lahti']);
    expect(strategy?.measures.map((m) => [m.name, m.status])).toEqual(strategyStatuses.map(([measure, , , status]) => [measure, status]));
    // The fixture writes the header on row 1, a goal heading on row 2 and another before the tenth measure.
    const rowOf = (i: number) => 3 + i + (i >= 9 ? 1 : 0);
    const unreadable = strategyStatuses.flatMap(([measure, value, , status], i) =>
      status === null ? [['status-invalid', `D${rowOf(i)}`, { value: String(value ?? ''), measure }]] : [],
    );
    expect(unreadable).toHaveLength(1);
    expect(findings.map((f) => [f.code, f.cell, f.data])).toEqual(unreadable);
  });
});

describe('recognition of the bundled example', () => {
  it('examples/elvo-q4-2024.xlsx: the service area and its two responsibility areas, and the strategy 16/6/0', async () => {
    const snapshot = await readSnapshot(readFileSync(join(__dirname, '..', '..', '..', 'examples', 'elvo-q4-2024.xlsx')));
    const tables = recognizeTables(snapshot);
    expect(tables).toHaveLength(1);
    expect(tables[0].units.map((u) => [u.name, u.level])).toEqual([
      ['Elinvoiman palvelualue', 0],
      ['Kasvupalvelut', 1],
      ['Työllisyyspalvelut', 1],
    ]);
    expect(periodOf(tables)).toEqual({ quarter: 4, year: 2024 });
    const { strategy, findings } = strategyOf(snapshot);
    expect(findings).toEqual([]);
    expect(strategy?.total).toEqual({ green: 16, yellow: 6, red: 0 });
  });
});
