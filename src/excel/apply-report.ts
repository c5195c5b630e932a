/**
 * Inserting the report: the add-in's own sheets (found by their marker) are replaced, the user's
 * sheets are never deleted or written, and a user's sheet that already has a planned name makes
 * the report sheet take a free variant ('Yhteenveto (2)').
 *
 * Three steps, each its own Excel.run, because Excel has no undo for deleting a sheet (on any
 * platform) nor for renaming one (on Windows and Mac), and fails an undo group that holds either with
 * UndoNotSupported (Undo capabilities, "Unsupported APIs"):
 * 1. prepare, outside the undo group: the sheet list, the markers and workbook protection (refused
 *    before anything is written), then the old report sheets renamed out of the way;
 * 2. write, as one undo step where Excel can: the new sheets, everything on them, in one sync;
 * 3. retire, outside the undo group: the old report sheets deleted (last, because Excel refuses to
 *    delete the last visible sheet, and a workbook may hold nothing but an earlier report).
 * When step 2 fails, the sheets it added are deleted and the old ones get their names back, so the
 * workbook holds the earlier report as before.
 */
import {
  parseA1,
  parseRangeA1,
  isPlannedFormula,
  type ChartPlan,
  type PlannedValue,
  type RangeFormatPlan,
  type ReportPlan,
  type SheetPlan,
} from '../core';
import { reportMarkerComment, reportMarkerFormat, reportMarkerName } from './markers';
import { PreconditionError } from './preconditions';
import type { DegradedFeature } from './requirements';
import { RequestBudget } from './request-budget';
import type { OperationRunner } from './run';
import { loadSheetDirectory } from './sheet-directory';
import type { AppliedReport } from './types';

export const maxSheetNameLength = 31;

interface OldSheet {
  readonly name: string;
  readonly asideName: string;
}

export async function applyReport(runner: OperationRunner, plan: ReportPlan): Promise<AppliedReport> {
  const prepared = await runner.run('applyReport', (context) => prepare(context), { undoGroup: false });
  let applied: AppliedReport;
  try {
    applied = await runner.run('applyReport', (context, degraded) => write(context, plan, prepared.taken, degraded));
  } catch (error) {
    try {
      await runner.run('applyReport', (context) => restore(context, prepared), { undoGroup: false });
    } catch {
      // The old sheets keep their markers under the aside names: the next report finds and replaces them.
    }
    throw error;
  }
  if (prepared.old.length > 0) {
    await runner.run('applyReport', (context) => retire(context, prepared.old), { undoGroup: false });
  }
  return applied;
}

interface Prepared {
  /** Names of the user's sheets: the new report sheets avoid them, and a failed write deletes every other new sheet. */
  readonly taken: readonly string[];
  readonly old: readonly OldSheet[];
}

async function prepare(context: Excel.RequestContext): Promise<Prepared> {
  const protection = context.workbook.protection;
  protection.load('protected');
  const directory = await loadSheetDirectory(context, { usedRanges: false });
  // Structure protection refuses adding, deleting and renaming sheets: say so before changing anything.
  if (protection.protected) throw new PreconditionError({ reason: 'structure-protected' });
  const taken = directory.filter((entry) => entry.reportKey === null).map((entry) => entry.name);
  // Every sheet of an earlier report goes: the new report is the whole set, and a sheet the plan
  // no longer has (no strategy data this time) would otherwise stay behind with stale figures.
  const names = directory.map((entry) => entry.name);
  const old = directory
    .filter((entry) => entry.reportKey !== null)
    .map((entry, i): OldSheet => {
      const asideName = freeSheetName(`~budget-monitor-old-${i + 1}`, names);
      names.push(asideName);
      return { name: entry.name, asideName };
    });
  for (const sheet of old) context.workbook.worksheets.getItem(sheet.name).name = sheet.asideName;
  if (old.length > 0) await context.sync();
  return { taken, old };
}

async function write(
  context: Excel.RequestContext,
  plan: ReportPlan,
  userSheets: readonly string[],
  degraded: ReadonlySet<DegradedFeature>,
): Promise<AppliedReport> {
  const worksheets = context.workbook.worksheets;
  const taken = [...userSheets];
  const applied: { key: SheetPlan['key']; name: string }[] = [];
  const budget = new RequestBudget(context);
  let charts = 0;
  for (const sheetPlan of plan.sheets) {
    const name = freeSheetName(sheetPlan.name, taken);
    taken.push(name);
    const sheet = worksheets.add(name);
    await writeSheet(sheet, sheetPlan, degraded, budget);
    charts += sheetPlan.charts.length;
    applied.push({ key: sheetPlan.key, name });
  }
  if (applied.length > 0) worksheets.getItem(applied[0].name).activate();
  await context.sync();
  return { sheets: applied, charts };
}

