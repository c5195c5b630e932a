/**
 * The ribbon's function commands (Home tab: Check workbook, Flag deviations, Insert report).
 * Each runs the same workflow as the pane, tells the user the outcome in a small dialog, and
 * always completes its event: Office shows a spinner on the button until it does.
 */
import { runCheck, runFlag, runInsertReport } from '../app/workflows';
import { createExcelOperations, checkRequirements } from '../excel';
import type { OfficeLike } from '../excel/types';
import { t, type Language } from '../i18n';
import { languageOf } from '../taskpane/environment';
import { describeError } from '../taskpane/errors';

function environment(): { office: OfficeLike; language: Language } {
  const office = Office as unknown as OfficeLike;
  return { office, language: languageOf(office, navigator.language) };
}

/** Runs a command: its outcome, or what went wrong, is shown to the user; the event always completes. */
async function command(
  event: Office.AddinCommands.Event,
  work: (language: Language) => Promise<string>,
): Promise<void> {
  const { office, language } = environment();
  let message: string;
  try {
    const requirements = checkRequirements(office);
    message = requirements.supported
      ? await work(language)
      : t(language, 'ui.command.failed', {
          message: t(language, 'ui.error.unsupported', { missing: requirements.missing.join(', ') }),
        });
  } catch (error) {
    message = t(language, 'ui.command.failed', {
      message: `${describeError(error, language)} ${t(language, 'ui.error.unchanged')}`,
    });
  }
  try {
    await showMessage(message);
  } finally {
    event.completed();
  }
}

/**
 * Excel has no notification bar for add-ins: a small dialog says what happened. The dialog page
 * reads the text from its URL hash and closes itself when the user dismisses it.
 */
function showMessage(message: string): Promise<void> {
  const url = new URL('notice.html', window.location.href);
  url.hash = encodeURIComponent(message);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        // Another dialog is open or dialogs are blocked: the outcome is still in the pane on the next check.
        console.warn(message);
        resolve();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
      resolve();
    });
  });
}

function operations() {
  return createExcelOperations(Excel, Office as unknown as OfficeLike);
}

export async function checkWorkbook(event: Office.AddinCommands.Event): Promise<void> {
  await command(event, async (language) => {
    const { analysis, counts } = await runCheck(operations());
    return t(language, 'ui.command.checkDone', { findings: analysis.findings.length, errors: counts.error });
  });
}

export async function flagDeviations(event: Office.AddinCommands.Event): Promise<void> {
  await command(event, async (language) => {
    const { flagged } = await runFlag(operations());
    return t(language, 'ui.command.flagDone', { count: flagged });
  });
}

export async function insertReport(event: Office.AddinCommands.Event): Promise<void> {
  await command(event, async (language) => {
    const ops = operations();
    const settings = await ops.loadSettings();
    const { applied } = await runInsertReport(ops, {
      settings,
      language: settings.language ?? language,
      scale: 'milj',
    });
    return t(language, 'ui.command.reportDone', { sheets: applied.sheets.length });
  });
}

void Office.onReady(() => {
  Office.actions.associate('checkWorkbook', checkWorkbook);
  Office.actions.associate('flagDeviations', flagDeviations);
  Office.actions.associate('insertReport', insertReport);
});
