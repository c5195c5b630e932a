import { toA1 } from '../../../src/core/address';
import { chartColour, flagFill, scenarioColour } from '../../../src/core/colours';
import type { Finding } from '../../../src/core/model';
import { commentaryKey, planReport, readCommentary } from '../../../src/core/report';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { elvoAnalysis, elvoTable } from './elvo-analysis';
import { validateWorkbook } from '../../../src/core/rules';
import { defaultSettings } from '../../../src/core/settings';
import { block, formatAt, readBack, rowOf, sheetOf, valueAt } from './plan-helpers';

const milj = '#,##0.0,,';

describe('the report plan of the seed service area (Q4/2024, fi, milj. €)', () => {
  const plan = planReport(elvoAnalysis(), { language: 'fi', scale: 'milj' });
  const summary = sheetOf(plan, 'summary');

  test('has the four sheets in order, named in Finnish, each landscape and fit to width', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(['Yhteenveto', 'Poikkeamat', 'Strategia', 'Sanasto']);
    expect(plan.sheets.map((s) => s.key)).toEqual(['summary', 'deviations', 'strategy', 'glossary']);
    for (const sheet of plan.sheets) {
      expect(sheet.pageSetup).toEqual({ orientation: 'landscape', fitToWidth: true });
      const width = Math.max(...sheet.values.map((row) => row.length));
      expect(sheet.values.every((row) => row.length === width)).toBe(true);
    }
    expect(plan.period).toEqual({ quarter: 4, year: 2024 });
  });

  test('the summary opens with the title and the service area', () => {
    expect(valueAt(summary, 'A1')).toBe('SEURANTARAPORTTI Q4/2024');
    expect(valueAt(summary, 'A2')).toBe('Elinvoiman palvelualue');
    expect(valueAt(summary, 'A3')).toContain('31.12.2024');
    expect(valueAt(summary, 'A3')).toContain('milj. €');
  });

  test('per responsibility area: income and expenses with the prior year in brackets, exact euros shown in milj. €', () => {
    const kasvu = rowOf(summary, 'Kasvupalvelut');
    const tyollisyys = rowOf(summary, 'Työllisyyspalvelut');
    expect(block(summary, `A${kasvu + 1}:G${kasvu + 1}`)[0]).toEqual([
      'Kasvupalvelut', 3_700_000, 2_000_000, 10_700_000, 10_900_000, 1_800_000, 'Suotuisa',
    ]);
    expect(block(summary, `A${tyollisyys + 1}:G${tyollisyys + 1}`)[0]).toEqual([
      'Työllisyyspalvelut', 1_800_000, 1_200_000, 25_700_000, 27_300_000, 1_700_000, 'Suotuisa',
    ]);
    const header = kasvu - 1;
    expect(summary.values[header - 1].slice(0, 7)).toEqual([null, 'Toimintatuotot', null, 'Toimintakulut', null, 'Toimintakate', null]);
    expect(summary.values[header].slice(0, 7)).toEqual([
      'Vastuualue', 'TOT 1–12/2024', '(TP 2023)', 'TOT 1–12/2024', '(TP 2023)', 'Poikkeama', 'Suunta',
    ]);
    expect(formatAt(summary, `B${kasvu + 1}`).numberFormat).toBe(milj);
    expect(formatAt(summary, `C${kasvu + 1}`).numberFormat).toBe('(#,##0.0,,);(-#,##0.0,,)');
    expect(formatAt(summary, `D${kasvu + 1}`).numberFormat).toBe(milj);
    expect(formatAt(summary, `F${kasvu + 1}`).numberFormat).toBe('+#,##0.0,,_);-#,##0.0,,_);0.0_)');
    expect(formatAt(summary, `F${kasvu + 1}`).fill).toBe(flagFill.green);
    expect(formatAt(summary, `G${kasvu + 1}`).fill).toBe(flagFill.green);
  });

  test('the service area total follows its areas', () => {
    const total = rowOf(summary, 'Elinvoiman palvelualue yhteensä');
    expect(total).toBe(rowOf(summary, 'Työllisyyspalvelut') + 1);
    expect(summary.values[total].slice(1, 6)).toEqual([5_500_000, 3_200_000, 36_400_000, 38_200_000, 3_500_000]);
    expect(formatAt(summary, `A${total + 1}`).font?.bold).toBe(true);
  });

  test('says there is no binding-level overrun, and counts findings by severity and deviations by colour', () => {
    expect(rowOf(summary, 'Sitovuustason ylityksiä ei ole.')).toBe(4);
    const findings = rowOf(summary, 'Tarkistuksen havainnot');
    expect(block(summary, `A${findings + 2}:E${findings + 4}`)).toEqual([
      ['Virheet', 0, null, 'Punainen', 1],
      ['Varoitukset', 0, null, 'Keltainen', 0],
      ['Huomiot', 0, null, 'Vihreä', 9],
    ]);
    expect(valueAt(summary, `A${findings + 5}`)).toBe('Kaikki poikkeamat yksiköittäin ja riveittäin: välilehti Poikkeamat.');
  });

  test('income and expenses chart: clustered columns of prior year, plan and forecast from a labelled block', () => {
    const chart = summary.charts.find((c) => c.name === 'income-expenses')!;
    expect(chart.type).toBe('ColumnClustered');
    expect(chart.title).toBe('Toimintatuotot ja -kulut vastuualueittain (milj. €)');
    expect(chart.seriesColours).toEqual([scenarioColour.priorYear, scenarioColour.plan, scenarioColour.forecast]);
    expect(chart.valueAxisNumberFormat).toBe(milj);
    expect(chart.legend).toBe('Bottom');
    expect(block(summary, chart.source)).toEqual([
      ['Vastuualue', 'TP 2023', 'KS+LTA:t', 'ENN 2024'],
      ['Kasvupalvelut: tuotot', 2_000_000, 3_300_000, 3_700_000],
      ['Kasvupalvelut: kulut', 10_900_000, 12_100_000, 10_700_000],
      ['Työllisyyspalvelut: tuotot', 1_200_000, 1_200_000, 1_800_000],
      ['Työllisyyspalvelut: kulut', 27_300_000, 26_800_000, 25_700_000],
    ]);
    const [first] = chart.source.split(':');
    expect(valueAt(summary, `A${Number(first.slice(1)) - 1}`)).toBe('Toimintatuotot ja -kulut vastuualueittain (milj. €)');
    expect(valueAt(summary, `A${Number(first.slice(1)) - 2}`)).toBe('Kaavioiden lähtötiedot');
    expect(formatAt(summary, `B${Number(first.slice(1)) + 1}`).numberFormat).toBe(milj);
  });

  test('margin deviation chart: bars coloured favourable green, unfavourable red', () => {
    const chart = summary.charts.find((c) => c.name === 'margin-deviation')!;
    expect(chart.type).toBe('BarClustered');
    expect(chart.title).toBe('Toimintakatteen poikkeama vastuualueittain (milj. €)');
    expect(block(summary, chart.source)).toEqual([
      ['Vastuualue', 'Poikkeama'],
      ['Kasvupalvelut', 1_800_000],
      ['Työllisyyspalvelut', 1_700_000],
      ['Elinvoiman palvelualue yhteensä', 3_500_000],
    ]);
    expect(chart.pointColours).toEqual([[chartColour.green, chartColour.green, chartColour.green]]);
    expect(chart.legend).toBe('None');
  });

  test('the two charts stand side by side below the key figures, not over any value', () => {
    const [incomeExpenses, margin] = summary.charts;
    expect(incomeExpenses.position.from.slice(1)).toBe(margin.position.from.slice(1));
    const top = Number(incomeExpenses.position.from.slice(1)) - 1;
    const bottom = Number(incomeExpenses.position.to.slice(1)) - 1;
    for (let row = top; row <= bottom; row += 1) {
      expect(summary.values[row].every((v) => v === null)).toBe(true);
    }
  });
});

