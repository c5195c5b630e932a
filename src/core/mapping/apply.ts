/**
 * Applying the user's mappings to a workbook: for each mapped table that still fits its sheet,
 * the guide recognition follows instead of guessing; for each that no longer fits (its sheet
 * gone, its header moved, a column's header changed), a misfit that says what no longer fits,
 * for the mapping-mismatch rule to report. Such a table is not read by the mapping (never a silent misreading): its
 * sheet is recognised as if it had none, and the finding tells the user so.
 */
import { columnIndex, columnLetters, toA1 } from '../address';
import type { BudgetTable, Scale } from '../model';
import type { RecognitionGuide } from '../recognize/guide';
import { lineOfLabel } from '../recognize/line-labels';
import { normalizeText } from '../recognize/text';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import type { MappingMisfit } from '../rules/mapping-mismatch';
import { isFigureRole, type ColumnRole, type MappedScale, type TableMapping } from './types';

export interface MappedWorkbook {
  /** By sheet name (as the workbook spells it): the guides of the mapped tables that fit. */
  readonly guides: ReadonlyMap<string, readonly RecognitionGuide[]>;
  /** The mappings applied, beside their guides, to tell afterwards which one read no table. */
  readonly applied: readonly { readonly mapping: TableMapping; readonly sheet: string }[];
  /** The mappings that no longer fit their sheets, and why. */
  readonly misfits: readonly MappingMisfit[];
}

/** How far from its mapped row a moved header row is looked for. */
const movedSearchRows = 200;

/**
 * The guides and the misfits of the mappings over the workbook's sheets. `allSheets` are the
 * names of every sheet of the workbook (a check of some sheets only must not call the others missing).
 */
export function applyMappings(
  workbook: WorkbookSnapshot,
  mappings: readonly TableMapping[],
  allSheets: readonly string[] = workbook.sheets.map((sheet) => sheet.name),
): MappedWorkbook {
  const guides = new Map<string, RecognitionGuide[]>();
  const applied: { mapping: TableMapping; sheet: string }[] = [];
  const misfits: MappingMisfit[] = [];
  const bySheet = new Map<string, TableMapping[]>();
  for (const mapping of mappings) {
    const key = sheetKey(mapping.sheet);
    bySheet.set(key, [...(bySheet.get(key) ?? []), mapping]);
  }
  for (const [key, sheetMappings] of bySheet) {
    const sheet = workbook.sheets.find((s) => sheetKey(s.name) === key);
    if (!sheet) {
      if (!allSheets.some((name) => sheetKey(name) === key)) {
        misfits.push(misfit(sheetMappings[0].sheet, 'A1', { messageId: 'finding.mapping-mismatch.sheet', data: {} }));
      }
      continue;
    }
    const ordered = [...sheetMappings].sort((a, b) => a.headerRow - b.headerRow);
    ordered.forEach((mapping, i) => {
      const problems = fitOf(sheet, mapping);
      if (problems.length > 0) {
        misfits.push(...problems);
        return;
      }
      const next = ordered[i + 1]?.headerRow;
      const guide = guideOf(sheet, mapping, next);
      guides.set(sheet.name, [...(guides.get(sheet.name) ?? []), guide]);
      applied.push({ mapping, sheet: sheet.name });
    });
  }
  return { guides, applied, misfits };
}

/** A misfit for each applied mapping that read no table (none of its labels is a line). */
export function unreadMappings(mapped: MappedWorkbook, tables: readonly BudgetTable[]): MappingMisfit[] {
  return mapped.applied
    .filter(({ mapping, sheet }) => !tables.some((t) => t.sheet === sheet && t.headerRow === mapping.headerRow - 1))
    .map(({ mapping, sheet }) => {
      const letters = Object.keys(mapping.columns).find((l) => mapping.columns[l] === 'line') ?? 'A';
      return misfit(sheet, `${letters}${mapping.headerRow}`, {
        messageId: 'finding.mapping-mismatch.no-lines',
        data: { column: letters },
      });
    });
}