/** After a failed write: the sheets it added go, then the old report sheets get their names back (one sync, in order). */
async function restore(context: Excel.RequestContext, prepared: Prepared): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const known = new Set(
    [...prepared.taken, ...prepared.old.map((sheet) => sheet.asideName)].map((name) => name.toLowerCase()),
  );
  // The renamed old sheets are still there, so deleting every added sheet never leaves the workbook without one.
  worksheets.items.filter((sheet) => !known.has(sheet.name.toLowerCase())).forEach((sheet) => sheet.delete());
  for (const sheet of prepared.old) worksheets.getItem(sheet.asideName).name = sheet.name;
  await context.sync();
}

async function retire(context: Excel.RequestContext, old: readonly OldSheet[]): Promise<void> {
  for (const sheet of old) context.workbook.worksheets.getItem(sheet.asideName).delete();
  await context.sync();
}

/** The planned name when no other sheet has it (case-insensitively), else 'Name (2)', 'Name (3)'… */
export function freeSheetName(planned: string, taken: readonly string[]): string {
  const base = validSheetName(planned);
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, maxSheetNameLength - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Excel refuses : \ / ? * [ ] in sheet names, more than 31 characters, and a leading or trailing apostrophe. */
function validSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, '-')
    .replace(/^'+|'+$/g, '')
    .slice(0, maxSheetNameLength)
    .trim();
  return cleaned === '' ? 'Report' : cleaned;
}

