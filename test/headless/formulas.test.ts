/**
 * Formulas the add-in writes keep their text; the host caches a result only for what it computes
 * exactly (numbers, references, SUM, + and −) and leaves the rest without one.
 */
import { HeadlessWorkbook } from '../../src/headless';
import { parseSimpleFormula } from '../../src/headless/formulas';
import { run } from './support';

async function written(formulas: (string | number)[][], read: string): Promise<{ values: unknown[][]; formulas: unknown[][] }> {
  const book = HeadlessWorkbook.create();
  return run(book, async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRangeByIndexes(0, 0, formulas.length, formulas[0].length).formulas = formulas;
    const range = sheet.getRange(read).load('values,formulas');
    await context.sync();
    return { values: range.values, formulas: range.formulas };
  });
}

describe('cached results of written formulas', () => {
  it('computes SUM of a range, references joined by + and −, and numbers', async () => {
    const result = await written([[1, 2, 3, '=SUM(A1:C1)', '=A1+B1-C1', '=-A1+10', '=SUM(A1:B1,C1)-1']], 'D1:G1');
    expect(result.values).toEqual([[6, 0, 9, 5]]);
    expect(result.formulas).toEqual([['=SUM(A1:C1)', '=A1+B1-C1', '=-A1+10', '=SUM(A1:B1,C1)-1']]);
  });

  it('follows formulas written before or after in the same array, and across sheets by name', async () => {
    const book = HeadlessWorkbook.create();
    await run(book, async (context) => {
      const other = context.workbook.worksheets.add('Tiedot (2)');
      other.getRange('A1').values = [[40]];
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:C1').formulas = [['=B1+1', "='Tiedot (2)'!A1+2", 5]];
      const range = sheet.getRange('A1:B1').load('values');
      await context.sync();
      expect(range.values).toEqual([[43, 42]]);
      other.getRange('A1').values = [[0]];
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[3, 2]]); // recomputed after the input changed
    });
  });

  it('leaves every other formula without a result (read as empty), never a guess', async () => {
    const result = await written([[1, 'teksti', '=AVERAGE(A1:A1)', '=A1*2', '=A1+B1', '=IF(A1>0,1,0)', '=C1+1']], 'C1:G1');
    expect(result.values).toEqual([['', '', '', '', '']]);
    expect(result.formulas).toEqual([['=AVERAGE(A1:A1)', '=A1*2', '=A1+B1', '=IF(A1>0,1,0)', '=C1+1']]);
  });

  it('SUM skips text as Excel does; a circular reference gives no result', async () => {
    const result = await written([[1, 'x', '=SUM(A1:B1)', '=E1+1', '=D1+1']], 'C1:E1');
    expect(result.values).toEqual([[1, '', '']]);
  });

  it('parses only the simple forms', () => {
    expect(parseSimpleFormula('=A1+$B$2-SUM(C1:C5)+3')).toHaveLength(4);
    expect(parseSimpleFormula('=A1 A2')).toBeNull();
    expect(parseSimpleFormula('=A1:A3')).toBeNull();
    expect(parseSimpleFormula('=ROUND(A1,1)')).toBeNull();
  });
});

describe('values written as Excel takes typed input', () => {
  it('turns plain number text into numbers, keeps other text, makes "=…" a formula', async () => {
    const result = await written([['123', '-1.5', '1 234,5', 'abc', '=1+2', '-', '+A1', '-tulos']], 'A1:H1');
    expect(result.values).toEqual([[123, -1.5, '1 234,5', 'abc', 3, '-', 123, '']]);
    // Excel reads text starting with + or - as a formula: '-tulos' becomes =-tulos (#NAME? in Excel).
    expect(result.formulas).toEqual([[123, -1.5, '1 234,5', 'abc', '=1+2', '-', '=+A1', '=-tulos']]);
  });
});
