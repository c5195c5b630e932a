/**
 * How a large read is cut into row blocks so that no response exceeds Excel on the web's 5 MB
 * payload limit and no range read exceeds Excel's 5 million cells, while all blocks that fit go
 * in one sync. Pure: the reader feeds it extents and what it measured, and queues what it returns.
 */
import type { Extent } from './sheet-directory';

/** Excel on the web fails a request or response over 5 MB; stay well below it. */
export const syncBudgetBytes = 4_000_000;
/** Excel refuses to read more than 5 million cells from one range. */
export const maxCellsPerRange = 5_000_000;
/**
 * A first guess of the response bytes per cell for values + valueTypes + formulas + numberFormat +
 * cell properties (indent, fill) as JSON: a number, '"Double"', the number again, '"General"' and
 * '{"format":{"indentLevel":0,"fill":{"color":"#FFFFFF"}}}' come to about 110; long texts more.
 * After each sync the reader measures what really came back and adjusts.
 */
export const initialBytesPerCell = 160;
/** Never plan on fewer bytes per cell than this, whatever was measured. */
export const minimumBytesPerCell = 60;

export interface PendingRows {
  readonly sheet: number;
  readonly extent: Extent;
  /** First row (0-based, relative to the extent) not yet read. */
  readonly nextRow: number;
}

export interface Block {
  readonly sheet: number;
  /** Rows relative to the extent's top. */
  readonly firstRow: number;
  readonly rows: number;
  readonly extent: Extent;
}

/**
 * The blocks for the next sync: whole sheets while they fit in the budget, then as many rows of the
 * next one as fit. At least one row is always taken, so that the read always makes progress.
 */
export function nextSyncBlocks(
  pending: readonly PendingRows[],
  bytesPerCell: number,
  budget: number = syncBudgetBytes,
): { blocks: Block[]; rest: PendingRows[] } {
  const blocks: Block[] = [];
  const rest: PendingRows[] = [];
  let left = budget;
  for (const entry of pending) {
    const remaining = entry.extent.rows - entry.nextRow;
    const rowBytes = entry.extent.columns * bytesPerCell;
    const byBytes = Math.floor(left / rowBytes);
    const byCells = Math.max(1, Math.floor(maxCellsPerRange / entry.extent.columns));
    let rows = Math.min(remaining, byBytes, byCells);
    if (rows <= 0 && blocks.length === 0) rows = 1;
    if (rows <= 0) {
      rest.push(entry);
      continue;
    }
    blocks.push({ sheet: entry.sheet, firstRow: entry.nextRow, rows, extent: entry.extent });
    left -= rows * rowBytes;
    if (rows < remaining) rest.push({ ...entry, nextRow: entry.nextRow + rows });
  }
  return { blocks, rest };
}

/**
 * The next estimate after a sync that read `cells` cells in `bytes` bytes: 10 % over what was seen.
 * With the 4 MB budget a block may hold 37 % more bytes per cell than measured before it passes 5 MB;
 * beyond that the reader halves its blocks and retries.
 */
export function nextBytesPerCell(current: number, cells: number, bytes: number): number {
  if (cells === 0) return current;
  return Math.max(minimumBytesPerCell, Math.ceil((bytes * 11) / (cells * 10)));
}
