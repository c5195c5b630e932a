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

export const deviationsHeaderRow = 3;

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

  const headers = [
    text('report.deviations.unit'),
    text('report.deviations.line'),
    text('report.deviations.plan'),
    text('report.deviations.forecast'),
    text('report.deviations.deviation'),
    text('report.deviations.deviationPct'),
    text('report.deviations.direction'),
    text('report.deviations.colour'),
    ...(interim
      ? [
          text('report.deviations.actual', { period: periodLabel(context.period) }),
          text('report.deviations.expected', { share: String(shareOf(context.period) * 100) }),
          text('report.deviations.actualDeviation'),
        ]
      : []),
    text('report.deviations.commentary'),
    text('report.deviations.key'),
  ];
  const commentaryColumn = headers.length - 2;
  const keyColumn = headers.length - 1;
  const header = deviationsHeaderRow;
  grid.setRow(header, 0, headers);
  grid.format(header, 0, header, keyColumn, looks.header);
  grid.format(header, 2, header, 5, { horizontalAlignment: 'Right' });
  grid.format(header, 6, header, 7, { horizontalAlignment: 'Center' });
  if (interim) grid.format(header, 8, header, 10, { horizontalAlignment: 'Right' });

  const firstRow = header + 1;
  const ordered = orderDeviations(analysis.deviations);
  const missing = new Set<number>();
  ordered.forEach((deviation, index) => {
    const row = firstRow + index;
    const key = commentaryKey(deviation.unitId, deviation.line);
    const comment = commentary.get(key) ?? null;
    grid.setRow(row, 0, [
      deviation.unit,
      context.lineName(deviation.line),
      deviation.plan,
      deviation.forecast,
      deviation.deviation,
      deviation.deviationPct === null ? null : deviation.deviationPct / 100,
      context.directionWord(deviation.direction),
      context.colourWord(deviation.status),
    ]);
    if (interim && deviation.interim) {
      grid.setRow(row, 8, [deviation.interim.actual, deviation.interim.expected, deviation.interim.deviation]);
    }
    if (comment !== null) {
      grid.set(row, commentaryColumn, comment);
    } else if (deviation.status === 'red') {
      grid.set(row, commentaryColumn, text('report.deviations.explanationMissing'));
      missing.add(row);
    }
    grid.set(row, keyColumn, key);
  });
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
  for (const run of runsOf(ordered.map((_, index) => missing.has(firstRow + index)))) {
    if (!missing.has(firstRow + run.from)) continue;
    grid.format(firstRow + run.from, commentaryColumn, firstRow + run.to, commentaryColumn, {
      font: { italic: true, color: flagFont.red },
    });
  }
  if (ordered.length === 0) {
    grid.set(firstRow, 0, text('report.deviations.none'));
    grid.format(firstRow, 0, firstRow, 0, looks.note);
  } else {
    grid.format(firstRow, 2, lastRow, 3, { numberFormat: amountFormat(scale) });
    grid.format(firstRow, 4, lastRow, 4, { numberFormat: signedFormat(scale) });
    grid.format(firstRow, 5, lastRow, 5, { numberFormat: signedPercentFormat });
    grid.format(firstRow, 6, lastRow, 7, { horizontalAlignment: 'Center' });
    if (interim) {
      grid.format(firstRow, 8, lastRow, 9, { numberFormat: amountFormat(scale) });
      grid.format(firstRow, 10, lastRow, 10, { numberFormat: signedFormat(scale) });
    }
    grid.format(firstRow, commentaryColumn, lastRow, commentaryColumn, {
      wrapText: true,
      verticalAlignment: 'Top',
    });
    grid.format(firstRow, keyColumn, lastRow, keyColumn, { font: { color: '#808080', size: 7 } });
    grid.format(firstRow, 0, lastRow, 1, { verticalAlignment: 'Top' });
  }

  // Commentary that has no row in this report (its unit or line is gone, or it was written for
  // another period) is kept below the table under its key, never dropped: the controller decides.
  const placed = new Set(ordered.map((deviation) => commentaryKey(deviation.unitId, deviation.line)));
  const orphans = [
    ...[...commentary].filter(([key]) => !placed.has(key)),
    ...[...leftover].filter(([key]) => !commentary.has(key)),
  ];
  if (orphans.length > 0) {
    const heading = lastRow + 2;
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
