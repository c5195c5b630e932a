/**
 * The task pane inside Excel: waits for Office, builds the Excel operations over Office's own
 * `Excel`, and renders the pane in the user's display language and Office's theme.
 */
import { createRoot } from 'react-dom/client';
import { createExcelOperations, checkRequirements } from '../excel';
import type { OfficeLike } from '../excel/types';
import { isLanguage, type Language } from '../i18n';
import { App } from './app';
import { paneActions } from './pane-actions';
import { OutsideExcel } from './outside-excel';
import { languageOf } from '../app/office-language';
import { themeOf } from './environment';

const languageKey = 'budget-monitor.language';

function rememberedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(languageKey);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage can be blocked in the Office web view; the display language then decides
  }
}

function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(languageKey, language);
  } catch {
    // Not remembered: the pane still works, in the display language next time.
  }
}

void Office.onReady((info) => {
  const root = createRoot(document.getElementById('root')!);
  const office = Office as unknown as OfficeLike;
  const inExcel = info.host === Office.HostType.Excel;
  const language = rememberedLanguage() ?? languageOf(inExcel ? office : null, navigator.language);
  const theme = themeOf(
    inExcel ? Office.context.officeTheme : undefined,
    window.matchMedia?.('(forced-colors: active)').matches ?? false,
  );
  if (!inExcel) {
    root.render(<OutsideExcel language={language} theme={theme} />);
    return;
  }
  const requirements = checkRequirements(office);
  root.render(
    <App
      actions={paneActions(createExcelOperations(Excel, office))}
      language={language}
      theme={theme}
      missingRequirements={requirements.missing}
      onLanguageChange={rememberLanguage}
    />,
  );
});
