/** The report sheets' one table helper: header look, rows at the grid's next row, column formats laid once per run of columns. */
import type { SheetPlan } from '../../../src/core';
import { createGrid } from '../../../src/core/report/grid';
import { writeTable } from '../../../src/core/report/table';
import { block, formatAt } from './plan-helpers';

const right = { horizontalAlignment: 'Right' } as const;
const amount = { numberFormat: '#,##0' };

test('writes the header and rows at the next row, formats each column over its rows, and says where it landed', () => {
  const grid = createGrid();
  grid.set(0, 0, 'Title');
  grid.gap();
  const placed = writeTable(
    grid,
    [
      { header: 'Unit' },
      { header: 'Plan', headerFormat: right, body: amount },
      { header: 'Forecast', headerFormat: right, body: amount },
      { header: 'Note', body: { wrapText: true } },
    ],
    [
      ['Kasvupalvelut', 3_300_000, 3_700_000, null],
      ['Työllisyyspalvelut', 1_600_000, 1_800_000, 'ok'],
    ],
  );
  expect(placed).toEqual({ header: 2, first: 3, last: 4, left: 0, right: 3 });
  const sheet = { values: grid.values(), formats: grid.formats() } as unknown as SheetPlan;
  expect(block(sheet, 'A3:D5')).toEqual([
    ['Unit', 'Plan', 'Forecast', 'Note'],
    ['Kasvupalvelut', 3_300_000, 3_700_000, null],
    ['Työllisyyspalvelut', 1_600_000, 1_800_000, 'ok'],
  ]);
  expect(formatAt(sheet, 'A3')).toMatchObject({ fill: '#D9E1F2', font: { bold: true } });
  expect(formatAt(sheet, 'C3').horizontalAlignment).toBe('Right');
  expect(formatAt(sheet, 'C5').numberFormat).toBe('#,##0');
  expect(formatAt(sheet, 'C3').numberFormat).toBeUndefined();
  // Neighbouring columns of one format are one range: a wide sheet carries few formats.
  expect(grid.formats().map((format) => format.range)).toEqual(['A3:D3', 'B3:C3', 'B4:C5', 'D4:D5']);
});

test('with no rows: the header alone, no column formats, last is the header row', () => {
  const grid = createGrid();
  const placed = writeTable(grid, [{ header: 'Unit', body: { wrapText: true } }], []);
  expect(placed).toEqual({ header: 0, first: 1, last: 0, left: 0, right: 0 });
  expect(grid.formats().map((format) => format.range)).toEqual(['A1']);
  expect(grid.nextRow).toBe(1);
});

test('a gap is only rows before what follows: none is left at the end of a sheet', () => {
  const grid = createGrid();
  grid.set(0, 0, 'Title');
  grid.gap(3);
  expect(grid.nextRow).toBe(4);
  expect(grid.values()).toEqual([['Title']]);
  grid.set(grid.nextRow, 0, 'Below');
  expect(grid.values()).toEqual([['Title'], [null], [null], [null], ['Below']]);
  expect(grid.nextRow).toBe(5);
});
