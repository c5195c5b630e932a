/**
 * Turns a failure into what the user reads: what happened and what to do, in their language.
 * Office.js rejects with OfficeExtension.Error ({ code, message, debugInfo }); the headless host
 * rejects with the same shape, so one mapping serves Excel and the workbench.
 */
import { errorMessage } from '../core';
import { PreconditionError } from '../excel/preconditions';
import { t, type Language } from '../i18n';
import type { XlsxReadFailure } from '../xlsx/errors';

export interface ErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly debugInfo?: { readonly errorLocation?: unknown };
}

function codeOf(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && typeof (error as ErrorLike).code === 'string') {
    return (error as ErrorLike).code as string;
  }
  return null;
}

function locationOf(error: unknown): string | null {
  const location =
    typeof error === 'object' && error !== null ? (error as ErrorLike).debugInfo?.errorLocation : undefined;
  return typeof location === 'string' && location ? location : null;
}

function detailOf(error: unknown): string {
  const location = locationOf(error);
  return location ? `${errorMessage(error)} (${location})` : errorMessage(error);
}

/** One sentence or two: what went wrong and how to go on. */
export function describeError(error: unknown, language: Language): string {
  if (error instanceof Error && error.name === 'UnsupportedApiError') {
    const missing = (error as Error & { missing?: readonly string[] }).missing ?? [];
    return t(language, 'ui.error.unsupported', { missing: missing.join(', ') });
  }
  // Refused before writing (src/excel/preconditions.ts): the refusal names what to unprotect.
  if (error instanceof PreconditionError) {
    const { refusal } = error;
    if (refusal.reason === 'sheet-protected')
      return t(language, 'ui.error.sheetProtected', { sheets: refusal.sheets.join(', ') });
    if (refusal.reason === 'sheet-too-large')
      return t(language, 'ui.error.sheetTooLarge', { sheet: refusal.sheet, range: refusal.range });
    return t(language, 'ui.error.structureProtected');
  }
  switch (codeOf(error)) {
    case 'InvalidOperationInCellEditMode':
      return t(language, 'ui.error.busy');
    case 'ItemNotFound':
    case 'InvalidReference':
      return t(language, 'ui.error.notFound', { detail: detailOf(error) });
    case 'AccessDenied':
      return t(language, 'ui.error.protected');
    case 'UndoNotSupported':
      return t(language, 'ui.error.undoNotSupported');
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return t(language, 'ui.error.tooLarge');
    case 'ApiNotFound':
    case 'UnsupportedOperation':
      // Excel names the missing API in errorLocation ('Worksheet.getRangeByIndexes'): that is what the user can look up.
      return t(language, 'ui.error.unsupported', { missing: locationOf(error) ?? detailOf(error) });
    default:
      return t(language, 'ui.error.unexpected', { detail: detailOf(error) });
  }
}

/** Why a file is not opened: a file that is not there, cannot be read, or is no workbook the add-in reads. */
export type FileFailure = 'not-found' | 'unreadable' | XlsxReadFailure;

/** One sentence naming the file and saying why it was not opened and what to do, in the user's language. */
export function describeFileFailure(file: string, reason: FileFailure, language: Language, detail = ''): string {
  return t(language, `cli.file.${reason}`, { file, detail });
}
