/** Opens one Excel.run per operation, after checking that the host can run it. */
import { operationSupport, UnsupportedApiError, type DegradedFeature, type OperationName } from './requirements';
import type { ExcelHost, OfficeLike } from './types';

export type Batch<T> = (context: Excel.RequestContext, degraded: ReadonlySet<DegradedFeature>) => Promise<T>;

export interface OperationRunner {
  run<T>(operation: OperationName, batch: Batch<T>): Promise<T>;
}

export function operationRunner(host: ExcelHost, office: OfficeLike | undefined): OperationRunner {
  return {
    run<T>(operation: OperationName, batch: Batch<T>): Promise<T> {
      const support = operationSupport(office, operation);
      if (!support.supported) return Promise.reject(new UnsupportedApiError(operation, support.missing));
      const degraded = new Set(support.degraded);
      const body = (context: Excel.RequestContext) => batch(context, degraded);
      // One undo step for a whole operation where Excel can; nothing here relies on undo.
      const mergesUndo = office !== undefined && needsUndoGroup(operation) && !degraded.has('undo-group');
      return mergesUndo ? host.run({ mergeUndoGroup: true }, body) : host.run(body);
    },
  };
}

function needsUndoGroup(operation: OperationName): boolean {
  return operation === 'flag' || operation === 'clearFlags' || operation === 'applyReport';
}
