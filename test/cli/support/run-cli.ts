import { execute } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/command';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process, capturing what it writes. */
export async function runCli(
  args: readonly string[],
  options: { tty?: boolean; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text) },
    // One thread: in-process runs check the files here (worker threads are tested as a process, in check.test.ts).
    env: { BUDGET_MONITOR_THREADS: '1', ...(options.env ?? { LANG: 'en_GB.UTF-8' }) },
  };
  const code = await execute(args, io);
  return { code, stdout, stderr };
}
