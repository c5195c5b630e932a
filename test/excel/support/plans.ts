/** A small report plan written out by hand, so the applier's tests do not depend on the planner. */
import { chartColour, scenarioColour } from '../../../src/core/colours';
import { plannedFormula, type ReportPlan, type SheetPlan } from '../../../src/core/plan';

export const summarySheet: SheetPlan = {
  key: 'summary',
  name: 'Yhteenveto',
  values: [
    ['SEURANTARAPORTTI Q4/2024', null, null, null],
    [null, null, null, null],
    ['Vastuualue', 'KS+LTA:t', 'ENN', 'Poikkeama'],
    ['Kasvu ja oppiminen', 1.2, 1.3, plannedFormula('=C4-B4')],
    ['Elinvoima', 2.5, 2.4, plannedFormula('=C5-B5')],
    ['Yhteensä', plannedFormula('=SUM(B4:B5)'), plannedFormula('=SUM(C4:C5)'), plannedFormula('=SUM(D4:D5)')],
  ],
  formats: [
    { range: 'A1', font: { bold: true, size: 14, color: '#1F3864' } },
    { range: 'A3:D3', font: { bold: true }, fill: '#D9E1F2', bottomBorder: '#595959', horizontalAlignment: 'Center', wrapText: true },
    { range: 'B4:D6', numberFormat: '#,##0.0', horizontalAlignment: 'Right' },
    { range: 'A6:D6', font: { bold: true, italic: true }, verticalAlignment: 'Top' },
  ],
  columnWidths: [180, 72, 72, null],
  freeze: { rows: 3, columns: 1 },
  pageSetup: { orientation: 'landscape', fitToWidth: true },
  charts: [
    {
      name: 'income-expenses',
      type: 'ColumnClustered',
      title: 'Suunnitelma ja ennuste',
      source: 'A3:C5',
      seriesColours: [scenarioColour.plan, scenarioColour.forecast],
      position: { from: 'F3', to: 'M18' },
      valueAxisNumberFormat: '#,##0.0',
      legend: 'Bottom',
    },
    {
      name: 'margin-deviation',
      type: 'BarClustered',
      title: 'Poikkeama',
      source: 'A3:B5',
      seriesColours: [chartColour.red],
      pointColours: [[chartColour.green, chartColour.red]],
      position: { from: 'F20', to: 'M34' },
      legend: 'None',
    },
  ],
};

export const strategySheet: SheetPlan = {
  key: 'strategy',
  name: 'Strategia',
  values: [
    ['Tavoite', 'Toteutui', 'Osittain', 'Ei toteutunut'],
    ['Hiilineutraali Lahti', 3, 1, 0],
    ['Osaava Lahti', 4, 2, 1],
  ],
  formats: [{ range: 'A1:D1', font: { bold: true } }],
  columnWidths: [160],
  charts: [
    {
      name: 'strategy-status',
      type: 'BarStacked',
      title: 'Kärkihankkeiden tila',
      source: 'A1:D3',
      seriesColours: [chartColour.green, chartColour.yellow, chartColour.red],
      pointColours: [[chartColour.green, '#1B5E20']],
      position: { from: 'F2', to: 'M16' },
      legend: 'Right',
    },
  ],
};

export const reportPlan: ReportPlan = {
  period: { quarter: 4, year: 2024 },
  language: 'fi',
  sheets: [summarySheet, strategySheet],
};
