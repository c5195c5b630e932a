/** Statement blocks: each unit's heading, its own header row and its lines, repeated down the sheet. */
import { recognizeSheet } from '../../../src/core/recognize';
import { validateTable } from '../../../src/core/rules';
import type { BudgetTable } from '../../../src/core/model';
import type { CellValue } from '../../../src/core/snapshot';
import { sheet } from './sheet-builder';

const header = ['', 'TA 2024', 'Toteutuma 1-12/2024'];
const units = (table: BudgetTable) => table.units.map((u) => [u.id, u.name, u.level, u.parentId]);

function onlyTable(rows: CellValue[][], indents?: number[][]): BudgetTable {
  const tables = recognizeSheet(sheet(rows, indents ? { indents } : {}));
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe('statement blocks', () => {
  it('the board’s block first, then its task areas’: one table, the board the parent; a board block without a margin line', () => {
    const table = onlyTable([
      ['Tekninen lautakunta'],
      header,
      ['Toimintatuotot', 300, 310],
      ['Toimintakulut', 900, 880],
      [],
      ['Kadut'],
      header,
      ['Toimintatuotot', 100, 105],
      ['Toimintakulut', 500, 490],
      ['Toimintakate', -400, -385],
      [],
      ['Tilapalvelut'],
      header,
      ['Toimintatuotot', 200, 205],
      ['Toimintakulut', 400, 390],
      ['Toimintakate', -200, -185],
    ]);
    expect(table.layout).toBe('statement-blocks');
    expect(table.headerRows).toEqual([1]);
    expect(units(table)).toEqual([
      ['Tekninen lautakunta', 'Tekninen lautakunta', 0, null],
      ['Tekninen lautakunta/Kadut', 'Kadut', 1, 'Tekninen lautakunta'],
      ['Tekninen lautakunta/Tilapalvelut', 'Tilapalvelut', 1, 'Tekninen lautakunta'],
    ]);
    expect(table.rows.map((r) => [r.row, r.unitId.split('/').pop(), r.line])).toEqual([
      [2, 'Tekninen lautakunta', 'income'],
      [3, 'Tekninen lautakunta', 'expenses'],
      [7, 'Kadut', 'income'],
      [8, 'Kadut', 'expenses'],
      [9, 'Kadut', 'margin'],
      [13, 'Tilapalvelut', 'income'],
      [14, 'Tilapalvelut', 'expenses'],
      [15, 'Tilapalvelut', 'margin'],
    ]);
    expect(validateTable(table).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a block named in its header’s own label cell ("Kadut | TA 2024 | Toteutuma")', () => {
    const table = onlyTable([
      ['Tekninen lautakunta', 'TA 2024', 'Toteutuma 1-12/2024'],
      ['Toimintakate', -600, -570],
      ['Kadut', 'TA 2024', 'Toteutuma 1-12/2024'],
      ['Toimintakate', -400, -385],
      ['Tilapalvelut', 'TA 2024', 'Toteutuma 1-12/2024'],
      ['Toimintakate', -200, -185],
    ]);
    expect(table.headerRows).toEqual([0]);
    expect(units(table).map(([, name, level]) => [name, level])).toEqual([
      ['Tekninen lautakunta', 0],
      ['Kadut', 1],
      ['Tilapalvelut', 1],
    ]);
    expect(validateTable(table, { only: ['rollup-mismatch', 'duplicate-row'] })).toEqual([]);
  });

  it('codes say otherwise: two boards with their task areas on one sheet', () => {
    const table = onlyTable([
      ['100 Kaupunginhallitus'],
      header,
      ['Toimintakate', -300, -290],
      ['110 Hallinto'],
      header,
      ['Toimintakate', -300, -290],
      ['200 Tekninen lautakunta'],
      header,
      ['Toimintakate', -600, -570],
      ['210 Kadut'],
      header,
      ['Toimintakate', -600, -570],
    ]);
    expect(units(table)).toEqual([
      ['100', 'Kaupunginhallitus', 0, null],
      ['110', 'Hallinto', 1, '100'],
      ['200', 'Tekninen lautakunta', 0, null],
      ['210', 'Kadut', 1, '200'],
    ]);
  });

  it('a task area that does not add up to its board is named at the board’s cell', () => {
    const table = onlyTable([
      ['Tekninen lautakunta'],
      header,
      ['Toimintakulut', 900, 1_880],
      ['Kadut'],
      header,
      ['Toimintakulut', 500, 490],
      ['Tilapalvelut'],
      header,
      ['Toimintakulut', 400, 390],
    ]);
    expect(
      validateTable(table, { only: ['rollup-mismatch', 'total-mismatch'] }).map((f) => [
        f.code,
        f.cell,
        f.expected,
        f.actual,
      ]),
    ).toEqual([['rollup-mismatch', 'C3', 880, 1_880]]);
  });

  it('a heading named like a line is a unit when its figures are empty and its lines follow', () => {
    const table = onlyTable([
      header,
      ['Toimintakate'],
      ['Toimintatuotot', 100, 105],
      ['Toimintakulut', 500, 490],
      ['Toimintakate', -400, -385],
      ['Netto'],
      ['Toimintatuotot', 100, 105],
      ['Toimintakulut', 500, 490],
      ['Netto', -400, -385],
    ]);
    expect(table.units.map((u) => u.name)).toEqual(['Toimintakate', 'Netto']);
    expect(validateTable(table, { only: ['duplicate-row', 'total-mismatch'] })).toEqual([]);
  });

  it('an empty line row between lines stays a line (Valmistus omaan käyttöön, not used)', () => {
    const table = onlyTable([
      header,
      ['Kadut'],
      ['Toimintatuotot', 100, 105],
      ['Valmistus omaan käyttöön'],
      ['Toimintakulut', 500, 490],
      ['Toimintakate', -400, -385],
    ]);
    expect(table.units.map((u) => u.name)).toEqual(['Kadut']);
    expect(table.rows.map((r) => r.line)).toEqual(['income', 'ownProduction', 'expenses', 'margin']);
  });
});

describe('statement blocks whose names tell the hierarchy', () => {
  const block = (name: string, income: number, costs: number): CellValue[][] => [
    [name],
    ['', 'TA 2024', 'TOT 2024', 'käyttö-%'],
    ['Toimintatuotot', income, income, 100],
    ['Toimintakulut', -costs, -costs, 100],
    ['Toimintakate', income - costs, income - costs, 100],
    [],
  ];

  it('boards side by side (the minutes of four boards) are siblings, not a board over the others', () => {
    const table = onlyTable([
      ...block('Hyvinvointilautakunta', 1_329_950, 7_501_230),
      ...block('Sivistyslautakunta', 1_305_950, 28_948_150),
      ...block('Tekninen lautakunta', 12_500_000, 17_023_070),
    ]);
    expect(units(table).map(([, name, level, parent]) => [name, level, parent])).toEqual([
      ['Hyvinvointilautakunta', 0, null],
      ['Sivistyslautakunta', 0, null],
      ['Tekninen lautakunta', 0, null],
    ]);
    expect(validateTable(table, { only: ['rollup-mismatch'] })).toEqual([]);
  });

  it('blocks whose names say nothing nest under the first only when it holds the others’ sums', () => {
    const siblings = onlyTable([...block('Kadut', 100, 500), ...block('Puistot', 50, 200)]);
    expect(siblings.units.map((u) => u.level)).toEqual([0, 0]);
    const nested = onlyTable([
      ...block('Yhdyskuntatekniikka', 150, 700),
      ...block('Kadut', 100, 500),
      ...block('Puistot', 50, 200),
    ]);
    expect(nested.units.map((u) => [u.name, u.level])).toEqual([
      ['Yhdyskuntatekniikka', 0],
      ['Kadut', 1],
      ['Puistot', 1],
    ]);
  });
});

describe('a later table on a sheet', () => {
  it('takes its unit from the heading above its header, when its columns differ from the table before', () => {
    const tables = recognizeSheet(
      sheet([
        ['', 'TP 2023', 'TA 2024', 'Toteutuma 1-12/2024'],
        ['Toimintakate', -95, -100, -90],
        [],
        ['Perusopetus'],
        ['', 'TA 2024', 'Toteutuma 1-12/2024'],
        ['Toimintakate', -100, -90],
      ]),
    );
    expect(tables.map((t) => t.units.map((u) => u.name))).toEqual([['Talous'], ['Perusopetus']]);
  });
});

describe('a unit named like a line, before any line', () => {
  it('is a unit when the same line follows it: "Toimintatuotot" as a unit of income lines', () => {
    const table = onlyTable([
      header,
      ['Toimintatuotot'],
      ['Toimintatuotot', 100, 105],
      ['Toimintakulut', 500, 490],
      ['Henkilöstökulut'],
      ['Toimintatuotot', 10, 11],
    ]);
    expect(table.units.map((u) => [u.name, u.level])).toEqual([
      ['Toimintatuotot', 0],
      ['Henkilöstökulut', 1],
    ]);
    expect(validateTable(table, { only: ['duplicate-row'] })).toEqual([]);
  });
});

describe('a title above the first block', () => {
  it('is no unit: the first block is named by its own heading, a title with a year is the sheet’s', () => {
    const table = onlyTable([
      ['Toteutumisvertailu 2024'],
      header,
      ['Toimintakate', -600, -570],
      ['Kadut'],
      header,
      ['Toimintakate', -600, -570],
    ]);
    expect(table.units.map((u) => u.name)).toEqual(['Talous', 'Kadut']);
  });
});
