import { rangeA1 } from '../../src/core/address';
import { cellsToAreas, type CellPosition } from '../../src/excel/cell-areas';

const addresses = (cells: readonly CellPosition[]) =>
  cellsToAreas(cells).map((area) => rangeA1(area.top, area.left, area.bottom, area.right));

describe('flagged cells as rectangles', () => {
  it('joins a column of consecutive cells into one area', () => {
    const cells = [5, 6, 7, 9].map((row) => ({ row, column: 3 }));
    expect(addresses(cells)).toEqual(['D6:D8', 'D10']);
  });

  it('joins neighbouring columns over the same rows into one block', () => {
    const cells = [];
    for (let row = 1; row <= 3; row++) for (let column = 1; column <= 2; column++) cells.push({ row, column });
    expect(addresses(cells)).toEqual(['B2:C4']);
  });

  it('counts a duplicated cell once', () => {
    expect(
      cellsToAreas([
        { row: 0, column: 0 },
        { row: 0, column: 0 },
      ]),
    ).toEqual([{ top: 0, left: 0, bottom: 0, right: 0 }]);
  });

  it('gives every one of thousands of scattered cells exactly one area, none with a list separator', () => {
    const cells = Array.from({ length: 5_000 }, (_, i) => ({ row: i * 2, column: i % 7 }));
    const areas = addresses(cells);
    expect(areas).toHaveLength(5_000);
    for (const address of areas) expect(address).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
  });
});
