/**
 * The Deviations sheet (Poikkeamat): every unit and line with plan, forecast, deviation in euros
 * and per cent, direction and colour, red first and then the largest; for interim quarters also
 * the actual to date against the elapsed share of the plan; a commentary column the next run
 * carries over by key.
 */
import { flagFill, flagFont } from '../colours';
import type { Analysis, Deviation, TrafficLight } from '../model';
import type { SheetPlan } from '../plan';
import { commentaryKey } from './commentary';
import { looks, type ReportContext } from './context';
import { createGrid } from './grid';
import { writeTable, type TableColumn } from './table';
import { amountFormat, signedFormat, signedPercentFormat } from './number-formats';
import { periodLabel, shareOf } from './period';

const rank: Record<TrafficLight, number> = { red: 0, yellow: 1, green: 2 };

/** Red first, then yellow, then green; within a colour the largest deviation first; then stable by unit and line. */
export function orderDeviations(deviations: readonly Deviation[]): Deviation[] {
  return [...deviations].sort(
    (a, b) =>
      rank[a.status] - rank[b.status] ||
      Math.abs(b.deviation) - Math.abs(a.deviation) ||
      compareText(a.unit, b.unit) ||
      compareText(a.line, b.line),
  );
}

export function planDeviations(
  analysis: Analysis,
  context: ReportContext,
  commentary: ReadonlyMap<string, string>,
  leftover: ReadonlyMap<string, string> = new Map(),
): SheetPlan {
  const { text, scale } = context;
  // Only where the workbook gives actual-to-date figures for the period (a Q4 workbook asked for Q3 has none).
  const interim = context.period.quarter < 4 && analysis.deviations.some((deviation) => deviation.interim);
  const grid = createGrid();
  grid.set(0, 0, text('report.deviations.title', { period: periodLabel(context.period) }));
  grid.format(0, 0, 0, 0, looks.title);
  grid.set(1, 0, text('report.deviations.intro', { unit: context.unitLabel }));
  grid.format(1, 0, 1, 0, looks.note);

  const right = { horizontalAlignment: 'Right' } as const;
  const centre = { horizontalAlignment: 'Center' } as const;
  const top = { verticalAlignment: 'Top' } as const;
  const amounts = { headerFormat: right, body: { numberFormat: amountFormat(scale) } };
  const signed = { headerFormat: right, body: { numberFormat: signedFormat(scale) } };
  const columns: TableColumn[] = [
    { header: text('report.deviations.unit'), body: top },
    { header: text('report.deviations.line'), body: top },
    { header: text('report.deviations.plan'), ...amounts },
    { header: text('report.deviations.forecast'), ...amounts },
    { header: text('report.deviations.deviation'), ...signed },
    {
      header: text('report.deviations.deviationPct'),
      headerFormat: right,
      body: { numberFormat: signedPercentFormat },
    },
    { header: text('report.deviations.direction'), headerFormat: centre, body: centre },
    { header: text('report.deviations.colour'), headerFormat: centre, body: centre },
    ...(interim
      ? [
          { header: text('report.deviations.actual', { period: periodLabel(context.period) }), ...amounts },
          { header: text('report.deviations.expected', { share: String(shareOf(context.period) * 100) }), ...amounts },
          { header: text('report.deviations.actualDeviation'), ...signed },
        ]
      : []),
    { header: text('report.deviations.commentary'), body: { wrapText: true, ...top } },
    { header: text('report.deviations.key'), body: { font: { color: '#808080', size: 7 } } },
  ];
  const commentaryColumn = columns.length - 2;
  const keyColumn = columns.length - 1;

  const ordered = orderDeviations(analysis.deviations);
  const missing = new Set<number>();
  const rows = ordered.map((deviation, index) => {
    const key = commentaryKey(deviation.unitId, deviation.line);
    const comment = commentary.get(key);
    // A red deviation without an explanation says so in its commentary cell, for the controller to fill in.
    const explanationMissing = comment === undefined && deviation.status === 'red';
    if (explanationMissing) missing.add(index);
    return [
      deviation.unit,
      context.lineName(deviation.line),
      deviation.plan,
      deviation.forecast,
      deviation.deviation,
      deviation.deviationPct === null ? null : deviation.deviationPct / 100,
      context.directionWord(deviation.direction),
      context.colourWord(deviation.status),
      ...(interim
        ? deviation.interim
          ? [deviation.interim.actual, deviation.interim.expected, deviation.interim.deviation]
          : [null, null, null]
        : []),
      comment ?? (explanationMissing ? text('report.deviations.explanationMissing') : null),
      key,
    ];
  });
  grid.gap();
  const table = writeTable(grid, columns, rows);
  const header = table.header;
  const firstRow = table.first;
  const lastRow = Math.max(firstRow, firstRow + ordered.length - 1);
  // One format per run of rows rather than per row: the rows are sorted by colour, so a sheet of
  // 100 000 deviations still carries a handful of formats for the applier to send to Excel.
  for (const run of runsOf(ordered.map((deviation) => deviation.status))) {
    const status = ordered[run.from].status;
    grid.format(firstRow + run.from, 4, firstRow + run.to, 7, {
      fill: flagFill[status],
      font: { color: flagFont[status] },
    });
  }
  for (const run of runsOf(ordered.map((_, index) => missing.has(index)))) {
    if (!missing.has(run.from)) continue;
    grid.format(firstRow + run.from, commentaryColumn, firstRow + run.to, commentaryColumn, {
      font: { italic: true, color: flagFont.red },
    });
  }
  if (ordered.length === 0) {
    grid.set(firstRow, 0, text('report.deviations.none'));
    grid.format(firstRow, 0, firstRow, 0, looks.note);
  }

  // Commentary that has no row in this report (its unit or line is gone, or it was written for
  // another period) is kept below the table under its key, never dropped: the controller decides.
  const placed = new Set(ordered.map((deviation) => commentaryKey(deviation.unitId, deviation.line)));
  const orphans = [
    ...[...commentary].filter(([key]) => !placed.has(key)),
    ...[...leftover].filter(([key]) => !commentary.has(key)),
  ];
  if (orphans.length > 0) {
    grid.gap();
    const heading = grid.nextRow;
    grid.set(heading, 0, text('report.deviations.orphans'));
    grid.format(heading, 0, heading, 0, { font: { bold: true, color: '#595959' } });
    orphans.forEach(([key, comment], index) => {
      grid.set(heading + 1 + index, commentaryColumn, comment);
      grid.set(heading + 1 + index, keyColumn, key);
    });
    const last = heading + orphans.length;
    grid.format(heading + 1, commentaryColumn, last, commentaryColumn, {
      wrapText: true,
      verticalAlignment: 'Top',
      font: { italic: true },
    });
    grid.format(heading + 1, keyColumn, last, keyColumn, { font: { color: '#808080', size: 7 } });
  }

  return {
    key: 'deviations',
    name: text('report.sheet.deviations'),
    values: grid.values(),
    formats: grid.formats(),
    columnWidths: [130, 150, 75, 75, 75, 75, 110, 60, ...(interim ? [95, 85, 95] : []), 210, 150],
    freeze: { rows: header + 1, columns: 0 },
    charts: [],
    pageSetup: { orientation: 'landscape', fitToWidth: true },
    commentary: { column: commentaryColumn, firstRow, lastRow, keyColumns: [keyColumn] },
  };
}

/** Maximal runs of equal neighbours: [a, a, b] → {0..1}, {2..2}. */
function runsOf<T>(items: readonly T[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  items.forEach((item, index) => {
    const last = runs[runs.length - 1];
    if (last && items[last.to] === item) last.to = index;
    else runs.push({ from: index, to: index });
  });
  return runs;
}

/** Plain code-point order: only a stable tie-break, and fast on 100 000 rows (localeCompare is not). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
