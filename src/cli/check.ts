/**
 * `budget-monitor check FILE... [--json] [--lang fi|sv|en] [--sheet NAME]`: reads each
 * workbook (never writing it), runs the engine, and prints what it found. A file that cannot
 * be read gets a one-line reason on stderr; the other files are still checked. Many files are
 * checked on worker threads (check-pool.ts), reported in the order given.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import {
  analyze,
  defaultSettings,
  type Analysis,
  type CommandLineBinding,
  type Settings,
  type TableMapping,
} from '../core';
import { parseStoredSettings, settingsKey } from '../excel/settings';
import { describeFileFailure } from '../app/describe-error';
import { readAddInSettings } from '../headless/ooxml';
import { t, type Language } from '../i18n';
import { readSnapshot, XlsxReadError, type XlsxReadFailure } from '../xlsx';
import { errorLine, exitCodes, programFailureLine, UsageError, type Command } from './command';
import { jsonDocument, writeJsonReport, type Write } from './formatters/json';
import { checkFiles } from './check-pool';
import { writeText } from './formatters/text';
import { mappingOption, withMappingFile } from './mapping-option';
import { bindingOption, languageOption, parseOptions } from './options';

export interface CheckedFile {
  /** The path as the user gave it. */
  readonly file: string;
  readonly analysis: Analysis;
}

export type ReadFailure =
  | { readonly file: string; readonly reason: 'not-found' | XlsxReadFailure }
  | { readonly file: string; readonly reason: 'unreadable'; readonly detail: string };

export interface CheckOptions {
  readonly sheets?: readonly string[];
  /** The settings to use; those the workbook keeps (or the defaults) when absent. */
  readonly settings?: Settings;
  /** Mappings (from --mapping) in place of the workbook's own for the same sheets. */
  readonly mappings?: readonly TableMapping[] | null;
  /** --binding, --binding-units: beneath the settings' own binding level. */
  readonly commandLineBinding?: CommandLineBinding;
}

/** Reads and analyses one file; an unreadable file is a value, not an exception. */
export async function checkFile(file: string, options: CheckOptions = {}): Promise<CheckedFile | ReadFailure> {
  let data: Uint8Array;
  try {
    data = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file, reason: 'not-found' };
    return { file, reason: 'unreadable', detail: code ?? String(error) };
  }
  try {
    const snapshot = await readSnapshot(data);
    const settings = withMappingFile(options.settings ?? (await storedSettings(data)), options.mappings ?? null);
    const analysis = analyze(
      snapshot,
      options.commandLineBinding ? { ...settings, commandLineBinding: options.commandLineBinding } : settings,
      options.sheets ? { sheets: options.sheets } : {},
    );
    return { file, analysis };
  } catch (error) {
    if (error instanceof XlsxReadError) return { file, reason: error.reason };
    throw error;
  }
}

/** What the add-in saved in the workbook (thresholds, binding units, mappings), as the pane would read it. */
async function storedSettings(data: Uint8Array): Promise<Settings> {
  const stored = (await readAddInSettings(data))[settingsKey];
  if (stored === undefined) return defaultSettings;
  // Office keeps each setting's value as JSON: here, the JSON text of the settings.
  try {
    return parseStoredSettings(JSON.parse(stored));
  } catch {
    return defaultSettings;
  }
}

/** How check prints a file: its text (coloured or not) or its report in the JSON document, in a language. */
export interface PrintOptions {
  readonly json: boolean;
  readonly language: Language;
  readonly colour: boolean;
}

/** A checked file's output: its text, or its report as an element of the JSON document. */
export function printFile({ file, analysis }: CheckedFile, print: PrintOptions, write: Write): void {
  if (print.json) writeJsonReport(file, analysis, print.language, write);
  else writeText(file, analysis, print.language, { colour: print.colour }, write);
}

/** Whether the file has a finding of error severity (exit code 1). */
export function hasErrors({ analysis }: CheckedFile): boolean {
  return analysis.findings.some((finding) => finding.severity === 'error');
}

/**
 * Output gathered into pieces of about a megabyte, each handed on whole: few writes to the
 * stream, and never the whole output of a large workbook as one string.
 */
