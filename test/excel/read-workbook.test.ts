import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { readSnapshot } from '../../src/xlsx';
import { fileBytes, open } from './support/host';
import { formattedBudget, largeBudget, longTexts } from './support/workbooks';

/** Excel reports "no fill" as white; the snapshot from Excel says null for both (see read-workbook.ts). */
function withoutWhiteFills(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: snapshot.sheets.map(
      (sheet): SheetSnapshot => ({ ...sheet, fills: sheet.fills?.map((row) => row.map((fill) => (fill === '#FFFFFF' ? null : fill))) }),
    ),
  };
}

const fixtures = [
  'test/fixtures/formulas.xlsx',
  'test/fixtures/error-values.xlsx',
  'test/fixtures/cell-kinds.xlsx',
  'test/fixtures/block-indent.xlsx',
  'test/fixtures/strategy-forms.xlsx',
  'test/fixtures/number-text.xlsx',
  'examples/elvo-q4-2024.xlsx',
];

describe('readWorkbook on the headless host', () => {
  it.each(fixtures)('sees %s as the .xlsx reader does: values, formulas, formats, indents, fills', async (path) => {
    const data = fileBytes(path);
    const { ops } = await open(data);
    expect(await ops.readWorkbook()).toEqual(withoutWhiteFills(await readSnapshot(data)));
  });

  it('reads a small workbook in three syncs: sheets, used ranges, all cells', async () => {
    const { book, ops } = await open(await formattedBudget());
    book.stats.reset();
    await ops.readWorkbook();
    expect(book.stats.syncs).toBe(3);
  });

  it('gives error values as { error } and formulas only where a cell holds one', async () => {
    const { ops } = await open(fileBytes('test/fixtures/error-values.xlsx'));
    const cells = (await ops.readWorkbook()).sheets.flatMap((sheet) => sheet.values.flat());
    expect(cells).toContainEqual({ error: '#REF!' });
    expect(cells).toContainEqual({ error: '#DIV/0!' });
    const { ops: formulaOps } = await open(await formattedBudget());
    const [sheet] = (await formulaOps.readWorkbook({ sheets: ['Talous 2024'] })).sheets;
    expect(sheet.formulas?.[1]).toEqual([null, null, null, '=C2-B2']);
    expect(sheet.values[1]).toEqual(['Kasvupalvelut', 1_000_000, 1_060_000, 60_000]);
    expect(sheet.numberFormats?.[1][1]).toBe('#,##0');
    expect(sheet.fills?.[1][3]).toBe('#DDEBF7');
  });

  it('reads only the sheets asked for, matching names as Excel does', async () => {
    const { ops } = await open(await formattedBudget());
    const snapshot = await ops.readWorkbook({ sheets: ['muistiinpanot'] });
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(['Muistiinpanot']);
    expect(snapshot.sheets[0].origin).toEqual({ row: 0, column: 0 });
    expect(snapshot.sheets[0].values).toEqual([
      ['Tarkistettu', null],
      [null, true],
    ]);
  });

  it('recovers from a payload error on long texts by reading smaller blocks', async () => {
    const { book, ops } = await open(await longTexts(5_000, 1_000));
    book.stats.reset();
    const [sheet] = (await ops.readWorkbook()).sheets;
    expect(sheet.values).toHaveLength(5_000);
    expect(String(sheet.values[4_999][0])).toMatch(/^5000: Toimintakatteen/);
    const failures = book.stats.log.filter((entry) => entry.error !== null);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((entry) => entry.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(Math.max(...book.stats.log.filter((entry) => entry.error === null).map((entry) => entry.responseBytes))).toBeLessThanOrEqual(5_000_000);
  }, 120_000);

  it('reads a 200 000-row sheet in row blocks, no request or response over 5 MB', async () => {
    const rows = 200_000;
    const data = await largeBudget(rows);
    const { book, ops } = await open(data);
    book.stats.reset();
    const [sheet] = (await ops.readWorkbook()).sheets;
    expect(sheet.values).toHaveLength(rows + 1);
    expect(sheet.values[rows][0]).toBe(`Yksikkö ${rows}`);
    expect(sheet.formulas?.[rows][6]).toBe(`=F${rows + 1}-D${rows + 1}`);
    expect(book.stats.largestResponseBytes).toBeLessThanOrEqual(5_000_000);
    expect(book.stats.largestRequestBytes).toBeLessThanOrEqual(5_000_000);
    expect(book.stats.syncs).toBeGreaterThan(3);
  }, 600_000);
});
