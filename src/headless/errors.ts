/**
 * Errors as Office reports them: an object shaped like OfficeExtension.Error, so that code which
 * inspects `error.code` behaves the same on the headless host and in Excel.
 */

/** Excel's error codes that the host raises (OfficeExtension.ErrorCodes / Excel.ErrorCodes spelling). */
export type HostErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidReference'
  | 'InvalidObjectPath'
  | 'InvalidRequestContext'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'ValueNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'UndoNotSupported'
  /** The host's own, not Excel's: text of the workbook written where Excel makes it a formula (see typed-input.ts). */
  | 'UserTextAsFormula';

const defaultMessages: Record<HostErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation is invalid for the object.',
  InvalidOperationInCellEditMode:
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidObjectPath:
    "The object path isn't working for what you're trying to do. If you're using the object across multiple " +
    '"context.sync" calls and outside the sequential execution of a ".run" batch, please use the ' +
    '"context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    "The property has not been loaded. Before reading the property's value, call the load method on the " +
    'containing object and call "context.sync()" on the associated request context.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call ' +
    '"context.sync()" on the associated request context.',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: ' +
    'https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: ' +
    'https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.',
  UndoNotSupported: "The operation can't be grouped: an API within the undo group doesn't offer undo support.",
  UserTextAsFormula: 'Text from the workbook was written as a formula (the add-in must write it as text).',
};

export interface HostErrorDebugInfo {
  readonly code: HostErrorCode;
  readonly message: string;
  /** What the host was doing, e.g. 'Range.values' or 'WorksheetCollection.add'. */
  readonly errorLocation?: string;
  /** The failing statement, described like Office's debug info. */
  readonly statement?: string;
  /** Host-only detail (why exactly it failed): never parse it, it is for people. */
  readonly detail?: string;
}

/** Shaped like OfficeExtension.Error: `name` 'RichApi.Error', `code`, `message`, `debugInfo`. */
export class HostError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: HostErrorCode;
  readonly debugInfo: HostErrorDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(
    code: HostErrorCode,
    options: { location?: string; detail?: string; statement?: string; cause?: unknown } = {},
  ) {
    const message = defaultMessages[code];
    // The cause: what failed inside the host (a damaged sheet part found when it was first read).
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.debugInfo = {
      code,
      message,
      errorLocation: options.location,
      statement: options.statement,
      detail: options.detail,
    };
  }
}

export function isHostError(error: unknown): error is HostError {
  return error instanceof HostError;
}
