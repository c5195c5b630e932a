/**
 * Where Excel refuses or behaves by platform, locale and workbook state, the host does too: the undo
 * table of "Undo capabilities", getRanges' list separator (office-js #1167, #1985), sheet and workbook
 * structure protection, partial application of a failed sync, and cell-edit mode.
 */
import JSZip from 'jszip';
import { getRangesSeparator, HeadlessWorkbook, type Platform } from '../../src/headless';
import { officeError, openXlsx, run, xlsxWith } from './support';

const rows = [
  ['Yksikkö', 'TA', 'ENN'],
  ['Kasvupalvelut', 100, 110],
];

describe('undo groups', () => {
  const inGroup = (book: HeadlessWorkbook, batch: (context: Excel.RequestContext) => Promise<void>) =>
    book.host.run({ mergeUndoGroup: true }, batch);

  it.each<[Platform, string[]]>([
    ['web', ['Worksheet.delete']],
    ['windows', ['Worksheet.delete', 'Worksheet.name']],
    ['mac', ['Worksheet.delete', 'Worksheet.name']],
  ])('on Excel on %s fails %j inside mergeUndoGroup with UndoNotSupported', async (platform, refused) => {
    const book = await openXlsx(rows, { platform });
    await run(book, async (context) => {
      context.workbook.worksheets.add('Toinen');
      await context.sync();
    });
    const outcomes: Record<string, string> = {};
    await inGroup(book, async (context) => {
      context.workbook.worksheets.getItem('Toinen').name = 'Kolmas';
      outcomes['Worksheet.name'] = await context.sync().then(
        () => 'ok',
        (error: { code: string }) => error.code,
      );
    });
    await inGroup(book, async (context) => {
      context.workbook.worksheets.getItem(book.sheetNames[1]).delete();
      outcomes['Worksheet.delete'] = await context.sync().then(
        () => 'ok',
        (error: { code: string }) => error.code,
      );
    });
    for (const member of ['Worksheet.name', 'Worksheet.delete'])
      expect([member, outcomes[member]]).toEqual([member, refused.includes(member) ? 'UndoNotSupported' : 'ok']);
  });

  it('runs the same calls outside an undo group on every platform', async () => {
    const book = await openXlsx(rows, { platform: 'windows' });
    await run(book, async (context) => {
      context.workbook.worksheets.add('Toinen').name = 'Kolmas';
      await context.sync();
      context.workbook.worksheets.getItem('Kolmas').delete();
      await context.sync();
    });
    expect(book.sheetNames).toEqual(['Budjetti']);
  });
});

describe('the list separator of getRanges', () => {
  it('is the locale’s on Windows and Mac, and a comma on the web', () => {
    expect(getRangesSeparator('windows', 'fi-FI')).toBe(';');
    expect(getRangesSeparator('mac', 'sv-SE')).toBe(';');
    expect(getRangesSeparator('windows', 'en-US')).toBe(',');
    expect(getRangesSeparator('web', 'fi-FI')).toBe(',');
  });

  it('fails a comma-separated list on Excel on Windows in fi-FI, the host’s default, and takes ";"', async () => {
    const book = await openXlsx(rows);
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Budjetti');
      sheet.getRanges('A1,B2').load('areaCount');
      await expect(context.sync()).rejects.toMatchObject(officeError('InvalidArgument'));
      const areas = sheet.getRanges('A1;B2').load('areaCount,address');
      await context.sync();
      expect(areas.areaCount).toBe(2);
      // Addresses Excel returns are language neutral, with commas.
      expect(areas.address).toBe('Budjetti!A1,Budjetti!B2');
    });
  });

  it('takes a comma on Excel on the web', async () => {
    const book = await openXlsx(rows, { platform: 'web' });
    await run(book, async (context) => {
      const areas = context.workbook.worksheets.getItem('Budjetti').getRanges('A1,B2').load('areaCount');
      await context.sync();
      expect(areas.areaCount).toBe(2);
    });
  });
});

