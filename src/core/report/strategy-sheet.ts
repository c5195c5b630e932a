/**
 * The Strategy sheet (Strategia): per goal and in total the counts of achieved, partly and not
 * achieved measures, coloured, a stacked bar chart of them, and the measures that were not or
 * only partly achieved.
 */
import { chartColour, flagFill, flagFont } from '../colours';
import type { Analysis, StatusCounts, StatusKind, TrafficLight } from '../model';
import type { ChartPlan, SheetPlan } from '../plan';
import { rangeA1, toA1 } from '../address';
import { looks, type ReportContext } from './context';
import { createGrid } from './grid';
import { writeTable } from './table';
import { countFormat } from './number-formats';
import { periodLabel } from './period';

const colourOfStatus: Record<StatusKind, TrafficLight> = { achieved: 'green', partly: 'yellow', 'not-achieved': 'red' };
const chartRows = 18;

export function planStrategy(analysis: Analysis, context: ReportContext): SheetPlan {
  const { text } = context;
  const strategy = analysis.strategy;
  const grid = createGrid();
  grid.set(0, 0, text('report.strategy.title', { period: periodLabel(context.period) }));
  grid.format(0, 0, 0, 0, looks.title);
  const charts: ChartPlan[] = [];
  const statusLabel: Record<StatusKind, string> = {
    achieved: text('report.strategy.achieved'),
    partly: text('report.strategy.partly'),
    'not-achieved': text('report.strategy.notAchieved'),
  };

  if (!strategy) {
    grid.set(2, 0, text('report.strategy.none'));
    grid.format(2, 0, 2, 0, looks.note);
  } else {
    // Per goal and in total: one status column each, headed in its chart colour, its counts in its flag colour.
    const statusColumn = (label: string, colour: TrafficLight) =>
      ({
        header: label,
        headerFormat: {
          fill: chartColour[colour],
          font: { bold: true, color: colour === 'yellow' ? '#000000' : '#FFFFFF' },
          horizontalAlignment: 'Center',
        },
        body: {
          fill: flagFill[colour],
          font: { color: flagFont[colour] },
          horizontalAlignment: 'Center',
          numberFormat: countFormat,
        },
      }) as const;
    const countsOf = (name: string, counts: StatusCounts) => [
      name,
      counts.green,
      counts.yellow,
      counts.red,
      counts.green + counts.yellow + counts.red,
    ];
    grid.gap();
    const table = writeTable(
      grid,
      [
        { header: text('report.strategy.goal') },
        statusColumn(statusLabel.achieved, 'green'),
        statusColumn(statusLabel.partly, 'yellow'),
        statusColumn(statusLabel['not-achieved'], 'red'),
        { header: text('report.strategy.total'), body: { numberFormat: countFormat, horizontalAlignment: 'Center' } },
      ],
      [
        ...strategy.goals.map((goal) => countsOf(goal, strategy.counts[goal] ?? { green: 0, yellow: 0, red: 0 })),
        countsOf(text('report.strategy.total'), strategy.total),
      ],
    );
    grid.format(table.last, 0, table.last, 4, looks.total);
    grid.format(table.last, 1, table.last, 4, { font: { bold: true } });
    const lastGoalRow = table.last - 1;

    grid.gap();
    const chartTop = grid.nextRow;
    if (strategy.goals.length > 0) {
      charts.push({
        name: 'strategy-status',
        type: 'BarStacked',
        title: text('report.chart.strategyStatus'),
        source: rangeA1(table.header, 0, lastGoalRow, 3),
        seriesColours: [chartColour.green, chartColour.yellow, chartColour.red],
        position: { from: toA1(chartTop, 0), to: toA1(chartTop + chartRows, 4) },
        valueAxisNumberFormat: countFormat,
        legend: 'Bottom',
      });
    }

    grid.gap(chartRows + 2);
    let row = grid.nextRow;
    grid.set(row, 0, text('report.strategy.measuresHeading'));
    grid.format(row, 0, row, 0, looks.heading);
    row += 1;
    const open = strategy.measures.filter((measure) => measure.status !== 'achieved');
    if (open.length === 0) {
      grid.set(row, 0, text('report.strategy.allAchieved'));
      grid.format(row, 0, row, 0, { font: { color: flagFont.green } });
    } else {
      grid.setRow(row, 0, [text('report.strategy.measure'), text('report.strategy.status')]);
      grid.format(row, 0, row, 2, looks.header);
      row += 1;
      for (const goal of strategy.goals) {
        const measures = open.filter((measure) => measure.goal === goal);
        if (measures.length === 0) continue;
        grid.set(row, 0, goal);
        grid.format(row, 0, row, 0, { font: { bold: true } });
        row += 1;
        for (const measure of measures) {
          const status = measure.status;
          grid.setRow(row, 0, [
            measure.name,
            status === null ? text('report.strategy.unreadable', { raw: measure.raw }) : statusLabel[status],
          ]);
          grid.format(row, 0, row, 0, { wrapText: true, verticalAlignment: 'Top' });
          if (status !== null) {
            const colour = colourOfStatus[status];
            grid.format(row, 1, row, 2, {
              fill: flagFill[colour],
              font: { color: flagFont[colour] },
              verticalAlignment: 'Top',
            });
          } else {
            grid.format(row, 1, row, 2, { font: { italic: true }, verticalAlignment: 'Top', wrapText: true });
          }
          row += 1;
        }
      }
    }
  }

  return {
    key: 'strategy',
    name: text('report.sheet.strategy'),
    values: grid.values(),
    formats: grid.formats(),
    columnWidths: [330, 95, 95, 95, 70, 60],
    charts,
    pageSetup: { orientation: 'landscape', fitToWidth: true },
  };
}
