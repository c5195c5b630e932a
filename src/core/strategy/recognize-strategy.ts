/**
 * A table of strategic measures: a header naming a measure column (Toimenpide, Åtgärd,
 * Measure, …) and a status column (Tila, Status, …). Each measure belongs to the goal in a
 * goal column (Tavoite, Mål, Goal, …) when there is one, else to the last goal heading row
 * above it: a row whose only text is in the table's first column, with no status. A measure
 * before any goal belongs to a goal named after the sheet.
 */
import { rangeA1, toA1 } from '../address';
import type { Measure, StatusCounts, StatusKind, StrategyResult } from '../model';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { normalizeText } from '../recognize/text';
import { parseStatus, statusOfFill } from './status';

const headerSearchRows = 40;
/** How far above the header the first goal's heading may be (past a colour legend). */
const goalAboveRows = 10;

const measureHeaders = new Set([
  'toimenpide',
  'toimenpiteet',
  'kärkihanke',
  'kärkihankkeet',
  'hanke',
  'åtgärd',
  'åtgärder',
  'measure',
  'measures',
  'strategic measure',
  'strategic measures',
  'action',
  'actions',
]);
const statusHeaders = new Set([
  'tila',
  'tilanne',
  'status',
  'toteutuminen',
  'tilannearvio',
  'arvio',
  'läge',
  'läget',
  'state',
]);
const goalHeaders = new Set([
  'tavoite',
  'strategiatavoite',
  'strategian tavoite',
  'strateginen tavoite',
  'kaupunkistrategian tavoite',
  'mål',
  'strategiskt mål',
  'strategimål',
  'goal',
  'strategic goal',
  'objective',
]);

const colourOfStatus: Readonly<Record<StatusKind, keyof StatusCounts>> = {
  achieved: 'green',
  partly: 'yellow',
  'not-achieved': 'red',
};

interface StrategyHeader {
  readonly row: number;
  readonly measure: number;
  readonly status: number;
  readonly goal: number | null;
  readonly first: number;
  readonly last: number;
}

/** The first measures table in the workbook; a status that cannot be read is null (the status-invalid rule names it). */
export function recognizeStrategy(snapshot: WorkbookSnapshot): StrategyResult | null {
  for (const sheet of snapshot.sheets) {
    const header = findHeader(sheet);
    if (header === null) continue;
    const strategy = readMeasures(sheet, header);
    if (strategy !== null) return strategy;
  }
  return null;
}

function headerName(value: CellValue): string {
  if (typeof value !== 'string') return '';
  return normalizeText(value)
    .replace(/\(.*\)/g, '')
    .replace(/[:.*]+$/, '')
    .trim();
}

function findHeader(sheet: SheetSnapshot): StrategyHeader | null {
  const values = sheet.values;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    // Below the first rows, only a row of text can be a header (cheap to skip a budget table's rows).
    if (r >= headerSearchRows && !textOnly(row)) continue;
    let measure = -1;
    let status = -1;
    let goal: number | null = null;
    let first = -1;
    let last = -1;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
      if (first < 0) first = c;
      last = c;
      const name = headerName(value);
      if (measure < 0 && measureHeaders.has(name)) measure = c;
      else if (status < 0 && statusHeaders.has(name)) status = c;
      else if (goal === null && goalHeaders.has(name)) goal = c;
    }
    if (measure >= 0 && status < 0) status = unnamedStatusColumn(sheet, r, measure);
    if (measure >= 0 && status >= 0)
      return { row: r, measure, status, goal, first: Math.min(first, status), last: Math.max(last, status) };
  }
  return null;
}

/**
 * The seed's tables give the status a column without a header (a painted cell or a word at the
 * row's end): a blank-headed column where at least half of the measures' cells read as a status.
 */
