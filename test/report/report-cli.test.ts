/**
 * `budget-monitor report` end to end on the bundled example: the saved workbook is opened again
 * with ExcelJS (sheets, values, number formats, page setup) and as a zip (the chart parts), and
 * every figure is checked against the example's own cells added up by hand.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { defaultSettings } from '../../src/core/settings';
import { createExcelOperations } from '../../src/excel';
import { HeadlessWorkbook } from '../../src/headless';
import { readExtras } from '../../src/headless/ooxml';
import { budgetMonitor } from './cli-run';

const example = join(__dirname, '../../examples/elvo-q4-2024.xlsx');
const errorsExample = join(__dirname, '../../examples/elvo-q2-2025-errors.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
const input = join(dir, 'elvo.xlsx');
copyFileSync(example, input);

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return workbook;
}

function rowWith(sheet: ExcelJS.Worksheet, text: string, column = 1): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    if (sheet.getRow(r).getCell(column).value === text) return sheet.getRow(r);
  }
  throw new Error(`No row with '${text}' on ${sheet.name}`);
}

/** The example's own figure (€) of a unit's line in a column, found by its labels, as a person reads it. */
async function exampleFigure(unit: string, line: string, column: string): Promise<number> {
  const sheet = (await open(example)).getWorksheet('Talous')!;
  let header = 0;
  let col = 0;
  let inUnit = false;
  let scale = 1;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    row.eachCell((cell, c) => {
      const text = String(cell.value ?? '');
      if (/1\s?000\s?€/.test(text)) scale = 1000;
      if (typeof cell.value === 'string' && cell.value.trim() === column) {
        header = r;
        col = c;
      }
    });
    const label = String(row.getCell(1).value ?? '').trim();
    if (header > 0 && r > header) {
      if (label === unit) inUnit = true;
      else if (inUnit && label === line) {
        const value = row.getCell(col).value;
        const result = typeof value === 'object' && value !== null && 'result' in value ? value.result : value;
        return Number(result) * scale;
      }
    }
  }
  throw new Error(`No ${unit} / ${line} / ${column} in the example`);
}

