import { areaAddresses, cellsToAreas, maxAddressLength, maxAreasPerAddress } from '../../src/excel/cell-areas';

describe('flagged cells as RangeAreas addresses', () => {
  it('joins a column of consecutive cells into one area, the areas with the separator asked for', () => {
    const cells = [5, 6, 7, 9].map((row) => ({ row, column: 3 }));
    expect(areaAddresses(cellsToAreas(cells), ',')).toEqual(['D6:D8,D10']);
    expect(areaAddresses(cellsToAreas(cells), ';')).toEqual(['D6:D8;D10']);
  });

  it('joins neighbouring columns over the same rows into one block', () => {
    const cells = [];
    for (let row = 1; row <= 3; row++) for (let column = 1; column <= 2; column++) cells.push({ row, column });
    expect(areaAddresses(cellsToAreas(cells), ';')).toEqual(['B2:C4']);
  });

  it('counts a duplicated cell once', () => {
    expect(cellsToAreas([{ row: 0, column: 0 }, { row: 0, column: 0 }])).toEqual([{ top: 0, left: 0, bottom: 0, right: 0 }]);
  });

  it('splits thousands of scattered cells into addresses well below getRanges limits', () => {
    const cells = Array.from({ length: 5_000 }, (_, i) => ({ row: i * 2, column: i % 7 }));
    const addresses = areaAddresses(cellsToAreas(cells), ';');
    expect(addresses.length).toBeGreaterThan(1);
    for (const address of addresses) {
      expect(address.length).toBeLessThanOrEqual(maxAddressLength);
      expect(address.split(';').length).toBeLessThanOrEqual(maxAreasPerAddress);
    }
    expect(addresses.join(';').split(';')).toHaveLength(5_000);
  });
});
