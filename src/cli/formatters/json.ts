/**
 * `check --json`: one JSON document, an array with one object per file read. Every figure is
 * in euros (the table's scale applied), rounded to the cent; a deviation's cell is its forecast cell.
 */
import {
  columnLetters,
  type Analysis,
  type BudgetTable,
  type ColumnKind,
  type Severity,
  renderFinding,
} from '../../core';
import type { Language } from '../../i18n';
import { conventionsJson, type JsonTableConventions } from './conventions';

export interface JsonFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly expected?: number;
  readonly actual?: number;
}

/** A recognised table and how it was read: layout, header rows, every column's role, the cost sign. */
export interface JsonTable {
  readonly sheet: string;
  readonly range: string;
  readonly layout: string;
  /** 1-based sheet rows, as Excel numbers them. */
  readonly headerRows: readonly number[];
  readonly columns: readonly { column: string; role: string; kind?: ColumnKind; label: string }[];
  readonly side: 'left' | 'right' | null;
  readonly budgetChains: number;
  readonly scale: number;
  readonly costSign: string;
  readonly units: string[];
}

export interface JsonFileReport {
  readonly file: string;
  readonly tables: readonly (JsonTable & Partial<JsonTableConventions>)[];
  readonly findings: readonly JsonFinding[];
  readonly deviations: readonly {
    unit: string;
    line: string;
    lineLabel: string;
    plan: number;
    forecast: number;
    deviation: number;
    deviationPct: number | null;
    direction: string;
    status: string;
    cell: string;
  }[];
  readonly strategy: {
    sheet: string;
    counts: Record<string, { green: number; yellow: number; red: number }>;
    total: { green: number; yellow: number; red: number };
  } | null;
}

const cents = (euros: number): number => Math.round(euros * 100) / 100;

export function jsonReport(file: string, analysis: Analysis, language: Language): JsonFileReport {
  return {
    file,
    tables: analysis.tables.map((table, i) => ({
      ...jsonTable(table),
      ...(analysis.conventions?.[i] ? conventionsJson(analysis.conventions[i]) : {}),
    })),
    findings: analysis.findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      sheet: finding.sheet,
      cell: finding.cell,
      message: renderFinding(finding, language),
      ...(finding.expected !== undefined ? { expected: cents(finding.expected) } : {}),
      ...(finding.actual !== undefined ? { actual: cents(finding.actual) } : {}),
    })),
    deviations: analysis.deviations.map((deviation) => ({
      unit: deviation.unit,
      line: deviation.line,
      lineLabel: deviation.lineLabel,
      plan: cents(deviation.plan),
      forecast: cents(deviation.forecast),
      deviation: cents(deviation.deviation),
      deviationPct: deviation.deviationPct === null ? null : Math.round(deviation.deviationPct * 100) / 100,
      direction: deviation.direction,
      status: deviation.status,
      cell: deviation.cell,
    })),
    strategy: analysis.strategy
      ? {
          sheet: analysis.strategy.sheet,
          counts: Object.fromEntries(
            Object.entries(analysis.strategy.counts).map(([goal, counts]) => [
              goal,
              { green: counts.green, yellow: counts.yellow, red: counts.red },
            ]),
          ),
          total: {
            green: analysis.strategy.total.green,
            yellow: analysis.strategy.total.yellow,
            red: analysis.strategy.total.red,
          },
        }
      : null,
  };
}

export function jsonTable(table: BudgetTable): JsonTable {
  return {
    sheet: table.sheet,
    range: table.range,
    layout: table.layout,
    headerRows: table.headerRows.map((row) => row + 1),
    columns: table.columnRoles.map((role) => ({
      column: columnLetters(role.column),
      role: role.role,
      ...(role.role === 'figure' ? { kind: role.kind } : {}),
      label: role.label,
    })),
    side: table.side,
    budgetChains: table.budgetChains.length,
    scale: table.scale.factor,
    costSign: table.costSign,
    units: table.units.map((unit) => unit.name),
  };
}

export function formatJson(files: readonly { file: string; analysis: Analysis }[], language: Language): string {
  return jsonDocument(files.map(({ file, analysis }) => jsonReport(file, analysis, language)));
}

/** The printed document: the files' reports as one array. */
export function jsonDocument(reports: readonly JsonFileReport[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}
