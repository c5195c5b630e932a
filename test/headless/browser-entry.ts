/**
 * Bundled for the browser by test/headless/browser.test.ts: the host on bytes only, as the
 * workbench uses it. Exposes one function on window that the test calls in Chromium.
 */
import { HeadlessWorkbook } from '../../src/headless';
import { readExtras } from '../../src/headless/ooxml';

async function exercise(bytes: number[]): Promise<unknown> {
  const book = await HeadlessWorkbook.load(new Uint8Array(bytes));
  const read = await book.host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Budjetti');
    const used = sheet.getUsedRange().load('address,values');
    const missing = context.workbook.worksheets.getItemOrNullObject('Ei ole');
    await context.sync();
    sheet.getRange('A1:C1').values = [[1, 2]];
    const shapeError = await context.sync().then(
      () => null,
      (error: { code: string }) => error.code,
    );
    const report = context.workbook.worksheets.add('Yhteenveto');
    report.getRange('A1:B3').values = [['', 'KS'], ['Kasvupalvelut', 100], ['Työllisyyspalvelut', 200]];
    const chart = report.charts.add('ColumnClustered', report.getRange('A1:B3'), 'Columns');
    chart.title.text = 'Selaimessa';
    context.workbook.settings.add('budget-monitor', { language: 'fi' });
    await context.sync();
    return { address: used.address, values: used.values, isNull: missing.isNullObject, shapeError };
  });
  const saved = await book.save();
  const extras = await readExtras(saved);
  const again = await HeadlessWorkbook.load(saved);
  return {
    ...read,
    savedIsUint8Array: saved instanceof Uint8Array,
    charts: extras.charts.map((part) => part.title),
    settings: Object.keys(extras.settings),
    sheets: again.sheetNames,
    syncs: book.stats.syncs,
  };
}

(window as unknown as { exerciseHost: typeof exercise }).exerciseHost = exercise;
