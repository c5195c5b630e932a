/**
 * The human output of `check`: per file the tables recognised, the findings grouped by
 * severity with their cells, the deviations table with traffic-light colours, and the
 * strategic measures. ANSI colours only when asked (the caller asks when stdout is a terminal).
 */
import {
  columnLetters,
  type Analysis,
  type BudgetTable,
  type CostSign,
  type Deviation,
  type Finding,
  type Severity,
  type TableConventions,
  type TrafficLight,
  renderFinding,
} from '../../core';
import { formatEuros, numberFormatOf, t, type Language, type MessageKey } from '../../i18n';
import { conventionLines } from '../../app/explain-conventions';

export interface TextOptions {
  readonly colour: boolean;
}

const ansi = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  green: '\u001b[32m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  reset: '\u001b[0m',
} as const;
const severities: readonly Severity[] = ['error', 'warning', 'info'];
const severityColour: Readonly<Record<Severity, keyof typeof ansi>> = { error: 'red', warning: 'yellow', info: 'dim' };

export function formatText(
  files: readonly { file: string; analysis: Analysis }[],
  language: Language,
  options: TextOptions,
): string {
  const parts: string[] = [];
  files.forEach(({ file, analysis }, i) => {
    if (i > 0) parts.push('\n');
    writeText(file, analysis, language, options, (text) => parts.push(text));
  });
  return parts.join('');
}

/** One file's text, written a line at a time (a workbook of 200 000 rows has as many deviation lines). */
export function writeText(
  file: string,
  analysis: Analysis,
  language: Language,
  { colour }: TextOptions,
  write: (text: string) => void,
): void {
  const paint = (style: keyof typeof ansi, text: string): string =>
    colour ? `${ansi[style]}${text}${ansi.reset}` : text;
  const line = (text: string): void => write(`${text}\n`);
  const period = analysis.period
    ? `  (${t(language, 'cli.period', { period: `Q${analysis.period.quarter}/${analysis.period.year}` })})`
    : '';
  line(paint('bold', file) + period);

  line(t(language, 'cli.tables.heading'));
  if (analysis.tables.length === 0) line(`  ${t(language, 'cli.tables.none')}`);
  analysis.tables.forEach((table, i) => {
    const units = table.units.map((unit) => unit.name);
    line(
      `  ${t(language, 'cli.table.line', {
        sheet: table.sheet,
        range: table.range,
        layout: t(language, `cli.layout.${table.layout}`),
        scale: table.scale.label,
        costSign: t(language, `cli.cost-sign.${costSignOf(table.costSign, analysis.conventions?.[i])}`),
        count: String(units.length),
        units: units.length > 0 ? units.join(', ') : t(language, 'cli.unit-count.none'),
      })}`,
    );
    line(`    ${tableReading(table, language)}`);
    const conventions = analysis.conventions?.[i];
    if (conventions) for (const text of conventionLines(conventions, language)) line(`    ${text}`);
  });

  const bySeverity = new Map(severities.map((severity) => [severity, [] as Finding[]]));
  for (const finding of analysis.findings) bySeverity.get(finding.severity)?.push(finding);
  const count = (severity: Severity): string => String(bySeverity.get(severity)?.length ?? 0);
  line(
    t(language, 'cli.findings.heading', { errors: count('error'), warnings: count('warning'), infos: count('info') }),
  );
  if (analysis.findings.length === 0) line(`  ${paint('green', t(language, 'cli.findings.none'))}`);
  for (const severity of severities) {
    const findings = bySeverity.get(severity) ?? [];
    if (findings.length === 0) continue;
    line(`  ${paint(severityColour[severity], t(language, `severity.${severity}` as MessageKey))}`);
    for (const finding of findings) line(`    ${findingText(finding, language)}`);
  }

  line(t(language, 'cli.deviations.heading'));
  if (analysis.deviations.length === 0) line(`  ${t(language, 'cli.deviations.none')}`);
  else writeDeviationTable(analysis.deviations, language, paint, (text) => line(`  ${text}`));

  if (analysis.strategy) {
    const { strategy } = analysis;
    line(t(language, 'cli.strategy.heading', { sheet: strategy.sheet }));
    const numbers = (counts: { green: number; yellow: number; red: number }) => ({
      green: paint('green', String(counts.green)),
      yellow: paint('yellow', String(counts.yellow)),
      red: paint('red', String(counts.red)),
    });
    for (const goal of strategy.goals) {
      const counts = strategy.counts[goal];
      if (counts) line(`  ${t(language, 'cli.strategy.counts', { goal, ...numbers(counts) })}`);
    }
    line(`  ${t(language, 'cli.strategy.total', numbers(strategy.total))}`);
  }
}

