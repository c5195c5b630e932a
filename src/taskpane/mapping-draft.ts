/**
 * The mapping view's draft, as plain functions over the sheet's snapshot: what the preview
 * shows, what each column is first taken to be, the labels still unknown, the mapping the
 * draft makes, and the check it gives. No React and no Excel here.
 */
import {
  analyze,
  columnIndex,
  columnLetters,
  columnLabelOf,
  lineOfLabel,
  aliasKey,
  isFigureRole,
  mappingOfTable,
  mappingProblems,
  mergeMappings,
  type ColumnRole,
  type MappingProblem,
  type TableMapping,
  type Analysis,
  type BudgetTable,
  type LineKind,
  type Settings,
  type CellValue,
  type SheetSnapshot,
} from '../core';

export interface MappingDraft {
  readonly sheet: string;
  /** 0-based sheet row of the header, null until chosen. */
  readonly headerRow: number | null;
  /** Column letters → role; a column absent here is not used. */
  readonly roles: Readonly<Record<string, ColumnRole>>;
  readonly layout: 'long' | 'block';
  readonly costSign: '' | 'positive' | 'negative';
  readonly varianceConvention: '' | NonNullable<TableMapping['varianceConvention']>;
  readonly scale: '' | '1' | '1000' | '1000000';
  /** Label as written → the line it is ('' : not a line). */
  readonly aliases: Readonly<Record<string, LineKind | ''>>;
}

export interface PreviewRow {
  /** 0-based sheet row. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface DraftColumn {
  readonly letters: string;
  readonly header: string;
  /** The first values below the header, as the cells hold them (the view formats numbers for the reader). */
  readonly firstValues: readonly CellValue[];
}

const previewRowCount = 15;
const firstValueCount = 3;
const unknownLabelLimit = 40;

export function cellText(value: CellValue | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object') return value.error;
  return '';
}

/** The sheet's first rows as the preview lists them (each row's non-empty cells). */
export function previewRows(sheet: SheetSnapshot): PreviewRow[] {
  return sheet.values.slice(0, previewRowCount).map((values, r) => ({
    row: sheet.origin.row + r,
    cells: values.map(cellText).filter((text) => text !== ''),
  }));
}

/** Every column of the sheet that has a header or values below the header row. */
export function draftColumns(sheet: SheetSnapshot, headerRow: number): DraftColumn[] {
  const local = headerRow - sheet.origin.row;
  const width = sheet.values[0]?.length ?? 0;
  const columns: DraftColumn[] = [];
  for (let c = 0; c < width; c++) {
    const header = cellText(sheet.values[local]?.[c]);
    const firstValues: CellValue[] = [];
    for (let r = local + 1; r < sheet.values.length && firstValues.length < firstValueCount; r++) {
      const value = sheet.values[r][c];
      if (cellText(value) !== '') firstValues.push(value);
    }
    if (header !== '' || firstValues.length > 0) {
      columns.push({ letters: columnLetters(sheet.origin.column + c), header, firstValues });
    }
  }
  return columns;
}

/**
 * A first draft: the saved mapping of that header row; else what recognition made of the table;
 * else the figure columns its vocabulary knows, the others unused.
 */
export function initialDraft(
  sheet: SheetSnapshot,
  headerRow: number | null,
  table: BudgetTable | undefined,
  saved: readonly TableMapping[],
): MappingDraft {
  const existing = saved.find((m) => m.sheet === sheet.name && (headerRow === null || m.headerRow === headerRow + 1));
  if (existing) return draftOfMapping(existing);
  const row = headerRow ?? table?.headerRow ?? null;
  const empty: MappingDraft = {
    sheet: sheet.name,
    headerRow: row,
    roles: {},
    layout: table?.unitColumn != null ? 'long' : 'block',
    costSign: table?.costSign === 'positive' || table?.costSign === 'negative' ? table.costSign : '',
    varianceConvention: '',
    scale: '',
    aliases: {},
  };
  if (row === null) return empty;
  if (table && table.headerRow === row) return { ...empty, roles: mappingOfTable(table, sheet).columns };
  return { ...empty, roles: guessedRoles(sheet, row) };
}

function draftOfMapping(mapping: TableMapping): MappingDraft {
  return {
    sheet: mapping.sheet,
    headerRow: mapping.headerRow - 1,
    roles: mapping.columns,
    layout: mapping.layout,
    costSign: mapping.costSign ?? '',
    varianceConvention: mapping.varianceConvention ?? '',
    scale: mapping.scale === undefined ? '' : (String(mapping.scale) as MappingDraft['scale']),
    aliases: mapping.aliases ?? {},
  };
}

function guessedRoles(sheet: SheetSnapshot, headerRow: number): Record<string, ColumnRole> {
  const roles: Record<string, ColumnRole> = {};
  for (const column of draftColumns(sheet, headerRow)) {
    const label = column.header === '' ? null : columnLabelOf(column.header);
    if (label) roles[column.letters] = label.kind;
  }
  return roles;
}

