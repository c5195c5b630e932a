/**
 * The ExcelApi requirement sets each operation needs, and what it can do without the optional
 * ones. The pane asks `checkRequirements` up front and renders the result itself (texts live in
 * the catalogues), so a missing set is a value here, never a message.
 */
import type { OfficeLike } from './types';

export type OperationName =
  | 'readWorkbook'
  | 'readReportSheets'
  | 'flag'
  | 'clearFlags'
  | 'applyReport'
  | 'loadSettings'
  | 'saveSettings'
  | 'select'
  | 'readSelection';

/** 'ExcelApi 1.9' and the like, as Office names requirement sets. */
export type RequirementSet = `ExcelApi 1.${number}`;

interface OperationRequirements {
  /** Without these the operation cannot run at all. */
  readonly required: RequirementSet;
  /** Without these it runs with less; each names what is left out. */
  readonly optional: readonly { readonly set: RequirementSet; readonly feature: DegradedFeature }[];
}

/** What an operation leaves out when an optional set is missing. */
export type DegradedFeature =
  | 'indents-and-fills' // getCellProperties (1.9): recognition loses indents and status colours
  | 'far-cells' // getSpecialCells (1.9): a sheet with cells far from its table (a used range of billions of cells) is refused
  | 'flag-areas' // RangeAreas (1.9): one conditional format per rectangle instead of per colour
  | 'axis-number-format' // ChartAxis.numberFormat (1.8)
  | 'page-setup' // PageLayout (1.9): no landscape / fit to width
  | 'cell-edit-wait' // RunOptions.delayForCellEdit (1.11): while the user edits a cell the operation fails instead of waiting
  | 'undo-group'; // RunOptions.mergeUndoGroup (1.20): each sync is its own undo step

/**
 * The one minimum, and the manifest's <Set Name="ExcelApi" MinVersion>: Office does not start the add-in
 * on an Excel without it, so no operation has a path below it. Why 1.7: getRangeByIndexes (report
 * writing), freeze panes, worksheet.names on new sheets, WorkbookProtection (the report's precondition);
 * below it sit 1.6 conditional formats (flags), 1.4 getItemOrNullObject, sheet-scoped names and
 * workbook.settings, 1.2 WorksheetProtection (the flags' precondition).
 */
export const minimumRequirementSet: RequirementSet = 'ExcelApi 1.7';

const cellEditWait = { set: 'ExcelApi 1.11', feature: 'cell-edit-wait' } as const;
const undoGroup = { set: 'ExcelApi 1.20', feature: 'undo-group' } as const;

/**
 * Every operation needs the minimum; the optional sets above it, each with what is left out without it
 * (every such path runs on some Excel the manifest admits, and is tested on the host playing it):
 * 1.8 chart axis number format; 1.9 getCellProperties, getSpecialCells, RangeAreas (getRanges), page layout;
 * 1.11 delayForCellEdit; 1.20 mergeUndoGroup.
 */
export const operationRequirements: Readonly<Record<OperationName, OperationRequirements>> = {
  readWorkbook: {
    required: minimumRequirementSet,
    optional: [
      { set: 'ExcelApi 1.9', feature: 'indents-and-fills' },
      { set: 'ExcelApi 1.9', feature: 'far-cells' },
      cellEditWait,
    ],
  },
  readReportSheets: {
    required: minimumRequirementSet,
    optional: [{ set: 'ExcelApi 1.9', feature: 'indents-and-fills' }, cellEditWait],
  },
  flag: {
    required: minimumRequirementSet,
    optional: [{ set: 'ExcelApi 1.9', feature: 'flag-areas' }, cellEditWait, undoGroup],
  },
  clearFlags: {
    required: minimumRequirementSet,
    optional: [{ set: 'ExcelApi 1.9', feature: 'flag-areas' }, cellEditWait, undoGroup],
  },
  applyReport: {
    required: minimumRequirementSet,
    optional: [
      { set: 'ExcelApi 1.8', feature: 'axis-number-format' },
      { set: 'ExcelApi 1.9', feature: 'page-setup' },
      cellEditWait,
      undoGroup,
    ],
  },
  loadSettings: { required: minimumRequirementSet, optional: [cellEditWait] },
  saveSettings: { required: minimumRequirementSet, optional: [cellEditWait] },
  select: { required: minimumRequirementSet, optional: [cellEditWait] },
  readSelection: { required: minimumRequirementSet, optional: [cellEditWait] },
};

export interface OperationSupport {
  readonly supported: boolean;
  /** Required sets the host lacks (empty when supported). */
  readonly missing: readonly RequirementSet[];
  /** What the operation leaves out on this host. */
  readonly degraded: readonly DegradedFeature[];
}

export interface RequirementCheck {
  /** Every operation can run. */
  readonly supported: boolean;
  /** Required sets missing for some operation, lowest first, e.g. ['ExcelApi 1.6', 'ExcelApi 1.9']. */
  readonly missing: string[];
  readonly operations: Readonly<Record<OperationName, OperationSupport>>;
}

function isSupported(office: OfficeLike | undefined, set: RequirementSet): boolean {
  // Without an Office object (tests that drive a host directly) everything the host has is assumed.
  if (!office) return true;
  const [name, version] = set.split(' ');
  return office.context.requirements.isSetSupported(name, version);
}

export function operationSupport(office: OfficeLike | undefined, operation: OperationName): OperationSupport {
  const needs = operationRequirements[operation];
  const missing = isSupported(office, needs.required) ? [] : [needs.required];
  return {
    supported: missing.length === 0,
    missing,
    degraded: needs.optional.filter((option) => !isSupported(office, option.set)).map((option) => option.feature),
  };
}

export function checkRequirements(office: OfficeLike): RequirementCheck {
  const operations = Object.fromEntries(
    (Object.keys(operationRequirements) as OperationName[]).map((name) => [name, operationSupport(office, name)]),
  ) as Record<OperationName, OperationSupport>;
  const missing = [...new Set(Object.values(operations).flatMap((support) => support.missing))].sort(
    (a, b) => minorVersion(a) - minorVersion(b),
  );
  return { supported: missing.length === 0, missing, operations };
}

function minorVersion(set: string): number {
  return Number(set.split('.')[1] ?? 0);
}

/** Calling an operation the host cannot run is misuse: the pane checks `checkRequirements` first. */
export class UnsupportedApiError extends Error {
  constructor(
    readonly operation: OperationName,
    readonly missing: readonly RequirementSet[],
  ) {
    super(`${operation} needs ${missing.join(', ')}`);
    this.name = 'UnsupportedApiError';
  }
}
