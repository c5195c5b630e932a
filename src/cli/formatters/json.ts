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

type Deviation = Analysis['deviations'][number];
type Finding = Analysis['findings'][number];

/** Where JSON text goes, a piece at a time. */
export type Write = (text: string) => void;

/**
 * One file's report as an element of check's document (see jsonDocument): the text
 * JSON.stringify gives it there, written a piece at a time. Each finding and deviation is made
 * just before it is written, so that the report of 200 000 rows never stands whole, as objects
 * or as one string.
 */
export function writeJsonReport(file: string, analysis: Analysis, language: Language, write: Write): void {
  const report: Record<keyof JsonFileReport, unknown> = {
    file,
    tables: new ItemsOf(analysis.tables, (_, i) => jsonTableOf(analysis, i)),
    findings: new ItemsOf(analysis.findings, (finding) => jsonFinding(finding, language)),
    deviations: new ItemsOf(analysis.deviations, jsonDeviation),
    strategy: jsonStrategy(analysis.strategy),
  };
  writeJson(report, elementIndent, write);
}

/** check --json's document: an array of the reports of the files read, as JSON.stringify(reports, null, 2) writes it, and a newline. */
export const jsonDocument = { open: '[\n  ', between: ',\n  ', close: '\n]\n', empty: '[]\n' } as const;
const elementIndent = '  ';

export function formatJson(files: readonly { file: string; analysis: Analysis }[], language: Language): string {
  if (files.length === 0) return jsonDocument.empty;
  const parts: string[] = [];
  files.forEach(({ file, analysis }, i) => {
    parts.push(i === 0 ? jsonDocument.open : jsonDocument.between);
    writeJsonReport(file, analysis, language, (text) => parts.push(text));
  });
  parts.push(jsonDocument.close);
  return parts.join('');
}

function jsonTableOf(analysis: Analysis, i: number): JsonFileReport['tables'][number] {
  const conventions = analysis.conventions?.[i];
  return { ...jsonTable(analysis.tables[i]), ...(conventions ? conventionsJson(conventions) : {}) };
}

function jsonFinding(finding: Finding, language: Language): JsonFinding {
  return {
    code: finding.code,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    message: renderFinding(finding, language),
    ...(finding.expected !== undefined ? { expected: cents(finding.expected) } : {}),
    ...(finding.actual !== undefined ? { actual: cents(finding.actual) } : {}),
  };
}

function jsonDeviation(deviation: Deviation): JsonFileReport['deviations'][number] {
  return {
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
  };
}

function jsonStrategy(strategy: Analysis['strategy']): JsonFileReport['strategy'] {
  if (!strategy) return null;
  return {
    sheet: strategy.sheet,
    counts: Object.fromEntries(
      Object.entries(strategy.counts).map(([goal, counts]) => [
        goal,
        { green: counts.green, yellow: counts.yellow, red: counts.red },
      ]),
    ),
    total: { green: strategy.total.green, yellow: strategy.total.yellow, red: strategy.total.red },
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

/** A list whose items are made as they are written, a batch at a time. */
class ItemsOf<T> {
  constructor(
    readonly items: readonly T[],
    readonly toJson: (item: T, index: number) => unknown,
  ) {}
}

const batchSize = 1000;

/**
 * JSON.stringify(value, null, 2) as it stands at `indent` in the document, written in pieces:
 * an object holding lists member by member, a list a batch of items at a time, anything else
 * whole. Each piece is JSON.stringify's own text (see atDepth), so the document is byte for byte
 * what one JSON.stringify of it all would give.
 */
function writeJson(value: unknown, indent: string, write: Write): void {
  if (value instanceof ItemsOf) {
    const { items, toJson } = value as ItemsOf<unknown>;
    if (items.length === 0) return write('[]');
    write('[\n');
    for (let start = 0; start < items.length; start += batchSize) {
      const batch = items.slice(start, start + batchSize).map((item, i) => toJson(item, start + i));
      // The batch's items without its brackets: "<indent>  item,\n<indent>  item".
      write((start > 0 ? ',\n' : '') + atDepth(batch, indent).slice(2, -(indent.length + 2)));
    }
    write(`\n${indent}]`);
  } else if (typeof value === 'object' && value !== null && Object.values(value).some((v) => v instanceof ItemsOf)) {
    const entries = Object.entries(value).filter(([, member]) => member !== undefined && typeof member !== 'function');
    const inner = `${indent}  `;
    if (entries.length === 0) return write('{}');
    entries.forEach(([key, member], i) => {
      write(`${i === 0 ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
      writeJson(member, inner, write);
    });
    write(`\n${indent}}`);
  } else {
    write(atDepth(value, indent));
  }
}

/**
 * JSON.stringify(value, null, 2) as it is written at `indent` (two spaces a level) inside a
 * larger document: stringified inside as many arrays, and cut out of them again.
 */
function atDepth(value: unknown, indent: string): string {
  const depth = indent.length / 2;
  let wrapped: unknown = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Around the value: "[\n" and "\n]" at every level above it, and the value's own indent before it.
  const above = depth * (depth + 1);
  return text.slice(above + indent.length, text.length - above);
}
