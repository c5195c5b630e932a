/** Running `budget-monitor` in-process, as a person would from a shell, with its output captured. */
import { execute } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function budgetMonitor(args: readonly string[], env: Record<string, string> = { LANG: 'fi_FI.UTF-8' }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await execute(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return { code, stdout, stderr };
}