/** How the table was read: header rows, the role of every column, the sides and budget chains when there are any. */
function tableReading(table: BudgetTable, language: Language): string {
  const columns = table.columnRoles
    .map((role) => {
      const what = role.role === 'figure' ? t(language, `cli.kind.${role.kind}`) : t(language, `cli.role.${role.role}`);
      return role.label !== '' && role.label !== what
        ? `${columnLetters(role.column)} ${what} (${role.label})`
        : `${columnLetters(role.column)} ${what}`;
    })
    .join(', ');
  const parts = [
    t(language, 'cli.table.header', { rows: table.headerRows.map((row) => String(row + 1)).join('–'), columns }),
  ];
  if (table.side) parts.push(t(language, `cli.table.side.${table.side}`));
  if (table.budgetChains.length > 0)
    parts.push(t(language, 'cli.table.chains', { count: String(table.budgetChains.length) }));
  return parts.join(' · ');
}

/** The recognised cost sign, else the one the columns' figures show (a table whose columns disagree is mixed). */
function costSignOf(recognised: CostSign, conventions: TableConventions | undefined): CostSign {
  if (recognised !== 'unknown' || !conventions) return recognised;
  const byColumns = conventions.costSigns.table;
  return byColumns === 'unsigned' ? 'positive' : byColumns;
}

function percent(language: Language, value: number): string {
  return numberFormatOf(language, 1, 1).format(value);
}

function findingText(finding: Finding, language: Language): string {
  return `${finding.sheet}!${finding.cell}  ${renderFinding(finding, language)}`;
}

function writeDeviationTable(
  deviations: readonly Deviation[],
  language: Language,
  paint: (style: keyof typeof ansi, text: string) => string,
  line: (text: string) => void,
): void {
  const header = ['unit', 'line', 'plan', 'forecast', 'deviation', 'percent', 'direction', 'status', 'cell'].map(
    (key) => t(language, `cli.column.${key}` as MessageKey),
  );
  // The words of the directions and lights, looked up once each, not once per row.
  const wordsOf = (prefix: 'direction' | 'status') => {
    const words = new Map<string, string>();
    return (key: string): string => {
      let word = words.get(key);
      if (word === undefined) words.set(key, (word = t(language, `${prefix}.${key}` as MessageKey)));
      return word;
    };
  };
  const direction = wordsOf('direction');
  const light = wordsOf('status');
  const euros = (value: number) => formatEuros(language, value);
  const rows = deviations.map((d) => [
    '  '.repeat(d.unitLevel) + d.unit,
    d.lineLabel,
    euros(d.plan),
    euros(d.forecast),
    euros(d.deviation),
    d.deviationPct === null ? '–' : `${percent(language, d.deviationPct)} %`,
    direction(d.direction),
    light(d.status),
    d.cell,
  ]);
  // A loop, not Math.max(...rows): spreading a 200 000-row workbook's deviations overflows the call stack.
  const widths = header.map((cell) => cell.length);
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c], cell.length)));
  const numeric = new Set([2, 3, 4, 5]);
  const text = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (numeric.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  const statusColumn = 7;
  const start = widths.slice(0, statusColumn).reduce((sum, width) => sum + width + 2, 0);
  line(text(header));
  rows.forEach((row, i) => {
    const written = text(row);
    // Colour the status word in place, after padding, so that the columns stay aligned.
    const status = row[statusColumn];
    const colour: TrafficLight = deviations[i].status;
    line(written.slice(0, start) + paint(colour, status) + written.slice(start + status.length));
  });
}
