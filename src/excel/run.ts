/** Opens one Excel.run per step of an operation, after checking that the host can run it. */
import {
  operationRequirements,
  operationSupport,
  UnsupportedApiError,
  type DegradedFeature,
  type OperationName,
} from './requirements';
import type { ExcelHost, OfficeLike } from './types';

export type Batch<T> = (context: Excel.RequestContext, degraded: ReadonlySet<DegradedFeature>) => Promise<T>;

export interface StepOptions {
  /**
   * Merge the step's syncs into one undo step where Excel can (ExcelApi 1.20). Only steps whose every
   * call supports undo may ask: "If an API within the group doesn't offer undo support, the
   * UndoNotSupported error is thrown" (Undo capabilities). Default: true where the operation declares
   * the undo group among its optional sets (the changing ones).
   */
  readonly undoGroup?: boolean;
}

export interface OperationRunner {
  run<T>(operation: OperationName, batch: Batch<T>, options?: StepOptions): Promise<T>;
}

export function operationRunner(host: ExcelHost, office: OfficeLike | undefined): OperationRunner {
  return {
    run<T>(operation: OperationName, batch: Batch<T>, options: StepOptions = {}): Promise<T> {
      const support = operationSupport(office, operation);
      if (!support.supported) return Promise.reject(new UnsupportedApiError(operation, support.missing));
      const degraded = new Set(support.degraded);
      const body = (context: Excel.RequestContext) => batch(context, degraded);
      // Without an Office object (tests that drive a host directly) the run takes no options.
      if (office === undefined) return host.run(body);
      // An option is set only where the operation declares its set (requirements.ts) and the host has it.
      const uses = (feature: DegradedFeature) => declares(operation, feature) && !degraded.has(feature);
      const grouped = options.undoGroup !== false && uses('undo-group');
      // Wait while the user edits a cell, rather than fail: Excel holds the request until the edit ends.
      const delayForCellEdit = uses('cell-edit-wait');
      const runOptions: Excel.RunOptions = {
        ...(grouped ? { mergeUndoGroup: true } : {}),
        ...(delayForCellEdit ? { delayForCellEdit: true } : {}),
      };
      return Object.keys(runOptions).length > 0 ? host.run(runOptions, body) : host.run(body);
    },
  };
}

function declares(operation: OperationName, feature: DegradedFeature): boolean {
  return operationRequirements[operation].optional.some((option) => option.feature === feature);
}