/** A draft with the header row chosen: roles guessed again for the new row's headers. */
export function withHeaderRow(draft: MappingDraft, sheet: SheetSnapshot, headerRow: number): MappingDraft {
  return { ...draft, headerRow, roles: guessedRoles(sheet, headerRow) };
}

/** The line column's labels below the header that are no line the engine knows and have no alias yet decided. */
export function unknownLabels(sheet: SheetSnapshot, draft: MappingDraft): string[] {
  if (draft.headerRow === null) return [];
  const lineLetters = Object.keys(draft.roles).find((letters) => draft.roles[letters] === 'line');
  if (lineLetters === undefined) return [];
  const column = columnIndex(lineLetters) - sheet.origin.column;
  const figureColumns = Object.keys(draft.roles)
    .filter((letters) => isFigureRole(draft.roles[letters]))
    .map((letters) => columnIndex(letters) - sheet.origin.column);
  const seen = new Set<string>();
  const labels: string[] = [];
  for (
    let r = draft.headerRow - sheet.origin.row + 1;
    r < sheet.values.length && labels.length < unknownLabelLimit;
    r++
  ) {
    const label = cellText(sheet.values[r][column]);
    // A label beside no figure is a heading (a unit in blocks) or a note: no line to name.
    if (label === '' || !figureColumns.some((c) => cellText(sheet.values[r][c]) !== '')) continue;
    const key = aliasKey(label);
    if (seen.has(key) || lineOfLabel(label) !== null) continue;
    seen.add(key);
    labels.push(label);
  }
  return labels;
}

/** The mapping the draft makes: only the used columns, each with its header as written now. */
export function mappingOf(sheet: SheetSnapshot, draft: MappingDraft): TableMapping | null {
  if (draft.headerRow === null) return null;
  const local = draft.headerRow - sheet.origin.row;
  const columns: Record<string, ColumnRole> = {};
  const headers: Record<string, string> = {};
  for (const [letters, role] of Object.entries(draft.roles)) {
    if (role === 'ignore') continue;
    columns[letters] = role;
    headers[letters] = cellText(sheet.values[local]?.[columnIndex(letters) - sheet.origin.column]);
  }
  const aliases: Record<string, LineKind> = {};
  for (const [label, line] of Object.entries(draft.aliases)) if (line !== '') aliases[label] = line;
  return {
    sheet: draft.sheet,
    headerRow: draft.headerRow + 1,
    columns,
    headers,
    layout: draft.layout,
    ...(draft.costSign ? { costSign: draft.costSign } : {}),
    ...(draft.varianceConvention ? { varianceConvention: draft.varianceConvention } : {}),
    ...(draft.scale ? { scale: Number(draft.scale) as 1 | 1000 | 1_000_000 } : {}),
    ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
  };
}

export interface DraftCheck {
  readonly mapping: TableMapping | null;
  readonly problems: readonly MappingProblem[];
  /** The sheet analysed with the draft in place of its saved mapping (null while the draft has problems). */
  readonly analysis: Analysis | null;
  readonly table: BudgetTable | null;
}

/** The check the draft gives, live: the sheet alone, with the draft as its mapping. */
export function checkDraft(sheet: SheetSnapshot, draft: MappingDraft, settings: Settings): DraftCheck {
  const mapping = mappingOf(sheet, draft);
  if (mapping === null) return { mapping, problems: [], analysis: null, table: null };
  const problems = mappingProblems(mapping);
  if (problems.length > 0) return { mapping, problems, analysis: null, table: null };
  const others = (settings.mappings ?? []).filter(
    (m) => !(m.sheet === mapping.sheet && m.headerRow === mapping.headerRow),
  );
  const analysis = analyze({ sheets: [sheet] }, { ...settings, mappings: [...others, mapping] });
  const table = analysis.tables.find((t) => t.headerRow === mapping.headerRow - 1) ?? null;
  return { mapping, problems, analysis, table };
}

/** The settings with the mapping saved: it replaces the mapping of the same table (sheet and header row). */
export function settingsWithMapping(settings: Settings, mapping: TableMapping): Settings {
  const others = (settings.mappings ?? []).filter(
    (m) => !(m.sheet === mapping.sheet && m.headerRow === mapping.headerRow),
  );
  return { ...settings, mappings: [...others, mapping] };
}

/** The settings without the sheet's mappings: recognition decides again. */
export function settingsWithoutMapping(settings: Settings, sheet: string): Settings {
  const mappings = (settings.mappings ?? []).filter((m) => m.sheet !== sheet);
  return { ...settings, mappings };
}

export function settingsWithImported(settings: Settings, imported: readonly TableMapping[]): Settings {
  return { ...settings, mappings: mergeMappings(settings.mappings ?? [], imported) };
}
