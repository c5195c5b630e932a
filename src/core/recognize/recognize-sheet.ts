/**
 * Budget tables on one sheet, found in a single pass over its rows.
 *
 * A header row is a row naming at least two figure columns (the one naming most, near the
 * top; further header rows below start further tables). Below it, either a long layout (a
 * unit column, optionally a level or code column) or a block layout (unit heading rows, a
 * name with every figure cell empty, each followed by that unit's lines).
 */
import { columnIndex, columnLetters, parseA1, rangeA1 } from '../address';
import type {
  BudgetRow,
  BudgetTable,
  ColumnKind,
  CostSign,
  Figure,
  FigureColumn,
  LineKind,
  Scale,
  Unit,
} from '../model';
import { natureOf } from '../model';
import type { RecognitionOverride } from '../settings';
import type { CellValue, SheetSnapshot } from '../snapshot';
import { figureAt } from '../figures/cell-figure';
import type { RecognitionGuide } from './guide';
import { columnLabelOf, type ColumnLabel } from './column-labels';
import { lineOfLabel } from './line-labels';
import { defaultScale, scaleIn } from './scale';
import { normalizeText } from './text';
import { buildHierarchy, splitCode, type Hierarchy, type LevelFallback, type UnitEntry } from './units';

/** How far down the first header row may be. */
const headerSearchRows = 40;
/** How many rows above a header row may hold its title (and scale). */
const titleSearchRows = 10;
/** Rows sampled to find the label column. */
const labelSampleRows = 2000;

const unitHeaders = new Set([
  'yksikkö',
  'vastuualue',
  'palvelualue',
  'kustannuspaikka',
  'tulosyksikkö',
  'toimintayksikkö',
  'unit',
  'enhet',
  'ansvarsområde',
  'tjänsteområde',
  'resultatenhet',
  'kostnadsställe',
  'cost centre',
  'cost center',
  'responsibility area',
  'service area',
  'organisaatio',
  'organisation',
  'organization',
]);
/** A unit's name beside a code column ('Kustannuspaikka' holding codes, 'Nimi' the names). */
const nameHeaders = new Set(['nimi', 'yksikön nimi', 'nimike', 'name', 'unit name', 'namn', 'enhetens namn']);
const codeLike = /^\d[\d.-]*$/;
const levelHeaders = new Set(['taso', 'level', 'nivå', 'hierarkiataso', 'yksikön taso', 'unit level']);
const codeHeaders = new Set([
  'koodi',
  'code',
  'kod',
  'kustannuspaikka-numero',
  'kustannuspaikkanumero',
  'kustannuspaikan numero',
  'kp-nro',
  'kp nro',
  'yksikön koodi',
  'yksikkökoodi',
  'unit code',
  'enhetskod',
  'tunnus',
  'nro',
  'numero',
]);

/** Kinds whose sign tells how costs are written (a supplementary budget or a variance may be negative either way). */
const signKinds: ReadonlySet<ColumnKind> = new Set<ColumnKind>([
  'priorYear',
  'budget',
  'currentBudget',
  'operatingPlan',
  'currentPlan',
  'actual',
  'forecast',
]);

interface HeaderCell {
  readonly column: number; // local
  readonly label: ColumnLabel | null;
  readonly kind: ColumnKind;
  readonly text: string;
}

type ColumnOverrides = ReadonlyMap<number, ColumnKind | 'none'>;

/**
 * The budget tables of a sheet. With guides (the user's mapping of tables on it), the guided
 * tables are read exactly as guided, and recognition still finds the others: a recognised table
 * reaching into a guided table's rows is the guided one, read wrongly, and is left out.
 */
export function recognizeSheet(
  sheet: SheetSnapshot,
  override?: RecognitionOverride,
  guides: readonly RecognitionGuide[] = [],
): BudgetTable[] {
  const values = sheet.values;
  if (values.length === 0) return [];
  if (guides.length > 0) {
    const guided = guides.flatMap(
      (guide) => readTable(sheet, guide.headerRow, guide.end, 0, new Map(), undefined, guide) ?? [],
    );
    const spans = guides.map(
      (guide) => [sheet.origin.row + guide.headerRow, sheet.origin.row + guide.end - 1] as const,
    );
    const others = recognizeSheet(sheet, override).filter(
      (table) => !spans.some(([top, bottom]) => table.headerRow <= bottom && lastRowOf(table) >= top),
    );
    return [...others, ...guided].sort((a, b) => a.headerRow - b.headerRow);
  }
  const overrides = localOverrides(sheet, override);
  const headers = findHeaderRows(values, overrides);
  const tables: BudgetTable[] = [];
  headers.forEach((headerRow, i) => {
    const end = i + 1 < headers.length ? headers[i + 1] : values.length;
    const previous = i > 0 ? headers[i - 1] + 1 : 0;
    const table = readTable(sheet, headerRow, end, previous, overrides, override?.costSign);
    if (table) tables.push(table);
  });
  return tables;
}

