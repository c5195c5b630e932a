/** The Office side of the host: requirement sets (configurable to test degrading), language, theme, run options. */
import { HeadlessWorkbook } from '../../src/headless';
import { officeError } from './support';

describe('office', () => {
  it('claims ExcelApi up to 1.20 by default and nothing newer', () => {
    const { requirements } = HeadlessWorkbook.create().office.context;
    expect(requirements.isSetSupported('ExcelApi', '1.1')).toBe(true);
    expect(requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(requirements.isSetSupported('ExcelApi', '1.20')).toBe(true);
    expect(requirements.isSetSupported('ExcelApi', '1.21')).toBe(false);
    expect(requirements.isSetSupported('excelapi')).toBe(true);
    expect(requirements.isSetSupported('WordApi', '1.1')).toBe(false);
  });

  it('degrades to an older Excel when asked (apiVersion), versions compared numerically', () => {
    const { requirements } = HeadlessWorkbook.create({ apiVersion: '1.12' }).office.context;
    expect(requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(requirements.isSetSupported('ExcelApi', '1.20')).toBe(false);
  });

  it('supports other requirement sets when configured', () => {
    const { requirements } = HeadlessWorkbook.create({ requirementSets: { SharedRuntime: '1.1' } }).office.context;
    expect(requirements.isSetSupported('SharedRuntime', '1.1')).toBe(true);
    expect(requirements.isSetSupported('SharedRuntime', '1.2')).toBe(false);
  });

  it('has a display language (en-US unless given) and no theme, as Excel on the web', () => {
    expect(HeadlessWorkbook.create().office.context.displayLanguage).toBe('en-US');
    expect(HeadlessWorkbook.create({ displayLanguage: 'fi-FI' }).office.context.displayLanguage).toBe('fi-FI');
    expect(HeadlessWorkbook.create().office.context.officeTheme).toBeNull();
  });
});

describe('Excel.run options', () => {
  it('runs a batch with { mergeUndoGroup } where ExcelApi 1.20 is claimed, and counts the undo group', async () => {
    const book = HeadlessWorkbook.create();
    const name = await book.host.run({ mergeUndoGroup: true }, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1').load('name');
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe('Sheet1');
    expect(book.undoGroups).toBe(1);
  });

  it('refuses mergeUndoGroup on an Excel without ExcelApi 1.20', async () => {
    const book = HeadlessWorkbook.create({ apiVersion: '1.19' });
    await expect(book.host.run({ mergeUndoGroup: true }, async () => undefined)).rejects.toMatchObject(officeError('InvalidArgument'));
  });
});

describe('requirement sets enforced per API', () => {
  it('fails a member newer than the configured ExcelApi with ApiNotFound at sync, as an older Excel does', async () => {
    const book = HeadlessWorkbook.create({ apiVersion: '1.8' });
    await book.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B2').getCellProperties({ format: { fill: { color: true } } });
      await expect(context.sync()).rejects.toMatchObject(officeError('ApiNotFound'));
      sheet.getRanges('A1,B2').load('address');
      await expect(context.sync()).rejects.toMatchObject(officeError('ApiNotFound'));
      sheet.pageLayout.orientation = 'Landscape';
      await expect(context.sync()).rejects.toMatchObject(officeError('ApiNotFound'));
      const allowed = sheet.getRange('A1').conditionalFormats.load('items');
      sheet.freezePanes.freezeRows(1);
      await context.sync();
      expect(allowed.items).toEqual([]);
    });
  });

  it('fails conditional formats below ExcelApi 1.6 and null objects below 1.4', async () => {
    const book = HeadlessWorkbook.create({ apiVersion: '1.3' });
    await book.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').conditionalFormats.load('items');
      await expect(context.sync()).rejects.toMatchObject(officeError('ApiNotFound'));
      context.workbook.worksheets.getItemOrNullObject('x');
      await expect(context.sync()).rejects.toMatchObject(officeError('ApiNotFound'));
    });
  });
});
