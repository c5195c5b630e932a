/**
 * The Summary sheet (Yhteenveto) as a list of blocks, each written at the grid's next row with a
 * blank row between: the title and service area, binding-level overruns first, key figures per
 * responsibility area with the prior year in brackets and the margin deviation in words and
 * colour, the findings by severity beside the deviations by colour, then two charts and their
 * source data in labelled tables.
 */
import { chartColour, flagFill, flagFont, scenarioColour } from '../colours';
import type { Analysis, Deviation, FindingWith, Severity, TrafficLight } from '../model';
import type { ChartPlan, SheetPlan } from '../plan';
import type { BindingItem } from '../settings';
import type { MessageKey } from '../../i18n';
import { toA1, rangeA1 } from '../address';
import { actualMonthsOf, organisationOf, priorYearOf, type AreaFigures, type Organisation } from './areas';
import { looks, type ReportContext } from './context';
import { createGrid, type Grid } from './grid';
import { amountFormat, bracketFormat, countFormat, signedFormat } from './number-formats';
import { periodEndText, periodLabel, monthsOf } from './period';
import { writeTable } from './table';

const severities: readonly Severity[] = ['error', 'warning', 'info'];
const colours: readonly TrafficLight[] = ['red', 'yellow', 'green'];
/** Rows a chart covers: about 300 points at the default row height. */
const chartRows = 20;

/** What every block of the summary reads: the analysis, the report's language and scale, and labels worked out once. */
export interface Summary {
  readonly analysis: Analysis;
  readonly context: ReportContext;
  readonly organisation: Organisation;
  readonly deviationsSheetName: string;
  /** 'TOT 1-12/2024': the actual's label in the report's language. */
  readonly actualLabel: string;
  /** 'TP 2023': the prior year's label. */
  readonly priorLabel: string;
}

/** A block writes at grid.nextRow and returns the charts it places. */
export type SummaryBlock = (grid: Grid, summary: Summary) => readonly ChartPlan[];

export const summaryBlocks: readonly SummaryBlock[] = [
  titleBlock,
  bindingBlock,
  keyFiguresBlock,
  countsBlock,
  chartsBlock,
];

export function summaryOf(analysis: Analysis, context: ReportContext, deviationsSheetName: string): Summary {
  const organisation = organisationOf(analysis);
  const table = organisation.top?.table;
  const months = actualMonthsOf(table, monthsOf(context.period));
  return {
    analysis,
    context,
    organisation,
    deviationsSheetName,
    actualLabel: context.text('report.actualLabel', {
      from: String(months.from),
      to: String(months.to),
      year: String(context.period.year),
    }),
    priorLabel: context.text('report.chart.priorYear', { year: String(priorYearOf(table, context.period.year)) }),
  };
}

export function planSummary(analysis: Analysis, context: ReportContext, deviationsSheetName: string): SheetPlan {
  const summary = summaryOf(analysis, context, deviationsSheetName);
  const grid = createGrid();
  const charts: ChartPlan[] = [];
  summaryBlocks.forEach((block, index) => {
    if (index > 0) grid.gap();
    charts.push(...block(grid, summary));
  });
  return {
    key: 'summary',
    name: context.text('report.sheet.summary'),
    values: grid.values(),
    formats: grid.formats(),
    columnWidths: [210, 105, 80, 105, 80, 105, 95, 60],
    charts,
    pageSetup: { orientation: 'landscape', fitToWidth: true },
  };
}

/** SEURANTARAPORTTI Q4/2024, the service area, the date of the situation and the unit of the figures. */
export function titleBlock(grid: Grid, { organisation, context }: Summary): readonly ChartPlan[] {
  const { text } = context;
  const row = grid.nextRow;
  grid.set(row, 0, text('report.title', { period: periodLabel(context.period) }));
  grid.format(row, 0, row, 0, looks.title);
  grid.set(row + 1, 0, organisation.top?.unit.name ?? text('report.serviceArea'));
  grid.format(row + 1, 0, row + 1, 0, looks.subtitle);
  grid.set(
    row + 2,
    0,
    `${text('report.situation', { date: periodEndText(context.period) })}. ${text('report.figuresIn', { unit: context.unitLabel })}`,
  );
  grid.format(row + 2, 0, row + 2, 0, looks.note);
  return [];
}

