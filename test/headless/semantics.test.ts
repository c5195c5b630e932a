/**
 * The host behaves as Office documents its proxies: load + sync before reading, queued writes,
 * errors at sync with Excel's codes, null objects, proxies bound to their run.
 */
import { HeadlessWorkbook } from '../../src/headless';
import { officeError, openXlsx, run } from './support';

const budget = [
  ['Yksikkö', 'KS', 'ENN'],
  ['Kasvupalvelut', 100, 120],
  ['Työllisyyspalvelut', 200, 190],
];

describe('load and sync', () => {
  it('reads a property only after load and sync', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      const range = context.workbook.worksheets.getItem('Budjetti').getRange('A2:C2');
      range.load('values, address');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded', name: 'RichApi.Error' }));
      await context.sync();
      expect(range.values).toEqual([['Kasvupalvelut', 100, 120]]);
      expect(range.address).toBe('Budjetti!A2:C2');
    });
  });

  it('throws PropertyNotLoaded for a property that was not in the load', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      const range = context.workbook.worksheets.getItem('Budjetti').getRange('A1');
      range.load('values');
      await context.sync();
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('counts one sync per context.sync(), not per proxy or property', async () => {
    const book = await openXlsx(budget);
    book.stats.reset();
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Budjetti');
      const ranges = ['A1', 'B2', 'C3'].map((address) => sheet.getRange(address).load('values'));
      sheet.load('name');
      await context.sync();
      expect(ranges.map((range) => range.values[0][0])).toEqual(['Yksikkö', 100, 190]);
    });
    expect(book.stats.syncs).toBe(1);
    expect(book.stats.largestRequestBytes).toBeGreaterThan(0);
    expect(book.stats.largestResponseBytes).toBeGreaterThan(0);
  });

  it('gives values, formulas, number formats and value types as Office does', async () => {
    const book = await openXlsx([[1.5, 'teksti', true, null, { formula: 'A1*2', result: 3 }, { error: '#DIV/0!' }]], undefined, (workbook) => {
      workbook.getWorksheet('Budjetti')!.getCell('A1').numFmt = '#,##0.0';
    });
    await run(book, async (context) => {
      const range = context.workbook.worksheets.getItem('Budjetti').getRange('A1:F1');
      range.load('values,formulas,numberFormat,valueTypes');
      await context.sync();
      expect(range.values).toEqual([[1.5, 'teksti', true, '', 3, '#DIV/0!']]);
      expect(range.formulas).toEqual([[1.5, 'teksti', true, '', '=A1*2', '#DIV/0!']]);
      expect(range.numberFormat).toEqual([['#,##0.0', 'General', 'General', 'General', 'General', 'General']]);
      expect(range.valueTypes).toEqual([['Double', 'String', 'Boolean', 'Empty', 'Double', 'Error']]);
    });
  });

  it('gives a ClientResult value only after sync (getCount, getCellProperties)', async () => {
    const book = await openXlsx(budget, undefined, (workbook) => {
      const cell = workbook.getWorksheet('Budjetti')!.getCell('A2');
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
      cell.alignment = { indent: 2 };
    });
    await run(book, async (context) => {
      const count = context.workbook.worksheets.getCount();
      const properties = context.workbook.worksheets
        .getItem('Budjetti')
        .getRange('A2:B2')
        .getCellProperties({ format: { indentLevel: true, fill: { color: true } } });
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      expect(() => properties.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(count.value).toBe(1);
      expect(properties.value).toEqual([
        [{ format: { indentLevel: 2, fill: { color: '#92D050' } } }, { format: { indentLevel: 0, fill: { color: '#FFFFFF' } } }],
      ]);
    });
  });

  it('loads collections: items after load, item properties by "items/name" or by "name"', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      context.workbook.worksheets.add('Toinen');
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheets.load('items/name');
      const again = context.workbook.worksheets.load('name,position');
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(['Budjetti', 'Toinen']);
      expect(again.items.map((sheet) => [sheet.name, sheet.position])).toEqual([['Budjetti', 0], ['Toinen', 1]]);
    });
  });
});

describe('queued writes', () => {
  it('applies writes at sync, in order, and not before', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      const cell = context.workbook.worksheets.getItem('Budjetti').getRange('B2');
      cell.values = [[1]];
      cell.values = [[2]];
      const other = (await HeadlessWorkbook.load(await book.save())).host;
      await other.run(async (otherContext) => {
        const before = otherContext.workbook.worksheets.getItem('Budjetti').getRange('B2').load('values');
        await otherContext.sync();
        expect(before.values).toEqual([[100]]); // nothing applied before this context syncs
      });
      await context.sync();
      cell.load('values');
      await context.sync();
      expect(cell.values).toEqual([[2]]);
    });
  });

  it('sends what is still queued when the batch returns, as Excel.run does', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      context.workbook.worksheets.getItem('Budjetti').getRange('C2').values = [[999]];
    });
    const value = await run(book, async (context) => {
      const cell = context.workbook.worksheets.getItem('Budjetti').getRange('C2').load('values');
      await context.sync();
      return cell.values[0][0];
    });
    expect(value).toBe(999);
  });

  it('keeps writes made before a failing action and drops the loads of that sync', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Budjetti');
      sheet.getRange('B2').values = [[5]];
      const loaded = sheet.getRange('B2').load('values');
      context.workbook.worksheets.getItem('Puuttuu').load('name');
      await expect(context.sync()).rejects.toMatchObject(officeError('ItemNotFound'));
      expect(() => loaded.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const again = sheet.getRange('B2').load('values');
      await context.sync();
      expect(again.values).toEqual([[5]]);
    });
  });

  it('null in a values array leaves that cell unchanged; "" empties it', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      const range = context.workbook.worksheets.getItem('Budjetti').getRange('B2:C2');
      range.values = [[null, '']] as unknown as (string | number)[][];
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[100, '']]);
    });
  });
});

