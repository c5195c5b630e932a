/**
 * A worker thread of `check` over many files (check-pool.ts): checks the files it is sent, one
 * at a time, and answers each with what checkFile returned, or with the name and message of what it threw.
 */
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check';
import { crashOf, type CheckRequest, type CheckResponse } from './check-pool';

parentPort?.on('message', (request: CheckRequest) => {
  void checkFile(request.file, request.options).then(
    (result): void => parentPort?.postMessage({ index: request.index, result } satisfies CheckResponse),
    (error: unknown): void =>
      parentPort?.postMessage({ index: request.index, crash: crashOf(error) } satisfies CheckResponse),
  );
});
