/**
 * The engine in one call: recognise the budget tables and the strategic measures of a
 * workbook snapshot, run every rule over every table, compute the deviations, and return it all
 * as data. Nothing is thrown for a bad workbook: what is wrong comes back as findings.
 */
import { toA1, parseA1 } from './address';
import type { Analysis, BudgetTable, Finding, Severity } from './model';
import { computeDeviations } from './deviations';
import { applyMappings, unreadMappings } from './mapping';
import { tableConventions } from './deviations/explain';
import { periodOf, recognizeTables } from './recognize';
import { readBindingMarkers } from './recognize/binding-marker';
import { unmatchedBindingUnits, validateTable } from './rules';
import type { Settings } from './settings';
import { defaultSettings } from './settings';
import type { WorkbookSnapshot } from './snapshot';
import { recognizeStrategy } from './strategy';

export interface AnalyzeOptions {
  /**
   * Only these sheets (by name, case as Excel ignores it); when absent, every sheet but the add-in's
   * own report sheets, whose tables are the add-in's output, not the user's budget.
   */
  readonly sheets?: readonly string[];
}

export function analyze(
  snapshot: WorkbookSnapshot,
  settings: Settings = defaultSettings,
  options: AnalyzeOptions = {},
): Analysis {
  const asked = options.sheets?.map(sheetKey);
  const workbook: WorkbookSnapshot = asked
    ? { sheets: snapshot.sheets.filter((sheet) => asked.includes(sheetKey(sheet.name))) }
    : { sheets: snapshot.sheets.filter((sheet) => sheet.reportSheet === undefined) };

  const mapped = applyMappings(
    workbook,
    settings.mappings ?? [],
    snapshot.sheets.map((sheet) => sheet.name),
  );
  const tables = recognizeTables(workbook, settings.overrides, mapped.guides).map((table) =>
    withBindingMarkers(table, workbook),
  );
  const period = periodOf(tables);
  const { strategy, findings: strategyFindings } = recognizeStrategy(workbook);

  const findings: Finding[] = [
    ...tableNotFound(snapshot, workbook, tables, strategy?.sheet ?? null, options.sheets),
    ...strategyFindings,
    ...mapped.findings,
    ...unreadMappings(mapped, tables),
    ...unmatchedBindingUnits(tables, settings),
  ];
  for (const table of tables) {
    for (const finding of table.recognitionFindings) findings.push(finding);
    const sheet = workbook.sheets.find((s) => s.name === table.sheet);
    // Not push(...): a badly broken table of 100 000 rows can have more findings than a call has arguments.
    for (const finding of validateTable(table, { settings, period, sheet })) findings.push(finding);
  }

  return {
    tables,
    findings: sortFindings(findings, snapshot),
    deviations: computeDeviations(tables, settings, period, workbook),
    strategy,
    period,
    conventions: tables.map((table) =>
      tableConventions(
        table,
        settings,
        period,
        workbook.sheets.find((s) => s.name === table.sheet),
      ),
    ),
  };
}

/** The table with the binding marker column beside it (Sitovuus: B/N), when its sheet has one. */
function withBindingMarkers(table: BudgetTable, workbook: WorkbookSnapshot): BudgetTable {
  const sheet = workbook.sheets.find((s) => s.name === table.sheet);
  const markers = sheet ? readBindingMarkers(sheet, table) : null;
  return markers ? { ...table, bindingMarkers: markers } : table;
}

/**
 * table-not-found (error): for each asked sheet without a budget table (a sheet that holds the
 * measures table is not missing one), or, when no sheet was asked and nothing at all (no budget
 * table, no measures table) was recognised, once for the first sheet, so the user learns why the
 * check is empty.
 */
function tableNotFound(
  snapshot: WorkbookSnapshot,
  workbook: WorkbookSnapshot,
  tables: readonly BudgetTable[],
  strategySheet: string | null,
  asked: readonly string[] | undefined,
): Finding[] {
  const withTable = new Set(tables.map((t) => t.sheet));
  const finding = (sheet: string, cell: string): Finding => ({
    code: 'table-not-found',
    severity: 'error',
    sheet,
    cell,
    messageId: 'finding.table-not-found',
    data: { sheet },
  });
  if (asked) {
    return asked
      .map((name) => ({
        name,
        sheet: workbook.sheets.find((s) => sheetKey(s.name) === sheetKey(name)),
      }))
      .filter(({ sheet }) => !sheet || (!withTable.has(sheet.name) && sheet.name !== strategySheet))
      .map(({ name, sheet }) =>
        finding(sheet?.name ?? name, sheet ? toA1(sheet.origin.row, sheet.origin.column) : 'A1'),
      );
  }
  // A workbook of strategic measures alone is no empty check: only a workbook with nothing recognised is.
  if (tables.length > 0 || strategySheet !== null) return [];
  const first = snapshot.sheets[0];
  return first ? [finding(first.name, toA1(first.origin.row, first.origin.column))] : [];
}

const severityOrder: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by sheet in workbook order, row and column: the order a controller works through them. */
export function sortFindings(findings: readonly Finding[], snapshot: WorkbookSnapshot): Finding[] {
  const sheetOrder = new Map(snapshot.sheets.map((sheet, i) => [sheet.name, i] as const));
  const keyed = findings.map((finding) => {
    const at = parseA1(finding.cell);
    return {
      finding,
      severity: severityOrder[finding.severity],
      sheet: sheetOrder.get(finding.sheet) ?? Number.MAX_SAFE_INTEGER,
      row: at?.row ?? 0,
      column: at?.column ?? 0,
    };
  });
  keyed.sort(
    (a, b) =>
      a.severity - b.severity ||
      a.sheet - b.sheet ||
      (a.sheet === Number.MAX_SAFE_INTEGER ? a.finding.sheet.localeCompare(b.finding.sheet) : 0) ||
      a.row - b.row ||
      a.column - b.column,
  );
  return keyed.map((k) => k.finding);
}

function sheetKey(name: string): string {
  return name.trim().toLowerCase();
}