describe('the deviations sheet', () => {
  const plan = planReport(elvoAnalysis(), { language: 'fi', scale: 'milj' });
  const sheet = sheetOf(plan, 'deviations');
  const shape = sheet.commentary!;

  test('lists every unit and line, red first and then by size, with plan, forecast, € and %, direction and colour', () => {
    expect(valueAt(sheet, 'A1')).toBe('POIKKEAMAT Q4/2024');
    expect(sheet.values[3]).toEqual([
      'Yksikkö', 'Rivi', 'Suunnitelma', 'Ennuste', 'Poikkeama', 'Poikkeama %',
      'Suunta', 'Väri', 'Kommentti', 'Tunniste',
    ]);
    const rows = sheet.values.slice(shape.firstRow, shape.lastRow + 1);
    expect(rows).toHaveLength(10);
    expect(rows[0].slice(0, 8)).toEqual(['Työllisyyspalvelut', 'Avustukset', 2_000_000, 2_800_000, 800_000, 0.4, 'Epäsuotuisa', 'Punainen']);
    expect(rows.map((r) => Math.abs(r[4] as number)).slice(1)).toEqual(
      [3_500_000, 2_500_000, 1_800_000, 1_700_000, 1_400_000, 1_100_000, 1_000_000, 600_000, 400_000],
    );
    expect(rows[1].slice(0, 2)).toEqual(['Elinvoiman palvelualue', 'Toimintakate']);
    expect(formatAt(sheet, 'E5').fill).toBe(flagFill.red);
    expect(formatAt(sheet, 'E6').fill).toBe(flagFill.green);
    expect(formatAt(sheet, 'C5').numberFormat).toBe(milj);
    expect(formatAt(sheet, 'F5').numberFormat).toBe('+0.0 %;-0.0 %;0.0 %');
    expect(sheet.freeze).toEqual({ rows: 4, columns: 0 });
  });

  test('a red deviation without commentary says the explanation is missing; others are left empty', () => {
    expect(valueAt(sheet, 'I5')).toBe('Selitys puuttuu');
    expect(formatAt(sheet, 'I5').font).toMatchObject({ italic: true });
    expect(valueAt(sheet, 'I6')).toBeNull();
    expect(shape).toEqual({ column: 8, firstRow: 4, lastRow: 13, keyColumns: [9] });
    expect(valueAt(sheet, 'J5')).toBe(commentaryKey('Elinvoiman palvelualue/Työllisyyspalvelut', 'grants'));
  });

  test('commentary is placed by unit and line', () => {
    const commentary = new Map([
      [commentaryKey('Elinvoiman palvelualue/Työllisyyspalvelut', 'grants'), 'Kesätyösetelit ylittyivät.'],
      [commentaryKey('Elinvoiman palvelualue/Kasvupalvelut', 'income'), 'Maahanmuuttotyön korvaukset.'],
    ]);
    const again = sheetOf(planReport(elvoAnalysis(), { language: 'fi', scale: 'milj', commentary }), 'deviations');
    expect(valueAt(again, 'I5')).toBe('Kesätyösetelit ylittyivät.');
    expect(formatAt(again, 'I5').font?.italic).toBeUndefined();
    const kasvuIncome = again.values.findIndex((r) => r[0] === 'Kasvupalvelut' && r[1] === 'Toimintatuotot');
    expect(again.values[kasvuIncome][8]).toBe('Maahanmuuttotyön korvaukset.');
  });

  test('commentary without a row in this report is kept below the table under its key, and read back from there', () => {
    const gone = commentaryKey('Elinvoiman palvelualue/Lakkautettu yksikkö', 'income');
    const earlier = commentaryKey('Elinvoiman palvelualue/Kasvupalvelut', 'income');
    const again = sheetOf(
      planReport(elvoAnalysis(), {
        language: 'fi',
        scale: 'milj',
        commentary: new Map([[gone, 'Yksikkö yhdistettiin Kasvupalveluihin.']]),
        leftoverCommentary: new Map([[earlier, 'Q3: korvaukset viivästyivät.']]),
      }),
      'deviations',
    );
    const heading = rowOf(again, 'Aiemman raportin kommentit, joille ei ole riviä tässä raportissa (siirrä tai poista):');
    expect(heading).toBe(again.commentary!.lastRow + 2);
    expect(block(again, `I${heading + 2}:J${heading + 3}`)).toEqual([
      ['Yksikkö yhdistettiin Kasvupalveluihin.', gone],
      ['Q3: korvaukset viivästyivät.', earlier],
    ]);
    // The leftover is not placed on its row: it was written for another period.
    const kasvuIncome = again.values.find((r) => r[9] === earlier && r[0] === 'Kasvupalvelut')!;
    expect(kasvuIncome[8]).toBeNull();
    const snapshot: SheetSnapshot = { name: 'Poikkeamat', origin: { row: 0, column: 0 }, values: readBack(again.values) };
    expect(readCommentary(snapshot, again.commentary!).get(gone)).toBe('Yksikkö yhdistettiin Kasvupalveluihin.');
  });

  test('readCommentary takes commentary back by key from a sheet whose rows were shuffled, never the placeholder', () => {
    const values = sheet.values.map((row) => [...row]);
    values[4][8] = 'Selitys puuttuu';
    values[6][8] = 'Henkilöstökulut säästyivät.';
    values[8][8] = '  Hankkeet viivästyivät.  ';
    const data = values.slice(4, 14).reverse();
    // The sheet as read back: used range from B2 (the user deleted column A's title), rows in another order.
    const snapshot: SheetSnapshot = {
      name: 'Poikkeamat',
      origin: { row: 1, column: 1 },
      values: readBack([...values.slice(1, 4), ...data].map((row) => row.slice(1))),
    };
    const commentary = readCommentary(snapshot, shape);
    expect([...commentary.entries()]).toEqual(
      expect.arrayContaining([
        [String(values[6][9]), 'Henkilöstökulut säästyivät.'],
        [String(values[8][9]), 'Hankkeet viivästyivät.'],
      ]),
    );
    expect(commentary.size).toBe(2);
  });

  test('readCommentary finds the key and commentary columns by their headers, whatever the period or language of the old sheet', () => {
    const commentary = new Map([[commentaryKey('Elinvoiman palvelualue/Kasvupalvelut', 'margin'), 'Säästöjä hankkeista.']]);
    const q2 = planReport(elvoAnalysis({ period: { quarter: 2, year: 2024 }, actualLabel: 'TOT 1-6 2024' }), {
      language: 'sv',
      scale: 'milj',
      commentary,
    });
    const old = sheetOf(q2, 'deviations');
    expect(old.commentary!.column).not.toBe(shape.column);
    const snapshot: SheetSnapshot = { name: 'Avvikelser', origin: { row: 0, column: 0 }, values: readBack(old.values) };
    expect([...readCommentary(snapshot, shape)]).toEqual([
      [commentaryKey('Elinvoiman palvelualue/Kasvupalvelut', 'margin'), 'Säästöjä hankkeista.'],
    ]);
  });

  test('an interim quarter adds actual to date against the elapsed share of the plan', () => {
    const q2 = planReport(elvoAnalysis({ period: { quarter: 2, year: 2024 }, actualLabel: 'TOT 1-6 2024' }), {
      language: 'fi',
      scale: 'milj',
    });
    const interim = sheetOf(q2, 'deviations');
    expect(interim.values[3].slice(8, 11)).toEqual([
      'Toteuma Q2/2024',
      'Odotettu 50 %',
      'Toteuman poikkeama',
    ]);
    expect(interim.commentary).toMatchObject({ column: 11, keyColumns: [12] });
    const kasvuIncome = interim.values.find((r) => r[0] === 'Kasvupalvelut' && r[1] === 'Toimintatuotot')!;
    expect(kasvuIncome.slice(8, 11)).toEqual([3_700_000, 1_650_000, 2_050_000]);
    expect(valueAt(sheetOf(q2, 'summary'), 'A1')).toBe('SEURANTARAPORTTI Q2/2024');
  });
});

