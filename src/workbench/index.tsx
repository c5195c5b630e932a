/**
 * The workbench page: ?file=… (default: the example workbook), ?theme=light|dark|high-contrast,
 * ?lang=fi|sv|en (else Office's display language), and the Excel to play: ?displayLanguage=fi-FI,
 * ?excelApi=1.5 (an older Excel, to see how the pane copes), and ?paneWidth=320 (the task pane's width).
 */
import { createRoot } from 'react-dom/client';
import { isLanguage } from '../i18n';
import { isThemeName } from '../taskpane/environment';
import { Workbench } from './workbench';

const params = new URLSearchParams(window.location.search);
const lang = params.get('lang');
const theme = params.get('theme');

createRoot(document.getElementById('root')!).render(
  <Workbench
    initialFile={params.get('file') ?? 'examples/elvo-q4-2024.xlsx'}
    language={isLanguage(lang) ? lang : null}
    office={{
      displayLanguage: params.get('displayLanguage') ?? navigator.language,
      ...(params.get('excelApi') ? { apiVersion: params.get('excelApi')! } : {}),
    }}
    paneWidth={Number(params.get('paneWidth')) || undefined}
    theme={isThemeName(theme) ? theme : window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'}
  />,
);
