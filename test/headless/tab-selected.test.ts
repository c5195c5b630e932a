/**
 * When the add-in activates a sheet, a sheet of the input changes only in its tabSelected
 * attribute, also when its part is far larger than the start of it the host reads to decide.
 */
import JSZip from 'jszip';
import { HeadlessWorkbook } from '../../src/headless';
import { run, xlsxWith } from './support';

/** 'Iso' (selected, tens of thousands of cells) and 'Toinen'. */
async function largeWorkbook(): Promise<Uint8Array> {
  const rows = Array.from({ length: 6000 }, (_, i) => [`Kustannuspaikka ${i}`, i * 3.5, -i]);
  return xlsxWith(rows, (workbook) => {
    const large = workbook.getWorksheet('Budjetti')!;
    large.name = 'Iso';
    large.views = [{ state: 'normal', tabSelected: true } as never];
    workbook.addWorksheet('Toinen').getCell('A1').value = 'x';
  });
}

/** Equal texts, without printing two sheets of 200 000 characters when they are not. */
function same(a: string, b: string): boolean {
  return a === b;
}

async function sheetPart(bytes: Uint8Array, path: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(path)!.async('string');
}

describe('the selected tab of a large input sheet', () => {
  it('is cleared when a new sheet is activated, and nothing else of the part changes', async () => {
    const input = await largeWorkbook();
    const before = await sheetPart(input, 'xl/worksheets/sheet1.xml');
    expect(before.length).toBeGreaterThan(200_000);
    expect(before).toContain('<sheetView workbookViewId="0" tabSelected="1"/>');
    const book = await HeadlessWorkbook.load(input);
    await run(book, async (context) => {
      context.workbook.worksheets.add('Raportti').activate();
      await context.sync();
    });
    const after = await sheetPart(await book.save(), 'xl/worksheets/sheet1.xml');
    expect(same(after, before.replace(' tabSelected="1"', ''))).toBe(true);
  });

  it('is set when the large sheet is activated, and its part is otherwise as it was', async () => {
    const input = await largeWorkbook();
    const book = await HeadlessWorkbook.load(input);
    await run(book, async (context) => {
      context.workbook.worksheets.getItem('Toinen').activate();
      await context.sync();
    });
    const between = await book.save();
    const again = await HeadlessWorkbook.load(between);
    await run(again, async (context) => {
      context.workbook.worksheets.getItem('Iso').activate();
      await context.sync();
    });
    const cleared = await sheetPart(between, 'xl/worksheets/sheet1.xml');
    expect(same(cleared, (await sheetPart(input, 'xl/worksheets/sheet1.xml')).replace(' tabSelected="1"', ''))).toBe(
      true,
    );
    const selected = await sheetPart(await again.save(), 'xl/worksheets/sheet1.xml');
    expect(same(selected, cleared.replace('<sheetView ', '<sheetView tabSelected="1" '))).toBe(true);
  });

  it('leaves a large part that does not change as the compressed bytes it was', async () => {
    const input = await largeWorkbook();
    const book = await HeadlessWorkbook.load(input);
    await run(book, async (context) => {
      context.workbook.worksheets.add('Raportti');
      await context.sync();
    });
    const zipped = async (bytes: Uint8Array) =>
      (
        (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml') as unknown as {
          _data: { compressedContent: Uint8Array };
        }
      )._data.compressedContent;
    expect(Buffer.from(await zipped(await book.save())).equals(Buffer.from(await zipped(input)))).toBe(true);
  });
});
