/**
 * What the pane's buttons do, over the shared workflows (src/app) and the Excel operations. The
 * pane receives these as a prop (as Microsoft's task-pane template passes `insertText`), so its
 * component tests give it fakes and the add-in, the workbench and the tests the real ones.
 */
import { isRefusal, runCheck, runClearFlags, runFlag, runInsertReport, type Refusal } from '../app/workflows';
import {
  type Analysis,
  type Period,
  type Flag,
  reportScales,
  type ReportScale,
  type Settings,
  type SheetSnapshot,
} from '../core';
import type { AppliedReport, ExcelOperations, Selection } from '../excel/types';
import type { Language } from '../i18n';

export { isRefusal, reportScales, type Refusal, type ReportScale };

export type FlagKind = Flag['kind'];

export interface ReportChoice {
  /** null: the workbook's own period (the TOT column's months and year). */
  readonly period: Period | null;
  readonly language: Language;
  readonly scale: ReportScale;
  /** The user was told of the workbook's errors and chose to go on. */
  readonly acceptErrors: boolean;
}

export interface FlagOutcome {
  readonly analysis: Analysis;
  /** Cells flagged of each kind. */
  readonly deviations: number;
  readonly statuses: number;
}

export interface ReportOutcome {
  readonly analysis: Analysis;
  readonly applied: AppliedReport;
  readonly period: Period;
}

export interface PaneActions {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  check(settings: Settings): Promise<Analysis>;
  /** Flags the kinds asked for (and only those: flagging replaces the add-in's earlier flags). */
  flag(settings: Settings, kinds: ReadonlySet<FlagKind>): Promise<FlagOutcome | Refusal>;
  /** Removes every flag of the add-in; the number of cells that had one. */
  clearFlags(): Promise<number>;
  insertReport(settings: Settings, choice: ReportChoice): Promise<ReportOutcome | Refusal>;
  select(sheet: string, cell: string): Promise<void>;
  /** Where the selection is: Map a table starts on its sheet, at its row. */
  readSelection(): Promise<Selection>;
  /** One sheet as the engine sees it, for the mapping view's preview and live check; null when it is gone. */
  readSheet(sheet: string): Promise<SheetSnapshot | null>;
}

export function paneActions(ops: ExcelOperations): PaneActions {
  return {
    loadSettings: () => ops.loadSettings(),
    saveSettings: (settings) => ops.saveSettings(settings),
    check: async (settings) => (await runCheck(ops, settings)).analysis,
    async flag(settings, kinds) {
      const outcome = await runFlag(ops, settings, kinds);
      if (isRefusal(outcome)) return outcome;
      return { analysis: outcome.analysis, deviations: outcome.byKind.deviation, statuses: outcome.byKind.status };
    },
    clearFlags: async () => (await runClearFlags(ops)).removed,
    async insertReport(settings, choice) {
      const outcome = await runInsertReport(ops, {
        settings,
        ...(choice.period ? { period: choice.period } : {}),
        language: choice.language,
        scale: choice.scale,
        acceptErrors: choice.acceptErrors,
      });
      if (isRefusal(outcome)) return outcome;
      return { analysis: outcome.analysis, applied: outcome.applied, period: outcome.period };
    },
    select: (sheet, cell) => ops.select(sheet, cell),
    readSelection: () => ops.readSelection(),
    readSheet: async (sheet) => (await ops.readWorkbook({ sheets: [sheet] })).sheets[0] ?? null,
  };
}
