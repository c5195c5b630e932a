/**
 * What the add-in writes is what is saved: every property written through the host, saved to a real
 * .xlsx, opened again with ExcelJS directly (and the OOXML extras for charts, settings and names),
 * and with the host.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { charactersToPoints, HeadlessWorkbook, pointsToCharacters } from '../../src/headless';
import { readExtras } from '../../src/headless/ooxml';
import { openXlsx, reopen, run, xlsxWith } from './support';

const budget = [
  ['Yksikkö', 'KS', 'ENN'],
  ['Kasvupalvelut', 100, 120],
  ['Työllisyyspalvelut', 200, 190],
];

/** Writes a small report sheet with every property the add-in uses; returns the saved bytes. */
async function writeReport(book: HeadlessWorkbook): Promise<Uint8Array> {
  await run(book, async (context) => {
    const sheet = context.workbook.worksheets.add('Yhteenveto');
    sheet.getRange('A1:D4').formulas = [
      ['Yksikkö', 'Tuotot', 'Kulut', 'Kate'],
      ['Kasvupalvelut', 3.7, 10.7, '=B2-C2'],
      ['Työllisyyspalvelut', 1.8, 25.7, '=B3-C3'],
      ['Yhteensä', '=SUM(B2:B3)', '=SUM(C2:C3)', '=AVERAGE(D2:D3)'],
    ];
    sheet.getRange('A6:C6').values = [[true, 'teksti', 42]];
    sheet.getRange('B2:D4').numberFormat = [
      ['#,##0.0', '#,##0.0', '#,##0.0'],
      ['#,##0.0', '#,##0.0', '#,##0.0'],
      ['#,##0.0', '#,##0.0', '0.0 %'],
    ];
    const header = sheet.getRange('A1:D1');
    header.format.fill.color = '#1F4E79';
    header.format.font.bold = true;
    header.format.font.color = '#FFFFFF';
    header.format.font.size = 12;
    header.format.horizontalAlignment = 'Center';
    header.format.verticalAlignment = 'Top';
    header.format.wrapText = true;
    header.format.borders.getItem('EdgeBottom').style = 'Continuous';
    header.format.borders.getItem('EdgeBottom').color = '#000000';
    sheet.getRange('A2:A3').format.indentLevel = 1;
    sheet.getRange('A4').format.font.italic = true;
    sheet.getRange('A:A').format.columnWidth = 150;
    sheet.getRange('B:D').format.columnWidth = 60;
    sheet.freezePanes.freezeAt(sheet.getRange('A1:A1'));
    sheet.pageLayout.orientation = 'Landscape';
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.tabColor = '#70AD47';
    const cf = sheet.getRange('D2:D3').conditionalFormats.add('Custom');
    cf.custom.rule.formula = '=$D2<0';
    cf.custom.format.fill.color = '#FFC7CE';
    cf.custom.format.font.color = '#9C0006';
    sheet.names.add('BudgetMonitor_Report_summary', sheet.getRange('A1'), 'summary');
    context.workbook.names.add('Kate_yhteensa', sheet.getRange('D4'));
    context.workbook.settings.add('budget-monitor.settings', { thresholds: { warning: 0.05 }, language: 'fi' });
    const chart = sheet.charts.add('BarClustered', sheet.getRange('A1:C3'), 'Columns');
    chart.name = 'income-expenses';
    chart.title.text = 'Tuotot ja kulut';
    chart.legend.position = 'Bottom';
    chart.axes.valueAxis.numberFormat = '#,##0.0';
    chart.series.getItemAt(0).format.fill.setSolidColor('#70AD47');
    chart.series.getItemAt(1).format.fill.setSolidColor('#C00000');
    chart.series.getItemAt(1).points.getItemAt(1).format.fill.setSolidColor('#FFC000');
    chart.setPosition('F2', 'M18');
    sheet.getRange('B3').select();
    await context.sync();
  });
  return book.save();
}

