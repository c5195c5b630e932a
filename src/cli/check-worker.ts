/**
 * A worker thread of `check` over many files (check-pool.ts): checks and prints the files it is
 * sent, one at a time, and answers each with its output and whether it has errors.
 */
import { parentPort } from 'node:worker_threads';
import { answer, type CheckRequest } from './check-pool';

parentPort?.on('message', (request: CheckRequest) => {
  void answer(request).then((response) => parentPort?.postMessage(response));
});