/** Binding-level overruns come first, one red row each with its amount: they are a legal matter for the council. */
export function bindingBlock(grid: Grid, { analysis, context }: Summary): readonly ChartPlan[] {
  const { text } = context;
  const overruns = bindingOverruns(analysis, context);
  if (overruns.length === 0) {
    const row = grid.nextRow;
    grid.set(row, 0, text('report.summary.noBinding'));
    grid.format(row, 0, row, 0, { font: { color: flagFont.green } });
  } else {
    const heading = grid.nextRow;
    grid.set(heading, 0, text('report.summary.bindingHeading'));
    grid.format(heading, 0, heading, 0, { font: { bold: true, color: flagFont.red } });
    for (const overrun of overruns) {
      const row = grid.nextRow;
      // The sentence runs over the empty cells to its right; the amount stands in the variance column.
      grid.set(
        row,
        0,
        text(bindingRowKeys[overrun.item], { unit: overrun.unit, line: overrun.line, unitLabel: context.unitLabel }),
      );
      grid.set(row, 5, overrun.overrun);
      grid.format(row, 0, row, 6, { fill: flagFill.red, font: { color: flagFont.red } });
      grid.format(row, 5, row, 5, { numberFormat: amountFormat(context.scale) });
    }
  }
  // A binding unit the settings name that the workbook lacks is said here too: its check did not run.
  for (const finding of analysis.findings) {
    if (finding.code !== 'binding-unit-not-found') continue;
    const row = grid.nextRow;
    grid.set(row, 0, text('report.summary.bindingUnitNotFound', { unit: finding.data.unit }));
    grid.format(row, 0, row, 0, { font: { color: flagFont.yellow } });
  }
  return [];
}

/** Per responsibility area (and the service area's total): income and expenses with the prior year in brackets, the margin deviation. */
export function keyFiguresBlock(grid: Grid, summary: Summary): readonly ChartPlan[] {
  const { context, organisation, actualLabel, priorLabel } = summary;
  const { text, scale } = context;
  const heading = grid.nextRow;
  grid.set(heading, 0, text('report.summary.keyFigures', { unit: context.unitLabel }));
  grid.format(heading, 0, heading, 0, looks.heading);
  // Two header rows: the line over its pair of columns, then (the table's header) the figure each column holds.
  grid.setRow(heading + 1, 1, [
    context.lineName('income'),
    null,
    context.lineName('expenses'),
    null,
    context.lineName('margin'),
  ]);
  grid.format(heading + 1, 0, heading + 1, 6, { ...looks.header, bottomBorder: undefined });
  const bracketLabel = text('report.summary.priorYear', { label: priorLabel });
  const amount = {
    headerFormat: { horizontalAlignment: 'Right' },
    body: { numberFormat: amountFormat(scale) },
  } as const;
  const bracket = {
    headerFormat: { horizontalAlignment: 'Right' },
    body: { numberFormat: bracketFormat(scale), font: { color: '#595959' } },
  } as const;
  const areas = [
    ...organisation.areas.map((area) => ({ area, name: area.unit.name })),
    ...(organisation.total ? [{ area: organisation.total, name: totalName(summary, organisation.total) }] : []),
  ];
  const placed = writeTable(
    grid,
    [
      { header: text('report.summary.area') },
      { header: actualLabel, ...amount },
      { header: bracketLabel, ...bracket },
      { header: actualLabel, ...amount },
      { header: bracketLabel, ...bracket },
      {
        header: text('report.chart.deviation'),
        headerFormat: { horizontalAlignment: 'Right' },
        body: { numberFormat: signedFormat(scale) },
      },
      {
        header: text('report.summary.direction'),
        headerFormat: { horizontalAlignment: 'Center' },
        body: { horizontalAlignment: 'Center' },
      },
    ],
    areas.map(({ area, name }) => [
      name,
      area.income.actual,
      area.income.priorYear,
      area.expenses.actual,
      area.expenses.priorYear,
      area.margin?.deviation ?? null,
      area.margin ? context.directionWord(area.margin.direction) : null,
    ]),
  );
  areas.forEach(({ area }, index) => {
    if (!area.margin) return;
    const status = area.margin.status;
    grid.format(placed.first + index, 5, placed.first + index, 6, {
      fill: flagFill[status],
      font: { color: flagFont[status] },
    });
  });
  if (organisation.total) grid.format(placed.last, 0, placed.last, 4, looks.total);
  return [];
}

/** Findings by severity and deviations by colour, side by side, with the pointer to the Deviations sheet below. */
export function countsBlock(grid: Grid, { analysis, context, deviationsSheetName }: Summary): readonly ChartPlan[] {
  const { text } = context;
  const heading = grid.nextRow;
  grid.set(heading, 0, text('report.summary.findingsHeading'));
  grid.set(heading, 3, text('report.summary.deviationsHeading'));
  grid.format(heading, 0, heading, 3, looks.heading);
  const row = heading + 1;
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
  grid.set(row + 3, 0, text('report.summary.pointer', { sheet: deviationsSheetName }));
  grid.format(row + 3, 0, row + 3, 0, looks.note);
  return [];
}

/**
 * Two charts side by side (income and expenses by area; the margin deviation by area, favourable
 * green and unfavourable red), then the tables they draw from; nothing when no responsibility
 * area was recognised.
 */