async function writeSheet(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  degraded: ReadonlySet<DegradedFeature>,
  budget: RequestBudget,
): Promise<void> {
  sheet.names.add(reportMarkerName(plan.key), sheet.getRange('A1'), reportMarkerComment(plan.key));
  const columns = plan.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (columns > 0) {
    // A report sheet is a few hundred rows; only a giant one is written in blocks over several requests.
    for (const block of rowBlocks(plan.values, columns, budget.limit)) {
      await budget.reserve(block.bytes);
      sheet.getRangeByIndexes(block.firstRow, 0, block.rows.length, columns).formulas = block.rows;
    }
  }
  for (const format of plan.formats) await applyFormat(sheet, format, budget);
  // The second marker, after the plan's formats so that none replaces it (see core/report-markers).
  sheet.getRange('A1').numberFormat = [[reportMarkerFormat(plan.key)]];
  plan.columnWidths.forEach((width, column) => {
    if (width !== null) sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width;
  });
  if (plan.freeze) freeze(sheet, plan.freeze.rows, plan.freeze.columns);
  if (plan.pageSetup && !degraded.has('page-setup')) {
    sheet.pageLayout.orientation = plan.pageSetup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // Fit all columns on one page width, as many pages tall as it takes (0 = automatic, as the file's
    // fitToHeight="0"): wide charts are not cut. Some Excel builds ignore fit-to-pages set by an add-in
    // (office-js issue #1860); the report is still complete then, only printed at 100 %.
    if (plan.pageSetup.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  for (const chart of plan.charts) addChart(sheet, chart, degraded);
}

type CellInput = string | number;

/**
 * The planned rows as `formulas` input, in blocks of consecutive rows whose JSON stays under `limit`
 * bytes (at least one row each). Made block by block as the request is built, so that only what is
 * queued is held, not a second copy of the whole sheet.
 */
function* rowBlocks(
  values: readonly (readonly PlannedValue[])[],
  columns: number,
  limit: number,
): Generator<{ firstRow: number; rows: CellInput[][]; bytes: number }> {
  let current: { firstRow: number; rows: CellInput[][]; bytes: number } | null = null;
  for (let index = 0; index < values.length; index++) {
    // `formulas` takes constants and formulas alike; cellInput keeps every planned text a text.
    const planned = values[index];
    const row = Array.from({ length: columns }, (_, c) => cellInput(planned[c] ?? null));
    const bytes = JSON.stringify(row).length + 1;
    if (current && current.rows.length > 0 && current.bytes + bytes > limit) {
      yield current;
      current = null;
    }
    current ??= { firstRow: index, rows: [], bytes: 0 };
    current.rows.push(row);
    current.bytes += bytes;
  }
  if (current) yield current;
}

/**
 * Excel takes what is written through `formulas` (and `values`) as typed input: text beginning with
 * '=', '+', '-' or '@' becomes a formula, and text that looks like a number, a percentage, a date or
 * a truth value ('2024', '50 %', '1.2.', 'TRUE') becomes one. A planned text (a unit name, a label,
 * a controller's commentary: anything read from the workbook) must arrive exactly as text, so every
 * text gets Excel's text prefix, the apostrophe, which Excel keeps out of the cell's value. Only a
 * PlannedFormula, which the core itself built, is written as a formula.
 */
export function cellInput(value: PlannedValue): CellInput {
  if (value === null) return '';
  if (isPlannedFormula(value)) return value.formula;
  if (typeof value === 'number') return value;
  return value === '' ? '' : `'${value}`;
}

async function applyFormat(sheet: Excel.Worksheet, plan: RangeFormatPlan, budget: RequestBudget): Promise<void> {
  const area = parseRangeA1(plan.range);
  if (!area) throw new Error(`Report plan names '${plan.range}', which is not an A1 range`);
  const range = sheet.getRange(plan.range);
  if (plan.numberFormat !== undefined) {
    // Excel takes number formats as an array of the range's shape: cell by cell in the request.
    const columns = area.right - area.left + 1;
    const format = plan.numberFormat;
    const rowBytes = columns * (JSON.stringify(format).length + 1);
    const rowsPerBlock = Math.max(1, Math.floor(budget.limit / rowBytes));
    for (let top = area.top; top <= area.bottom; top += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, area.bottom - top + 1);
      await budget.reserve(rows * rowBytes);
      sheet.getRangeByIndexes(top, area.left, rows, columns).numberFormat = Array.from({ length: rows }, () =>
        new Array<string>(columns).fill(format),
      );
    }
  }
  if (plan.fill !== undefined) range.format.fill.color = plan.fill;
  if (plan.font) {
    // Writes only: the proxy is taken to set properties on it, nothing is read before the sync.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const font = range.format.font;
    if (plan.font.bold !== undefined) font.bold = plan.font.bold;
    if (plan.font.italic !== undefined) font.italic = plan.font.italic;
    if (plan.font.color !== undefined) font.color = plan.font.color;
    if (plan.font.size !== undefined) font.size = plan.font.size;
  }
  if (plan.horizontalAlignment) range.format.horizontalAlignment = plan.horizontalAlignment;
  if (plan.verticalAlignment) range.format.verticalAlignment = plan.verticalAlignment;
  if (plan.wrapText !== undefined) range.format.wrapText = plan.wrapText;
  if (plan.bottomBorder !== undefined) {
    const border = range.format.borders.getItem('EdgeBottom');
    border.style = 'Continuous';
    border.color = plan.bottomBorder;
  }
}

function freeze(sheet: Excel.Worksheet, rows: number, columns: number): void {
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

function addChart(sheet: Excel.Worksheet, plan: ChartPlan, degraded: ReadonlySet<DegradedFeature>): void {
  const source = parseRangeA1(plan.source);
  if (!source || !parseA1(plan.position.from) || !parseA1(plan.position.to)) {
    throw new Error(`Chart '${plan.name}' has an invalid source or position`);
  }
  const chart = sheet.charts.add(plan.type, sheet.getRange(plan.source), 'Columns');
  chart.name = plan.name;
  chart.title.text = plan.title;
  if (plan.legend === 'None') {
    chart.legend.visible = false;
  } else {
    chart.legend.visible = true;
    chart.legend.position = plan.legend;
  }
  // First row the series names, first column the categories: one series per further column.
  const seriesCount = source.right - source.left;
  for (let i = 0; i < seriesCount; i++) {
    const series = chart.series.getItemAt(i);
    const colour = plan.seriesColours[i];
    if (colour) series.format.fill.setSolidColor(colour);
    (plan.pointColours?.[i] ?? []).forEach((pointColour, j) => {
      if (pointColour) series.points.getItemAt(j).format.fill.setSolidColor(pointColour);
    });
  }
  if (plan.valueAxisNumberFormat !== undefined && !degraded.has('axis-number-format')) {
    chart.axes.valueAxis.numberFormat = plan.valueAxisNumberFormat;
  }
  chart.setPosition(plan.position.from, plan.position.to);
}
