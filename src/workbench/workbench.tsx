/**
 * The workbench: the real task pane beside a read-only grid of the workbook, with the headless
 * host standing in for Excel, so the add-in can be tried (and tested) on Linux.
 */
import * as React from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { errorMessage } from '../core';
import { HeadlessWorkbook, type OfficeOptions } from '../headless';
import { checkRequirements, createExcelOperations } from '../excel';
import type { ExcelOperations } from '../excel/types';
import { t, type Language } from '../i18n';
import { App } from '../taskpane/app';
import { paneActions, type PaneActions } from '../taskpane/pane-actions';
import { themes, type ThemeName } from '../taskpane/environment';
import { describeFileFailure } from '../app/describe-error';
import { languageOf } from '../app/office-language';
import { XlsxReadError } from '../xlsx';
import { readGrid, type GridBook } from './grid-model';
import { GridView } from './grid-view';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh' },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: '#107c41',
    color: '#ffffff',
  },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: 'auto' },
  file: { color: '#ffffff', fontSize: tokens.fontSizeBase200 },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  pane: {
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

export interface WorkbenchProps {
  readonly initialFile: string;
  /** The pane's language; when absent, Office's display language decides, as in Excel. */
  readonly language: Language | null;
  readonly theme: ThemeName;
  /** The Excel the headless host plays: its ExcelApi version and display language. */
  readonly office: OfficeOptions;
  /** The task pane's width in CSS pixels: Excel's pane is 320 at its narrowest; 360 by default. */
  readonly paneWidth?: number;
}

interface Loaded {
  readonly workbook: HeadlessWorkbook;
  readonly actions: PaneActions;
  readonly name: string;
  readonly generation: number;
}

export function Workbench(props: WorkbenchProps): React.JSX.Element {
  const styles = useStyles();
  const [theme, setTheme] = React.useState<ThemeName>(props.theme);
  const [language, setLanguage] = React.useState<Language>(
    props.language ?? languageOf(null, props.office.displayLanguage ?? navigator.language),
  );
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  const [grid, setGrid] = React.useState<GridBook | null>(null);
  const [shownSheet, setShownSheet] = React.useState<string>('');
  const [selection, setSelection] = React.useState<{ sheet: string; address: string } | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const generation = React.useRef(0);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const refresh = React.useCallback(async (workbook: HeadlessWorkbook) => {
    const book = await readGrid(await workbook.save());
    setGrid(book);
    setShownSheet(workbook.activeSheet);
    setSelection(workbook.selection ? { ...workbook.selection } : null);
  }, []);

  const open = React.useCallback(
    async (data: Uint8Array, name: string) => {
      setFailure(null);
      try {
        const workbook = await HeadlessWorkbook.load(data, props.office);
        const ops = notifying(createExcelOperations(workbook.host, workbook.office), () => refresh(workbook));
        generation.current += 1;
        setLoaded({ workbook, actions: paneActions(ops), name, generation: generation.current });
        await refresh(workbook);
      } catch (reason) {
        // A file that is no workbook is said as the command line says it; anything else is a failure to report.
        setFailure(
          reason instanceof XlsxReadError
            ? describeFileFailure(name, reason.reason, language)
            : t(language, 'ui.workbench.loadFailed', { name, detail: errorMessage(reason) }),
        );
      }
    },
    [refresh, language, props.office],
  );

  React.useEffect(() => {
    fetch(props.initialFile)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.arrayBuffer();
      })
      .then((buffer) => open(new Uint8Array(buffer), props.initialFile.split('/').pop() ?? props.initialFile))
      .catch((reason: unknown) =>
        setFailure(t(language, 'ui.workbench.loadFailed', { name: props.initialFile, detail: String(reason) })),
      );
  }, [props.initialFile]); // eslint-disable-line react-hooks/exhaustive-deps

  const openFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    await open(new Uint8Array(await file.arrayBuffer()), file.name);
    event.target.value = '';
  };

  const download = async () => {
    if (!loaded) return;
    const bytes = await loaded.workbook.save();
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = loaded.name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <FluentProvider theme={themes[theme]} className={styles.root} lang={language}>
      {/* A plain bar, not a banner: the pane's own header is the banner, as in Excel. */}
      <div className={styles.toolbar}>
        <Text className={styles.title} as="h1" size={400}>
          {t(language, 'ui.workbench.title')}
        </Text>
        <Text className={styles.file} data-testid="file-name">
          {loaded?.name ?? t(language, 'ui.workbench.noFile')}
        </Text>
        {/* A button in the pane's words; the browser's own file control would speak its language, not ours. */}
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx"
          hidden
          onChange={(event) => void openFile(event)}
          data-testid="open-file"
        />
        <Button size="small" onClick={() => fileInput.current?.click()}>
          {t(language, 'ui.workbench.open')}
        </Button>
        <Button size="small" onClick={() => void download()} disabled={!loaded}>
          {t(language, 'ui.workbench.download')}
        </Button>
        <Select
          size="small"
          aria-label={t(language, 'ui.workbench.theme')}
          value={theme}
          onChange={(_, data) => setTheme(data.value as ThemeName)}
        >
          {(['light', 'dark', 'high-contrast'] as const).map((name) => (
            <option key={name} value={name}>
              {t(language, `ui.workbench.theme.${name}`)}
            </option>
          ))}
        </Select>
      </div>
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.body}>
        {grid ? (
          <GridView
            book={grid}
            activeSheet={shownSheet}
            selection={selection}
            language={language}
            onShowSheet={setShownSheet}
          />
        ) : (
          <div style={{ flexGrow: 1, padding: 16 }}>
            <Text>{t(language, 'ui.workbench.loading')}</Text>
          </div>
        )}
        {/* Not a landmark: in Excel the pane's own <main> is the top-level landmark. */}
        <div className={styles.pane} style={{ width: `${props.paneWidth ?? 360}px` }} data-testid="pane">
          {loaded && (
            <App
              key={loaded.generation}
              actions={loaded.actions}
              language={props.language ?? languageOf(loaded.workbook.office, navigator.language)}
              theme={theme}
              missingRequirements={checkRequirements(loaded.workbook.office).missing}
              onLanguageChange={setLanguage}
            />
          )}
        </div>
      </div>
    </FluentProvider>
  );
}

/** The operations, each followed by a grid refresh when it may have changed what the grid shows. */
function notifying(ops: ExcelOperations, changed: () => Promise<void>): ExcelOperations {
  const after =
    <A extends unknown[], R>(operation: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await operation(...args);
      } finally {
        await changed();
      }
    };
  return {
    readWorkbook: (options) => ops.readWorkbook(options),
    readReportSheets: () => ops.readReportSheets(),
    loadSettings: () => ops.loadSettings(),
    flag: after((plan) => ops.flag(plan)),
    clearFlags: after(() => ops.clearFlags()),
    applyReport: after((plan) => ops.applyReport(plan)),
    saveSettings: after((settings) => ops.saveSettings(settings)),
    select: after((sheet, cell) => ops.select(sheet, cell)),
    readSelection: () => ops.readSelection(),
  };
}
