/**
 * A small report-like workbook written by ExcelJS, and the charts and settings the OOXML tests
 * add to it: the three chart types the report uses, on two sheets whose names need quoting.
 */
import ExcelJS from 'exceljs';
import { formatRef, type ChartPart, type PackageExtras } from '../../src/headless/ooxml';

export const summarySheet = 'Yhteenveto';
/** Space, Finnish letters and an apostrophe: every quoting rule at once. */
export const strategySheet = "Strategia ja 'työ' åäö";

export const colours = {
  priorYear: '#BFBFBF',
  plan: '#595959',
  forecast: '#2F75B5',
  green: '#2E7D32',
  yellow: '#F2B705',
  red: '#C62828',
} as const;

const areas = ['Kasvupalvelut', 'Työllisyyspalvelut', 'Kulttuuripalvelut'];
const income = { priorYear: [2.0, 1.2, 0.9], plan: [3.5, 1.6, 1.0], forecast: [3.7, 1.8, 0.8] };
const margin = [0.4, -0.7, 0.2];
const goals = ['Elinvoima', 'Työllisyys', 'Hyvinvointi', 'Kestävyys'];
const status = { achieved: [4, 2, 3, 1], partly: [1, 3, 1, 2], notAchieved: [0, 1, 2, 1] };

/** A one-pixel PNG, so one sheet already has an ExcelJS drawing the charts must join. */
const pixel = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function fillSheet(sheet: ExcelJS.Worksheet): void {
  sheet.getCell('A1').value = 'SEURANTARAPORTTI Q4/2024';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getRow(3).values = ['Vastuualue', 'TP 2023', 'TA 2024', 'Ennuste 2024', 'Katepoikkeama'];
  sheet.getRow(3).font = { bold: true };
  areas.forEach((area, i) => {
    sheet.getRow(4 + i).values = [area, income.priorYear[i], income.plan[i], income.forecast[i], margin[i]];
  });
  sheet.getRow(9).values = ['Tavoite', 'Toteutunut', 'Osittain', 'Ei toteutunut'];
  sheet.getRow(9).font = { bold: true };
  goals.forEach((goal, i) => {
    sheet.getRow(10 + i).values = [goal, status.achieved[i], status.partly[i], status.notAchieved[i]];
  });
  for (let row = 4; row <= 13; row++) {
    for (let column = 2; column <= 5; column++) sheet.getCell(row, column).numFmt = '0.0';
  }
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 22 : 14));
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
}

export async function tableWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fillSheet(workbook.addWorksheet(summarySheet));
  const strategy = workbook.addWorksheet(strategySheet);
  fillSheet(strategy);
  const image = workbook.addImage({ buffer: pixel as unknown as ExcelJS.Buffer, extension: 'png' });
  strategy.addImage(image, 'G1:G2');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function chartsOn(sheet: string, top: number): ChartPart[] {
  const ref = (address: string): string => formatRef(sheet, address);
  const scenario = (column: string, name: string, values: number[], colour: string): ChartPart['series'][number] => ({
    name,
    nameRef: ref(`${column}3`),
    categoriesRef: ref('A4:A6'),
    valuesRef: ref(`${column}4:${column}6`),
    categories: areas,
    values,
    colour,
    pointColours: areas.map(() => null),
  });
  const statusSeries = (column: string, name: string, values: number[], colour: string): ChartPart['series'][number] => ({
    name,
    nameRef: ref(`${column}9`),
    categoriesRef: ref('A10:A13'),
    valuesRef: ref(`${column}10:${column}13`),
    categories: goals,
    values,
    colour,
    pointColours: goals.map(() => null),
  });
  return [
    {
      sheet,
      name: 'income-expenses',
      type: 'ColumnClustered',
      title: 'Toimintatuotot vastuualueittain, milj. €',
      legend: 'Bottom',
      valueAxisNumberFormat: '0.0',
      from: { row: top, column: 0 },
      to: { row: top + 17, column: 5 },
      series: [
        scenario('B', 'TP 2023', income.priorYear, colours.priorYear),
        scenario('C', 'TA 2024', income.plan, colours.plan),
        scenario('D', 'Ennuste 2024', income.forecast, colours.forecast),
      ],
    },
    {
      sheet,
      name: 'margin-deviation',
      type: 'BarClustered',
      title: 'Toimintakatteen poikkeama, milj. €',
      legend: 'None',
      valueAxisNumberFormat: '+0.0;-0.0;0.0',
      from: { row: top + 19, column: 0 },
      to: { row: top + 33, column: 5 },
      series: [
        {
          ...scenario('E', 'Katepoikkeama', margin, colours.green),
          pointColours: margin.map((value) => (value < 0 ? colours.red : colours.green)),
        },
      ],
    },
    {
      sheet,
      name: 'strategy-status',
      type: 'BarStacked',
      title: 'Strategisten toimenpiteiden tila',
      legend: 'Bottom',
      valueAxisNumberFormat: '0',
      from: { row: top + 35, column: 0 },
      to: { row: top + 51, column: 5 },
      series: [
        statusSeries('B', 'Toteutunut', status.achieved, colours.green),
        statusSeries('C', 'Osittain', status.partly, colours.yellow),
        statusSeries('D', 'Ei toteutunut', status.notAchieved, colours.red),
      ],
    },
  ];
}

export function sampleExtras(): PackageExtras {
  return {
    charts: [...chartsOn(summarySheet, 15), ...chartsOn(strategySheet, 15)],
    settings: {
      thresholds: JSON.stringify({ relative: 0.05, absolute: 100000 }),
      language: JSON.stringify('fi'),
      'note with "quotes" & <tags>': JSON.stringify('rivi 1\nrivi 2\ttab — äöå \'x\''),
    },
    names: [
      { name: 'BudgetMonitor_Report', formula: '"summary"', comment: 'budget-monitor report sheet', sheet: summarySheet },
      { name: 'BudgetMonitor_Report', formula: '"strategy"', comment: null, sheet: strategySheet },
      { name: 'Kasvu', formula: formatRef(summarySheet, 'B4:D4'), comment: null, sheet: null },
    ],
  };
}
