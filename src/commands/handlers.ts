/**
 * The ribbon's function commands (Home tab: Check workbook, Flag deviations, Insert report) as
 * functions of what they need: Excel, Office's requirement sets and dialog, the notice page and a
 * clock. Each runs the same workflow as the pane, tells the user the outcome in a small dialog, and
 * completes its event only once that dialog is closed: the dialog's handlers live in the command's
 * runtime, which `event.completed()` ends. Office also ends the runtime five minutes after the button
 * was pressed, so a dialog still open shortly before then is closed by the command itself.
 */
import { isRefusal, runCheck, runFlag, runInsertReport, type Refusal } from '../app/workflows';
import { checkRequirements, createExcelOperations } from '../excel';
import type { ExcelHost, ExcelOperations, OfficeLike } from '../excel/types';
import { languageOfLocale, t, type Language } from '../i18n';
import { describeError } from '../app/describe-error';

/** The FunctionName of each ExecuteFunction button in manifest.xml. */
export const commandNames = ['checkWorkbook', 'flagDeviations', 'insertReport'] as const;
export type CommandName = (typeof commandNames)[number];

export interface CommandEvent {
  completed(): void;
}

export type CommandHandler = (event: CommandEvent) => Promise<void>;

type DialogArgument = { message: string } | { error: number };

interface Dialog {
  addEventHandler(
    eventType: 'dialogMessageReceived' | 'dialogEventReceived',
    handler: (argument: DialogArgument) => void,
  ): void;
  close(): void;
}

/** The part of Office.context.ui the commands use (Office's enums are these strings). */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; displayInIframe?: boolean },
    callback: (result: { status: string; value: Dialog }) => void,
  ): void;
}

export interface Timers {
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface CommandDependencies {
  readonly excel: ExcelHost;
  readonly office: OfficeLike;
  readonly ui: DialogUi;
  /** Absolute URL of notice.html, the dialog page that shows the text in its hash. */
  readonly noticeUrl: string;
  readonly timers: Timers;
  /** The browser's language, where Office gives none. */
  readonly browserLanguage?: string;
}

/** Office ends a function command's runtime after five minutes; the command finishes well before. */
export const commandDeadlineMs = 4.5 * 60_000;

export function createCommandHandlers(deps: CommandDependencies): Record<CommandName, CommandHandler> {
  const operations = (): ExcelOperations => createExcelOperations(deps.excel, deps.office);
  const language = (): Language => languageOfLocale(deps.office.context.displayLanguage ?? deps.browserLanguage);

  /** Runs a command: its outcome, or what went wrong, is shown until the user closes the dialog; then the event completes. */
  const command =
    (work: (language: Language) => Promise<string>): CommandHandler =>
    async (event) => {
      const lang = language();
      let finished = false;
      let closeDialog: () => void = () => undefined;
      const deadline = deps.timers.setTimeout(() => {
        finished = true;
        closeDialog();
      }, commandDeadlineMs);
      let message: string;
      try {
        const requirements = checkRequirements(deps.office);
        message = requirements.supported
          ? await work(lang)
          : t(lang, 'ui.command.failed', {
              message: t(lang, 'ui.error.unsupported', { missing: requirements.missing.join(', ') }),
            });
      } catch (error) {
        message = t(lang, 'ui.command.failed', {
          message: `${describeError(error, lang)} ${t(lang, 'ui.error.unchanged')}`,
        });
      }
      try {
        if (!finished) await showMessage(message, (close) => (closeDialog = close));
      } finally {
        deps.timers.clearTimeout(deadline);
        event.completed();
      }
    };

  /**
   * Excel has no notification bar for add-ins: a small dialog says what happened. Resolves when the
   * dialog is closed: by its OK (the page messages its parent), by its X, or by the deadline.
   */
  const showMessage = (message: string, onOpen: (close: () => void) => void): Promise<void> => {
    const url = new URL(deps.noticeUrl);
    url.hash = encodeURIComponent(message);
    return new Promise((resolve) => {
      deps.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== 'succeeded') {
          // Another dialog is open or dialogs are blocked: the outcome is still in the pane on the next check.
          console.warn(message);
          resolve();
          return;
        }
        const dialog = result.value;
        const close = () => {
          dialog.close();
          resolve();
        };
        dialog.addEventHandler('dialogMessageReceived', close);
        // The user closed it with its X (12006) or it could not load: either way it is gone.
        dialog.addEventHandler('dialogEventReceived', () => resolve());
        onOpen(close);
      });
    });
  };

  return {
    checkWorkbook: command(async (lang) => {
      const { analysis, counts } = await runCheck(operations());
      if (analysis.tables.length === 0) return t(lang, 'ui.command.refused', { message: t(lang, 'ui.check.noTable') });
      return t(lang, 'ui.command.checkDone', { findings: analysis.findings.length, errors: counts.error });
    }),
    flagDeviations: command(async (lang) => {
      const outcome = await runFlag(operations());
      if (isRefusal(outcome)) return refusalMessage(outcome, lang);
      return t(lang, 'ui.command.flagDone', { count: outcome.flagged });
    }),
    insertReport: command(async (lang) => {
      const ops = operations();
      const settings = await ops.loadSettings();
      const outcome = await runInsertReport(ops, { settings, language: settings.language ?? lang, scale: 'milj' });
      if (isRefusal(outcome)) return refusalMessage(outcome, lang);
      return t(lang, 'ui.command.reportDone', { sheets: outcome.applied.sheets.length });
    }),
  };
}

/** What a refused command tells the user: nothing changed, and why (the pane can ask what the ribbon cannot). */
function refusalMessage(refusal: Refusal, language: Language): string {
  switch (refusal.refused) {
    case 'no-table':
      return t(language, 'ui.command.refused', { message: t(language, 'ui.refused.noTable') });
    case 'no-strategy':
      return t(language, 'ui.command.refused', { message: t(language, 'ui.refused.noStrategy') });
    case 'error-findings':
      return t(language, 'ui.command.reportErrors', { count: refusal.errors });
    case 'no-period':
      return t(language, 'ui.command.reportNoPeriod');
  }
}