describe('typed input', () => {
  it("takes '-…' and '+…' text as a formula, as Excel does, and a leading apostrophe as text without it", async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      const range = context.workbook.worksheets.getItem('Budjetti').getRange('A2:A5');
      range.formulas = [['-B2'], ["'-0,5 milj. säästöä"], ["'2024"], ['2024']];
      range.load('formulas,values,valueTypes');
      await context.sync();
      expect(range.formulas).toEqual([['=-B2'], ['-0,5 milj. säästöä'], ['2024'], [2024]]);
      expect(range.valueTypes).toEqual([['Double'], ['String'], ['String'], ['Double']]);
    });
  });
});

describe('errors at sync, shaped like OfficeExtension.Error', () => {
  it('ItemNotFound for a missing sheet, with code, message and debugInfo', async () => {
    const book = await openXlsx(budget);
    const error = await run(book, async (context) => {
      context.workbook.worksheets.getItem('Ei ole').load('name');
      return context.sync().then(
        () => null,
        (failure: unknown) => failure,
      );
    });
    expect(error).toMatchObject(officeError('ItemNotFound'));
    expect((error as { debugInfo: { errorLocation: string } }).debugInfo.errorLocation).toContain('Worksheet');
  });

  it.each([
    ['2 × 2 array on a 1 × 2 range', 'A1:B1', [[1, 2], [3, 4]]],
    ['1 × 3 array on a 1 × 2 range', 'A1:B1', [[1, 2, 3]]],
    ['ragged array', 'A1:B2', [[1, 2], [3]]],
    ['a scalar', 'A1:B2', 5],
  ])('InvalidArgument for a values array whose shape does not match its range: %s', async (_case, address, values) => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      context.workbook.worksheets.getItem('Budjetti').getRange(address).values = values as unknown as number[][];
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidArgument'));
    });
  });

  it('InvalidArgument for formulas and number formats of the wrong shape too', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      const range = context.workbook.worksheets.getItem('Budjetti').getRange('A1:B2');
      range.formulas = [['=1']];
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidArgument'));
      range.numberFormat = [['0'], ['0']];
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidArgument'));
    });
  });

  it('InvalidArgument for an address that is not one', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      context.workbook.worksheets.getItem('Budjetti').getRange('B0:ZZZZ1').load('values');
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidArgument'));
    });
  });

  it('InvalidReference for an address on another sheet', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      context.workbook.worksheets.add('Toinen');
      context.workbook.worksheets.getItem('Budjetti').getRange('Toinen!A1').load('values');
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidReference'));
    });
  });

  it('InvalidReference for the range of a name that does not refer to one', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      context.workbook.names.add('Merkki', '="summary"');
      context.workbook.names.getItem('Merkki').getRange().load('address');
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidReference'));
    });
  });

  it('InvalidOperation for deleting the last visible sheet', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      context.workbook.worksheets.getItem('Budjetti').delete();
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidOperation'));
    });
  });

  it('InvalidArgument for getRanges lists Excel is reported to fail (over 500 areas or 8 000 characters)', async () => {
    const book = await openXlsx(budget);
    // The host plays Excel on Windows in fi-FI: getRanges takes the list separator ';' (office-js #1167).
    const areas = Array.from({ length: 501 }, (_, i) => `A${i * 2 + 1}`).join(';');
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Budjetti');
      sheet.getRanges(areas).load('areaCount');
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidArgument'));
      const long = Array.from({ length: 450 }, (_, i) => `$AA$${i * 3 + 1000}:$AB$${i * 3 + 1001}`).join(';');
      expect(long.length).toBeGreaterThan(8000);
      sheet.getRanges(long).load('areaCount');
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidArgument'));
      const fine = sheet.getRanges('A1:A3; C5').load('areaCount,address');
      await context.sync();
      expect(fine.areaCount).toBe(2);
      expect(fine.address).toBe('Budjetti!A1:A3,Budjetti!C5');
    });
  });

  it('InvalidArgument for what the host does not implement, naming it', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      context.workbook.worksheets.getItem('Budjetti').getRange('A1').load('hyperlink');
      const failure = await context.sync().catch((error: unknown) => error);
      expect(failure).toMatchObject(officeError('InvalidArgument'));
      expect((failure as { debugInfo: { detail: string } }).debugInfo.detail).toContain('hyperlink');
    });
  });
});