function unnamedStatusColumn(sheet: SheetSnapshot, headerRow: number, measure: number): number {
  const { values, fills } = sheet;
  const header = values[headerRow];
  let best = -1;
  let bestCount = 0;
  let measures = 0;
  for (let r = headerRow + 1; r < Math.min(values.length, headerRow + 500); r++)
    if (text(values[r][measure]) !== '') measures++;
  if (measures === 0) return -1;
  for (let c = 0; c < header.length; c++) {
    if (c === measure || text(header[c]) !== '') continue;
    let count = 0;
    for (let r = headerRow + 1; r < Math.min(values.length, headerRow + 500); r++) {
      if (text(values[r][measure]) === '') continue;
      const value = text(values[r][c]);
      const fill = fills?.[r]?.[c] ?? null;
      if (
        (value !== '' && parseStatus(value) !== null) ||
        (value === '' && fill !== null && statusOfFill(fill) !== null)
      )
        count++;
    }
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return bestCount * 2 >= measures ? best : -1;
}

function textOnly(row: readonly CellValue[]): boolean {
  let strings = 0;
  for (const value of row) {
    if (typeof value === 'number') return false;
    if (typeof value === 'string') strings++;
  }
  return strings >= 2;
}

function text(value: CellValue | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function readMeasures(sheet: SheetSnapshot, header: StrategyHeader): StrategyResult | null {
  const { values, fills, origin } = sheet;
  const goals: string[] = [];
  const measures: Measure[] = [];
  let goal: string | null = null;

  const goalRow = new Map<string, number>();
  const useGoal = (name: string, r: number): string => {
    if (!goals.includes(name)) {
      goals.push(name);
      goalRow.set(name, r);
    }
    return name;
  };

  const measureHeader = headerName(values[header.row][header.measure]);
  const statusHeader = headerName(values[header.row][header.status]);
  for (let r = header.row + 1; r < values.length; r++) {
    const row = values[r];
    // The seed repeats the header over each goal's table.
    if (headerName(row[header.measure]) === measureHeader && headerName(row[header.status]) === statusHeader) continue;
    const measureText = text(row[header.measure]);
    const statusText = text(row[header.status]);
    const fill = fills?.[r]?.[header.status] ?? null;
    const fillStatus = fill ? statusOfFill(fill) : null;

    if (header.goal !== null) {
      const goalText = text(row[header.goal]);
      if (goalText !== '') {
        goal = useGoal(goalText, r);
      }
    } else {
      const heading = goalHeading(row, header);
      // A colour legend ('Tavoitteet toteutuivat' beside a green cell) is no goal.
      if (heading !== null && parseStatus(heading) !== null) continue;
      if (heading !== null && statusText === '' && fillStatus === null) {
        goal = useGoal(heading, r);
        continue;
      }
    }
    // Rows without a measure or a status continue the measure above (wrapped text in other columns).
    if (measureText === '' && statusText === '' && fillStatus === null) continue;

    const absRow = origin.row + r;
    const cell = toA1(absRow, origin.column + header.status);
    const status = (statusText !== '' ? parseStatus(statusText) : null) ?? fillStatus;
    // The fill stands for the status only when it reads as one: an unreadable status is what was written.
    const raw = statusText !== '' || status === null ? statusText : (fill ?? '');
    const goalName: string = goal ?? useGoal(goalAbove(values, header) ?? sheet.name, r);
    goal = goalName;
    measures.push({ goal: goalName, name: measureText, status, raw, cell, row: absRow });
  }
  if (measures.length === 0) return null;
  // A heading after the last measure (a note under the table) is no goal.
  const lastMeasureRow = measures[measures.length - 1].row - origin.row;
  const keptGoals = goals.filter((name) => (goalRow.get(name) ?? 0) <= lastMeasureRow);

  const counts: Record<string, { green: number; yellow: number; red: number }> = {};
  for (const name of keptGoals) counts[name] = { green: 0, yellow: 0, red: 0 };
  const total = { green: 0, yellow: 0, red: 0 };
  for (const measure of measures) {
    if (measure.status === null) continue;
    const colour = colourOfStatus[measure.status];
    counts[measure.goal][colour]++;
    total[colour]++;
  }
  const strategy: StrategyResult = {
    sheet: sheet.name,
    range: rangeA1(
      origin.row + header.row,
      origin.column + header.first,
      origin.row + lastMeasureRow,
      origin.column + header.last,
    ),
    goals: keptGoals,
    measures,
    counts,
    total,
  };
  return strategy;
}

/**
 * The goal of measures that come before any goal heading below the header: the nearest row
 * above the header whose only text is in the table's first column and is no status legend
 * (the seed puts the goal's name over its table), else null.
 */
function goalAbove(values: readonly (readonly CellValue[])[], header: StrategyHeader): string | null {
  for (let r = header.row - 1; r >= Math.max(0, header.row - goalAboveRows); r--) {
    if (values[r].some((value) => typeof value === 'number')) return null;
    const heading = goalHeading(values[r], header);
    if (heading !== null && parseStatus(heading) === null) return heading;
  }
  return null;
}

/** The text of a goal heading row (text only in the table's first column), else null. */
function goalHeading(row: readonly CellValue[], header: StrategyHeader): string | null {
  const heading = text(row[header.first]);
  if (heading === '' || typeof row[header.first] !== 'string') return null;
  for (let c = 0; c < row.length; c++) {
    if (c === header.first) continue;
    if (text(row[c]) !== '') return null;
  }
  return heading;
}
