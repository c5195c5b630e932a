/**
 * What the pane's buttons do, over the shared workflows (src/app) and the Excel operations.
 * The one addition of the pane: flags by kind, so that "Flag deviations" and "Colour statuses"
 * each add their colours without removing the other's (flagging replaces all the add-in's flags).
 */
import { runCheck, runClearFlags, runFlag, runInsertReport } from '../app/workflows';
import { planFlags } from '../core/flags';
import type { Analysis, Period } from '../core/model';
import type { Flag } from '../core/plan';
import { reportScales, type ReportScale } from '../core/report';
import type { Settings } from '../core/settings';
import type { SheetSnapshot } from '../core/snapshot';
import type { AppliedReport, ExcelOperations, Selection } from '../excel/types';
import type { Language } from '../i18n';

export { reportScales, type ReportScale };

export type FlagKind = Flag['kind'];

export interface ReportChoice {
  readonly period: Period;
  readonly language: Language;
  readonly scale: ReportScale;
}

export interface FlagOutcome {
  readonly analysis: Analysis;
  /** Cells flagged of each kind. */
  readonly deviations: number;
  readonly statuses: number;
}

export interface PaneActions {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  check(settings: Settings): Promise<Analysis>;
  /** Flags the kinds asked for (and only those: flagging replaces the add-in's earlier flags). */
  flag(settings: Settings, kinds: ReadonlySet<FlagKind>): Promise<FlagOutcome>;
  clearFlags(): Promise<number>;
  insertReport(settings: Settings, choice: ReportChoice): Promise<AppliedReport>;
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
      if (kinds.has('deviation') && kinds.has('status')) {
        const { analysis } = await runFlag(ops, settings);
        return { analysis, ...countKinds(planFlags(analysis).flags) };
      }
      const { analysis } = await runCheck(ops, settings);
      const flags = planFlags(analysis).flags.filter((flag) => kinds.has(flag.kind));
      await ops.flag({ flags });
      return { analysis, ...countKinds(flags) };
    },
    clearFlags: async () => (await runClearFlags(ops)).removed,
    insertReport: async (settings, choice) =>
      (await runInsertReport(ops, { settings, period: choice.period, language: choice.language, scale: choice.scale }))
        .applied,
    select: (sheet, cell) => ops.select(sheet, cell),
    readSelection: () => ops.readSelection(),
    readSheet: async (sheet) => (await ops.readWorkbook({ sheets: [sheet] })).sheets[0] ?? null,
  };
}

function countKinds(flags: readonly Flag[]): { deviations: number; statuses: number } {
  const deviations = flags.filter((flag) => flag.kind === 'deviation').length;
  return { deviations, statuses: flags.length - deviations };
}