describe('save → reopen with ExcelJS', () => {
  let saved: Uint8Array;
  let sheet: ExcelJS.Worksheet;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    saved = await writeReport(await openXlsx(budget));
    workbook = await reopen(saved);
    sheet = workbook.getWorksheet('Yhteenveto')!;
  });

  it('keeps the user sheet first and adds the report sheet after it', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Budjetti', 'Yhteenveto']);
    expect(workbook.getWorksheet('Budjetti')!.getCell('B2').value).toBe(100);
  });

  it('saves values and formulas, with cached results only where the host computed them exactly', () => {
    expect(sheet.getCell('A2').value).toBe('Kasvupalvelut');
    expect(sheet.getCell('B2').value).toBe(3.7);
    expect(sheet.getCell('A6').value).toBe(true);
    expect(sheet.getCell('C6').value).toBe(42);
    expect(sheet.getCell('D2').value).toEqual({ formula: 'B2-C2', result: expect.closeTo(-7, 10) });
    expect(sheet.getCell('B4').value).toEqual({ formula: 'SUM(B2:B3)', result: expect.closeTo(5.5, 10) });
    expect(sheet.getCell('C4').value).toEqual({ formula: 'SUM(C2:C3)', result: expect.closeTo(36.4, 10) });
    // AVERAGE is not computed by the host: no cached result rather than a guessed one.
    expect(sheet.getCell('D4').value).toEqual({ formula: 'AVERAGE(D2:D3)' });
  });

  it('asks spreadsheets to recalculate on open, since the host computes only simple formulas', async () => {
    const zip = await JSZip.loadAsync(saved);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('saves number formats, fills, fonts, alignment, wrap, indent and borders', () => {
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.0');
    expect(sheet.getCell('D4').numFmt).toBe('0.0 %');
    const header = sheet.getCell('C1');
    expect(header.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } });
    expect(header.font).toMatchObject({ bold: true, size: 12, color: { argb: 'FFFFFFFF' } });
    expect(header.alignment).toMatchObject({ horizontal: 'center', vertical: 'top', wrapText: true });
    expect(header.border?.bottom).toEqual({ style: 'thin', color: { argb: 'FF000000' } });
    expect(sheet.getCell('C2').border?.bottom).toBeUndefined();
    expect(sheet.getCell('A2').alignment).toMatchObject({ indent: 1 });
    expect(sheet.getCell('A4').font).toMatchObject({ italic: true });
    expect(sheet.getCell('A2').fill ?? { type: 'pattern', pattern: 'none' }).toEqual({ type: 'pattern', pattern: 'none' });
  });

  it('saves column widths in characters converted from points', () => {
    expect(sheet.getColumn(1).width).toBeCloseTo(pointsToCharacters(150), 6);
    expect(sheet.getColumn(1).width).toBeCloseTo((150 / 0.75 - 5) / 7, 6);
    expect(sheet.getColumn(3).width).toBeCloseTo(pointsToCharacters(60), 6);
    expect(charactersToPoints(sheet.getColumn(3).width)).toBeCloseTo(60, 6);
    expect(sheet.getColumn(6).width).toBeUndefined();
  });

  it('saves freeze panes, page setup, tab colour, the active sheet and the selection', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1, activeCell: 'B3' });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.properties.tabColor).toEqual({ argb: 'FF70AD47' });
    expect(workbook.views[0].activeTab).toBe(1);
  });

  it('saves the custom conditional format with its fill and font', () => {
    const formattings = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(formattings).toHaveLength(1);
    expect(formattings[0].ref).toBe('D2:D3');
    const rule = formattings[0].rules[0] as ExcelJS.ExpressionRuleType;
    expect(rule.type).toBe('expression');
    expect(rule.formulae).toEqual(['$D2<0']);
    expect(rule.style?.fill).toMatchObject({ type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } });
    expect(rule.style?.font?.color).toEqual({ argb: 'FF9C0006' });
  });

  it('saves charts, settings and names (sheet-scoped with comment) into the package', async () => {
    const extras = await readExtras(saved);
    expect(extras.settings).toEqual({ 'budget-monitor.settings': JSON.stringify({ thresholds: { warning: 0.05 }, language: 'fi' }) });
    expect(extras.names).toEqual(
      expect.arrayContaining([
        { name: 'BudgetMonitor_Report_summary', formula: 'Yhteenveto!$A$1', comment: 'summary', sheet: 'Yhteenveto' },
        { name: 'Kate_yhteensa', formula: 'Yhteenveto!$D$4', comment: null, sheet: null },
      ]),
    );
    expect(extras.charts).toHaveLength(1);
    const [chart] = extras.charts;
    expect(chart).toMatchObject({
      sheet: 'Yhteenveto',
      name: 'income-expenses',
      type: 'BarClustered',
      title: 'Tuotot ja kulut',
      legend: 'Bottom',
      valueAxisNumberFormat: '#,##0.0',
      from: { row: 1, column: 5 },
      to: { row: 17, column: 12 },
    });
    expect(chart.series.map((series) => [series.name, series.valuesRef, series.categoriesRef, series.colour])).toEqual([
      ['Tuotot', 'Yhteenveto!$B$2:$B$3', 'Yhteenveto!$A$2:$A$3', '#70AD47'],
      ['Kulut', 'Yhteenveto!$C$2:$C$3', 'Yhteenveto!$A$2:$A$3', '#C00000'],
    ]);
    expect(chart.series[0].values).toEqual([3.7, 1.8]);
    expect(chart.series[0].categories).toEqual(['Kasvupalvelut', 'Työllisyyspalvelut']);
    expect(chart.series[1].pointColours[1]).toBe('#FFC000');
  });

  it('reads everything back through the host after reloading', async () => {
    const book = await HeadlessWorkbook.load(saved);
    expect(book.activeSheet).toBe('Yhteenveto');
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Yhteenveto');
      const names = sheet.names.load('items/name,items/comment,items/formula');
      const settings = context.workbook.settings.getItem('budget-monitor.settings').load('value');
      const charts = sheet.charts.load('items/name,items/chartType,items/title/text,items/legend/position');
      const cfs = sheet.getRange().conditionalFormats.load('items/type,items/custom/rule/formula,items/custom/format/fill/color');
      const header = sheet.getRange('A1:D1').format.load('columnWidth,horizontalAlignment,wrapText');
      const headerFill = sheet.getRange('A1:D1').format.fill.load('color');
      const width = sheet.getRange('A1').format.load('columnWidth');
      const layout = sheet.pageLayout.load('orientation,zoom');
      const frozen = sheet.freezePanes.getLocationOrNullObject().load('address');
      const total = sheet.getRange('B4:D4').load('values,formulas');
      await context.sync();
      expect(names.items.map((item) => [item.name, item.comment, item.formula])).toEqual([
        ['BudgetMonitor_Report_summary', 'summary', '=Yhteenveto!$A$1'],
      ]);
      expect(settings.value).toEqual({ thresholds: { warning: 0.05 }, language: 'fi' });
      expect(charts.items.map((chart) => [chart.name, chart.chartType, chart.title.text, chart.legend.position])).toEqual([
        ['income-expenses', 'BarClustered', 'Tuotot ja kulut', 'Bottom'],
      ]);
      expect(cfs.items.map((cf) => [cf.type, cf.custom.rule.formula, cf.custom.format.fill.color])).toEqual([['Custom', '=$D2<0', '#FFC7CE']]);
      expect(header.columnWidth).toBeNull(); // mixed widths read as null, as in Office
      expect(header.horizontalAlignment).toBe('Center');
      expect(header.wrapText).toBe(true);
      expect(headerFill.color).toBe('#1F4E79');
      expect(width.columnWidth).toBeCloseTo(150, 6);
      expect(layout.orientation).toBe('Landscape');
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(frozen.address).toBe('Yhteenveto!A1');
      expect(total.formulas).toEqual([['=SUM(B2:B3)', '=SUM(C2:C3)', '=AVERAGE(D2:D3)']]);
      expect(total.values[0][0]).toBeCloseTo(5.5, 10);
      expect(total.values[0][2]).toBe(''); // no cached result: read as empty until a spreadsheet computes it
    });
  });
});