describe('budget-monitor report on the example (Finnish, milj. €)', () => {
  const out = join(dir, 'raportti.xlsx');
  let run: Awaited<ReturnType<typeof budgetMonitor>>;
  let book: ExcelJS.Workbook;
  const before = sha(input);

  beforeAll(async () => {
    run = await budgetMonitor(['report', input, '--out', out]);
    book = await open(out);
  }, 60_000);

  test('exits 0, says where the report went and never writes FILE', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Raportti Q4/2024');
    expect(run.stdout).toContain(out);
    expect(run.stdout).toMatch(/Havainnot: virheitä 0/);
    expect(run.stdout).toMatch(/Poikkeamat: punaisia 3, keltaisia 0, vihreitä 27/);
    expect(sha(input)).toBe(before);
    expect(readdirSync(dir).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  test('adds the four report sheets after the user sheets; the user sheet Strategia keeps its name', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Talous',
      'Strategia',
      'Yhteenveto',
      'Poikkeamat',
      'Strategia (2)',
      'Sanasto',
    ]);
    for (const name of ['Yhteenveto', 'Poikkeamat', 'Strategia (2)', 'Sanasto']) {
      const setup = book.getWorksheet(name)!.pageSetup;
      expect(setup.orientation).toBe('landscape');
      expect(setup.fitToPage).toBe(true);
      expect(setup.fitToWidth).toBe(1);
    }
  });

  test("Summary: the seed's key figures, exact euros shown in milj. € with the prior year in brackets", async () => {
    const summary = book.getWorksheet('Yhteenveto')!;
    expect(summary.getCell('A1').value).toBe('SEURANTARAPORTTI Q4/2024');
    expect(summary.getCell('A2').value).toBe('Elinvoiman palvelualue');
    const seed = {
      Kasvupalvelut: { income: 3.7, incomePrior: 2.0, expenses: 10.7, expensesPrior: 10.9 },
      Työllisyyspalvelut: { income: 1.8, incomePrior: 1.2, expenses: 25.7, expensesPrior: 27.3 },
    };
    for (const [area, figures] of Object.entries(seed)) {
      const row = rowWith(summary, area);
      const cells = [2, 3, 4, 5, 6].map((c) => row.getCell(c));
      const expected = [
        await exampleFigure(area, 'Toimintatuotot', 'TOT 1-12 2024'),
        await exampleFigure(area, 'Toimintatuotot', 'TP 2023'),
        await exampleFigure(area, 'Toimintakulut', 'TOT 1-12 2024'),
        await exampleFigure(area, 'Toimintakulut', 'TP 2023'),
        (await exampleFigure(area, 'Toimintakate', 'ENN 2024')) - (await exampleFigure(area, 'Toimintakate', 'KS+LTA:t 2024')),
      ];
      expect(cells.map((c) => c.value)).toEqual(expected);
      // What the reader sees, one decimal in millions: the seed's figures.
      expect(expected.slice(0, 4).map((v) => Math.round(v / 100_000) / 10)).toEqual([
        figures.income,
        figures.incomePrior,
        figures.expenses,
        figures.expensesPrior,
      ]);
      expect(cells.map((c) => c.numFmt)).toEqual([
        '#,##0.0,,',
        '(#,##0.0,,);(-#,##0.0,,)',
        '#,##0.0,,',
        '(#,##0.0,,);(-#,##0.0,,)',
        '+#,##0.0,,_);-#,##0.0,,_);0.0_)',
      ]);
      expect(cells.every((c) => typeof c.value === 'number')).toBe(true);
      expect(row.getCell(7).value).toBe('Suotuisa');
    }
    expect(Math.round((rowWith(summary, 'Kasvupalvelut').getCell(6).value as number) / 100_000) / 10).toBe(1.8);
    expect(Math.round((rowWith(summary, 'Työllisyyspalvelut').getCell(6).value as number) / 100_000) / 10).toBe(1.7);
    expect(rowWith(summary, 'Sitovuustason ylityksiä ei ole.').number).toBe(5);
  });

  test('Deviations: every unit and line, red first, explanation missing on red, keys for the commentary', () => {
    const sheet = book.getWorksheet('Poikkeamat')!;
    const header = sheet.getRow(4).values as unknown[];
    expect(header.slice(1)).toEqual([
      'Yksikkö', 'Rivi', 'Suunnitelma', 'Ennuste', 'Poikkeama', 'Poikkeama %',
      'Suunta', 'Väri', 'Kommentti', 'Tunniste',
    ]);
    const rows: ExcelJS.Row[] = [];
    for (let r = 5; r <= sheet.rowCount; r += 1) if (sheet.getRow(r).getCell(10).value) rows.push(sheet.getRow(r));
    expect(rows).toHaveLength(30); // 3 units × 10 lines
    expect(rows.slice(0, 3).map((r) => r.getCell(8).value)).toEqual(['Punainen', 'Punainen', 'Punainen']);
    expect(rows.slice(0, 3).map((r) => r.getCell(9).value)).toEqual(['Selitys puuttuu', 'Selitys puuttuu', 'Selitys puuttuu']);
    expect(rows.slice(3).every((r) => r.getCell(8).value !== 'Punainen')).toBe(true);
    const grants = rows.find((r) => r.getCell(10).value === 'Elinvoiman palvelualue/Kasvupalvelut|grants')!;
    expect(grants.getCell(2).value).toBe('Avustukset');
    expect(grants.getCell(5).value).toBe((grants.getCell(4).value as number) - (grants.getCell(3).value as number));
    expect(grants.getCell(5).numFmt).toBe('+#,##0.0,,_);-#,##0.0,,_);0.0_)');
    expect(grants.getCell(6).numFmt).toBe('+0.0 %;-0.0 %;0.0 %');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  test('Strategy: counts per goal and the seed total 16 / 6 / 0', () => {
    const sheet = book.getWorksheet('Strategia (2)')!;
    expect(sheet.getCell('A1').value).toBe('STRATEGIAN TOTEUTUMINEN Q4/2024');
    const total = rowWith(sheet, 'Yhteensä');
    expect([2, 3, 4, 5].map((c) => total.getCell(c).value)).toEqual([16, 6, 0, 22]);
    // Per goal as the seed's tables give them: achieved, partly, not achieved, measures.
    expect(
      ['Hiilineutraali Lahti', 'Osaava Lahti', 'Elävä Lahti', 'Hyvinvoiva Lahti', 'Houkutteleva työyhteisö Lahti'].map(
        (goal) => [2, 3, 4, 5].map((c) => rowWith(sheet, goal).getCell(c).value),
      ),
    ).toEqual([
      [4, 1, 0, 5],
      [5, 2, 0, 7],
      [2, 1, 0, 3],
      [1, 1, 0, 2],
      [4, 1, 0, 5],
    ]);
  });

  test('Glossary: the terms in Finnish', () => {
    const sheet = book.getWorksheet('Sanasto')!;
    expect(rowWith(sheet, 'KS+LTA:t').getCell(2).value).toBe('Voimassa oleva käyttösuunnitelma');
    expect(rowWith(sheet, 'Toimintakate').getCell(3).value).toBe('Toimintatuotot − toimintakulut + valmistus omaan käyttöön');
  });

  test('three native charts in the package: type, title, series and source ranges', async () => {
    const bytes = new Uint8Array(readFileSync(out));
    const zip = await JSZip.loadAsync(bytes);
    const chartFiles = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(chartFiles).toHaveLength(3);
    const { charts } = await readExtras(bytes);
    const byTitle = new Map(charts.map((chart) => [chart.title, chart]));
    const incomeExpenses = byTitle.get('Toimintatuotot ja -kulut vastuualueittain (milj. €)')!;
    expect(incomeExpenses).toMatchObject({ sheet: 'Yhteenveto', type: 'ColumnClustered', legend: 'Bottom' });
    expect(incomeExpenses.series.map((s) => s.name)).toEqual(['TP 2023', 'KS+LTA:t', 'ENN 2024']);
    expect(incomeExpenses.series[0].categories).toEqual([
      'Kasvupalvelut: tuotot',
      'Kasvupalvelut: kulut',
      'Työllisyyspalvelut: tuotot',
      'Työllisyyspalvelut: kulut',
    ]);
    const summary = book.getWorksheet('Yhteenveto')!;
    const block = rowWith(summary, 'Toimintatuotot ja -kulut vastuualueittain (milj. €)').number + 1;
    expect(incomeExpenses.series[0].nameRef.replace(/[$']/g, '')).toBe(`Yhteenveto!B${block}`);
    expect(incomeExpenses.series[0].categoriesRef.replace(/[$']/g, '')).toBe(`Yhteenveto!A${block + 1}:A${block + 4}`);
    expect(incomeExpenses.series[2].valuesRef.replace(/[$']/g, '')).toBe(`Yhteenveto!D${block + 1}:D${block + 4}`);
    expect(incomeExpenses.series[2].values).toEqual([
      await exampleFigure('Kasvupalvelut', 'Toimintatuotot', 'ENN 2024'),
      await exampleFigure('Kasvupalvelut', 'Toimintakulut', 'ENN 2024'),
      await exampleFigure('Työllisyyspalvelut', 'Toimintatuotot', 'ENN 2024'),
      await exampleFigure('Työllisyyspalvelut', 'Toimintakulut', 'ENN 2024'),
    ]);
    expect(incomeExpenses.series.map((s) => s.colour)).toEqual(['#BFBFBF', '#595959', '#2F75B5']);

    const margin = byTitle.get('Toimintakatteen poikkeama vastuualueittain (milj. €)')!;
    expect(margin).toMatchObject({ sheet: 'Yhteenveto', type: 'BarClustered' });
    expect(margin.series).toHaveLength(1);
    expect(margin.series[0].categories).toEqual(['Kasvupalvelut', 'Työllisyyspalvelut', 'Elinvoiman palvelualue yhteensä']);
    expect(margin.series[0].pointColours).toEqual(['#2E7D32', '#2E7D32', '#2E7D32']);
    expect(margin.series[0].values.map((v) => Math.round(v! / 100_000) / 10)).toEqual([1.8, 1.7, 3.6]);

    const strategy = byTitle.get('Strategisten toimenpiteiden tila tavoitteittain')!;
    expect(strategy).toMatchObject({ sheet: 'Strategia (2)', type: 'BarStacked' });
    expect(strategy.series.map((s) => s.name)).toEqual(['Toteutui', 'Toteutui osittain', 'Ei toteutunut']);
    expect(strategy.series.map((s) => s.colour)).toEqual(['#2E7D32', '#F2B705', '#C62828']);
    expect(strategy.series[0].categoriesRef.replace(/[$']/g, '')).toBe('Strategia (2)!A4:A8');
    expect(strategy.series[0].values.reduce((a, b) => a! + b!, 0)).toBe(16);
  });
});

describe('budget-monitor report in Swedish and English, other scales', () => {
  test.each([
    ['sv', 'milj', ['Sammandrag', 'Avvikelser', 'Strategi', 'Ordlista'], 'UPPFÖLJNINGSRAPPORT Q4/2024', '#,##0.0,,'],
    ['en', 't', ['Summary', 'Deviations', 'Strategy', 'Glossary'], 'FOLLOW-UP REPORT Q4/2024', '#,##0,'],
    ['en', 'eur', ['Summary', 'Deviations', 'Strategy', 'Glossary'], 'FOLLOW-UP REPORT Q4/2024', '#,##0'],
  ])('--lang %s --scale %s', async (lang, scale, names, title, format) => {
    const out = join(dir, `report-${lang}-${scale}.xlsx`);
    const run = await budgetMonitor(['report', input, `--out=${out}`, '--lang', lang, '--scale', scale]);
    expect(run.code).toBe(0);
    const book = await open(out);
    expect(book.worksheets.slice(2).map((s) => s.name)).toEqual(names);
    const summary = book.getWorksheet(names[0])!;
    expect(summary.getCell('A1').value).toBe(title);
    const kasvu = rowWith(summary, 'Kasvupalvelut');
    expect(kasvu.getCell(2).value).toBe(await exampleFigure('Kasvupalvelut', 'Toimintatuotot', 'TOT 1-12 2024'));
    expect(kasvu.getCell(2).numFmt).toBe(format);
  }, 60_000);
});

test('without --lang the report takes the language stored in the workbook\'s settings; --lang overrides it', async () => {
  const book = await HeadlessWorkbook.load(new Uint8Array(readFileSync(example)));
  await createExcelOperations(book.host, book.office).saveSettings({ ...defaultSettings, language: 'sv' });
  const swedish = join(dir, 'svenska.xlsx');
  require('node:fs').writeFileSync(swedish, await book.save());
  const out = join(dir, 'svenska-rapport.xlsx');
  const run = await budgetMonitor(['report', swedish, '--out', out]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('Rapporten Q4/2024');
  expect((await open(out)).worksheets.slice(2).map((s) => s.name)).toEqual(['Sammandrag', 'Avvikelser', 'Strategi', 'Ordlista']);
  const english = join(dir, 'svenska-en.xlsx');
  expect((await budgetMonitor(['report', swedish, '--out', english, '--lang', 'en'])).code).toBe(0);
  expect((await open(english)).worksheets.slice(2).map((s) => s.name)).toEqual(['Summary', 'Deviations', 'Strategy', 'Glossary']);
}, 60_000);

describe('budget-monitor report refuses what would do harm, and says why', () => {
  test('--out naming FILE, also through another spelling, a symbolic or a hard link, is refused and FILE is untouched', async () => {
    const before = sha(input);
    const spellings = [input, join(dir, '..', relative(join(dir, '..'), dir), 'elvo.xlsx'), relative(process.cwd(), input)];
    const link = join(dir, 'link.xlsx');
    symlinkSync(input, link);
    const hardLink = join(dir, 'hard-link.xlsx');
    linkSync(input, hardLink);
    spellings.push(link, hardLink);
    for (const spelling of spellings) {
      const run = await budgetMonitor(['report', input, '--out', spelling]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('alkuperäistä tiedostoa ei kirjoiteta');
    }
    expect(sha(input)).toBe(before);
  });

  test('a wrong command line exits 2 with a reason', async () => {
    expect((await budgetMonitor(['report', input])).stderr).toContain('--out');
    expect((await budgetMonitor(['report', input, '--out', join(dir, 'x.xlsx'), '--period', 'Q5/2024'])).code).toBe(2);
    expect((await budgetMonitor(['report', input, '--out', join(dir, 'x.xlsx'), '--scale', 'mrd'])).code).toBe(2);
    expect((await budgetMonitor(['report', input, '--out', join(dir, 'x.xlsx'), '--lang', 'de'])).code).toBe(2);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  test('a file that is not a workbook exits 2; a missing one too', async () => {
    const notXlsx = join(dir, 'notes.xlsx');
    require('node:fs').writeFileSync(notXlsx, 'not a workbook');
    const run = await budgetMonitor(['report', notXlsx, '--out', join(dir, 'y.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('notes.xlsx');
    expect((await budgetMonitor(['report', join(dir, 'none.xlsx'), '--out', join(dir, 'y.xlsx')])).code).toBe(2);
    expect(existsSync(join(dir, 'y.xlsx'))).toBe(false);
  });

  test('error findings exit 1, and the report is still written', async () => {
    const out = join(dir, 'errors-report.xlsx');
    const run = await budgetMonitor(['report', errorsExample, '--out', out, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Findings: errors [1-9]\d*/);
    expect(existsSync(out)).toBe(true);
    const book = await open(out);
    const summary = book.getWorksheet('Summary')!;
    expect(summary.getCell('A1').value).toBe('FOLLOW-UP REPORT Q2/2025');
    // The binding-level overrun comes first, before the key figures, as needing the council.
    expect(summary.getCell('A5').value).toBe('Binding-level overruns: need a council decision (supplementary budget)');
    expect(String(summary.getCell('A6').value)).toBe('Työllisyyspalvelut: appropriation overrun, Operating margin (net binding) (EUR million)');
    expect(typeof summary.getCell('F6').value).toBe('number');
    expect(summary.getCell('B6').value).toBeNull();
    expect(rowWith(summary, 'Työllisyyspalvelut').getCell(7).value).toBe('Unfavourable');
    // An interim quarter: actual to date against half of the plan.
    const deviations = book.getWorksheet('Deviations')!;
    expect((deviations.getRow(4).values as unknown[]).slice(9, 12)).toEqual(['Actual Q2/2025', 'Expected 50 %', 'Actual variance']);
    const margin = rowWith(deviations, 'Elinvoiman palvelualue/Työllisyyspalvelut|margin', 13);
    const plan = margin.getCell(3).value as number;
    expect(margin.getCell(10).value).toBe(plan / 2);
    expect(margin.getCell(11).value).toBe((margin.getCell(9).value as number) - plan / 2);
    expect(margin.getCell(12).value).toBe('Explanation missing');
  }, 60_000);

  test('--flags also colours the deviation and status cells', async () => {
    const out = join(dir, 'flagged.xlsx');
    const run = await budgetMonitor(['report', input, '--out', out, '--flags', '--lang', 'en']);
    expect(run.code).toBe(0);
    const flagged = Number(/Cells flagged with colours: (\d+)/.exec(run.stdout)?.[1]);
    expect(flagged).toBe(30 + 22);
  }, 60_000);
});
