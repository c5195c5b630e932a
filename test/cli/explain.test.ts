/** `check` explains how it read each table: layout, header rows, every column's role, the cost sign; the same in --json. */
import { runCli } from './support/run-cli';

const fixture = (name: string) => `test/fixtures/${name}`;

describe('check explains its reading of every table', () => {
  test('text: the statement blocks, their two header rows and what each column is, in Finnish', async () => {
    const run = await runCli(['check', fixture('statement-blocks.xlsx'), '--lang', 'fi']);
    expect(run.stdout).toContain(
      'Sivistyslautakunta!A4:G48 · tilinpäätöksen lohkot · mittakaava € · kulut positiivisina · yksiköt (3): Sivistyslautakunta, Varhaiskasvatus, Perusopetus\n' +
        '    otsikkorivit 4–5 · sarakkeet: A rivin nimi, B TA (Alkuperäinen TA 2024), C TA-muutokset (TA muutokset), D TA muutosten jälkeen, E toteuma (Toteutuma 1-12/2024), F poikkeama (Erotus), G toteuma-% (Käyttö- %)\n',
    );
  });

  test('text: the vertical chain says so, in Swedish, with its step and description columns', async () => {
    const run = await runCli(['check', fixture('budget-chain.xlsx'), '--lang', 'sv']);
    expect(run.stdout).toContain('budgetkedja i rader');
    expect(run.stdout).toContain(
      'rubrikrader 1 · kolumner: A enhet (Tehtäväalue), B radens namn (Rivi), C budgetsteg (Erä), D beskrivning (Selite), E budget efter ändringar (TA 2024), F utfall (Toteutuma 1-12/2024), G avvikelse (Poikkeama) · budgetkedjor 6 (ursprunglig + ändringar = totalt)',
    );
  });

  test('text: side-by-side tables are named left and right, in English', async () => {
    const run = await runCli(['check', fixture('side-by-side.xlsx'), '--lang', 'en']);
    expect(run.stdout).toContain(
      'header rows 1 · columns: A line label (Sivistyslautakunta), B original budget (TA 2024), C actual (TOT 1-12 2024) · left of two side-by-side tables',
    );
    expect(run.stdout).toContain(
      'header rows 1 · columns: E line label (Tekninen lautakunta), F original budget (TA 2024), G actual (TOT 1-12 2024) · right of two side-by-side tables',
    );
  });

  test('--json: tables[] carries the layout, header rows, columns and cost sign; deviations carry lineLabel', async () => {
    const run = await runCli(['check', fixture('unit-columns-export.xlsx'), '--json']);
    const [file] = JSON.parse(run.stdout);
    expect(file.tables).toHaveLength(1);
    // The conventions found (costSigns, deviationConvention, binding, tolerance) stand beside these.
    expect(file.tables).toMatchObject([
      {
        sheet: 'Raportti',
        range: 'A2:I45',
        layout: 'unit-columns',
        headerRows: [2, 3],
        columns: [
          { column: 'A', role: 'unit', label: 'Toimielin' },
          { column: 'B', role: 'unit', label: 'Tehtäväalue' },
          { column: 'C', role: 'label', label: 'Tili' },
          { column: 'D', role: 'binding', label: 'Sitovuus' },
          { column: 'E', role: 'figure', kind: 'budget', label: 'Alkuperäinen' },
          { column: 'F', role: 'figure', kind: 'supplementary', label: 'Muutokset' },
          { column: 'G', role: 'figure', kind: 'currentBudget', label: 'Talousarvio 2024 Muutosten jälkeen' },
          { column: 'H', role: 'figure', kind: 'actual', label: 'Toteutuma 1-12/2024' },
          { column: 'I', role: 'figure', kind: 'variance', label: 'Erotus' },
        ],
        side: null,
        budgetChains: 0,
        scale: 1,
        costSign: 'negative',
        units: ['Kaupunginhallitus', 'Vaalit', 'Hallinto', 'Tekninen lautakunta', 'Kadut ja puistot', 'Tilapalvelut'],
      },
    ]);
    expect(file.deviations[6]).toMatchObject({
      unit: 'Kaupunginhallitus',
      line: 'margin',
      lineLabel: '4999 TOIMINTAKATE/JÄÄMÄ',
      cell: 'H10',
    });
  });
});