/** Every cell's value and style, for comparing two workbooks cell by cell. */
function cells(workbook: ExcelJS.Workbook): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  workbook.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        result[`${ws.name}!${cell.address}`] = { value: cell.value, style: JSON.parse(JSON.stringify(cell.style ?? {})) };
      }),
    );
    result[`${ws.name}:columns`] = (ws.columns ?? []).map((column) => column.width ?? null);
  });
  return result;
}

describe('a workbook the add-in did not change saves as it was', () => {
  it.each(['examples/elvo-q4-2024.xlsx', 'test/fixtures/formulas.xlsx', 'test/fixtures/block-indent.xlsx', 'test/fixtures/strategy-forms.xlsx'])(
    '%s: load → save keeps every value, formula and format',
    async (path) => {
      const original = new Uint8Array(readFileSync(path));
      const saved = await (await HeadlessWorkbook.load(original)).save();
      expect(cells(await reopen(saved))).toEqual(cells(await reopen(original)));
    },
  );

  it("keeps the user's own conditional formats, and removing the add-in's leaves them as they were", async () => {
    const original = await xlsxWith(budget, (workbook) => {
      workbook.getWorksheet('Budjetti')!.addConditionalFormatting({
        ref: 'C2:C3',
        rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['150'], priority: 1, style: { font: { bold: true } } }],
      });
    });
    const book = await HeadlessWorkbook.load(original);
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Budjetti');
      const flag = sheet.getRanges('B2;C3').conditionalFormats.add('Custom');
      flag.custom.rule.formula = '=ISTEXT("budget-monitor:flag")';
      flag.custom.format.fill.color = '#FF0000';
      const all = sheet.getRange().conditionalFormats.load('items/type');
      await context.sync();
      expect(all.items.map((item) => item.type)).toEqual(['Custom', 'CellValue']);
    });
    const flagged = await reopen(await book.save());
    const flaggedRules = (flagged.getWorksheet('Budjetti') as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(flaggedRules.map((formatting) => formatting.ref)).toEqual(['B2 C3', 'C2:C3']);
    await run(book, async (context) => {
      const cfs = context.workbook.worksheets.getItem('Budjetti').getRange().conditionalFormats.load('items/customOrNullObject/rule/formula');
      await context.sync();
      for (const cf of cfs.items) if (!cf.customOrNullObject.isNullObject && cf.customOrNullObject.rule.formula.includes('budget-monitor')) cf.delete();
      await context.sync();
    });
    const cleared = await reopen(await book.save());
    const before = await reopen(original);
    expect(cells(cleared)).toEqual(cells(before));
    const rules = (cleared.getWorksheet('Budjetti') as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ ref: 'C2:C3', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['150'] }] });
  });

  it('changing a fill leaves the other cells that shared its style untouched', async () => {
    const original = await xlsxWith(budget, (workbook) => {
      const ws = workbook.getWorksheet('Budjetti')!;
      for (const address of ['B2', 'B3', 'C2']) ws.getCell(address).numFmt = '#,##0';
    });
    const book = await HeadlessWorkbook.load(original);
    await run(book, async (context) => {
      context.workbook.worksheets.getItem('Budjetti').getRange('B2').format.fill.color = '#FFFF00';
    });
    const saved = (await reopen(await book.save())).getWorksheet('Budjetti')!;
    expect(saved.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
    const unfilled = (await reopen(original)).getWorksheet('Budjetti')!;
    expect(saved.getCell('B3').fill).toEqual(unfilled.getCell('B3').fill);
    expect(saved.getCell('C2').fill).toEqual(unfilled.getCell('C2').fill);
    expect(saved.getCell('C2').fill).not.toMatchObject({ pattern: 'solid' });
    expect(saved.getCell('B3').numFmt).toBe('#,##0');
  });
});

