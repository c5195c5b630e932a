/**
 * A table's frame: what its header says about its columns (figure columns, the label column,
 * unit, level, code, binding, step and description columns) and its scale, before any row is
 * read. Every layout reader reads its rows inside one frame.
 */
import type { ColumnReading, FigureColumn, LineKind, Scale } from '../model';
import type { VarianceConvention } from '../mapping/types';
import type { RecognitionGuide } from './guide';
import type { CellValue, SheetSnapshot } from '../snapshot';
import type { Header, HeaderCell } from './header';
import { lineOfLabel } from './line-labels';
import { defaultScale, scaleIn } from './scale';
import { chainStepOf, structureRoleOf } from './structure-labels';

/** How many rows above a header row may hold its title (and scale). */
const titleSearchRows = 10;
/** Rows sampled to find the label column. */
const labelSampleRows = 2000;
const codeLike = /^\d[\d.-]*$/;

export interface TableFrame {
  readonly sheet: SheetSnapshot;
  readonly header: Header;
  /** Local rows: the first data row and the row after the table. */
  readonly firstDataRow: number;
  readonly end: number;
  /** Local: the row after the previous table, where this table's title may start. */
  readonly titleTop: number;
  readonly figureCells: readonly HeaderCell[];
  readonly isFigure: ReadonlySet<number>;
  /** Local columns; -1 when absent. */
  readonly labelColumn: number;
  readonly unitColumns: readonly number[];
  readonly levelColumn: number;
  readonly codeColumn: number;
  readonly bindingColumn: number;
  /** The column naming the steps of a vertical budget chain (Alkuperäinen, Muutos, Yhteensä), else -1. */
  readonly stepColumn: number;
  readonly descriptionColumn: number;
  readonly scale: Scale;
  readonly figureColumns: readonly FigureColumn[];
  /** The user's cost sign, when they set one. */
  readonly forcedSign: 'positive' | 'negative' | undefined;
  /** The line a row label names: the vocabulary, or the user's mapping first. */
  readonly lineOf: (label: string) => LineKind | null;
  readonly varianceConvention: VarianceConvention | undefined;
  readonly side: 'left' | 'right' | null;
}

export interface FrameOptions {
  readonly forcedSign?: 'positive' | 'negative';
  readonly side?: 'left' | 'right' | null;
  /** The user's mapping of the table: its columns, label column, scale and lines are as it says. */
  readonly guide?: RecognitionGuide;
}

/** The frame of the table under a header, or null when it has no column of labels. */
export function frameOf(
  sheet: SheetSnapshot,
  header: Header,
  end: number,
  titleTop: number,
  options: FrameOptions = {},
): TableFrame | null {
  const { values, origin } = sheet;
  const figureCells = header.cells;
  if (figureCells.length === 0) return null;
  const firstDataRow = header.firstDataRow;
  const isFigure = new Set(figureCells.map((cell) => cell.column));
  const headerRow = values[header.labelRow];

  const { guide } = options;
  if (guide) return guidedFrame(sheet, header, end, titleTop, options, guide);
  let unitColumns: number[] = [];
  let levelColumn = -1;
  let codeColumn = -1;
  let nameColumn = -1;
  let bindingColumn = -1;
  let descriptionColumn = -1;
  let stepColumn = -1;
  for (let c = 0; c < headerRow.length; c++) {
    const value = headerRow[c];
    if (isFigure.has(c) || typeof value !== 'string') continue;
    const role = structureRoleOf(value);
    if (role === 'unit') unitColumns.push(c);
    else if (role === 'level' && levelColumn < 0) levelColumn = c;
    else if (role === 'code' && codeColumn < 0) codeColumn = c;
    else if (role === 'name' && nameColumn < 0) nameColumn = c;
    else if (role === 'binding' && bindingColumn < 0) bindingColumn = c;
    else if (role === 'description' && descriptionColumn < 0) descriptionColumn = c;
    else if (role === 'step' && stepColumn < 0) stepColumn = c;
  }
  if (
    unitColumns.length > 0 &&
    codeColumn < 0 &&
    nameColumn >= 0 &&
    holdsCodes(values, firstDataRow, end, unitColumns[0])
  ) {
    codeColumn = unitColumns[0];
    unitColumns = [nameColumn];
  } else if (unitColumns.length === 0 && nameColumn >= 0 && (codeColumn >= 0 || levelColumn >= 0)) {
    unitColumns = [nameColumn];
  }
  // A column headed like a unit column ('Tehtäväalue') that holds the lines is the label column.
  const linesByColumn = lineCounts(values, firstDataRow, end, isFigure);
  const best = linesByColumn.indexOf(Math.max(0, ...linesByColumn));
  if (unitColumns.includes(best) && linesByColumn[best] > 0) unitColumns = unitColumns.filter((c) => c !== best);
  const taken = [...unitColumns, levelColumn, codeColumn, bindingColumn, descriptionColumn, stepColumn];
  const labelColumn = findLabelColumn(values, firstDataRow, end, isFigure, taken);
  if (labelColumn < 0) return null;
  if (stepColumn < 0)
    stepColumn = findStepColumn(values, firstDataRow, end, isFigure, [...unitColumns, levelColumn, codeColumn]);
  if (stepColumn >= 0 && descriptionColumn < 0) {
    descriptionColumn = findDescriptionColumn(values, firstDataRow, end, isFigure, [...taken, labelColumn, stepColumn]);
  }

  const scale = scaleOfTable(values, header.rows[0], firstDataRow - 1, titleTop, figureCells);
  const figureColumns: FigureColumn[] = figureCells.map((cell) => ({
    kind: cell.kind,
    column: origin.column + cell.column,
    label: cell.text,
    year: cell.label?.year ?? yearIn(cell.text),
    months: cell.label?.months ?? null,
  }));
  return {
    sheet,
    header,
    firstDataRow,
    end,
    titleTop,
    figureCells,
    isFigure,
    labelColumn,
    unitColumns,
    levelColumn,
    codeColumn,
    bindingColumn,
    stepColumn,
    descriptionColumn,
    scale,
    figureColumns,
    forcedSign: options.forcedSign,
    side: options.side ?? null,
    lineOf: lineOfLabel,
    varianceConvention: undefined,
  };
}

