/** Exports with several unit columns: the hierarchy from the columns, the upper unit's own total rows, codes in names. */
import { recognizeSheet } from '../../../src/core/recognize';
import { validateTable } from '../../../src/core/rules';
import { sheet } from './sheet-builder';

describe('an export with Toimiala | Tulosalue columns', () => {
  const rows = [
    ['Toimiala', 'Tulosalue', 'Rivi', 'TA 2024', 'Toteutuma 1-12/2024'],
    ['300 Sivistystoimi', '310 Varhaiskasvatus', 'Toimintakulut', 500, 490],
    ['', '320 Perusopetus', 'Toimintakulut', 700, 720],
    ['Sivistystoimi yhteensä', '', 'Toimintakulut', 1_200, 1_210],
    ['400 Tekninen toimi', '', 'Toimintakulut', 900, 880],
    ['', '410 Kadut', 'Toimintakulut', 900, 880],
  ];

  it('a row naming the upper unit alone, with or without "yhteensä" and its code, is that unit’s own total', () => {
    const [table] = recognizeSheet(sheet(rows));
    expect(table.layout).toBe('unit-columns');
    expect(table.units.map((u) => [u.id, u.name, u.level, u.parentId])).toEqual([
      ['300', 'Sivistystoimi', 0, null],
      ['310', 'Varhaiskasvatus', 1, '300'],
      ['320', 'Perusopetus', 1, '300'],
      ['400', 'Tekninen toimi', 0, null],
      ['410', 'Kadut', 1, '400'],
    ]);
    expect(table.rows.map((r) => [r.row, r.unitId])).toEqual([
      [1, '310'],
      [2, '320'],
      [3, '300'],
      [4, '400'],
      [5, '410'],
    ]);
    expect(validateTable(table, { only: ['rollup-mismatch', 'duplicate-row'] })).toEqual([]);
  });

  it('the upper unit’s total that is not the sum of its lower units is a rollup-mismatch at its cell', () => {
    const patched = rows.map((row) => [...row]);
    patched[3][4] = 1_110;
    const [table] = recognizeSheet(sheet(patched));
    expect(validateTable(table, { only: ['rollup-mismatch'] }).map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['E4', 1_210, 1_110],
    ]);
  });

  it('a column headed like a unit column that holds the lines is the label column', () => {
    const [table] = recognizeSheet(
      sheet([
        ['Tehtäväalue', 'TA 2024', 'Toteutuma 1-12/2024'],
        ['Kadut'],
        ['Toimintatuotot', 100, 110],
        ['Toimintakulut', 500, 490],
      ]),
    );
    expect(table).toMatchObject({ layout: 'block', labelColumn: 0, unitColumn: null });
    expect(table.units.map((u) => u.name)).toEqual(['Kadut']);
  });
});