test('a large workbook: thousands of deviation rows carry a handful of formats, one per run of rows', () => {
  const analysis = elvoAnalysis();
  const template = analysis.deviations;
  const deviations = Array.from({ length: 5000 }, (_, i) => ({
    ...template[i % template.length],
    unitId: `unit-${i}`,
    unit: `Yksikkö ${i}`,
  }));
  const sheet = sheetOf(planReport({ ...analysis, deviations }, { language: 'fi', scale: 'milj' }), 'deviations');
  expect(sheet.commentary!.lastRow - sheet.commentary!.firstRow + 1).toBe(5000);
  expect(sheet.formats.length).toBeLessThan(25);
  const red = deviations.filter((d) => d.status === 'red').length;
  expect(formatAt(sheet, `E${5 + red - 1}`).fill).toBe(flagFill.red);
  expect(formatAt(sheet, `E${5 + red}`).fill).toBe(flagFill.green);
  expect(formatAt(sheet, `I${5 + red - 1}`).font?.italic).toBe(true);
  expect(formatAt(sheet, `I${5 + red}`).font?.italic).toBeUndefined();
});

describe('binding-level overruns', () => {
  test('are listed first on the summary as needing a council decision', () => {
    const analysis = elvoAnalysis();
    const grants = analysis.deviations.find((d) => d.line === 'grants')!;
    const overrun: Finding = {
      code: 'binding-overrun',
      severity: 'error',
      sheet: grants.sheet,
      cell: grants.cell,
      messageId: 'finding.binding-overrun.expenses',
      data: {
        unit: grants.unit,
        line: 'Avustukset',
        column: 'ENN 2024',
        forecast: grants.forecast,
        budgetColumn: 'TA+LTA:t 2024',
        budget: grants.plan,
        overrun: 800_000,
        item: 'expenses',
        tolerance: 50,
      },
    };
    const plan = planReport({ ...analysis, findings: [overrun] }, { language: 'en', scale: 't' });
    const summary = sheetOf(plan, 'summary');
    expect(valueAt(summary, 'A5')).toBe('Binding-level overruns: need a council decision (supplementary budget)');
    expect(valueAt(summary, 'A6')).toBe('Työllisyyspalvelut: appropriation overrun, Grants (gross binding) (EUR thousand)');
    expect(valueAt(summary, 'F6')).toBe(800_000);
    expect(formatAt(summary, 'F6').numberFormat).toBe('#,##0,');
    expect(formatAt(summary, 'A6').fill).toBe(flagFill.red);
    expect(rowOf(summary, 'Errors')).toBeGreaterThan(5);
    const errors = summary.values[rowOf(summary, 'Errors')];
    expect(errors[1]).toBe(1);
  });
});