describe('more formats', () => {
  it('saves gridlines off, a cleared fill, rows-only freeze, a print scale, a thick border and a font name', async () => {
    const book = await openXlsx(budget, undefined, (workbook) => {
      workbook.getWorksheet('Budjetti')!.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
    });
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Budjetti');
      sheet.showGridlines = false;
      sheet.getRange('A2').format.fill.clear();
      sheet.freezePanes.freezeRows(1);
      sheet.pageLayout.zoom = { scale: 80 };
      const edge = sheet.getRange('A3:C3').format.borders.getItem('EdgeTop');
      edge.style = 'Continuous';
      edge.weight = 'Thick';
      sheet.getRange('B1').format.font.name = 'Arial';
      const readBack = sheet.load('showGridlines');
      const border = sheet.getRange('B3').format.borders.getItem('EdgeTop').load('style,weight');
      await context.sync();
      expect(readBack.showGridlines).toBe(false);
      expect([border.style, border.weight]).toEqual(['Continuous', 'Thick']);
    });
    const sheet = (await reopen(await book.save())).getWorksheet('Budjetti')!;
    expect(sheet.views[0]).toMatchObject({ showGridLines: false, state: 'frozen', ySplit: 1, xSplit: 0 });
    const cleared = sheet.getCell('A2').fill;
    expect(cleared?.type === 'pattern' ? cleared.pattern : 'none').toBe('none');
    expect(sheet.pageSetup).toMatchObject({ scale: 80, fitToPage: false });
    expect(sheet.getCell('C3').border?.top).toMatchObject({ style: 'thick' });
    expect(sheet.getCell('B1').font).toMatchObject({ name: 'Arial' });
  });
});

describe('sheets', () => {
  it('saves deletions, order and visibility; deleting a sheet takes its charts and scoped names with it', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      const sheets = context.workbook.worksheets;
      const temporary = sheets.add('Väliaikainen');
      temporary.getRange('A1:B2').values = [['', 'x'], ['a', 1]];
      temporary.charts.add('ColumnClustered', temporary.getRange('A1:B2'), 'Columns');
      temporary.names.add('BudgetMonitor_Report_deviations', temporary.getRange('A1'));
      sheets.add('Piilotettu').visibility = 'Hidden';
      const first = sheets.add('Ensimmäinen');
      first.position = 0;
      await context.sync();
      temporary.delete();
      await context.sync();
    });
    const saved = await book.save();
    const workbook = await reopen(saved);
    expect(workbook.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['Ensimmäinen', 'visible'],
      ['Budjetti', 'visible'],
      ['Piilotettu', 'hidden'],
    ]);
    const extras = await readExtras(saved);
    expect(extras.charts).toEqual([]);
    expect(extras.names).toEqual([]);
  });
});