/** The frame of a table the user mapped: every column, the scale and the lines as the mapping says. */
function guidedFrame(
  sheet: SheetSnapshot,
  header: Header,
  end: number,
  titleTop: number,
  options: FrameOptions,
  guide: RecognitionGuide,
): TableFrame {
  const { values, origin } = sheet;
  const figureCells = header.cells;
  return {
    sheet,
    header,
    firstDataRow: header.firstDataRow,
    end,
    titleTop,
    figureCells,
    isFigure: new Set(figureCells.map((cell) => cell.column)),
    labelColumn: guide.labelColumn,
    unitColumns: [...guide.unitColumns],
    levelColumn: guide.levelColumn ?? -1,
    codeColumn: guide.codeColumn ?? -1,
    bindingColumn: guide.bindingColumn ?? -1,
    stepColumn: -1,
    descriptionColumn: -1,
    scale: guide.scale ?? scaleOfTable(values, header.rows[0], header.firstDataRow - 1, titleTop, figureCells),
    figureColumns: figureCells.map((cell) => ({
      kind: cell.kind,
      column: origin.column + cell.column,
      label: cell.text,
      year: cell.label?.year ?? yearIn(cell.text),
      months: cell.label?.months ?? null,
    })),
    forcedSign: guide.costSign ?? options.forcedSign,
    side: options.side ?? null,
    lineOf: (label) => guide.lineOf(label),
    varianceConvention: guide.varianceConvention,
  };
}

/** Every column of the frame with its role, left to right, labelled as the header writes it. */
export function columnRolesOf(
  frame: TableFrame,
  figureColumns: readonly FigureColumn[] = frame.figureColumns,
): ColumnReading[] {
  const { sheet, header } = frame;
  const labelAt = (c: number): string => {
    const parts: string[] = [];
    for (const r of header.rows) {
      const value = sheet.values[r][c];
      if (typeof value === 'string' && value.trim() !== '') parts.push(value.trim());
    }
    return parts.join(' ');
  };
  const roles: ColumnReading[] = [];
  const structural: [number, 'label' | 'unit' | 'level' | 'code' | 'step' | 'description' | 'binding'][] = [
    [frame.labelColumn, 'label'],
    ...frame.unitColumns.map((c) => [c, 'unit'] as [number, 'unit']),
    [frame.levelColumn, 'level'],
    [frame.codeColumn, 'code'],
    [frame.stepColumn, 'step'],
    [frame.descriptionColumn, 'description'],
    [frame.bindingColumn, 'binding'],
  ];
  for (const [c, role] of structural) {
    if (c < 0 || roles.some((r) => r.column === sheet.origin.column + c)) continue;
    roles.push({ column: sheet.origin.column + c, role, label: labelAt(c) });
  }
  for (const column of figureColumns)
    roles.push({ column: column.column, role: 'figure', kind: column.kind, label: column.label });
  return roles.sort((a, b) => a.column - b.column);
}