describe('a binding unit the settings name that the workbook lacks', () => {
  // Issue 11: a misspelt unit ('Kasvupalvelu') was a binding-overrun finding, shown in this block
  // as "Kasvupalvelu: , forecast worse than the budget in force" with no line and no amount.
  test('is no overrun: the block says there is none, and names the unit whose check did not run', () => {
    const settings = { ...defaultSettings, bindingUnits: [{ unit: 'Kasvupalvelu', item: 'margin' as const }] };
    const findings = validateWorkbook({
      snapshot: { sheets: [] },
      workbook: { sheets: [] },
      asked: undefined,
      tables: [elvoTable()],
      strategy: null,
      settings,
      mapped: { guides: new Map(), applied: [], misfits: [] },
    });
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.data])).toEqual([
      ['binding-unit-not-found', 'warning', 'A1', { unit: 'Kasvupalvelu' }],
    ]);
    const summary = sheetOf(planReport({ ...elvoAnalysis(), findings }, { language: 'en', scale: 't' }), 'summary');
    expect(valueAt(summary, 'A5')).toBe('No binding-level overruns.');
    expect(valueAt(summary, 'A6')).toBe(
      'The unit “Kasvupalvelu” named as binding is not in the workbook: its binding level was not checked.',
    );
    expect(valueAt(summary, 'F6')).toBeNull();
    expect(summary.values[rowOf(summary, 'Warnings')][1]).toBe(1);
  });
});