describe('protection', () => {
  it('a protected sheet refuses cell and format writes with AccessDenied, unless its options allow formatting', async () => {
    const book = await openXlsx(rows);
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Budjetti');
      sheet.protection.protect();
      await context.sync();
      sheet.protection.load('protected,options');
      await context.sync();
      expect(sheet.protection.protected).toBe(true);
      expect(sheet.protection.options.allowFormatCells).toBe(false);
      sheet.getRange('B2').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject(officeError('AccessDenied'));
      sheet.getRange('B2').conditionalFormats.add('Custom');
      await expect(context.sync()).rejects.toMatchObject(officeError('AccessDenied'));
      sheet.protection.unprotect();
      sheet.protection.protect({ allowFormatCells: true });
      sheet.getRange('B2').format.fill.color = '#FFFF00';
      await context.sync();
      sheet.getRange('B2').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject(officeError('AccessDenied'));
    });
  });

  it('reads the protection a sheet was saved with without loading the sheet, keeps the parts of sheets only read, and refuses writes by it', async () => {
    const input = await xlsxWith(rows, (workbook) => {
      void workbook.getWorksheet('Budjetti')!.protect('', { formatCells: true });
      workbook.addWorksheet('Muistio').getCell('A1').value = 'vapaa';
    });
    const inputPart = async (bytes: Uint8Array, path: string) =>
      (await JSZip.loadAsync(bytes)).file(path)!.async('string');
    expect(await inputPart(input, 'xl/worksheets/sheet1.xml')).toMatch(/<sheetProtection sheet="1" formatCells="0"/);
    const book = await HeadlessWorkbook.load(input);
    const protections = await run(book, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/protection/protected,items/protection/options');
      await context.sync();
      return sheets.items.map((sheet) => [
        sheet.name,
        sheet.protection.protected,
        sheet.protection.options.allowFormatCells,
      ]);
    });
    expect(protections).toEqual([
      ['Budjetti', true, true],
      ['Muistio', false, false],
    ]);
    // Conditional formats are read from the sheet loaded into ExcelJS; a sheet only read keeps its part all the same.
    await run(book, async (context) => {
      const formats = context.workbook.worksheets.getItem('Muistio').getRange('A1').conditionalFormats;
      formats.load('items');
      await context.sync();
    });
    const saved = await book.save();
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'])
      expect(await inputPart(saved, part)).toBe(await inputPart(input, part));
    await run(book, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Budjetti');
      sheet.getRange('B2').format.fill.color = '#FFFF00';
      await context.sync();
      sheet.getRange('B2').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject(officeError('AccessDenied'));
      context.workbook.worksheets.getItem('Muistio').getRange('A1').values = [['muutettu']];
      await context.sync();
    });
  });

  it('workbook structure protection refuses adding, renaming and deleting sheets, not cell writes', async () => {
    const book = await openXlsx(rows);
    await run(book, async (context) => {
      context.workbook.protection.protect();
      await context.sync();
      context.workbook.worksheets.add('Uusi');
      await expect(context.sync()).rejects.toMatchObject(officeError('AccessDenied'));
      context.workbook.worksheets.getItem('Budjetti').name = 'Muu';
      await expect(context.sync()).rejects.toMatchObject(officeError('AccessDenied'));
      context.workbook.worksheets.getItem('Budjetti').getRange('B2').values = [[5]];
      await context.sync();
    });
    expect(book.sheetNames).toEqual(['Budjetti']);
  });
});

