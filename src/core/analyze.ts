/**
 * The engine in one call: recognise the budget tables and the strategic measures of a
 * workbook snapshot, run the workbook rules and every table rule over every table, compute the deviations, and return it all
 * as data. Nothing is thrown for a bad workbook: what is wrong comes back as findings.
 */
import { parseA1 } from './address';
import type { Analysis, BudgetTable, Finding, Severity } from './model';
import { computeDeviations } from './deviations';
import { applyMappings } from './mapping';
import { tableConventions } from './deviations/explain';
import { periodOf, recognizeTables } from './recognize';
import { readBindingMarkers } from './recognize/binding-marker';
import { sheetKey, validateTable, validateWorkbook } from './rules';
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
  const strategy = recognizeStrategy(workbook);

  const findings = validateWorkbook({ snapshot, workbook, asked: options.sheets, tables, strategy, settings, mapped });
  for (const table of tables) {
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