describe('the strategy sheet', () => {
  const sheet = sheetOf(planReport(elvoAnalysis(), { language: 'fi', scale: 'milj' }), 'strategy');

  test('counts per goal and in total, coloured', () => {
    expect(valueAt(sheet, 'A1')).toBe('STRATEGIAN TOTEUTUMINEN Q4/2024');
    expect(block(sheet, 'A3:E7')).toEqual([
      ['Tavoite', 'Toteutui', 'Toteutui osittain', 'Ei toteutunut', 'Yhteensä'],
      ['Hiilineutraali Lahti', 1, 1, 0, 2],
      ['Osaava Lahti', 1, 0, 1, 2],
      ['Elävä Lahti', 1, 0, 0, 1],
      ['Yhteensä', 3, 1, 1, 5],
    ]);
    expect(formatAt(sheet, 'B3').fill).toBe(chartColour.green);
    expect(formatAt(sheet, 'C4').fill).toBe(flagFill.yellow);
    expect(formatAt(sheet, 'D7').fill).toBe(flagFill.red);
  });

  test('a stacked bar chart of the goals in green, yellow and red', () => {
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({
      name: 'strategy-status',
      type: 'BarStacked',
      title: 'Strategisten toimenpiteiden tila tavoitteittain',
      source: 'A3:D6',
      seriesColours: [chartColour.green, chartColour.yellow, chartColour.red],
      legend: 'Bottom',
    });
  });

  test('lists the measures partly or not achieved, and any unreadable status, by goal', () => {
    const heading = rowOf(sheet, 'Toimenpiteet, jotka eivät toteutuneet tai toteutuivat osittain');
    expect(heading).toBeGreaterThan(Number(sheet.charts[0].position.to.slice(1)) - 1);
    const rows = sheet.values.slice(heading + 1).map((r) => r.slice(0, 2));
    expect(rows).toEqual([
      ['Toimenpide', 'Tila'],
      ['Hiilineutraali Lahti', null],
      ['Hiilineutraalin rakentamisen verkosto', 'Toteutui osittain'],
      ['Osaava Lahti', null],
      ['Opiskelija-asumisen kehittäminen', 'Ei toteutunut'],
      ['Elävä Lahti', null],
      ['Tapahtumaohjelma 2030', 'Tila ei luettavissa: sininen'],
    ]);
  });

  test('says so when the workbook has no strategy table, and draws no chart', () => {
    const none = sheetOf(planReport({ ...elvoAnalysis(), strategy: null }, { language: 'sv', scale: 'milj' }), 'strategy');
    expect(valueAt(none, 'A3')).toBe('Arbetsboken har ingen tabell över strategiska åtgärder.');
    expect(none.charts).toEqual([]);
  });
});

