/** What every subcommand of `budget-monitor` is: a name, a usage line, and a run that returns the exit code. */
import { t, type Language, type MessageKey } from '../i18n';

export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** The environment the language and colours come from; process.env when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface CommandContext {
  readonly io: CliIo;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** From LC_ALL / LC_MESSAGES / LANG; a command's --lang overrides it. */
  readonly language: Language;
}

export interface Command {
  readonly name: string;
  /** The command's line in the general usage text. */
  readonly summary: MessageKey;
  run(args: readonly string[], context: CommandContext): Promise<number>;
}

/** 0: no file has an error-severity finding; 1: one has; 2: a file could not be read or the command line was wrong. */
export const exitCodes = { clean: 0, errors: 1, failure: 2 } as const;

/** Thrown by option parsing for a wrong command line; execute() prints it and returns 2. */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly data: Readonly<Record<string, string>> = {},
  ) {
    super(key);
    this.name = 'UsageError';
  }
}

/**
 * The one stderr line of everything that goes wrong: `budget-monitor: FILE: reason` (or
 * `budget-monitor: reason` when no file is concerned), so scripts and people read both commands alike.
 */
export function errorLine(text: string): string {
  return `budget-monitor: ${text.replace(/\s*\n\s*/g, ' ')}\n`;
}

/** An exception nobody expected (a bug, a failing output stream): named for the file, on one line, exit 2 follows. */
export function programFailureLine(language: Language, file: string | null, error: unknown): string {
  const detail = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);
  return errorLine(
    file === null ? t(language, 'cli.program-error', { detail }) : t(language, 'cli.file.failed', { file, detail }),
  );
}