function lastRowOf(table: BudgetTable): number {
  const end = parseA1(table.range.split(':').at(-1) ?? '');
  return end?.row ?? table.headerRow;
}

function localOverrides(sheet: SheetSnapshot, override?: RecognitionOverride): ColumnOverrides {
  const map = new Map<number, ColumnKind | 'none'>();
  if (!override?.columns) return map;
  for (const [letters, kind] of Object.entries(override.columns)) {
    if (!/^[A-Za-z]{1,3}$/.test(letters.trim())) continue;
    map.set(columnIndex(letters.trim()) - sheet.origin.column, kind);
  }
  return map;
}

function headerCellsOf(row: readonly CellValue[], overrides: ColumnOverrides): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
    const forced = overrides.get(c);
    if (forced === 'none') continue;
    const label = typeof value === 'string' ? columnLabelOf(value) : null;
    if (forced !== undefined) {
      // The user named this column: take it even under a blank header.
      cells.push({ column: c, label, kind: forced, text });
    } else if (label !== null) {
      cells.push({ column: c, label, kind: label.kind, text });
    }
  }
  return cells;
}

/** Text that starts like a figure ('1 234', '-5', '(12)'): in a table of figures typed as text, no header. */
const figureLike = /^\s*[-−–+(]?\s*\d/;

function headerScore(row: readonly CellValue[], overrides: ColumnOverrides, skipFigureText = false): number {
  let score = 0;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    const forced = overrides.get(c);
    if (forced === 'none') continue;
    if (typeof value !== 'string') continue;
    if (skipFigureText && figureLike.test(value)) continue;
    if (forced !== undefined ? value.trim() !== '' : columnLabelOf(value) !== null) score++;
  }
  return score;
}

/** The first header row (the best near the top), then every later row that names two figure columns and holds no number. */
function findHeaderRows(values: readonly (readonly CellValue[])[], overrides: ColumnOverrides): number[] {
  let best = -1;
  let bestScore = 1;
  const top = Math.min(values.length, headerSearchRows);
  for (let r = 0; r < top; r++) {
    const score = headerScore(values[r], overrides);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best < 0) return [];
  const headers = [best];
  for (let r = best + 1; r < values.length; r++) {
    const row = values[r];
    let strings = 0;
    let numbers = 0;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value === 'number') numbers++;
      else if (typeof value === 'string') strings++;
    }
    if (numbers === 0 && strings >= 2 && headerScore(row, overrides, true) >= 2) headers.push(r);
  }
  return headers;
}

