import ExcelJS from 'exceljs';
import { plannedFormula, type ReportPlan } from '../../src/core/plan';
import { HostError } from '../../src/headless/errors';
import { loadWithExcelJs } from './support/compare';
import { open } from './support/host';
import { formattedBudget } from './support/workbooks';

/**
 * Texts a controller may well type as commentary or a unit name, which Excel would otherwise take as
 * a formula (=, +, -, @), a number, a percentage, a date or a truth value; and a tab and a carriage
 * return in front, which CSV-minded tools treat as formula starters.
 */
const texts = [
  '-0,5 milj. € säästöä henkilöstökuluissa',
  '+ lisätalousarvio 9/2024',
  '- selvitetään',
  '2024',
  "'lainausmerkki",
  '50 %',
  '=HYPERLINK("http://example.invalid/","x")',
  '=1+1',
  '@SUM(A1:A3)',
  '+A1',
  '-tulos',
  'TRUE',
  'false',
  '2024-06-30',
  '1e5',
  '\t=1+1',
  '\r=1+1',
];

const plan: ReportPlan = {
  period: { quarter: 4, year: 2024 },
  language: 'fi',
  sheets: [
    {
      key: 'deviations',
      name: 'Poikkeamat',
      values: [['Kommentti', 'Kaava'], ...texts.map((text, i) => [text, i === 0 ? plannedFormula('=1+1') : null])],
      formats: [],
      columnWidths: [],
      charts: [],
    },
  ],
};

describe('applyReport writes texts as texts', () => {
  it('keeps every planned text exactly as typed, whatever its first character or look; only a planned formula is a formula', async () => {
    const { book, ops } = await open(await formattedBudget());
    await ops.applyReport(plan);
    const sheet = (await loadWithExcelJs(await book.save())).getWorksheet('Poikkeamat')!;
    texts.forEach((text, i) => {
      const cell = sheet.getCell(`A${i + 2}`);
      expect(cell.formula).toBeUndefined();
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // An XML reader turns a raw carriage return into a line feed (ExcelJS writes it unescaped).
      expect(cell.value).toBe(text.replace(/\r/g, '\n'));
    });
    expect(sheet.getCell('B2').formula).toBe('1+1');
  });

  it('reads them back the same, so a second report carries them over unchanged', async () => {
    const { ops } = await open(await formattedBudget());
    await ops.applyReport(plan);
    const [report] = await ops.readReportSheets();
    expect(report.snapshot.values.slice(1).map((row) => row[0])).toEqual(texts);
  });
});

describe('the headless host stands in for Excel on typed input, and refuses user text as a formula', () => {
  /** A workbook whose cells hold, as text, what a hostile or careless user typed. */
  async function workbookWithTexts(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Talous');
    sheet.getCell('A1').value = '=HYPERLINK("http://example.invalid/","x")';
    sheet.getCell('A2').value = 'Kasvupalvelut';
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('writing a text of the workbook without the text prefix fails the sync with UserTextAsFormula', async () => {
    const { book } = await open(await workbookWithTexts());
    const attempt = book.host.run(async (context) => {
      context.workbook.worksheets.getItem('Talous').getRange('C1').formulas = [
        ['=HYPERLINK("http://example.invalid/","x")'],
      ];
      await context.sync();
    });
    await expect(attempt).rejects.toBeInstanceOf(HostError);
    await expect(attempt).rejects.toMatchObject({ code: 'UserTextAsFormula' });
  });

  it('a text the add-in wrote as text and later writes back as a formula is refused too', async () => {
    const { book } = await open(await workbookWithTexts());
    const attempt = book.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Talous');
      sheet.getRange('D1').values = [["'@SUM(B1:B3)"]];
      sheet.getRange('D2').values = [['@SUM(B1:B3)']];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'UserTextAsFormula' });
  });

  it('makes numbers, percentages, ISO dates and truth values of unprefixed text, as Excel does', async () => {
    const { book } = await open(await workbookWithTexts());
    await book.host.run(async (context) => {
      context.workbook.worksheets.getItem('Talous').getRange('B1:B5').values = [['2024'], ['50 %'], ['TRUE'], ['2024-06-30'], ['@A2']];
      await context.sync();
    });
    const sheet = (await loadWithExcelJs(await book.save())).getWorksheet('Talous')!;
    expect(sheet.getCell('B1').value).toBe(2024);
    expect(sheet.getCell('B2').value).toBe(0.5);
    expect(sheet.getCell('B3').value).toBe(true);
    expect(sheet.getCell('B4').value).toEqual(new Date(Date.UTC(2024, 5, 30)));
    expect(sheet.getCell('B5').formula).toBe('A2');
  });
});
