/**
 * `budget-monitor report FILE --out OUT.xlsx [--period Q4/2024] [--lang fi|sv|en] [--flags] [--scale milj|t|eur]`
 *
 * Runs the add-in's own report workflow on the headless host: FILE is read, the report sheets
 * and charts (and the flags with --flags) are inserted, and the workbook is saved to OUT. FILE is
 * never written; an OUT that is FILE under another spelling (relative path, symbolic link, hard
 * link) is refused. Exit codes as for check: 0 no error finding, 1 error findings (or no budget table
 * at all: then nothing is written), 2 could not run.
 */
import { existsSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { describeError, describeFileFailure } from '../app/describe-error';
import { applyPreparedReport, isRefusal, prepareReport, type InsertReportOutcome } from '../app/workflows';
import { errorMessage, type Period, isReportScale, parsePeriod, periodLabel, type ReportScale } from '../core';
import { createExcelOperations, PreconditionError } from '../excel';
import type { HeadlessWorkbook } from '../headless';
import { t, type Language, type MessageData, type MessageKey } from '../i18n';
import { XlsxReadError } from '../xlsx';
import { errorLine, exitCodes, programFailureLine, UsageError, type Command, type CommandContext } from './command';
import { mappingOption, withMappingFile } from './mapping-option';
import { bindingOption, languageOption, parseOptions, type ParsedOptions } from './options';
import type { CommandLineBinding } from '../core';

export interface ReportArgs {
  readonly file: string;
  readonly out: string;
  readonly period?: Period;
  readonly language: Language;
  /** Whether --lang was given: otherwise the workbook's stored report language wins over the environment's. */
  readonly languageAsked: boolean;
  readonly scale: ReportScale;
  readonly flags: boolean;
  readonly help: boolean;
  readonly parsed: ParsedOptions;
  /** --binding, --binding-units: used where the workbook's settings give no binding level. */
  readonly binding?: CommandLineBinding;
}

/** The arguments after `report`; a wrong command line throws UsageError. */
export function parseReportArgs(args: readonly string[], fallback: Language): ReportArgs {
  const parsed = parseOptions(args, {
    flags: ['flags', 'help', 'h'],
    values: ['out', 'period', 'lang', 'scale', 'mapping', 'binding', 'binding-units'],
  });
  const language = languageOption(parsed, fallback);
  const help = parsed.flags.has('help') || parsed.flags.has('h');
  const last = (name: string) => parsed.values.get(name)?.at(-1);
  const periodText = last('period');
  const period = periodText === undefined ? undefined : parsePeriod(periodText);
  if (period === null) throw new UsageError('report.cli.badPeriod', { value: periodText! });
  const scale = last('scale') ?? 'milj';
  if (!isReportScale(scale)) throw new UsageError('report.cli.badScale', { value: scale });
  const file = parsed.positional[0] ?? '';
  const out = last('out') ?? '';
  if (!help) {
    if (parsed.positional.length !== 1) throw new UsageError('report.cli.missingFile');
    if (out === '') throw new UsageError('report.cli.missingOut');
  }
  const languageAsked = parsed.values.has('lang');
  const binding = bindingOption(parsed);
  return {
    file,
    out,
    period,
    language,
    languageAsked,
    scale,
    flags: parsed.flags.has('flags'),
    help,
    parsed,
    ...(binding ? { binding } : {}),
  };
}

/** The real path of a file that may not exist yet: its directory's real path and its name. */
function realPathOf(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const directory = dirname(absolute);
  return join(existsSync(directory) ? realpathSync(directory) : directory, basename(absolute));
}

/** Whether writing `out` would write `file`: the same real path, or the same inode (a hard link). */
export function isSameFile(file: string, out: string): boolean {
  if (realPathOf(file) === realPathOf(out)) return true;
  if (!existsSync(out) || !existsSync(file)) return false;
  const a = statSync(file);
  const b = statSync(out);
  return a.dev === b.dev && a.ino === b.ino;
}

async function run(args: readonly string[], context: CommandContext): Promise<number> {
  const options = parseReportArgs(args, context.language);
  try {
    return await produceReport(options, context);
  } catch (error) {
    // A bug, or an output stream that failed: one line naming the file, exit 2, never a stack trace.
    context.io.stderr.write(programFailureLine(options.language, options.file, error));
    return exitCodes.failure;
  }
}

async function produceReport(options: ReportArgs, context: CommandContext): Promise<number> {
  const { file, out } = options;
  let language = options.language;
  const say = (key: MessageKey, data?: MessageData) => t(language, key, data);
  const { stdout, stderr } = context.io;
  if (options.help) {
    stdout.write(`budget-monitor ${say('report.cli.summary')}\n\n${say('report.cli.help')}\n`);
    return exitCodes.clean;
  }
  const mapping = await mappingOption(options.parsed, language);
  if (!mapping.ok) {
    stderr.write(`${mapping.message}\n`);
    return exitCodes.failure;
  }
  if (!existsSync(file)) {
    stderr.write(errorLine(say('cli.file.not-found', { file })));
    return exitCodes.failure;
  }
  if (isSameFile(file, out)) {
    stderr.write(errorLine(say('report.cli.sameFile', { file, out })));
    return exitCodes.failure;
  }

  let book: HeadlessWorkbook;
  try {
    // The host (and ExcelJS with it) is loaded only when a report is made: check never pays for it.
    const { HeadlessWorkbook } = await import('../headless');
    book = await HeadlessWorkbook.load(new Uint8Array(await readFile(file)));
  } catch (error) {
    stderr.write(errorLine(readFailure(language, file, error)));
    return exitCodes.failure;
  }

  const ops = createExcelOperations(book.host, book.office);
  let outcome: InsertReportOutcome | null;
  try {
    const stored = withMappingFile(await ops.loadSettings(), mapping.mappings);
    // The workbook's own binding settings come first; the command line's fill in beneath them.
    const settings = options.binding ? { ...stored, commandLineBinding: options.binding } : stored;
    // The report's language: --lang, else the one the workbook's settings keep, else the environment's.
    if (!options.languageAsked && settings.language !== null) language = settings.language;
    const prepared = await prepareReport(ops, {
      period: options.period,
      language,
      scale: options.scale,
      settings,
      // The command line's documented defaults: errors are reported (exit 1), the period falls back on today.
      acceptErrors: true,
      today: new Date(),
    });
    if (isRefusal(prepared)) {
      // A report from nothing would be four sheets of empty tables: say why, write nothing.
      stderr.write(errorLine(say('report.cli.noTable', { file })));
      return exitCodes.errors;
    }
    outcome = await applyPreparedReport(ops, prepared, { withFlags: options.flags });
  } catch (error) {
    // A sheet part found damaged when it was first read: the file's failure, as check says it.
    const cause = error instanceof Error ? error.cause : undefined;
    if (cause instanceof XlsxReadError) {
      stderr.write(errorLine(readFailure(language, file, cause)));
      return exitCodes.failure;
    }
    // Refused before writing (a protected sheet or structure): what to do, in the user's language.
    // Otherwise the host refused something (a workbook beyond what it models): say so, write nothing.
    const reason = error instanceof PreconditionError ? describeError(error, language) : errorMessage(error);
    stderr.write(errorLine(say('report.cli.failed', { file, reason })));
    return exitCodes.failure;
  }

  // What is said after the save, worked out before it: the analysis is let go while the package is written.
  const summary = summaryOf(outcome, say, out);
  outcome = null;

  try {
    const bytes = await book.save();
    // Written beside OUT and renamed, so a failed write never leaves half a workbook behind.
    const partial = `${resolve(out)}.partial-${process.pid}`;
    writeFileSync(partial, bytes);
    try {
      renameSync(partial, resolve(out));
    } catch (error) {
      if (existsSync(partial)) unlinkSync(partial);
      throw error;
    }
  } catch (error) {
    stderr.write(errorLine(say('report.cli.writeFailed', { out, reason: errorMessage(error) })));
    return exitCodes.failure;
  }

  stdout.write(summary.stdout);
  stderr.write(summary.stderr);
  return summary.code;
}

/** The lines report prints when the workbook is saved, and its exit code. */
function summaryOf(
  outcome: InsertReportOutcome,
  say: (key: MessageKey, data?: MessageData) => string,
  out: string,
): { readonly stdout: string; readonly stderr: string; readonly code: number } {
  const { analysis, counts, applied, commentary } = outcome;
  const lines = [
    say('report.cli.written', {
      period: periodLabel(outcome.plan.period),
      sheets: applied.sheets.map((s) => s.name).join(', '),
      charts: String(applied.charts),
      out,
    }),
    say('report.cli.findings', {
      error: String(counts.error),
      warning: String(counts.warning),
      info: String(counts.info),
    }),
  ];
  const colours = { red: 0, yellow: 0, green: 0 };
  for (const deviation of analysis.deviations) colours[deviation.status] += 1;
  lines.push(
    say('report.cli.deviations', {
      red: String(colours.red),
      yellow: String(colours.yellow),
      green: String(colours.green),
    }),
  );
  if (outcome.flagged !== null) lines.push(say('report.cli.flagged', { count: String(outcome.flagged) }));
  if (commentary.carried > 0) lines.push(say('report.cli.carried', { count: String(commentary.carried) }));
  return {
    stdout: `${lines.join('\n')}\n`,
    stderr: commentary.notCarried.map(({ key, text }) => `${say('report.cli.notCarried', { key, text })}\n`).join(''),
    code: counts.error > 0 ? exitCodes.errors : exitCodes.clean,
  };
}

function readFailure(language: Language, file: string, error: unknown): string {
  if (error instanceof XlsxReadError) return describeFileFailure(file, error.reason, language);
  return describeFileFailure(file, 'unreadable', language, errorMessage(error));
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'report.cli.summary',
  run,
};