export function chartsBlock(grid: Grid, summary: Summary): readonly ChartPlan[] {
  const { context, organisation, priorLabel } = summary;
  const { text, scale } = context;
  if (organisation.areas.length === 0) return [];
  const chartTop = grid.nextRow;
  grid.gap(chartRows + 1);
  const dataHeading = grid.nextRow;
  grid.set(dataHeading, 0, text('report.summary.chartData'));
  grid.format(dataHeading, 0, dataHeading, 0, looks.heading);

  const incomeExpensesTitle = text('report.chart.incomeExpenses', { unit: context.unitLabel });
  grid.set(dataHeading + 1, 0, incomeExpensesTitle);
  grid.format(dataHeading + 1, 0, dataHeading + 1, 0, { font: { bold: true } });
  const amount = {
    headerFormat: { horizontalAlignment: 'Right' },
    body: { numberFormat: amountFormat(scale) },
  } as const;
  const incomeExpenses = writeTable(
    grid,
    [
      { header: text('report.summary.area') },
      { header: priorLabel, ...amount },
      { header: text('report.chart.plan'), ...amount },
      { header: text('report.chart.forecast', { year: String(context.period.year) }), ...amount },
    ],
    organisation.areas.flatMap((area) =>
      (
        [
          ['incomeShort', area.income],
          ['expensesShort', area.expenses],
        ] as const
      ).map(([line, figures]) => [
        text('report.chart.category', { area: area.unit.name, line: text(`report.chart.${line}`) }),
        figures.priorYear,
        figures.plan,
        figures.forecast,
      ]),
    ),
  );

  grid.gap();
  const marginTitle = text('report.chart.marginDeviation', { unit: context.unitLabel });
  const marginHeading = grid.nextRow;
  grid.set(marginHeading, 0, marginTitle);
  grid.format(marginHeading, 0, marginHeading, 0, { font: { bold: true } });
  // The service area's own deviation closes the chart: it is what the council reads first, and
  // next to it the areas' bars are measured from zero rather than from an auto-scaled minimum.
  const bars = [
    ...organisation.areas.map((area) => ({ area, name: area.unit.name })),
    ...(organisation.total ? [{ area: organisation.total, name: totalName(summary, organisation.total) }] : []),
  ];
  const margin = writeTable(
    grid,
    [
      { header: text('report.summary.area') },
      {
        header: text('report.chart.deviation'),
        headerFormat: { horizontalAlignment: 'Right' },
        body: { numberFormat: signedFormat(scale) },
      },
    ],
    bars.map(({ area, name }) => [name, area.margin?.deviation ?? null]),
  );

  return [
    {
      name: 'income-expenses',
      type: 'ColumnClustered',
      title: incomeExpensesTitle,
      source: rangeA1(incomeExpenses.header, 0, incomeExpenses.last, 3),
      seriesColours: [scenarioColour.priorYear, scenarioColour.plan, scenarioColour.forecast],
      position: { from: toA1(chartTop, 0), to: toA1(chartTop + chartRows, 3) },
      valueAxisNumberFormat: amountFormat(scale),
      legend: 'Bottom',
    },
    {
      name: 'margin-deviation',
      type: 'BarClustered',
      title: marginTitle,
      source: rangeA1(margin.header, 0, margin.last, 1),
      seriesColours: [scenarioColour.forecast],
      pointColours: [bars.map(({ area }) => chartColour[area.margin?.direction === 'unfavourable' ? 'red' : 'green'])],
      position: { from: toA1(chartTop, 4), to: toA1(chartTop + chartRows, 7) },
      valueAxisNumberFormat: signedFormat(scale),
      legend: 'None',
    },
  ];
}

function totalName({ context }: Summary, total: AreaFigures): string {
  return context.text('report.summary.total', { name: total.unit.name });
}

interface Overrun {
  readonly unit: string;
  readonly line: string;
  readonly item: BindingItem;
  /** Euros by which the forecast is worse than the budget in force. */
  readonly overrun: number;
}

const bindingRowKeys: Readonly<Record<BindingItem, MessageKey>> = {
  margin: 'report.summary.bindingRow.margin',
  expenses: 'report.summary.bindingRow.expenses',
  income: 'report.summary.bindingRow.income',
};

/** The item each binding-overrun message is about. */
const bindingItemOf = {
  'finding.binding-overrun.margin': 'margin',
  'finding.binding-overrun.expenses': 'expenses',
  'finding.binding-overrun.income': 'income',
} as const satisfies Record<FindingWith<'binding-overrun'>['messageId'], BindingItem>;

/** The binding-level overruns, named by the unit and line of the deviation at their cell when there is one. */
function bindingOverruns(analysis: Analysis, context: ReportContext): Overrun[] {
  const overruns: Overrun[] = [];
  for (const finding of analysis.findings) {
    if (finding.code !== 'binding-overrun') continue;
    const deviation: Deviation | undefined = analysis.deviations.find(
      (d) => d.sheet === finding.sheet && (d.cell === finding.cell || d.varianceCell === finding.cell),
    );
    const { unit, line, overrun } = finding.data;
    overruns.push({
      unit,
      line: deviation ? context.lineName(deviation.line) : line,
      item: bindingItemOf[finding.messageId],
      overrun,
    });
  }
  return overruns;
}
