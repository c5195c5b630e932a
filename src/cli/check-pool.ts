/**
 * `check` over many files on worker threads: each worker reads and analyses whole files, one at a
 * time, and the outcomes come back in the order the files were given.
 */
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckedFile, type CheckOptions, type ReadFailure } from './check';

export interface CheckRequest {
  readonly index: number;
  readonly file: string;
  readonly options: CheckOptions;
}

/** What checking one file gave: its result, or the message of an exception (a bug, not a property of the file). */
export type CheckResponse =
  | { readonly index: number; readonly result: CheckedFile | ReadFailure }
  | { readonly index: number; readonly crash: Crash };

/** An exception as it crosses from a worker: its name and message. */
export interface Crash {
  readonly name: string;
  readonly message: string;
}

export type FileOutcome = { readonly result: CheckedFile | ReadFailure } | { readonly crash: Crash };

export function crashOf(error: unknown): Crash {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

/** Checks the files on `threads` worker threads (1: in this thread); the outcomes in the files' order. */
export async function checkFiles(
  files: readonly string[],
  options: CheckOptions,
  threads: number,
): Promise<FileOutcome[]> {
  if (threads <= 1) {
    const outcomes: FileOutcome[] = [];
    for (const file of files) {
      try {
        outcomes.push({ result: await checkFile(file, options) });
      } catch (error) {
        outcomes.push({ crash: crashOf(error) });
      }
    }
    return outcomes;
  }
  const outcomes = new Array<FileOutcome>(files.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => startWorker());
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = (): void => {
              if (next >= files.length) return resolve();
              const index = next++;
              worker.postMessage({ index, file: files[index], options } satisfies CheckRequest);
            };
            worker.on('message', (response: CheckResponse) => {
              outcomes[response.index] = 'crash' in response ? { crash: response.crash } : { result: response.result };
              sendNext();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`a check worker stopped with exit code ${code}`));
            });
            sendNext();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}

/** The worker's module next to this one: compiled JavaScript, or TypeScript run through tsx (tests, the bench). */
function startWorker(): Worker {
  if (__filename.endsWith('.ts')) {
    const source = __filename.replace(/check-pool\.ts$/, 'check-worker.ts');
    return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true });
  }
  return new Worker(__filename.replace(/check-pool\.js$/, 'check-worker.js'));
}
