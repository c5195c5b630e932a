/** Charts from a source range: series as Excel lays them out, names and colours read back, anchors. */
import { HeadlessWorkbook } from '../../src/headless';
import { readExtras } from '../../src/headless/ooxml';
import { officeError, run } from './support';

async function chartOf(values: (string | number)[][], address: string, seriesBy: 'Auto' | 'Columns' | 'Rows') {
  const book = HeadlessWorkbook.create();
  await run(book, async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRangeByIndexes(0, 0, values.length, values[0].length).values = values;
    sheet.charts.add('ColumnClustered', sheet.getRange(address), seriesBy);
    await context.sync();
  });
  const [chart] = (await readExtras(await book.save())).charts;
  return chart;
}

const table = [
  ['', 'TA', 'ENN'],
  ['Kasvupalvelut', 10, 12],
  ['Työllisyyspalvelut', 20, 19],
  ['Yhteensä', 30, 31],
];

describe('series from the source range', () => {
  it('by columns: header row names the series, first column gives the categories', async () => {
    const chart = await chartOf(table, 'A1:C4', 'Columns');
    expect(chart.series.map((series) => [series.name, series.nameRef, series.valuesRef, series.categoriesRef])).toEqual([
      ['TA', 'Sheet1!$B$1', 'Sheet1!$B$2:$B$4', 'Sheet1!$A$2:$A$4'],
      ['ENN', 'Sheet1!$C$1', 'Sheet1!$C$2:$C$4', 'Sheet1!$A$2:$A$4'],
    ]);
    expect(chart.series[1].values).toEqual([12, 19, 31]);
  });

  it('by rows: first column names the series, header row gives the categories', async () => {
    const chart = await chartOf(table, 'A1:C4', 'Rows');
    expect(chart.series.map((series) => [series.name, series.valuesRef])).toEqual([
      ['Kasvupalvelut', 'Sheet1!$B$2:$C$2'],
      ['Työllisyyspalvelut', 'Sheet1!$B$3:$C$3'],
      ['Yhteensä', 'Sheet1!$B$4:$C$4'],
    ]);
    expect(chart.series[0].categories).toEqual(['TA', 'ENN']);
  });

  it('Auto takes series by columns for a tall range, by rows for a wide one', async () => {
    expect((await chartOf(table, 'A1:C4', 'Auto')).series).toHaveLength(2);
    expect((await chartOf([['', 'Q1', 'Q2', 'Q3', 'Q4'], ['Tulot', 1, 2, 3, 4]], 'A1:E2', 'Auto')).series.map((s) => s.name)).toEqual(['Tulot']);
  });

  it('numbers only: no names, no categories, one series per column', async () => {
    const chart = await chartOf([[1, 2], [3, 4]], 'A1:B2', 'Columns');
    expect(chart.series.map((series) => [series.name, series.nameRef, series.categoriesRef, series.values])).toEqual([
      ['Series1', '', '', [1, 3]],
      ['Series2', '', '', [2, 4]],
    ]);
  });
});

describe('chart proxies', () => {
  it('reads back name, type, title, legend, axis format, series names and counts after load', async () => {
    const book = HeadlessWorkbook.create();
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C4').values = table;
      const chart = sheet.charts.add('BarStacked', sheet.getRange('A1:C4'), 'Columns');
      chart.name = 'strategy-status';
      chart.title.text = 'Tila';
      chart.legend.visible = false;
      chart.axes.valueAxis.numberFormat = '0';
      chart.load('name,chartType');
      chart.title.load('text');
      chart.legend.load('visible');
      chart.axes.valueAxis.load('numberFormat');
      const series = chart.series.load('items/name');
      const count = sheet.charts.getCount();
      const points = chart.series.getItemAt(0).points.load('count');
      await context.sync();
      expect([chart.name, chart.chartType, chart.title.text, chart.legend.visible, chart.axes.valueAxis.numberFormat]).toEqual([
        'strategy-status', 'BarStacked', 'Tila', false, '0',
      ]);
      expect(series.items.map((item) => item.name)).toEqual(['TA', 'ENN']);
      expect(count.value).toBe(1);
      expect(points.count).toBe(3);
      chart.series.getItemAt(5).format.fill.setSolidColor('#FF0000');
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidArgument'));
      sheet.charts.add('Pie', sheet.getRange('A1:C4'), 'Columns');
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidArgument'));
      sheet.charts.getItem('strategy-status').delete();
      const left = sheet.charts.load('items');
      await context.sync();
      expect(left.items).toHaveLength(0);
    });
    expect((await readExtras(await book.save())).charts).toEqual([]);
  });

  it('keeps the chart size when setPosition gets only a start cell', async () => {
    const book = HeadlessWorkbook.create();
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C4').values = table;
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:C4'), 'Columns');
      chart.setPosition('B20');
    });
    const [chart] = (await readExtras(await book.save())).charts;
    expect(chart.from).toEqual({ row: 19, column: 1 });
    expect(chart.to).toEqual({ row: 34, column: 9 });
  });
});