describe('sheet names', () => {
  it.each([
    ['over 31 characters', 'Seurantaraportti vuodelta 2024 Q4'],
    ['a colon', 'Q4:2024'],
    ['a backslash', 'Q4\\2024'],
    ['a slash', 'Q4/2024'],
    ['a question mark', 'Miksi?'],
    ['an asterisk', 'Kaikki*'],
    ['a bracket', '[Yhteenveto]'],
    ['an empty name', ''],
    ['the name of another sheet in other case', 'BUDJETTI'],
  ])('InvalidArgument for a sheet name with %s', async (_case, name) => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      context.workbook.worksheets.add(name);
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidArgument'));
    });
    expect(book.sheetNames).toEqual(['Budjetti']);
  });

  it('accepts 31 characters, spaces, ä/ö and parentheses', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      context.workbook.worksheets.add('Yhteenveto (2)');
      context.workbook.worksheets.add('Poikkeamat ja kärkihankkeet 202');
      await context.sync();
    });
    expect(book.sheetNames).toEqual(['Budjetti', 'Yhteenveto (2)', 'Poikkeamat ja kärkihankkeet 202']);
  });

  it('applies the same rules when a sheet is renamed', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      context.workbook.worksheets.add('Toinen');
      context.workbook.worksheets.getItem('Toinen').name = 'budjetti';
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidArgument'));
    });
  });
});

describe('null objects', () => {
  it('getItemOrNullObject gives isNullObject after sync, for sheets, settings, names and charts', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Ei ole');
      const present = context.workbook.worksheets.getItemOrNullObject('budjetti'); // names match case-insensitively
      const setting = context.workbook.settings.getItemOrNullObject('ei');
      const name = context.workbook.names.getItemOrNullObject('Ei');
      const chart = context.workbook.worksheets.getItem('Budjetti').charts.getItemOrNullObject('Ei');
      expect(() => sheet.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect([sheet.isNullObject, present.isNullObject, setting.isNullObject, name.isNullObject, chart.isNullObject]).toEqual([
        true, false, true, true, true,
      ]);
    });
  });

  it('getUsedRangeOrNullObject is a null object on an empty sheet; getUsedRange is A1 there', async () => {
    const book = HeadlessWorkbook.create();
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const used = sheet.getUsedRangeOrNullObject(true);
      const fallback = sheet.getUsedRange().load('address');
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(fallback.address).toBe('Sheet1!A1');
    });
  });

  it('a loaded null object reports isNullObject and acting on it fails', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Ei ole').load('name');
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
      sheet.getRange('A1').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject(officeError('ItemNotFound'));
    });
  });
});

describe('proxies belong to their Excel.run', () => {
  it('fails a proxy used after its run ended', async () => {
    const book = await openXlsx(budget);
    const leaked = await run(book, async (context) => {
      const range = context.workbook.worksheets.getItem('Budjetti').getRange('A1').load('values');
      await context.sync();
      return range;
    });
    expect(leaked.values).toEqual([['Yksikkö']]); // what was loaded stays readable, as in Office
    expect(() => leaked.load('formulas')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
    expect(() => {
      leaked.values = [['x']];
    }).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
    await expect(leaked.context.sync()).rejects.toMatchObject({ code: 'InvalidObjectPath' });
  });

  it('fails a proxy passed to another run', async () => {
    const book = await openXlsx(budget);
    const source = await run(book, async (context) => context.workbook.worksheets.getItem('Budjetti').getRange('A1:C3'));
    await run(book, async (context) => {
      const charts = context.workbook.worksheets.getItem('Budjetti').charts;
      expect(() => charts.add('ColumnClustered', source, 'Columns')).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
    });
  });
});

describe('format reads over several cells', () => {
  it('answers the common value, or null where cells differ (also over whole columns)', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Budjetti');
      sheet.getRange('A1:C3').format.font.bold = true;
      const block = sheet.getRange('A1:C3').format.font.load('bold');
      const column = sheet.getRange('A:A').format.font.load('bold');
      const widths = sheet.getRange('B:C').format.load('columnWidth');
      await context.sync();
      expect(block.bold).toBe(true);
      expect(column.bold).toBeNull(); // rows below the table are not bold
      expect(widths.columnWidth).toBe(48); // Excel's standard width in points
    });
  });
});

describe('a written property on the same proxy', () => {
  it('reads back the value it was given, before any sync, as Office proxies do', async () => {
    const book = await openXlsx(budget);
    await run(book, async (context) => {
      const range = context.workbook.worksheets.getItem('Budjetti').getRange('B2');
      range.numberFormat = [['0.0']];
      expect(range.numberFormat).toEqual([['0.0']]);
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.values = [['123']];
      expect(range.values).toEqual([['123']]); // what was given, not what Excel made of it
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[123]]);
    });
  });
});
