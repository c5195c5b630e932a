/**
 * The Summary sheet (Yhteenveto): title, service area, binding-level overruns first, key figures
 * per responsibility area with the prior year in brackets and the margin deviation in words and
 * colour, the findings by severity, two charts and their source data in labelled blocks.
 */
import { chartColour, flagFill, flagFont, scenarioColour } from '../colours';
import type { Analysis, Deviation, Severity, TrafficLight } from '../model';
import type { ChartPlan, SheetPlan } from '../plan';
import { toA1, rangeA1 } from '../address';
import { actualMonthsOf, organisationOf, priorYearOf, type AreaFigures } from './areas';
import { looks, type ReportContext } from './context';
import { createGrid } from './grid';
import { amountFormat, bracketFormat, countFormat, signedFormat } from './number-formats';
import { periodEndText, periodLabel, monthsOf } from './period';

const severities: readonly Severity[] = ['error', 'warning', 'info'];
const colours: readonly TrafficLight[] = ['red', 'yellow', 'green'];
/** Rows a chart covers: about 300 points at the default row height. */
const chartRows = 20;

export function planSummary(analysis: Analysis, context: ReportContext, deviationsSheetName: string): SheetPlan {
  const { text, scale } = context;
  const organisation = organisationOf(analysis);
  const grid = createGrid();
  const table = organisation.top?.table;
  const priorYear = String(priorYearOf(table, context.period.year));
  const months = actualMonthsOf(table, monthsOf(context.period));
  const actualLabel = text('report.actualLabel', {
    from: String(months.from),
    to: String(months.to),
    year: String(context.period.year),
  });
  const priorLabel = text('report.chart.priorYear', { year: priorYear });

  grid.set(0, 0, text('report.title', { period: periodLabel(context.period) }));
  grid.format(0, 0, 0, 0, looks.title);
  grid.set(1, 0, organisation.top?.unit.name ?? text('report.serviceArea'));
  grid.format(1, 0, 1, 0, looks.subtitle);
  grid.set(
    2,
    0,
    `${text('report.situation', { date: periodEndText(context.period) })}. ${text('report.figuresIn', { unit: context.unitLabel })}`,
  );
  grid.format(2, 0, 2, 0, looks.note);

  // Binding-level overruns come first: they are a legal matter for the council.
  let row = 4;
  const overruns = bindingOverruns(analysis, context);
  if (overruns.length > 0) {
    grid.set(row, 0, text('report.summary.bindingHeading'));
    grid.format(row, 0, row, 0, { font: { bold: true, color: flagFont.red } });
    row += 1;
    for (const overrun of overruns) {
      // The sentence runs over the empty cells to its right; the amount stands in the variance column.
      grid.set(
        row,
        0,
        text('report.summary.bindingRow', { unit: overrun.unit, line: overrun.line, unitLabel: context.unitLabel }),
      );
      grid.set(row, 5, overrun.overrun);
      grid.format(row, 0, row, 6, { fill: flagFill.red, font: { color: flagFont.red } });
      grid.format(row, 5, row, 5, { numberFormat: amountFormat(scale) });
      row += 1;
    }
  } else {
    grid.set(row, 0, text('report.summary.noBinding'));
    grid.format(row, 0, row, 0, { font: { color: flagFont.green } });
    row += 1;
  }

  // Key figures per responsibility area.
  row += 1;
  grid.set(row, 0, text('report.summary.keyFigures', { unit: context.unitLabel }));
  grid.format(row, 0, row, 0, looks.heading);
  row += 1;
  // Two header rows: the line over its pair of columns, then the figure each column holds.
  grid.setRow(row, 1, [
    context.lineName('income'),
    null,
    context.lineName('expenses'),
    null,
    context.lineName('margin'),
  ]);
  grid.format(row, 0, row, 6, { ...looks.header, bottomBorder: undefined });
  row += 1;
  const bracketLabel = text('report.summary.priorYear', { label: priorLabel });
  grid.setRow(row, 0, [
    text('report.summary.area'),
    actualLabel,
    bracketLabel,
    actualLabel,
    bracketLabel,
    text('report.chart.deviation'),
    text('report.summary.direction'),
  ]);
  grid.format(row, 0, row, 6, looks.header);
  grid.format(row, 1, row, 5, { horizontalAlignment: 'Right' });
  grid.format(row, 6, row, 6, { horizontalAlignment: 'Center' });
  row += 1;
  const writeArea = (area: AreaFigures, name: string): void => {
    grid.setRow(row, 0, [
      name,
      area.income.actual,
      area.income.priorYear,
      area.expenses.actual,
      area.expenses.priorYear,
      area.margin?.deviation ?? null,
      area.margin ? context.directionWord(area.margin.direction) : null,
    ]);
    grid.format(row, 1, row, 1, { numberFormat: amountFormat(scale) });
    grid.format(row, 3, row, 3, { numberFormat: amountFormat(scale) });
    grid.format(row, 2, row, 2, { numberFormat: bracketFormat(scale), font: { color: '#595959' } });
    grid.format(row, 4, row, 4, { numberFormat: bracketFormat(scale), font: { color: '#595959' } });
    grid.format(row, 5, row, 5, { numberFormat: signedFormat(scale) });
    grid.format(row, 6, row, 6, { horizontalAlignment: 'Center' });
    if (area.margin) {
      const status = area.margin.status;
      grid.format(row, 5, row, 6, { fill: flagFill[status], font: { color: flagFont[status] } });
    }
    row += 1;
  };
  const totalName = (total: AreaFigures) => text('report.summary.total', { name: total.unit.name });
  for (const area of organisation.areas) writeArea(area, area.unit.name);
  if (organisation.total) {
    writeArea(organisation.total, totalName(organisation.total));
    grid.format(row - 1, 0, row - 1, 4, looks.total);
  }

  // Findings by severity and deviations by colour, side by side, with the pointer below.
  row += 1;
  grid.set(row, 0, text('report.summary.findingsHeading'));
  grid.set(row, 3, text('report.summary.deviationsHeading'));
  grid.format(row, 0, row, 3, looks.heading);
  row += 1;
  severities.forEach((severity, index) => {
    grid.setRow(row + index, 0, [
      text(`severity.${severity}`),
      analysis.findings.filter((f) => f.severity === severity).length,
    ]);
  });
  colours.forEach((colour, index) => {
    grid.setRow(row + index, 3, [
      context.colourWord(colour),
      analysis.deviations.filter((d) => d.status === colour).length,
    ]);
    grid.format(row + index, 3, row + index, 3, { fill: flagFill[colour], font: { color: flagFont[colour] } });
  });
  grid.format(row, 1, row + 2, 1, { numberFormat: countFormat, horizontalAlignment: 'Right' });
  grid.format(row, 4, row + 2, 4, { numberFormat: countFormat, horizontalAlignment: 'Right' });
  row += 3;
  grid.set(row, 0, text('report.summary.pointer', { sheet: deviationsSheetName }));
  grid.format(row, 0, row, 0, looks.note);
  row += 2;

  // Charts, then the blocks they draw from (none when no responsibility area was recognised).
  const charts: ChartPlan[] = [];
  if (organisation.areas.length > 0) {
    const chartTop = row;
    row += chartRows + 1;
    grid.set(row, 0, text('report.summary.chartData'));
    grid.format(row, 0, row, 0, looks.heading);
    row += 1;
    grid.set(row, 0, text('report.chart.incomeExpenses', { unit: context.unitLabel }));
    grid.format(row, 0, row, 0, { font: { bold: true } });
    row += 1;
    const incomeExpensesTop = row;
    grid.setRow(row, 0, [
      text('report.summary.area'),
      priorLabel,
      text('report.chart.plan'),
      text('report.chart.forecast', { year: String(context.period.year) }),
    ]);
    grid.format(row, 0, row, 3, looks.header);
    grid.format(row, 1, row, 3, { horizontalAlignment: 'Right' });
    row += 1;
    for (const area of organisation.areas) {
      for (const [line, figures] of [
        ['incomeShort', area.income],
        ['expensesShort', area.expenses],
      ] as const) {
        grid.setRow(row, 0, [
          text('report.chart.category', { area: area.unit.name, line: text(`report.chart.${line}`) }),
          figures.priorYear,
          figures.plan,
          figures.forecast,
        ]);
        row += 1;
      }
    }
    grid.format(incomeExpensesTop + 1, 1, row - 1, 3, { numberFormat: amountFormat(scale) });
    charts.push({
      name: 'income-expenses',
      type: 'ColumnClustered',
      title: text('report.chart.incomeExpenses', { unit: context.unitLabel }),
      source: rangeA1(incomeExpensesTop, 0, row - 1, 3),
      seriesColours: [scenarioColour.priorYear, scenarioColour.plan, scenarioColour.forecast],
      position: { from: toA1(chartTop, 0), to: toA1(chartTop + chartRows, 3) },
      valueAxisNumberFormat: amountFormat(scale),
      legend: 'Bottom',
    });

    row += 1;
    grid.set(row, 0, text('report.chart.marginDeviation', { unit: context.unitLabel }));
    grid.format(row, 0, row, 0, { font: { bold: true } });
    row += 1;
    const marginTop = row;
    grid.setRow(row, 0, [text('report.summary.area'), text('report.chart.deviation')]);
    grid.format(row, 0, row, 1, looks.header);
    grid.format(row, 1, row, 1, { horizontalAlignment: 'Right' });
    row += 1;
    const pointColours: string[] = [];
    // The service area's own deviation closes the chart: it is what the council reads first, and
    // next to it the areas' bars are measured from zero rather than from an auto-scaled minimum.
    const bars = organisation.total
      ? [
          ...organisation.areas.map((area) => ({ area, name: area.unit.name })),
          { area: organisation.total, name: totalName(organisation.total) },
        ]
      : organisation.areas.map((area) => ({ area, name: area.unit.name }));
    for (const { area, name } of bars) {
      grid.setRow(row, 0, [name, area.margin?.deviation ?? null]);
      pointColours.push(chartColour[area.margin?.direction === 'unfavourable' ? 'red' : 'green']);
      row += 1;
    }
    grid.format(marginTop + 1, 1, row - 1, 1, { numberFormat: signedFormat(scale) });
    charts.push({
      name: 'margin-deviation',
      type: 'BarClustered',
      title: text('report.chart.marginDeviation', { unit: context.unitLabel }),
      source: rangeA1(marginTop, 0, row - 1, 1),
      seriesColours: [scenarioColour.forecast],
      pointColours: [pointColours],
      position: { from: toA1(chartTop, 4), to: toA1(chartTop + chartRows, 7) },
      valueAxisNumberFormat: signedFormat(scale),
      legend: 'None',
    });
  }

  return {
    key: 'summary',
    name: text('report.sheet.summary'),
    values: grid.values(),
    formats: grid.formats(),
    columnWidths: [210, 105, 80, 105, 80, 105, 95, 60],
    charts,
    pageSetup: { orientation: 'landscape', fitToWidth: true },
  };
}

interface Overrun {
  readonly unit: string;
  readonly line: string;
  /** Euros by which the forecast is worse than the budget in force. */
  readonly overrun: number;
}

/** The binding-level overruns, named by the unit and line of the deviation at their cell when there is one. */
function bindingOverruns(analysis: Analysis, context: ReportContext): Overrun[] {
  const overruns: Overrun[] = [];
  for (const finding of analysis.findings) {
    if (finding.code !== 'binding-overrun') continue;
    switch (finding.messageId) {
      case 'finding.binding-overrun.margin':
      case 'finding.binding-overrun.expenses':
      case 'finding.binding-overrun.income': {
        const deviation: Deviation | undefined = analysis.deviations.find(
          (d) => d.sheet === finding.sheet && (d.cell === finding.cell || d.varianceCell === finding.cell),
        );
        const { unit, line, overrun } = finding.data;
        overruns.push({ unit, line: deviation ? context.lineName(deviation.line) : line, overrun });
        break;
      }
      case 'finding.binding-overrun.unit-not-found':
        // A binding unit the settings name that no table has: no overrun, and the check's findings say so.
        break;
    }
  }
  return overruns;
}
