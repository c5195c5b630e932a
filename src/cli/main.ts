/**
 * The `budget-monitor` command line: parses the subcommand, runs it, and returns the exit
 * code. It never calls process.exit, so tests call execute() directly.
 */
import { languageOfLocale, t, type Language } from '../i18n';
import {
  errorLine,
  exitCodes,
  programFailureLine,
  UsageError,
  type CliIo,
  type Command,
  type CommandContext,
  type OutputStream,
} from './command';
import { checkCommand } from './check';
import { reportCommand } from './report';

/**
 * The subcommands. To add one, implement Command (src/cli/command.ts) in its own module
 * and list it here.
 */
export const commands: readonly Command[] = [checkCommand, reportCommand];

export async function execute(
  args: readonly string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const env = io.env ?? process.env;
  const context: CommandContext = { io, env, language: languageOfEnvironment(env) };
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(`${usage(context.language)}\n`);
    return name === undefined ? exitCodes.failure : exitCodes.clean;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError('cli.error.unknown-command', { command: name });
    return await command.run(rest, context);
  } catch (error) {
    if (!(error instanceof UsageError)) {
      // A bug outside any one file's work: one line and exit 2, never a stack trace and exit 1.
      writeSafely(io.stderr, programFailureLine(context.language, null, error));
      return exitCodes.failure;
    }
    io.stderr.write(errorLine(t(context.language, error.key, error.data)));
    if (!command) io.stderr.write(`\n${usage(context.language)}\n`);
    return exitCodes.failure;
  }
}

/** stderr itself may be what failed (a closed pipe): then there is nobody left to tell. */
function writeSafely(stream: OutputStream, text: string): void {
  try {
    stream.write(text);
  } catch {
    // nothing more can be said
  }
}

function usage(language: Language): string {
  const lines = commands.map((command) => `  ${t(language, command.summary)}`).join('\n');
  return t(language, 'cli.usage', { commands: lines });
}

/** The first locale variable that is set, as POSIX orders them; 'C' and 'POSIX' are English. */
export function languageOfEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return languageOfLocale(locale);
}