/** Whether a column's cells (a sample of them) are all codes such as '1210'. */
function holdsCodes(values: readonly (readonly CellValue[])[], from: number, end: number, column: number): boolean {
  let seen = 0;
  for (let r = from; r < Math.min(end, from + labelSampleRows); r++) {
    const value = values[r][column];
    if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
    if (
      !(typeof value === 'number' && Number.isInteger(value)) &&
      !(typeof value === 'string' && codeLike.test(value.trim()))
    )
      return false;
    seen++;
  }
  return seen > 0;
}

/** Per column, how many of its cells (sampled) name a known line; 0 for figure columns. */
function lineCounts(
  values: readonly (readonly CellValue[])[],
  from: number,
  end: number,
  isFigure: ReadonlySet<number>,
): number[] {
  const counts = new Array<number>(values[0]?.length ?? 0).fill(0);
  for (let r = from; r < Math.min(end, from + labelSampleRows); r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (!isFigure.has(c) && typeof value === 'string' && lineOfLabel(value) !== null) counts[c]++;
    }
  }
  return counts;
}

/** The non-figure column naming the most known lines (sampled), else the leftmost text column. */
function findLabelColumn(
  values: readonly (readonly CellValue[])[],
  from: number,
  end: number,
  isFigure: ReadonlySet<number>,
  taken: readonly number[],
): number {
  const width = values[0].length;
  const hits = new Array<number>(width).fill(0);
  const texts = new Array<number>(width).fill(0);
  const last = Math.min(end, from + labelSampleRows);
  for (let r = from; r < last; r++) {
    const row = values[r];
    for (let c = 0; c < width; c++) {
      if (isFigure.has(c) || taken.includes(c)) continue;
      const value = row[c];
      if (typeof value !== 'string') continue;
      texts[c]++;
      if (lineOfLabel(value) !== null) hits[c]++;
    }
  }
  let best = -1;
  for (let c = 0; c < width; c++) if (hits[c] > 0 && (best < 0 || hits[c] > hits[best])) best = c;
  if (best >= 0) return best;
  for (let c = 0; c < width; c++) if (texts[c] > 0) return c;
  return -1;
}

/**
 * The column of a vertical budget chain's steps: the non-figure column (the label column
 * included) naming the most steps, when it names at least one original budget and one total.
 */
function findStepColumn(
  values: readonly (readonly CellValue[])[],
  from: number,
  end: number,
  isFigure: ReadonlySet<number>,
  taken: readonly number[],
): number {
  const width = values[0].length;
  let best = -1;
  let bestCount = 0;
  for (let c = 0; c < width; c++) {
    if (isFigure.has(c) || taken.includes(c)) continue;
    let originals = 0;
    let totals = 0;
    let count = 0;
    for (let r = from; r < Math.min(end, from + labelSampleRows); r++) {
      const value = values[r][c];
      if (typeof value !== 'string') continue;
      const step = chainStepOf(value);
      if (step === null) continue;
      count++;
      if (step === 'original') originals++;
      if (step === 'total') totals++;
    }
    if (originals > 0 && totals > 0 && count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

/** The text column beside the steps that names the changes' decisions. */
function findDescriptionColumn(
  values: readonly (readonly CellValue[])[],
  from: number,
  end: number,
  isFigure: ReadonlySet<number>,
  taken: readonly number[],
): number {
  const width = values[0].length;
  for (let c = 0; c < width; c++) {
    if (isFigure.has(c) || taken.includes(c)) continue;
    for (let r = from; r < Math.min(end, from + labelSampleRows); r++) {
      const value = values[r][c];
      if (typeof value === 'string' && value.trim() !== '' && lineOfLabel(value) === null) return c;
    }
  }
  return -1;
}

const yearPattern = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
function yearIn(text: string): number | null {
  const match = yearPattern.exec(text);
  return match ? Number(match[1]) : null;
}

/** From a figure label ('TA 2024, 1000 €'), else another header cell, else the nearest title above; € when none. */
function scaleOfTable(
  values: readonly (readonly CellValue[])[],
  headerRow: number,
  lastHeaderRow: number,
  titleTop: number,
  figureCells: readonly HeaderCell[],
): Scale {
  for (const cell of figureCells) if (cell.label?.scale) return cell.label.scale;
  const top = Math.max(titleTop, headerRow - titleSearchRows);
  for (let r = lastHeaderRow; r >= top; r--) {
    for (const value of values[r]) {
      if (typeof value !== 'string' || value.length > 200) continue;
      const match = scaleIn(value);
      if (match) return match.scale;
    }
  }
  return defaultScale;
}
