/**
 * Reading a mapping from outside (an imported file, the workbook's settings, the pane's draft)
 * and saying exactly what is wrong with it: each problem names the field by its path
 * (`tables[0].columns.D`) and what was expected, as data to render in the user's language.
 */
import { columnIndex } from '../address';
import type { MappingProblemId } from '../../i18n/catalogs/mapping';
import {
  columnRoles,
  isFigureRole,
  lineKinds,
  mappingFormat,
  varianceConventions,
  type ColumnRole,
  type MappedScale,
  type MappingFile,
  type TableMapping,
} from './types';
import type { LineKind } from '../model';

export interface MappingProblem {
  readonly messageId: MappingProblemId;
  readonly data: Readonly<Record<string, string | number>>;
}

export type MappingRead =
  | { readonly ok: true; readonly mappings: readonly TableMapping[] }
  | { readonly ok: false; readonly problems: readonly MappingProblem[] };

/** Excel's last row and column. */
const maxRow = 1_048_576;
const maxColumn = 16_384;
const tableKeys = new Set([
  'sheet',
  'headerRow',
  'lastRow',
  'columns',
  'headers',
  'layout',
  'costSign',
  'varianceConvention',
  'scale',
  'aliases',
]);
const scales: readonly MappedScale[] = [1, 1000, 1_000_000];

/** A mapping file's text: every table's mapping, or every problem found (nothing is half-read). */
export function readMappingFile(text: string): MappingRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail({ messageId: 'mapping.file.not-json', data: { detail: (error as Error).message } });
  }
  if (!isRecord(data) || data.format !== mappingFormat)
    return fail({ messageId: 'mapping.file.not-mapping', data: {} });
  if (data.version !== 1) return fail({ messageId: 'mapping.file.version', data: { value: String(data.version) } });
  if (!Array.isArray(data.tables) || data.tables.length === 0)
    return fail({ messageId: 'mapping.file.no-tables', data: {} });
  const problems: MappingProblem[] = [];
  for (const key of Object.keys(data)) {
    if (!['format', 'version', 'tables'].includes(key)) problems.push(problem('mapping.file.unknown-key', key));
  }
  const mappings = readMappings(data.tables, 'tables', problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, mappings };
}

export function mappingFile(mappings: readonly TableMapping[]): MappingFile {
  return { format: mappingFormat, version: 1, tables: mappings };
}

/** The text Export mapping writes: indented, so that it can be read and kept under version control. */
export function writeMappingFile(mappings: readonly TableMapping[]): string {
  return `${JSON.stringify(mappingFile(mappings), null, 2)}\n`;
}

/** The problems of one mapping (the pane's draft before saving); path names the table. */
export function mappingProblems(mapping: TableMapping, path = mapping.sheet): MappingProblem[] {
  const problems: MappingProblem[] = [];
  readTableMapping(mapping, path, problems);
  return problems;
}

/** Mappings stored in the workbook's settings: the valid ones are kept, a broken one is left out. */
export function storedMappings(value: unknown): TableMapping[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry, i) => {
    const problems: MappingProblem[] = [];
    const mapping = readTableMapping(entry, `mappings[${i}]`, problems);
    return mapping && problems.length === 0 ? [mapping] : [];
  });
}

function readMappings(value: readonly unknown[], path: string, problems: MappingProblem[]): TableMapping[] {
  const mappings: TableMapping[] = [];
  const seen = new Set<string>();
  value.forEach((entry, i) => {
    const at = `${path}[${i}]`;
    const mapping = readTableMapping(entry, at, problems);
    if (!mapping) return;
    const key = `${mapping.sheet.toLowerCase()}\u0000${mapping.headerRow}`;
    if (seen.has(key)) {
      problems.push(problem('mapping.file.duplicate', at, { sheet: mapping.sheet, row: mapping.headerRow }));
    }
    seen.add(key);
    mappings.push(mapping);
  });
  return mappings;
}

