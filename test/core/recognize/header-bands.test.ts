/** Headers wrapped over two or three rows, and merged group headers over their columns. */
import { recognizeSheet } from '../../../src/core/recognize';
import type { BudgetTable } from '../../../src/core/model';
import type { CellValue } from '../../../src/core/snapshot';
import { sheet } from './sheet-builder';

function onlyTable(rows: CellValue[][]): BudgetTable {
  const tables = recognizeSheet(sheet(rows));
  expect(tables).toHaveLength(1);
  return tables[0];
}
const columns = (table: BudgetTable) => table.columns.map((c) => [c.kind, c.label, c.year]);

describe('a header wrapped over rows', () => {
  it('two rows, neither naming every column alone, are read together', () => {
    const table = onlyTable([
      ['', 'Alkup.', 'TA', 'TA muutosten', 'Toteutuma'],
      ['', 'TA 2024', 'muutokset', 'jälkeen', ''],
      ['Toimintakulut', 100, 10, 110, 108],
    ]);
    expect(table.headerRows).toEqual([0, 1]);
    expect(table.headerRow).toBe(1);
    expect(columns(table)).toEqual([
      ['budget', 'Alkup. TA 2024', 2024],
      ['supplementary', 'TA muutokset', null],
      ['currentBudget', 'TA muutosten jälkeen', null],
      ['actual', 'Toteutuma', null],
    ]);
    expect(table.rows.map((r) => r.row)).toEqual([2]);
  });

  it('three rows: a group header over a wrapped label', () => {
    const table = onlyTable([
      ['', 'Talousarvio 2024', '', '', 'Tilinpäätös'],
      ['', 'Alkuperäinen', 'Muutokset', 'Muutosten', 'Toteutuma'],
      ['', '', '', 'jälkeen', '2024'],
      ['Toimintakate', -100, -10, -110, -108],
    ]);
    expect(table.headerRows).toEqual([0, 1, 2]);
    expect(columns(table)).toEqual([
      ['budget', 'Alkuperäinen', 2024],
      ['supplementary', 'Muutokset', 2024],
      ['currentBudget', 'Talousarvio 2024 Muutosten jälkeen', 2024],
      ['actual', 'Tilinpäätös Toteutuma 2024', 2024],
    ]);
  });

  it('a merged group header gives its year to the columns under it, not to the label column', () => {
    const table = onlyTable([
      ['', 'TA 2024', '', 'TOT 1-12'],
      ['Rivi', 'Alkuperäinen', 'Muutettu TA', '2024'],
      ['Toimintatuotot', 10, 12, 13],
    ]);
    expect(columns(table)).toEqual([
      ['budget', 'TA 2024 Alkuperäinen', 2024],
      ['currentBudget', 'Muutettu TA', 2024],
      ['actual', 'TOT 1-12 2024', 2024],
    ]);
    expect(table.columnRoles[0]).toEqual({ column: 0, role: 'label', label: 'Rivi' });
  });

  it('a title above a one-row header stays a title', () => {
    const table = onlyTable([
      ['Talouden seuranta 1-12/2024, 1000 €'],
      [],
      ['Yksikkö', 'Rivi', 'TA 2024', 'ENN 2024'],
      ['Elinvoima', 'Toimintakate', -1, -1],
    ]);
    expect(table.headerRows).toEqual([2]);
    expect(columns(table)).toEqual([
      ['budget', 'TA 2024', 2024],
      ['forecast', 'ENN 2024', 2024],
    ]);
  });
});
