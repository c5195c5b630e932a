import { recognizeSheet } from '../../../src/core/recognize';
import type { BudgetTable } from '../../../src/core/model';
import { sheet } from './sheet-builder';

const header = ['', 'TA 2024', 'KS+LTA:t', 'TOT 1-12 2024', 'ENN 2024'];
const unitsOf = (table: BudgetTable) => table.units.map((u) => [u.id, u.level, u.parentId]);

describe('block layout: a unit heading row before each unit’s lines', () => {
  it('levels come from indentation', () => {
    const table = recognizeSheet(
      sheet(
        [
          header,
          ['Elinvoiman palvelualue'],
          ['Toimintatuotot', 45, 46, 55, 55],
          ['Toimintakate', -355, -356, -309, -309],
          ['Kasvupalvelut'],
          ['Toimintatuotot', 30, 30, 37, 37],
          ['Yrityspalvelut'],
          ['Toimintatuotot', 10, 10, 12, 12],
          ['Työllisyyspalvelut'],
          ['Toimintatuotot', 15, 16, 18, 18],
        ],
        { indents: [[], [0], [1], [1], [1], [2], [2], [3], [1], [2]] },
      ),
    )[0];
    expect(table.layout).toBe('block');
    expect(table.unitColumn).toBeNull();
    expect(unitsOf(table)).toEqual([
      ['Elinvoiman palvelualue', 0, null],
      ['Elinvoiman palvelualue/Kasvupalvelut', 1, 'Elinvoiman palvelualue'],
      ['Elinvoiman palvelualue/Kasvupalvelut/Yrityspalvelut', 2, 'Elinvoiman palvelualue/Kasvupalvelut'],
      ['Elinvoiman palvelualue/Työllisyyspalvelut', 1, 'Elinvoiman palvelualue'],
    ]);
    expect(table.units[1].row).toBe(4);
    expect(table.rows.map((r) => [r.row, r.unitId.split('/').pop(), r.line])).toEqual([
      [2, 'Elinvoiman palvelualue', 'income'],
      [3, 'Elinvoiman palvelualue', 'margin'],
      [5, 'Kasvupalvelut', 'income'],
      [7, 'Yrityspalvelut', 'income'],
      [9, 'Työllisyyspalvelut', 'income'],
    ]);
  });

  it('levels come from spaces typed before the headings when the cells carry no indent', () => {
    const table = recognizeSheet(
      sheet([
        header,
        ['Elinvoima'],
        ['Toimintakate', -355, -356, -309, -309],
        ['  Kasvupalvelut'],
        ['Toimintakate', -90, -90, -70, -70],
        ['    Yrityspalvelut'],
        ['Toimintakate', -20, -20, -20, -20],
        ['  Työllisyyspalvelut'],
        ['Toimintakate', -261, -266, -239, -239],
      ]),
    )[0];
    expect(table.units.map((u) => [u.name, u.level, u.parentId])).toEqual([
      ['Elinvoima', 0, null],
      ['Kasvupalvelut', 1, 'Elinvoima'],
      ['Yrityspalvelut', 2, 'Elinvoima/Kasvupalvelut'],
      ['Työllisyyspalvelut', 1, 'Elinvoima'],
    ]);
  });

  it('levels come from codes in the headings ("1200 Kasvupalvelut")', () => {
    const table = recognizeSheet(
      sheet([
        header,
        ['1000 Elinvoima'],
        ['4000 Toimintatuotot', 45, 46, 55, 55],
        ['1200 Kasvupalvelut'],
        ['4000 Toimintatuotot', 30, 30, 37, 37],
        ['1300 Työllisyyspalvelut'],
        ['4000 Toimintatuotot', 15, 16, 18, 18],
      ]),
    )[0];
    expect(table.units.map((u) => [u.id, u.name, u.code, u.level, u.parentId])).toEqual([
      ['1000', 'Elinvoima', '1000', 0, null],
      ['1200', 'Kasvupalvelut', '1200', 1, '1000'],
      ['1300', 'Työllisyyspalvelut', '1300', 1, '1000'],
    ]);
    expect(table.rows.map((r) => r.line)).toEqual(['income', 'income', 'income']);
  });

  it('levels come from a code column when the table has one', () => {
    const table = recognizeSheet(
      sheet([
        ['Code', 'Item', 'Budget', 'Forecast'],
        ['10', 'Vitality'],
        [null, 'Operating income', 45, 55],
        ['1010', 'Growth'],
        [null, 'Operating income', 30, 37],
      ]),
    )[0];
    expect(table.codeColumn).toBe(0);
    expect(table.labelColumn).toBe(1);
    expect(unitsOf(table)).toEqual([
      ['10', 0, null],
      ['1010', 1, '10'],
    ]);
  });

  it('failing indentation and codes, the first heading is the top and the rest its children', () => {
    const table = recognizeSheet(
      sheet([
        header,
        ['ELVO'],
        ['Toimintakate', -355, -356, -309, -309],
        ['Kasvupalvelut'],
        ['Toimintakate', -90, -90, -70, -70],
        ['Työllisyyspalvelut'],
        ['Toimintakate', -261, -266, -239, -239],
      ]),
    )[0];
    expect(unitsOf(table)).toEqual([
      ['ELVO', 0, null],
      ['ELVO/Kasvupalvelut', 1, 'ELVO'],
      ['ELVO/Työllisyyspalvelut', 1, 'ELVO'],
    ]);
  });

  it('lines before any heading belong to a unit named after the sheet', () => {
    const table = recognizeSheet(
      sheet(
        [
          ['Rivi', 'TA', 'ENN'],
          ['Toimintatuotot', 1, 2],
          ['Toimintakulut', -3, -4],
        ],
        { name: 'Kasvupalvelut' },
      ),
    )[0];
    expect(table.units).toEqual([{ id: 'Kasvupalvelut', name: 'Kasvupalvelut', code: null, level: 0, parentId: null, row: 1 }]);
    expect(table.rows.every((r) => r.unitId === 'Kasvupalvelut')).toBe(true);
  });

  it('a known line with every figure empty is a line, not a heading', () => {
    const table = recognizeSheet(
      sheet([
        header,
        ['ELVO'],
        ['Toimintatuotot'],
        ['Toimintakate', -1, -1, -1, -1],
      ]),
    )[0];
    expect(table.units.map((u) => u.name)).toEqual(['ELVO']);
    expect(table.rows.map((r) => r.line)).toEqual(['income', 'margin']);
    expect(table.rows[0].figures[1]).toMatchObject({ source: 'empty', value: null });
  });

  it('a note under a table whose headings carry codes does not disturb the levels', () => {
    const table = recognizeSheet(
      sheet([
        header,
        ['1000 Elinvoima'],
        ['Toimintatuotot', 45, 46, 55, 55],
        ['1200 Kasvupalvelut'],
        ['Toimintatuotot', 30, 30, 37, 37],
        [],
        ['Luvut kirjanpidosta 15.1.2025'],
      ]),
    )[0];
    expect(unitsOf(table)).toEqual([
      ['1000', 0, null],
      ['1200', 1, '1000'],
    ]);
  });

  it('a note under the table with no lines after it is no unit', () => {
    const table = recognizeSheet(
      sheet([
        header,
        ['ELVO'],
        ['Toimintakate', -1, -1, -1, -1],
        [],
        ['Lähde: kirjanpito'],
      ]),
    )[0];
    expect(table.units.map((u) => u.name)).toEqual(['ELVO']);
    expect(table.range).toBe('A1:E3');
  });
});
