/**
 * The Excel layer: the only code that calls the Excel JavaScript API. Each operation opens its own
 * Excel.run through the host (Office's `Excel` in the add-in, the headless host elsewhere) and
 * checks first that the host has the requirement sets it needs.
 */
import { applyReport } from './apply-report';
import { clearFlags, flag } from './flags';
import { readReportSheets, readWorkbook } from './read-workbook';
import { operationRunner } from './run';
import { readSelection, select } from './select';
import { loadSettings, saveSettings } from './settings';
import type { ExcelHost, ExcelOperations, OfficeLike } from './types';

export function createExcelOperations(host: ExcelHost, office?: OfficeLike): ExcelOperations {
  const runner = operationRunner(host, office);
  return {
    readWorkbook: (options = {}) =>
      runner.run('readWorkbook', (context, degraded) => readWorkbook(context, options, degraded)),
    readReportSheets: () => runner.run('readReportSheets', (context, degraded) => readReportSheets(context, degraded)),
    flag: (plan) => runner.run('flag', (context, degraded) => flag(context, plan, degraded)),
    clearFlags: () => runner.run('clearFlags', (context, degraded) => clearFlags(context, degraded)),
    applyReport: (plan) => applyReport(runner, plan),
    loadSettings: () => runner.run('loadSettings', (context) => loadSettings(context)),
    saveSettings: (settings) => runner.run('saveSettings', (context) => saveSettings(context, settings)),
    select: (sheet, cell) => runner.run('select', (context) => select(context, sheet, cell)),
    readSelection: () => runner.run('readSelection', (context) => readSelection(context)),
  };
}

export {
  checkRequirements,
  operationRequirements,
  operationSupport,
  UnsupportedApiError,
  type DegradedFeature,
  type OperationName,
  type OperationSupport,
  type RequirementCheck,
  type RequirementSet,
} from './requirements';
export { parseStoredSettings, serializeSettings, settingsKey } from './settings';
export { flagMarker, flagRuleFormula, reportMarkerName, reportKeyOfName } from './markers';
export { freeSheetName } from './apply-report';
export { PreconditionError, type Refusal } from './preconditions';
export type * from './types';