function readTable(
  sheet: SheetSnapshot,
  headerRow: number,
  end: number,
  titleTop: number,
  overrides: ColumnOverrides,
  forcedSign: 'positive' | 'negative' | undefined,
  guide?: RecognitionGuide,
): BudgetTable | null {
  const { values, formulas, indents, origin } = sheet;
  const header = values[headerRow];
  let figureCells = guide ? guidedHeaderCells(header, guide) : headerCellsOf(header, overrides);
  if (figureCells.length === 0) return null;
  const subHeader = headerRow + 1 < end ? subHeaderCells(values[headerRow + 1], figureCells) : null;
  if (subHeader) figureCells = subHeader;
  const firstDataRow = headerRow + (subHeader ? 2 : 1);
  const isFigure = new Set(figureCells.map((cell) => cell.column));

  let unitColumn = -1;
  const unitColumns: number[] = [];
  let levelColumn = -1;
  let codeColumn = -1;
  let nameColumn = -1;
  for (let c = 0; c < header.length && !guide; c++) {
    const value = header[c];
    if (isFigure.has(c) || typeof value !== 'string') continue;
    const name = normalizeText(value).replace(/[:.]$/, '');
    if (unitHeaders.has(name)) {
      if (unitColumn < 0) unitColumn = c;
      unitColumns.push(c);
    } else if (levelColumn < 0 && levelHeaders.has(name)) levelColumn = c;
    else if (codeColumn < 0 && codeHeaders.has(name)) codeColumn = c;
    else if (nameColumn < 0 && nameHeaders.has(name)) nameColumn = c;
  }
  if (guide) {
    unitColumns.push(...guide.unitColumns);
    unitColumn = unitColumns[0] ?? -1;
    levelColumn = guide.levelColumn ?? -1;
    codeColumn = guide.codeColumn ?? -1;
  } else if (
    unitColumn >= 0 &&
    codeColumn < 0 &&
    nameColumn >= 0 &&
    holdsCodes(values, firstDataRow, end, unitColumn)
  ) {
    codeColumn = unitColumn;
    unitColumn = nameColumn;
    unitColumns.splice(0, unitColumns.length, nameColumn);
  } else if (unitColumn < 0 && nameColumn >= 0 && (codeColumn >= 0 || levelColumn >= 0)) {
    unitColumn = nameColumn;
    unitColumns.push(nameColumn);
  }
  // Several unit columns (Palvelualue | Vastuualue | …) spell each row's place in the hierarchy.
  const unitPath = unitColumns.length > 1 ? unitColumns : null;
  const pathAbove: string[] = [];
  const labelColumn =
    guide?.labelColumn ??
    findLabelColumn(values, firstDataRow, end, isFigure, [...unitColumns, levelColumn, codeColumn]);
  if (labelColumn < 0) return null;
  const lineOf = guide ? (label: string) => guide.lineOf(label) : lineOfLabel;

  const scale = guide?.scale ?? scaleOfTable(values, headerRow, firstDataRow - 1, titleTop, figureCells);
  const figureColumns: FigureColumn[] = figureCells.map((cell) => ({
    kind: cell.kind,
    column: origin.column + cell.column,
    label: cell.text,
    year: cell.label?.year ?? yearIn(cell.text),
    months: cell.label?.months ?? null,
  }));
  const letters = figureCells.map((cell) => columnLetters(origin.column + cell.column));
  const locals = figureCells.map((cell) => cell.column);
  const absolute = figureColumns.map((column) => column.column);
  const layout = guide?.layout ?? (unitColumn >= 0 ? 'long' : 'block');

  const factors = figureCells.map((cell) => (cell.kind === 'actualPct' ? 1 : scale.factor));
  const primary = primaryColumns(figureColumns);
  // Every row's figures start as a copy of this: one right-sized allocation instead of growing an empty object.
  const figuresTemplate: Record<number, Figure> = {};
  for (const column of absolute) figuresTemplate[column] = undefined as unknown as Figure;
  const signVoter = figureColumns.map((column) => signKinds.has(column.kind) && primary[column.kind] === column.column);
  let positiveCostRows = 0;
  let negativeCostRows = 0;
  const entries: UnitEntry[] = [];
  const entryOfKey = new Map<string, number>();
  // Rows get their unit id once the hierarchy is known; until then each row's unit entry is kept beside it.
  const rows: { -readonly [K in keyof BudgetRow]: BudgetRow[K] }[] = [];
  const entryOfRow: number[] = [];
  let current = -1;
  let implicit = -1;
  let lastUnit: CellValue | undefined = null;
  let lastCode: CellValue | undefined = null;
  let lastLevel: CellValue | undefined = null;

  /** The unit of a row in a table with several unit columns: the deepest named one, its ancestors created on the way. */
  const lastPathValues: (CellValue | undefined)[] = [];
  const unitOfPath = (row: readonly CellValue[], absRow: number, previous: number): number => {
    const path = unitPath as number[];
    let unchanged = previous >= 0;
    for (let k = 0; k < path.length; k++) {
      if (row[path[k]] !== lastPathValues[k]) unchanged = false;
      lastPathValues[k] = row[path[k]];
    }
    if (unchanged) return previous;
    let deepest = -1;
    for (let k = 0; k < path.length; k++) if (cellText(row[path[k]]) !== '') deepest = k;
    if (deepest < 0) return previous;
    let unit = previous;
    let key = '';
    for (let k = 0; k <= deepest; k++) {
      // A blank cell left of the deepest name repeats the one above, as pivot tables print them.
      const text = cellText(row[path[k]]) || (pathAbove[k] ?? '');
      pathAbove[k] = text;
      if (text === '') continue;
      key += `\u0000${text}`;
      const known = entryOfKey.get(key);
      if (known !== undefined) {
        unit = known;
        continue;
      }
      const split = splitCode(text);
      const codeText = k === deepest && codeColumn >= 0 ? cellText(row[codeColumn]) : '';
      const levelHint = k === deepest && levelColumn >= 0 ? levelOf(row[levelColumn]) : k;
      unit = entries.length;
      entryOfKey.set(key, unit);
      entries.push({
        name: split.name,
        code: codeText !== '' ? codeText : split.code,
        levelHint: levelHint ?? k,
        indent: null,
        row: absRow,
      });
    }
    pathAbove.length = deepest + 1;
    return unit;
  };

  for (let r = firstDataRow; r < end; r++) {
    const row = values[r];
    const absRow = origin.row + r;
    const labelValue = row[labelColumn];
    const labelText =
      typeof labelValue === 'string' ? labelValue.trim() : typeof labelValue === 'number' ? String(labelValue) : '';
    const line = labelText === '' ? null : lineOf(labelText);

    let figuresEmpty = true;
    for (let i = 0; i < locals.length; i++) {
      const value = row[locals[i]];
      if (value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')) {
        figuresEmpty = false;
        break;
      }
    }

    if (unitPath !== null) {
      current = unitOfPath(row, absRow, current);
      if (line === null && figuresEmpty) continue;
    } else if (layout === 'long') {
      const unitValue = row[unitColumn];
      const codeValue = codeColumn >= 0 ? row[codeColumn] : null;
      const levelValue = levelColumn >= 0 ? row[levelColumn] : null;
      // Long tables repeat the unit on each of its lines: read it again only when it changes.
      const sameUnit = current >= 0 && unitValue === lastUnit && codeValue === lastCode && levelValue === lastLevel;
      lastUnit = unitValue;
      lastCode = codeValue;
      lastLevel = levelValue;
      const unitText = sameUnit ? '' : cellText(unitValue);
      // A unit cell alone (no line, no figure) declares a unit only with its level or code beside it: otherwise it is a note.
      const declares = !(line === null && figuresEmpty) || cellText(codeValue) !== '' || cellText(levelValue) !== '';
      if (unitText !== '' && declares) {
        const split = splitCode(unitText);
        const codeText = codeColumn >= 0 ? cellText(row[codeColumn]) : '';
        const code = codeText !== '' ? codeText : split.code;
        const levelHint = levelColumn >= 0 ? levelOf(row[levelColumn]) : null;
        const key = `${code ?? ''}\u0000${split.name}\u0000${levelHint ?? ''}`;
        const known = entryOfKey.get(key);
        if (known !== undefined) current = known;
        else {
          current = entries.length;
          entryOfKey.set(key, current);
          entries.push({
            name: split.name,
            code,
            levelHint,
            indent: indentOf(row[unitColumn], indents?.[r]?.[unitColumn]),
            row: absRow,
          });
        }
      }
      // Text beside no figure at all is a note, not a line.
      if (line === null && figuresEmpty) continue;
    } else if (figuresEmpty && line === null) {
      const headingColumn = labelText !== '' ? labelColumn : firstTextColumn(row, isFigure);
      if (headingColumn < 0) continue;
      const split = splitCode(cellText(row[headingColumn]));
      const codeText = codeColumn >= 0 ? cellText(row[codeColumn]) : '';
      current = entries.length;
      entries.push({
        name: split.name,
        code: codeText !== '' ? codeText : split.code,
        levelHint: levelColumn >= 0 ? levelOf(row[levelColumn]) : null,
        indent: indentOf(row[headingColumn], indents?.[r]?.[headingColumn]),
        row: absRow,
      });
      continue;
    } else if (labelText === '' && figuresEmpty) {
      continue;
    }

    if (current < 0) {
      // Lines before any unit belong to the table as a whole, named after its sheet.
      if (implicit < 0) {
        implicit = entries.length;
        entries.push({ name: sheet.name, code: null, levelHint: null, indent: null, row: absRow });
      }
      current = implicit;
    }
    const formulaRow = formulas?.[r];
    const formatRow = sheet.numberFormats?.[r];
    const rowNumber = String(absRow + 1);
    const figures: Record<number, Figure> = { ...figuresTemplate };
    const votes = line !== null && natureOf(line) === 'cost';
    let balance = 0;
    for (let i = 0; i < locals.length; i++) {
      const c = locals[i];
      const figure = figureAt(
        row[c],
        formulaRow?.[c],
        absRow,
        absolute[i],
        letters[i] + rowNumber,
        factors[i],
        formatRow?.[c],
      );
      figures[absolute[i]] = figure;
      if (votes && signVoter[i] && figure.value !== null && figure.value !== 0) balance += figure.value > 0 ? 1 : -1;
    }
    // Each expense row votes by the sign of most of its plan and actual figures.
    if (balance > 0) positiveCostRows++;
    else if (balance < 0) negativeCostRows++;
    rows.push({ row: absRow, label: labelText, line, unitId: '', figures });
    entryOfRow.push(current);
  }

  if (rows.length === 0 || !rows.some((row) => row.line !== null)) return null;

  const summable = figureColumns.filter((column) => column.kind !== 'actualPct').map((column) => column.column);
  // Asked only when neither a level, nor codes, nor indentation tell the hierarchy.
  const fallback = (): LevelFallback =>
    layout === 'block' || firstUnitSumsTheRest(rows, entryOfRow, entries.length, summable, scale.factor / 2)
      ? 'order'
      : 'flat';
  // Headings after the last line (a note under the table) are no units, and must not decide
  // the levels of the others (a note has no code, no level and no indentation).
  let lastUsed = 0;
  for (const entry of entryOfRow) if (entry > lastUsed) lastUsed = entry;
  entries.length = lastUsed + 1;
  const hierarchy = buildHierarchy(entries, fallback);
  for (let i = 0; i < rows.length; i++) rows[i].unitId = hierarchy.idOfEntry[entryOfRow[i]];
  const units = withoutEmptyLeaves(hierarchy, entryOfRow);
  const costSign = guide?.costSign ?? forcedSign ?? costSignOf(positiveCostRows, negativeCostRows);
  const structural = [labelColumn, ...unitColumns, levelColumn, codeColumn, ...locals].filter((c) => c >= 0);
  let lastRow = rows[rows.length - 1].row;
  for (const unit of units) if (unit.row > lastRow) lastRow = unit.row;
  return {
    sheet: sheet.name,
    range: rangeA1(
      origin.row + headerRow,
      origin.column + Math.min(...structural),
      lastRow,
      origin.column + Math.max(...structural),
    ),
    headerRow: origin.row + headerRow,
    layout,
    labelColumn: origin.column + labelColumn,
    unitColumn: unitColumn >= 0 ? origin.column + unitColumn : null,
    levelColumn: levelColumn >= 0 ? origin.column + levelColumn : null,
    codeColumn: codeColumn >= 0 ? origin.column + codeColumn : null,
    columns: figureColumns,
    primary,
    scale,
    costSign,
    ...(guide?.varianceConvention ? { varianceConvention: guide.varianceConvention } : {}),
    units,
    rows,
  };
}