describe('three languages', () => {
  test.each([
    ['fi', ['Yhteenveto', 'Poikkeamat', 'Strategia', 'Sanasto'], 'SEURANTARAPORTTI Q4/2024', 'Suotuisa', 'Toimintakate'],
    ['sv', ['Sammandrag', 'Avvikelser', 'Strategi', 'Ordlista'], 'UPPFÖLJNINGSRAPPORT Q4/2024', 'Gynnsam', 'Verksamhetsbidrag'],
    ['en', ['Summary', 'Deviations', 'Strategy', 'Glossary'], 'FOLLOW-UP REPORT Q4/2024', 'Favourable', 'Operating margin'],
  ] as const)('%s: sheet names, title, direction words, line names and glossary', (language, names, title, favourable, margin) => {
    const plan = planReport(elvoAnalysis(), { language, scale: 'milj' });
    expect(plan.sheets.map((s) => s.name)).toEqual(names);
    const summary = sheetOf(plan, 'summary');
    expect(valueAt(summary, 'A1')).toBe(title);
    expect(summary.values[rowOf(summary, 'Kasvupalvelut')][6]).toBe(favourable);
    const deviations = sheetOf(plan, 'deviations');
    expect(deviations.values[5][1]).toBe(margin);
    const glossary = sheetOf(plan, 'glossary');
    const terms = glossary.values.slice(3, 20);
    expect(terms.map((r) => r[0])).toContain('KS+LTA:t');
    expect(terms.every((r) => typeof r[1] === 'string' && typeof r[2] === 'string')).toBe(true);
    expect(terms.find((r) => r[0] === 'Toimintakate')![1]).toBe(margin);
  });

  test('the catalogue gives distinct texts per language for every chart title', () => {
    const titles = (['fi', 'sv', 'en'] as const).map((language) =>
      planReport(elvoAnalysis(), { language, scale: 'milj' }).sheets.flatMap((s) => s.charts.map((c) => c.title)),
    );
    expect(new Set(titles.flat()).size).toBe(9);
  });
});