export function inPieces(deliver: Write, size = 1 << 20): { readonly write: Write; flush(): void } {
  let pending: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (length === 0) return;
    const piece = pending.join('');
    pending = [];
    length = 0;
    deliver(piece);
  };
  return {
    write(text) {
      pending.push(text);
      length += text.length;
      if (length >= size) flush();
    },
    flush,
  };
}

export function isReadFailure(result: CheckedFile | ReadFailure): result is ReadFailure {
  return 'reason' in result;
}

export function failureMessage(failure: ReadFailure, language: Language): string {
  return describeFileFailure(
    failure.file,
    failure.reason,
    language,
    failure.reason === 'unreadable' ? failure.detail : '',
  );
}

/**
 * How many files are checked at once: BUDGET_MONITOR_THREADS when set (1 = all in this thread),
 * else as many as the machine has cores; never more than there are files.
 */
function threadsFor(files: number, env: Readonly<Record<string, string | undefined>>): number {
  const asked = Number(env.BUDGET_MONITOR_THREADS);
  const threads = Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
  return Math.min(files, threads);
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'cli.check.summary',
  async run(args, { io, env, language: defaultLanguage }) {
    const parsed = parseOptions(args, {
      flags: ['json', 'help', 'h'],
      values: ['lang', 'sheet', 'mapping', 'binding', 'binding-units'],
    });
    const language = languageOption(parsed, defaultLanguage);
    if (parsed.flags.has('help') || parsed.flags.has('h')) {
      io.stdout.write(`${t(language, 'cli.check.usage')}\n`);
      return exitCodes.clean;
    }
    if (parsed.positional.length === 0) throw new UsageError('cli.error.no-files');
    const sheets = parsed.values.get('sheet');
    const commandLineBinding = bindingOption(parsed);
    const mapping = await mappingOption(parsed, language);
    if (!mapping.ok) {
      io.stderr.write(`budget-monitor: ${mapping.message}\n`);
      return exitCodes.failure;
    }

    const json = parsed.flags.has('json');
    const colour = io.stdout.isTTY === true && env.NO_COLOR === undefined;
    const print: PrintOptions = { json, language, colour };
    // Each file is read, checked and printed on its own, so that whatever fails names its file
    // and the other files are still checked.
    const stdout = inPieces((piece) => io.stdout.write(piece));
    let printed = 0;
    let unreadable = false;
    let errors = false;
    // A failure while a file's output is written leaves the output cut short: its one line says so, nothing follows.
    let writing = false;
    let cutShort = false;
    const options: CheckOptions = {
      sheets,
      mappings: mapping.mappings,
      ...(commandLineBinding ? { commandLineBinding } : {}),
    };
    await checkFiles(parsed.positional, options, print, threadsFor(parsed.positional.length, env), (outcome, i) => {
      const file = parsed.positional[i];
      try {
        if ('crash' in outcome) {
          const error = new Error(outcome.crash.message);
          error.name = outcome.crash.name;
          throw error;
        }
        if ('failure' in outcome) {
          unreadable = true;
          stdout.flush();
          io.stderr.write(errorLine(failureMessage(outcome.failure, language)));
          return;
        }
        if (json) stdout.write(printed === 0 ? jsonDocument.open : jsonDocument.between);
        else if (printed > 0) stdout.write('\n');
        printed++;
        writing = true;
        outcome.printed.writeTo(stdout.write);
        stdout.flush();
        writing = false;
        errors ||= outcome.printed.hasErrors;
      } catch (error) {
        // A bug, not a property of the file: say so on one line (after what was printed), and still check the other files.
        unreadable = true;
        cutShort ||= writing;
        writing = false;
        stdout.flush();
        io.stderr.write(programFailureLine(language, file, error));
      }
    });
    if (json && !cutShort) {
      try {
        io.stdout.write(printed === 0 ? jsonDocument.empty : jsonDocument.close);
      } catch (error) {
        io.stderr.write(programFailureLine(language, null, error));
        return exitCodes.failure;
      }
    }
    if (unreadable) return exitCodes.failure;
    return errors ? exitCodes.errors : exitCodes.clean;
  },
};