/** The figure columns a guide names, with their header text as written (a blank header is the user's to name). */
function guidedHeaderCells(row: readonly CellValue[], guide: RecognitionGuide): HeaderCell[] {
  return [...guide.figures]
    .sort(([a], [b]) => a - b)
    .map(([column, kind]) => {
      const value = row[column];
      const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
      return { column, label: text === '' ? null : columnLabelOf(text), kind, text };
    });
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

/**
 * A long table that gives no levels still has a parent when its first unit carries the
 * totals of the others: for at least half of the figures of its lines, the first unit's figure is the
 * sum of the other units’ figures of that line (a planted error in one of them stays visible).
 * Otherwise its units stand side by side.
 */
function firstUnitSumsTheRest(
  rows: readonly BudgetRow[],
  entryOfRow: readonly number[],
  entryCount: number,
  columns: readonly number[],
  tolerance: number,
): boolean {
  if (entryCount < 2) return false;
  const firstUnit = new Map<LineKind, BudgetRow>();
  const others = new Map<LineKind, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const { line, figures } = rows[i];
    if (line === null) continue;
    if (entryOfRow[i] === 0) {
      if (!firstUnit.has(line)) firstUnit.set(line, rows[i]);
      continue;
    }
    let sums = others.get(line);
    if (!sums) others.set(line, (sums = columns.map(() => 0)));
    for (let j = 0; j < columns.length; j++) sums[j] += figures[columns[j]]?.value ?? 0;
  }
  let compared = 0;
  let matched = 0;
  for (const [line, row] of firstUnit) {
    const sums = others.get(line);
    if (!sums) continue;
    for (let j = 0; j < columns.length; j++) {
      const value = row.figures[columns[j]]?.value;
      if (value === null || value === undefined) continue;
      compared++;
      if (Math.abs(value - sums[j]) <= tolerance) matched++;
    }
  }
  return compared > 0 && matched * 2 >= compared;
}

