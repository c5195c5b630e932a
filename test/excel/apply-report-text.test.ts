import type { ReportPlan } from '../../src/core/plan';
import { loadWithExcelJs } from './support/compare';
import { open } from './support/host';
import { formattedBudget } from './support/workbooks';

/** Texts a controller may well type as commentary, which Excel would otherwise take as a formula or a number. */
const texts = ['-0,5 milj. € säästöä henkilöstökuluissa', '+ lisätalousarvio 9/2024', '- selvitetään', '2024', "'lainausmerkki", '50 %'];

const plan: ReportPlan = {
  period: { quarter: 4, year: 2024 },
  language: 'fi',
  sheets: [
    {
      key: 'deviations',
      name: 'Poikkeamat',
      values: [['Kommentti', 'Kaava'], ...texts.map((text, i) => [text, i === 0 ? '=1+1' : null])],
      formats: [],
      columnWidths: [],
      charts: [],
    },
  ],
};

describe('applyReport writes texts as texts', () => {
  it('keeps commentary beginning with a minus, a plus, an apostrophe or reading as a number exactly as typed', async () => {
    const { book, ops } = await open(await formattedBudget());
    await ops.applyReport(plan);
    const sheet = (await loadWithExcelJs(await book.save())).getWorksheet('Poikkeamat')!;
    texts.forEach((text, i) => {
      const cell = sheet.getCell(`A${i + 2}`);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
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