describe('scales and the default period', () => {
  test.each([
    ['t', '#,##0,', '1 000 €'],
    ['eur', '#,##0', '€'],
  ] as const)('scale %s keeps exact euros and formats them as %s', (scale, format, label) => {
    const summary = sheetOf(planReport(elvoAnalysis(), { language: 'fi', scale }), 'summary');
    const kasvu = rowOf(summary, 'Kasvupalvelut');
    expect(summary.values[kasvu][1]).toBe(3_700_000);
    expect(formatAt(summary, toA1(kasvu, 1)).numberFormat).toBe(format);
    expect(summary.charts[0].title).toBe(`Toimintatuotot ja -kulut vastuualueittain (${label})`);
  });

  test('the period comes from the analysis, else the quarter of today; an asked period wins', () => {
    expect(planReport(elvoAnalysis(), { language: 'fi', scale: 'milj' }).period).toEqual({ quarter: 4, year: 2024 });
    expect(
      planReport(elvoAnalysis({ period: null }), { language: 'fi', scale: 'milj', today: new Date('2025-05-20T10:00:00Z') }).period,
    ).toEqual({ quarter: 2, year: 2025 });
    expect(
      planReport(elvoAnalysis(), { language: 'fi', scale: 'milj', period: { quarter: 3, year: 2024 } }).period,
    ).toEqual({ quarter: 3, year: 2024 });
  });

  test('costs written as negative numbers are shown as positive expenses', () => {
    const analysis = elvoAnalysis();
    const table = analysis.tables[0];
    const negated = {
      ...table,
      costSign: 'negative' as const,
      rows: table.rows.map((row) =>
        row.line === 'expenses'
          ? {
              ...row,
              figures: Object.fromEntries(
                Object.entries(row.figures).map(([c, f]) => [c, { ...f, value: f.value === null ? null : -f.value }]),
              ),
            }
          : row,
      ),
    };
    const summary = sheetOf(planReport({ ...analysis, tables: [negated], deviations: [] }, { language: 'fi', scale: 'milj' }), 'summary');
    expect(summary.values[rowOf(summary, 'Kasvupalvelut')].slice(3, 5)).toEqual([10_700_000, 10_900_000]);
  });
});
