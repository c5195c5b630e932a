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
