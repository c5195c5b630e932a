/**
 * `check` over many files on worker threads: each worker reads, analyses and prints whole files,
 * one at a time, and sends back only the printed output and whether the file has errors (an
 * analysis of 25 000 rows is far more to copy between threads than its text). The outcomes are
 * delivered in the order the files were given, each as soon as those before it are.
 */
import { Worker } from 'node:worker_threads';
import {
  checkFile,
  hasErrors,
  inPieces,
  isReadFailure,
  printFile,
  type CheckOptions,
  type PrintOptions,
  type ReadFailure,
} from './check';
import type { Write } from './formatters/json';

export interface CheckRequest {
  readonly index: number;
  readonly file: string;
  readonly options: CheckOptions;
  readonly print: PrintOptions;
}

/** What a worker answers for one file: the file printed, its read failure, or the exception (a bug, not a property of the file). */
export type CheckResponse =
  | { readonly index: number; readonly output: readonly string[]; readonly hasErrors: boolean }
  | { readonly index: number; readonly failure: ReadFailure }
  | { readonly index: number; readonly crash: Crash };

/** An exception as it crosses from a worker: its name and message. */
export interface Crash {
  readonly name: string;
  readonly message: string;
}

/** A file checked: its output, written on demand (from the worker's text, or printed then from its analysis). */
export interface PrintedFile {
  readonly hasErrors: boolean;
  writeTo(write: Write): void;
}

export type FileOutcome =
  { readonly printed: PrintedFile } | { readonly failure: ReadFailure } | { readonly crash: Crash };

export function crashOf(error: unknown): Crash {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

/** What a worker does with one request: the file checked and printed, in pieces. */
export async function answer({ index, file, options, print }: CheckRequest): Promise<CheckResponse> {
  try {
    const result = await checkFile(file, options);
    if (isReadFailure(result)) return { index, failure: result };
    const output: string[] = [];
    const pieces = inPieces((piece) => output.push(piece));
    printFile(result, print, pieces.write);
    pieces.flush();
    return { index, output, hasErrors: hasErrors(result) };
  } catch (error) {
    return { index, crash: crashOf(error) };
  }
}

/**
 * Checks the files on `threads` threads, this one and `threads` − 1 workers (1: all in this
 * thread, each printed straight to the output), and delivers each outcome, in the files' order.
 */
export async function checkFiles(
  files: readonly string[],
  options: CheckOptions,
  print: PrintOptions,
  threads: number,
  deliver: (outcome: FileOutcome, index: number) => void,
): Promise<void> {
  if (threads <= 1) {
    for (const [index, file] of files.entries()) {
      let outcome: FileOutcome;
      try {
        const result = await checkFile(file, options);
        outcome = isReadFailure(result)
          ? { failure: result }
          : { printed: { hasErrors: hasErrors(result), writeTo: (write) => printFile(result, print, write) } };
      } catch (error) {
        outcome = { crash: crashOf(error) };
      }
      deliver(outcome, index);
    }
    return;
  }
  const arrived = new Map<number, FileOutcome>();
  let delivered = 0;
  const arrive = (index: number, outcome: FileOutcome): void => {
    arrived.set(index, outcome);
    for (let next = arrived.get(delivered); next !== undefined; next = arrived.get(delivered)) {
      arrived.delete(delivered);
      deliver(next, delivered++);
    }
  };
  let next = 0;
  // This thread is one of them: it has loaded everything already, while each worker loads it all again.
  const inThisThread = async (): Promise<void> => {
    while (next < files.length) {
      const index = next++;
      arrive(index, outcomeOf(await answer({ index, file: files[index], options, print })));
    }
  };
  const workers = Array.from({ length: threads - 1 }, () => startWorker());
  try {
    await Promise.all([
      ...workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = (): void => {
              if (next >= files.length) return resolve();
              const index = next++;
              worker.postMessage({ index, file: files[index], options, print } satisfies CheckRequest);
            };
            worker.on('message', (response: CheckResponse) => {
              arrive(response.index, outcomeOf(response));
              sendNext();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`a check worker stopped with exit code ${code}`));
            });
            sendNext();
          }),
      ),
      inThisThread(),
    ]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function outcomeOf(response: CheckResponse): FileOutcome {
  if ('crash' in response) return { crash: response.crash };
  if ('failure' in response) return { failure: response.failure };
  const { output } = response;
  return {
    printed: {
      hasErrors: response.hasErrors,
      writeTo: (write) => output.forEach((piece) => write(piece)),
    },
  };
}

/** The worker's module next to this one: compiled JavaScript, or TypeScript run through tsx (tests, the bench). */
function startWorker(): Worker {
  if (__filename.endsWith('.ts')) {
    const source = __filename.replace(/check-pool\.ts$/, 'check-worker.ts');
    return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true });
  }
  return new Worker(__filename.replace(/check-pool\.js$/, 'check-worker.js'));
}
