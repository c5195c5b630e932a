import { maxCellsPerRange, nextBytesPerCell, nextSyncBlocks, syncBudgetBytes, type PendingRows } from '../../src/excel/read-blocks';

function sheet(index: number, rows: number, columns: number): PendingRows {
  return { sheet: index, extent: { top: 0, left: 0, rows, columns }, nextRow: 0 };
}

describe('row blocks under the 5 MB limit', () => {
  it('reads small sheets whole, all in one sync', () => {
    const { blocks, rest } = nextSyncBlocks([sheet(0, 100, 10), sheet(1, 50, 5)], 160);
    expect(blocks).toEqual([
      expect.objectContaining({ sheet: 0, firstRow: 0, rows: 100 }),
      expect.objectContaining({ sheet: 1, firstRow: 0, rows: 50 }),
    ]);
    expect(rest).toEqual([]);
  });

  it('cuts a 200 000-row sheet into blocks that each fit the budget and cover every row once', () => {
    let pending = [sheet(0, 200_000, 10)];
    const covered: number[] = [];
    let syncs = 0;
    while (pending.length > 0) {
      const { blocks, rest } = nextSyncBlocks(pending, 160);
      syncs++;
      const bytes = blocks.reduce((sum, block) => sum + block.rows * block.extent.columns * 160, 0);
      expect(bytes).toBeLessThanOrEqual(syncBudgetBytes);
      for (const block of blocks) covered.push(block.firstRow, block.rows);
      pending = rest;
    }
    let next = 0;
    for (let i = 0; i < covered.length; i += 2) {
      expect(covered[i]).toBe(next);
      next += covered[i + 1];
    }
    expect(next).toBe(200_000);
    expect(syncs).toBe(Math.ceil((200_000 * 10 * 160) / syncBudgetBytes));
  });

  it('fills the rest of a sync with the next sheet', () => {
    const { blocks, rest } = nextSyncBlocks([sheet(0, 2_000, 10), sheet(1, 100_000, 10)], 100, 4_000_000);
    expect(blocks.map((block) => [block.sheet, block.rows])).toEqual([
      [0, 2_000],
      [1, 2_000],
    ]);
    expect(rest).toEqual([expect.objectContaining({ sheet: 1, nextRow: 2_000 })]);
  });

  it('always takes at least one row, so a huge row still makes progress', () => {
    const { blocks } = nextSyncBlocks([sheet(0, 3, 16_384)], 1_000);
    expect(blocks).toEqual([expect.objectContaining({ rows: 1 })]);
  });

  it('never reads more than 5 million cells from one range', () => {
    const { blocks } = nextSyncBlocks([sheet(0, 1_000_000, 100)], 1, 1e12);
    expect(blocks[0].rows * 100).toBeLessThanOrEqual(maxCellsPerRange);
  });

  it('learns the bytes per cell from what came back, with a margin and a floor', () => {
    expect(nextBytesPerCell(160, 1_000, 100_000)).toBe(110);
    expect(nextBytesPerCell(160, 1_000, 1_000)).toBe(60);
    expect(nextBytesPerCell(160, 0, 0)).toBe(160);
  });
});