/** What no longer fits: the header row gone or moved, or a mapped column's header changed. */
export function fitOf(sheet: SheetSnapshot, mapping: TableMapping): MappingMisfit[] {
  const { origin, values } = sheet;
  const row = mapping.headerRow - 1 - origin.row;
  const headerCell = toA1(mapping.headerRow - 1, columnIndex(firstLetters(mapping)));
  const expected = Object.entries(mapping.headers).filter(([, text]) => text.trim() !== '');
  const at = (r: number, letters: string): string => cellText(values[r]?.[columnIndex(letters) - origin.column]);
  const fitsAt = (r: number) => expected.every(([letters, text]) => headerKey(at(r, letters)) === headerKey(text));
  if (row < 0 || row >= values.length || values[row].every((value) => cellText(value) === '')) {
    const moved = expected.length > 0 ? movedTo(values.length, row, fitsAt) : null;
    if (moved !== null) return [movedFinding(sheet, mapping, moved)];
    return [
      misfit(sheet.name, headerCell, {
        messageId: 'finding.mapping-mismatch.header-gone',
        data: { row: mapping.headerRow },
      }),
    ];
  }
  if (fitsAt(row)) return [];
  const moved = movedTo(values.length, row, fitsAt);
  if (moved !== null) return [movedFinding(sheet, mapping, moved)];
  return expected
    .filter(([letters, text]) => headerKey(at(row, letters)) !== headerKey(text))
    .map(([letters, text]) => {
      const found = at(row, letters);
      const cell = `${letters}${mapping.headerRow}`;
      return found === ''
        ? misfit(sheet.name, cell, {
            messageId: 'finding.mapping-mismatch.column-empty',
            data: { column: letters, expected: text, row: mapping.headerRow },
          })
        : misfit(sheet.name, cell, {
            messageId: 'finding.mapping-mismatch.column',
            data: { column: letters, expected: text, found, row: mapping.headerRow },
          });
    });
}

function movedTo(length: number, row: number, fitsAt: (r: number) => boolean): number | null {
  for (let distance = 1; distance <= movedSearchRows; distance++) {
    for (const r of [row + distance, row - distance]) if (r >= 0 && r < length && fitsAt(r)) return r;
  }
  return null;
}

function movedFinding(sheet: SheetSnapshot, mapping: TableMapping, local: number): MappingMisfit {
  const found = sheet.origin.row + local + 1;
  const cell = `${firstLetters(mapping)}${found}`;
  return misfit(sheet.name, cell, {
    messageId: 'finding.mapping-mismatch.header-moved',
    data: { row: mapping.headerRow, found },
  });
}

/** The guide recognition follows for a mapping that fits; `nextHeaderRow` (1-based) ends the table when it has no last row. */
export function guideOf(sheet: SheetSnapshot, mapping: TableMapping, nextHeaderRow?: number): RecognitionGuide {
  const { origin, values } = sheet;
  const local = (letters: string) => columnIndex(letters) - origin.column;
  const entries = Object.entries(mapping.columns).map(([letters, role]) => ({ column: local(letters), role }));
  const only = (role: string) => entries.find((e) => e.role === role)?.column ?? null;
  const lastRow = mapping.lastRow ?? (nextHeaderRow !== undefined ? nextHeaderRow - 1 : undefined);
  const aliases = new Map(Object.entries(mapping.aliases ?? {}).map(([label, line]) => [aliasKey(label), line]));
  return {
    headerRow: mapping.headerRow - 1 - origin.row,
    end: lastRow === undefined ? values.length : Math.min(values.length, lastRow - origin.row),
    figures: new Map(entries.flatMap((e) => (isFigureRole(e.role) ? [[e.column, e.role] as const] : []))),
    unitColumns: entries
      .filter((e) => e.role === 'unit')
      .map((e) => e.column)
      .sort((a, b) => a - b),
    levelColumn: only('level'),
    codeColumn: only('code'),
    labelColumn: only('line') ?? -1,
    bindingColumn: only('binding'),
    layout: mapping.layout,
    ...(mapping.costSign ? { costSign: mapping.costSign } : {}),
    ...(mapping.scale ? { scale: scaleOf(mapping.scale) } : {}),
    ...(mapping.varianceConvention ? { varianceConvention: mapping.varianceConvention } : {}),
    lineOf: (label) => aliases.get(aliasKey(label)) ?? lineOfLabel(label),
  };
}