describe('workbook structure protection in the file', () => {
  /** The test workbook with <workbookProtection> where CT_Workbook has it, after <workbookPr>. */
  async function withWorkbookProtection(attributes: string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await xlsxWith(rows));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    expect(xml).toMatch(/<workbookPr [^>]*\/>/);
    zip.file('xl/workbook.xml', xml.replace(/(<workbookPr [^>]*\/>)/, `$1<workbookProtection ${attributes}/>`));
    return zip.generateAsync({ type: 'uint8array' });
  }
  const workbookXml = async (bytes: Uint8Array) =>
    (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
  const isProtected = (book: HeadlessWorkbook) =>
    run(book, async (context) => {
      context.workbook.protection.load('protected');
      await context.sync();
      return context.workbook.protection.protected;
    });

  it('opens protected where the file says lockStructure, and refuses a new sheet as Excel does', async () => {
    const book = await HeadlessWorkbook.load(await withWorkbookProtection('lockStructure="1"'));
    await expect(isProtected(book)).resolves.toBe(true);
    await expect(
      run(book, async (context) => {
        context.workbook.worksheets.add('Uusi');
        await context.sync();
      }),
    ).rejects.toMatchObject(officeError('AccessDenied'));
    // Saved unchanged, the element is the file's own.
    expect(await workbookXml(await book.save())).toContain('<workbookProtection lockStructure="1"/>');
  });

  it('opens unprotected where only the windows are locked', async () => {
    const book = await HeadlessWorkbook.load(await withWorkbookProtection('lockWindows="1"'));
    await expect(isProtected(book)).resolves.toBe(false);
  });

  it('saves protect() as lockStructure before <bookViews>, and unprotect() clears it keeping the other locks', async () => {
    const book = await openXlsx(rows);
    await run(book, async (context) => {
      context.workbook.protection.protect();
      await context.sync();
    });
    const saved = await book.save();
    expect(await workbookXml(saved)).toMatch(/<workbookProtection lockStructure="1"\/><bookViews>/);
    await expect(isProtected(await HeadlessWorkbook.load(saved))).resolves.toBe(true);

    const locked = await HeadlessWorkbook.load(await withWorkbookProtection('lockStructure="1" lockWindows="1"'));
    await run(locked, async (context) => {
      context.workbook.protection.unprotect();
      await context.sync();
    });
    const unlocked = await locked.save();
    expect(await workbookXml(unlocked)).toContain('<workbookProtection lockWindows="1"/>');
    await expect(isProtected(await HeadlessWorkbook.load(unlocked))).resolves.toBe(false);
  });
});

describe('a failed sync', () => {
  it('keeps the actions before the failing one applied and runs none after it, as Excel does', async () => {
    const book = await openXlsx(rows);
    await run(book, async (context) => {
      context.workbook.worksheets.add('Toinen').getRange('A1').values = [['tehty']];
      context.workbook.worksheets.getItem('Puuttuu').getRange('A1').values = [['virhe']];
      context.workbook.worksheets.add('Kolmas');
      await expect(context.sync()).rejects.toMatchObject(officeError('ItemNotFound'));
    });
    expect(book.sheetNames).toEqual(['Budjetti', 'Toinen']);
  });
});

describe('cell-edit mode', () => {
  it('fails every request while the user edits a cell, applying nothing', async () => {
    const book = await openXlsx(rows);
    book.beginCellEdit();
    await expect(
      run(book, async (context) => {
        context.workbook.worksheets.add('Uusi');
        await context.sync();
      }),
    ).rejects.toMatchObject(officeError('InvalidOperationInCellEditMode'));
    book.endCellEdit();
    expect(book.sheetNames).toEqual(['Budjetti']);
  });

  it('holds a request with delayForCellEdit (ExcelApi 1.11) until the edit ends; an older Excel ignores the option', async () => {
    const book = await openXlsx(rows);
    book.beginCellEdit();
    const delayed = book.host.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.add('Uusi');
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(book.sheetNames).toEqual(['Budjetti']);
    book.endCellEdit();
    await delayed;
    expect(book.sheetNames).toEqual(['Budjetti', 'Uusi']);
    const older = await openXlsx(rows, { apiVersion: '1.10' });
    older.beginCellEdit();
    await expect(older.host.run({ delayForCellEdit: true }, (context) => context.sync())).rejects.toMatchObject(
      officeError('InvalidOperationInCellEditMode'),
    );
  });
});