const yearOnly = /^(?:19|20)\d{2}$/;

/**
 * A second header row that completes the first: years, period marks or scales under the
 * labels ('TOT' over '1-12/2024', 'TA' over 2024). Each of its cells under a figure column
 * must, read together with the label above, name the same kind of column; every other cell
 * must be empty or text that is no line. null when the row is no such completion.
 */
function subHeaderCells(row: readonly CellValue[], cells: readonly HeaderCell[]): HeaderCell[] | null {
  const byColumn = new Map(cells.map((cell) => [cell.column, cell]));
  let completed = 0;
  const result = cells.map((cell) => {
    const value = row[cell.column];
    const below = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    if (below === '') return cell;
    if (typeof value === 'number' && !yearOnly.test(below)) return null;
    const text = `${cell.text} ${below}`;
    const label = columnLabelOf(text);
    if (label === null || label.kind !== cell.label?.kind) return null;
    completed++;
    return { ...cell, label, text };
  });
  if (completed === 0 || result.some((cell) => cell === null)) return null;
  for (let c = 0; c < row.length; c++) {
    if (byColumn.has(c)) continue;
    const value = row[c];
    if (typeof value === 'number' || (typeof value === 'string' && lineOfLabel(value) !== null)) return null;
  }
  return result as HeaderCell[];
}