const scaleLabels: Readonly<Record<MappedScale, string>> = { 1: '€', 1000: '1000 €', 1_000_000: 'milj. €' };

function scaleOf(factor: MappedScale): Scale {
  return { factor, label: scaleLabels[factor] };
}

/** Headers compared as a person reads them: case, spacing and the figures in them (years, periods) aside. */
export function headerKey(text: string): string {
  return normalizeText(text).replace(/\d+/g, '#');
}

/** Labels matched to aliases as recognition matches its own: case and spacing aside. */
export function aliasKey(label: string): string {
  return normalizeText(label);
}

function firstLetters(mapping: TableMapping): string {
  const letters = Object.keys(mapping.columns).sort((a, b) => columnIndex(a) - columnIndex(b));
  return letters[0] ?? 'A';
}

/** Every misfit names the sheet in its message: the data is the message's own details and the sheet. */
type MisfitMessage = MappingMisfit extends infer M
  ? M extends { readonly messageId: infer K; readonly data: infer D }
    ? { readonly messageId: K; readonly data: Omit<D, 'sheet'> }
    : never
  : never;

function misfit(sheet: string, cell: string, message: MisfitMessage): MappingMisfit {
  return { sheet, cell, messageId: message.messageId, data: { sheet, ...message.data } } as MappingMisfit;
}

function cellText(value: CellValue | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

function sheetKey(name: string): string {
  return name.trim().toLowerCase();
}

/** The mappings of `base` with those of `added` in place of every sheet `added` maps. */
export function mergeMappings(base: readonly TableMapping[], added: readonly TableMapping[]): TableMapping[] {
  const replaced = new Set(added.map((mapping) => sheetKey(mapping.sheet)));
  return [...base.filter((mapping) => !replaced.has(sheetKey(mapping.sheet))), ...added];
}

/** The mapping that says what recognition made of a table: where Map this table starts. */
export function mappingOfTable(table: BudgetTable, sheet: SheetSnapshot): TableMapping {
  const columns: Record<string, ColumnRole> = {};
  for (const column of table.columns) columns[columnLetters(column.column)] = column.kind;
  columns[columnLetters(table.labelColumn)] = 'line';
  if (table.unitColumn !== null) columns[columnLetters(table.unitColumn)] = 'unit';
  if (table.levelColumn !== null) columns[columnLetters(table.levelColumn)] = 'level';
  if (table.codeColumn !== null) columns[columnLetters(table.codeColumn)] = 'code';
  // Every unit column of a table read from several (a path such as Toimielin | Tehtäväalue), and a
  // binding marker column (Sitovuus), so that the mapped table is read as recognition read it.
  for (const reading of table.columnRoles)
    if (reading.role === 'unit' || reading.role === 'binding') columns[columnLetters(reading.column)] = reading.role;
  const headers: Record<string, string> = {};
  const row = sheet.values[table.headerRow - sheet.origin.row] ?? [];
  for (const letters of Object.keys(columns))
    headers[letters] = cellText(row[columnIndex(letters) - sheet.origin.column]);
  return {
    sheet: table.sheet,
    headerRow: table.headerRow + 1,
    columns,
    headers,
    // The mapping knows two layouts: units in columns, or units as headings.
    layout: table.unitColumn !== null ? 'long' : 'block',
    ...(table.costSign === 'positive' || table.costSign === 'negative' ? { costSign: table.costSign } : {}),
  };
}
