/**
 * Excel on the web's limits: 5 MB per request and per response, and Excel's 5 million cells per
 * range read. A 200 000-row sheet read in one go fails as it would there; read in row blocks it works.
 */
import { HeadlessWorkbook, MAX_CELLS_PER_READ } from '../../src/headless';
import { officeError, run } from './support';

const ROWS = 200_000;
const COLUMNS = 7;
const BLOCK = 10_000;

function rowOf(r: number): (string | number)[] {
  const plan = 10_000 + ((r * 7919) % 90_000);
  return [`Yksikkö ${r + 1}`, plan * 0.97, plan, plan, plan * 1.01, plan + 17.25, 17.25];
}

function blockOf(first: number, count: number): (string | number)[][] {
  return Array.from({ length: count }, (_, i) => rowOf(first + i));
}

let book: HeadlessWorkbook;

beforeAll(async () => {
  book = HeadlessWorkbook.create();
  // Written in blocks of 10 000 rows, five blocks per sync: each request stays under 5 MB.
  await run(book, async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    for (let first = 0; first < ROWS; first += BLOCK) {
      sheet.getRangeByIndexes(first, 0, BLOCK, COLUMNS).values = blockOf(first, BLOCK);
      if ((first / BLOCK) % 5 === 4) await context.sync();
    }
  });
  expect(book.stats.largestRequestBytes).toBeLessThanOrEqual(5_000_000);
}, 120_000);

beforeEach(() => book.stats.reset());

it('fails a request over 5 MB (200 000 rows written in one go) and applies none of it', async () => {
  await run(book, async (context) => {
    const range = context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, ROWS, COLUMNS);
    range.values = Array.from({ length: ROWS }, () => ['Korvattu rivi', 123456.789, 123456.789, 123456.789, 123456.789, 123456.789, 123456.789]);
    await expect(context.sync()).rejects.toMatchObject(officeError('RequestPayloadSizeLimitExceeded'));
    const first = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
    await context.sync();
    expect(first.values).toEqual([['Yksikkö 1']]);
  });
  expect(book.stats.log[0]).toMatchObject({ error: 'RequestPayloadSizeLimitExceeded' });
  expect(book.stats.log[0].requestBytes).toBeGreaterThan(5_000_000);
});

it('fails a response over 5 MB: the 200 000-row used range read in one go', async () => {
  await run(book, async (context) => {
    const used = context.workbook.worksheets.getItem('Sheet1').getUsedRange().load('values');
    await expect(context.sync()).rejects.toMatchObject(officeError('ResponsePayloadSizeLimitExceeded'));
    expect(() => used.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
  expect(book.stats.log[0].error).toBe('ResponsePayloadSizeLimitExceeded');
  expect(book.stats.log[0].responseBytes).toBeGreaterThan(5_000_000);
}, 60_000);

it('reads the same 200 000 rows in row blocks, several blocks per sync, every response under 5 MB', async () => {
  const rows = await run(book, async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    const used = sheet.getUsedRange().load('rowCount,columnCount');
    await context.sync();
    const values: (string | number | boolean)[][] = [];
    const perSync = 4;
    for (let first = 0; first < used.rowCount; first += BLOCK * perSync) {
      const blocks = [];
      for (let b = first; b < Math.min(first + BLOCK * perSync, used.rowCount); b += BLOCK) {
        blocks.push(sheet.getRangeByIndexes(b, 0, Math.min(BLOCK, used.rowCount - b), used.columnCount).load('values'));
      }
      await context.sync();
      for (const block of blocks) values.push(...block.values);
    }
    return values;
  });
  expect(rows).toHaveLength(ROWS);
  expect(rows[ROWS - 1]).toEqual(rowOf(ROWS - 1));
  expect(book.stats.syncs).toBe(1 + ROWS / (BLOCK * 4));
  expect(book.stats.log.every((entry) => entry.error === null)).toBe(true);
  expect(book.stats.largestResponseBytes).toBeLessThanOrEqual(5_000_000);
}, 60_000);

it(`refuses to read more than ${MAX_CELLS_PER_READ} cells from one range (RangeExceedsLimit)`, async () => {
  await run(book, async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1:Z200000').load('values'); // 26 × 200 000 = 5.2 million cells
    await expect(context.sync()).rejects.toMatchObject(officeError('RangeExceedsLimit'));
    sheet.getRange('A1:Z200000').getCellProperties({ format: { fill: { color: true } } });
    await expect(context.sync()).rejects.toMatchObject(officeError('RangeExceedsLimit'));
  });
});

it('honours a configured payload limit', async () => {
  const small = HeadlessWorkbook.create({ payloadLimitBytes: 1_000 });
  await run(small, async (context) => {
    context.workbook.worksheets.getItem('Sheet1').getRange('A1:A200').values = Array.from({ length: 200 }, (_, i) => [i]);
    await expect(context.sync()).rejects.toMatchObject(officeError('RequestPayloadSizeLimitExceeded'));
  });
});