function readTableMapping(value: unknown, path: string, problems: MappingProblem[]): TableMapping | null {
  if (!isRecord(value)) {
    problems.push(problem('mapping.file.not-object', path));
    return null;
  }
  const before = problems.length;
  for (const key of Object.keys(value)) {
    if (!tableKeys.has(key)) problems.push(problem('mapping.file.unknown-key', `${path}.${key}`));
  }
  const sheet = value.sheet;
  if (sheet === undefined) problems.push(problem('mapping.file.required', `${path}.sheet`));
  else if (typeof sheet !== 'string' || sheet.trim() === '')
    problems.push(problem('mapping.file.not-text', `${path}.sheet`));
  const headerRow = rowOf(value.headerRow, `${path}.headerRow`, problems, true);
  const lastRow = rowOf(value.lastRow, `${path}.lastRow`, problems, false);
  if (headerRow !== undefined && lastRow !== undefined && lastRow < headerRow) {
    problems.push(problem('mapping.file.last-row', `${path}.lastRow`));
  }

  const columns: Record<string, ColumnRole> = {};
  if (value.columns === undefined) problems.push(problem('mapping.file.required', `${path}.columns`));
  else if (!isRecord(value.columns)) problems.push(problem('mapping.file.not-object', `${path}.columns`));
  else {
    for (const [letters, role] of Object.entries(value.columns)) {
      const at = `${path}.columns.${letters}`;
      if (!isColumnLetters(letters)) problems.push(problem('mapping.file.column', at, { value: letters }));
      else if (!columnRoles.includes(role as ColumnRole))
        problems.push(problem('mapping.file.role', at, { value: String(role) }));
      else columns[letters.toUpperCase()] = role as ColumnRole;
    }
  }
  const headers: Record<string, string> = {};
  if (value.headers !== undefined && !isRecord(value.headers)) {
    problems.push(problem('mapping.file.not-object', `${path}.headers`));
  } else if (isRecord(value.headers)) {
    for (const [letters, text] of Object.entries(value.headers)) {
      const at = `${path}.headers.${letters}`;
      if (!isColumnLetters(letters)) problems.push(problem('mapping.file.column', at, { value: letters }));
      else if (typeof text !== 'string') problems.push(problem('mapping.file.not-text', at));
      else headers[letters.toUpperCase()] = text;
    }
  }

  const layout = value.layout;
  if (layout === undefined) problems.push(problem('mapping.file.required', `${path}.layout`));
  else if (layout !== 'long' && layout !== 'block')
    problems.push(problem('mapping.file.layout', `${path}.layout`, { value: String(layout) }));
  const costSign = value.costSign;
  if (costSign !== undefined && costSign !== 'positive' && costSign !== 'negative') {
    problems.push(problem('mapping.file.cost-sign', `${path}.costSign`, { value: String(costSign) }));
  }
  const convention = value.varianceConvention;
  if (convention !== undefined && !varianceConventions.includes(convention as never)) {
    problems.push(problem('mapping.file.convention', `${path}.varianceConvention`, { value: String(convention) }));
  }
  const scale = value.scale;
  if (scale !== undefined && !scales.includes(scale as MappedScale)) {
    problems.push(problem('mapping.file.scale', `${path}.scale`, { value: String(scale) }));
  }
  const aliases: Record<string, LineKind> = {};
  if (value.aliases !== undefined && !isRecord(value.aliases)) {
    problems.push(problem('mapping.file.not-object', `${path}.aliases`));
  } else if (isRecord(value.aliases)) {
    for (const [label, line] of Object.entries(value.aliases)) {
      if (!lineKinds.includes(line as LineKind)) {
        problems.push(problem('mapping.file.line', `${path}.aliases.${label}`, { value: String(line) }));
      } else aliases[label] = line as LineKind;
    }
  }

  // What the roles together must make: one line column, a figure, units as the layout reads them.
  const roles = Object.values(columns);
  const count = (role: ColumnRole) => roles.filter((r) => r === role).length;
  if (count('line') !== 1) problems.push(problem('mapping.file.line-column', `${path}.columns`));
  for (const single of ['level', 'code', 'binding'] as const) {
    if (count(single) > 1) problems.push(problem('mapping.file.one-column', `${path}.columns`, { value: single }));
  }
  if (!roles.some(isFigureRole)) problems.push(problem('mapping.file.no-figure', `${path}.columns`));
  if (layout === 'long' && count('unit') === 0)
    problems.push(problem('mapping.file.long-needs-unit', `${path}.columns`));
  if (layout === 'block' && count('unit') > 0) problems.push(problem('mapping.file.block-has-unit', `${path}.columns`));

  if (problems.length > before) return null;
  return {
    sheet: (sheet as string).trim(),
    headerRow: headerRow!,
    ...(lastRow !== undefined ? { lastRow } : {}),
    columns,
    headers,
    layout: layout as 'long' | 'block',
    ...(costSign !== undefined ? { costSign: costSign as 'positive' | 'negative' } : {}),
    ...(convention !== undefined ? { varianceConvention: convention as TableMapping['varianceConvention'] } : {}),
    ...(scale !== undefined ? { scale: scale as MappedScale } : {}),
    ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
  };
}

function rowOf(value: unknown, path: string, problems: MappingProblem[], required: boolean): number | undefined {
  if (value === undefined) {
    if (required) problems.push(problem('mapping.file.required', path));
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > maxRow) {
    problems.push(problem('mapping.file.not-row', path));
    return undefined;
  }
  return value;
}

function isColumnLetters(letters: string): boolean {
  return /^[A-Za-z]{1,3}$/.test(letters) && columnIndex(letters.toUpperCase()) < maxColumn;
}

function problem(
  messageId: MappingProblemId,
  path: string,
  data: Readonly<Record<string, string | number>> = {},
): MappingProblem {
  return { messageId, data: { path, ...data } };
}

function fail(found: MappingProblem): MappingRead {
  return { ok: false, problems: [found] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