const leadingSpaces = /^[ \u00a0]+/;

/**
 * A cell's indentation: its indent level, and failing that the spaces typed before its text
 * (exports often indent that way). Only the order of indentations matters to the levels.
 */
function indentOf(value: CellValue | undefined, level: number | undefined): number | null {
  const spaces = typeof value === 'string' ? (leadingSpaces.exec(value)?.[0].length ?? 0) : 0;
  if (level === undefined && spaces === 0) return null;
  return (level ?? 0) + spaces / 1000;
}

function cellText(value: CellValue | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

function levelOf(value: CellValue | undefined): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return null;
}

const yearPattern = /(?<!\d)((?:19|20)\d{2})(?!\d)/;
function yearIn(text: string): number | null {
  const match = yearPattern.exec(text);
  return match ? Number(match[1]) : null;
}

function firstTextColumn(row: readonly CellValue[], isFigure: ReadonlySet<number>): number {
  for (let c = 0; c < row.length; c++) {
    if (!isFigure.has(c) && typeof row[c] === 'string' && (row[c] as string).trim() !== '') return c;
  }
  return -1;
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

/** Per kind, the column of the latest year (then the longest period, then the leftmost). */
function primaryColumns(columns: readonly FigureColumn[]): Partial<Record<ColumnKind, number>> {
  const best = new Map<ColumnKind, FigureColumn>();
  for (const column of columns) {
    const held = best.get(column.kind);
    if (!held || later(column, held)) best.set(column.kind, column);
  }
  const primary: Partial<Record<ColumnKind, number>> = {};
  for (const [kind, column] of best) primary[kind] = column.column;
  return primary;
}

function later(a: FigureColumn, b: FigureColumn): boolean {
  const yearA = a.year ?? -Infinity;
  const yearB = b.year ?? -Infinity;
  if (yearA !== yearB) return yearA > yearB;
  return (a.months?.to ?? 0) > (b.months?.to ?? 0);
}

/** Both signs among the expense rows' votes in one table is 'mixed' (supplementary budgets and variances do not vote). */
function costSignOf(positiveRows: number, negativeRows: number): CostSign {
  if (positiveRows > 0 && negativeRows > 0) return 'mixed';
  if (positiveRows > 0) return 'positive';
  if (negativeRows > 0) return 'negative';
  return 'unknown';
}

/** A heading with no lines and no sub-units (say, the title of the next table) is no unit. */
function withoutEmptyLeaves(hierarchy: Hierarchy, entryOfRow: readonly number[]): Unit[] {
  const kept = new Set<string>();
  let lastEntry = -1;
  for (const entry of entryOfRow) {
    if (entry === lastEntry) continue;
    lastEntry = entry;
    kept.add(hierarchy.idOfEntry[entry]);
  }
  const { units } = hierarchy;
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i];
    if (kept.has(unit.id) && unit.parentId !== null) kept.add(unit.parentId);
  }
  return units.filter((unit) => kept.has(unit.id));
}
