/**
 * The task pane: four sections a controller reads top to bottom (Check, Deviations, Strategy,
 * Report). It receives the Excel operations as a prop and never touches Office itself, so the
 * same pane runs in Excel and on the workbench's headless host.
 */
import * as React from 'react';
import {
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  MessageBarActions,
  Button,
  ProgressBar,
  Select,
  Subtitle1,
  Field,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { t, languages, type Language } from '../i18n';
import type { Analysis } from '../core/model';
import { defaultSettings, type Settings } from '../core/settings';
import type { AppliedReport, ExcelOperations } from '../excel/types';
import { describeError } from './errors';
import { themes, type ThemeName } from './environment';
import { paneActions, type FlagKind, type ReportChoice } from './pane-actions';
import { CheckSection } from './sections/check-section';
import { DeviationsSection } from './sections/deviations-section';
import { StrategySection } from './sections/strategy-section';
import { ReportSection } from './sections/report-section';
import { MappingSection, type MappingRequest } from './sections/mapping-section';

export interface AppProps {
  readonly ops: ExcelOperations;
  readonly language: Language;
  readonly theme: ThemeName;
  /** Requirement sets the host lacks (from checkRequirements); the pane says so instead of failing later. */
  readonly missingRequirements?: readonly string[];
  /** Told when the user picks another language, so that the choice can be remembered. */
  readonly onLanguageChange?: (language: Language) => void;
}

export type Busy = 'check' | 'save' | 'flag' | 'clear' | 'colour' | 'report' | null;

export interface Notice {
  readonly section: 'check' | 'deviations' | 'strategy' | 'report';
  readonly text: string;
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    alignItems: 'flex-end',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  language: { minWidth: '110px' },
  progress: { height: '2px' },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
  },
});

export function App({ ops, language: initialLanguage, theme, missingRequirements = [], onLanguageChange }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const actions = React.useMemo(() => paneActions(ops), [ops]);
  const [language, setLanguage] = React.useState<Language>(initialLanguage);
  const [settings, setSettings] = React.useState<Settings>(defaultSettings);
  const [analysis, setAnalysis] = React.useState<Analysis | null>(null);
  const [report, setReport] = React.useState<AppliedReport | null>(null);
  const [busy, setBusy] = React.useState<Busy>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [failure, setFailure] = React.useState<unknown>(null);
  // Which kinds of flag the user has asked for in this session: each button adds its own kind.
  const [flagKinds, setFlagKinds] = React.useState<ReadonlySet<FlagKind>>(new Set());
  // What "Map this table" last asked the mapping view to open.
  const [mapRequest, setMapRequest] = React.useState<MappingRequest | null>(null);

  // The message follows the language the user reads now, not the one at the time of failure.
  React.useEffect(() => {
    setError(failure === null ? null : describeError(failure, language));
  }, [failure, language]);

  React.useEffect(() => {
    let live = true;
    actions.loadSettings().then(
      (loaded) => live && setSettings(loaded),
      (reason: unknown) => live && setFailure(reason),
    );
    return () => {
      live = false;
    };
  }, [actions]);

  /** Runs one action with progress shown; a failure becomes a message, never an uncaught rejection. */
  const perform = React.useCallback(async <T,>(kind: Exclude<Busy, null>, work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(kind);
    setNotice(null);
    setFailure(null);
    // Let the progress bar paint before the work starts.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      return await work();
    } catch (reason) {
      setFailure(reason);
      return undefined;
    } finally {
      setBusy(null);
    }
  }, []);

  const check = React.useCallback(
    async (withSettings: Settings = settings) => {
      const result = await perform('check', () => actions.check(withSettings));
      if (result) setAnalysis(result);
      return result;
    },
    [actions, perform, settings],
  );

  const saveSettings = React.useCallback(
    async (next: Settings, recheck: boolean) => {
      const saved = await perform('save', () => actions.saveSettings(next).then(() => true));
      if (!saved) return false;
      setSettings(next);
      if (recheck) await check(next);
      else setNotice({ section: 'deviations', text: t(language, 'ui.deviations.saved') });
      return true;
    },
    [actions, perform, check, language],
  );

  const flag = React.useCallback(
    async (kind: FlagKind) => {
      const kinds = new Set([...flagKinds, kind]);
      const result = await perform(kind === 'deviation' ? 'flag' : 'colour', () => actions.flag(settings, kinds));
      if (!result) return;
      setFlagKinds(kinds);
      setAnalysis(result.analysis);
      setNotice(
        kind === 'deviation'
          ? { section: 'deviations', text: t(language, 'ui.deviations.flagged', { count: result.deviations }) }
          : { section: 'strategy', text: t(language, 'ui.strategy.coloured', { count: result.statuses }) },
      );
    },
    [actions, perform, settings, language, flagKinds],
  );

  const clearFlags = React.useCallback(async () => {
    const removed = await perform('clear', () => actions.clearFlags());
    if (removed === undefined) return;
    setFlagKinds(new Set());
    setNotice({ section: 'deviations', text: t(language, 'ui.deviations.cleared', { count: removed }) });
  }, [actions, perform, language]);

  const insertReport = React.useCallback(
    async (choice: ReportChoice) => {
      // The report's language travels with the workbook, like the thresholds.
      const next = choice.language === settings.language ? settings : { ...settings, language: choice.language };
      const applied = await perform('report', async () => {
        if (next !== settings) await actions.saveSettings(next);
        return actions.insertReport(next, choice);
      });
      if (!applied) return;
      setSettings(next);
      setReport(applied);
      setNotice({
        section: 'report',
        text: t(language, 'ui.report.inserted', { sheets: applied.sheets.length, charts: applied.charts }),
      });
    },
    [actions, perform, settings, language],
  );

  const select = React.useCallback(
    (sheet: string, cell: string) => {
      // Selecting is instant in Excel: no progress bar, but a failure is still said.
      actions.select(sheet, cell).catch((reason: unknown) => setFailure(reason));
    },
    [actions],
  );

  const changeLanguage = (next: Language) => {
    setLanguage(next);
    onLanguageChange?.(next);
  };

  return (
    <FluentProvider theme={themes[theme]} className={styles.root} lang={language} data-theme={theme}>
      <header className={styles.header}>
        <Subtitle1 as="h1">{t(language, 'ui.title')}</Subtitle1>
        <Field label={t(language, 'ui.language')} size="small">
          <Select
            className={styles.language}
            size="small"
            value={language}
            onChange={(_, data) => changeLanguage(data.value as Language)}
          >
            {languages.map((code) => (
              <option key={code} value={code}>
                {t(language, `ui.language.${code}`)}
              </option>
            ))}
          </Select>
        </Field>
      </header>
      <div className={styles.progress} aria-hidden={busy === null}>
        {busy !== null && <ProgressBar aria-label={t(language, 'ui.busy')} thickness="medium" />}
      </div>
      <main className={styles.main} aria-busy={busy !== null}>
        {missingRequirements.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t(language, 'ui.degraded', { missing: missingRequirements.join(', ') })}</MessageBarBody>
          </MessageBar>
        )}
        {error !== null && (
          <MessageBar intent="error" layout="multiline" role="alert" data-testid="error">
            <MessageBarBody>
              <MessageBarTitle>{t(language, 'ui.error.title')}</MessageBarTitle>
              {error} {t(language, 'ui.error.unchanged')}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setFailure(null)}>
                {t(language, 'ui.dismiss')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <CheckSection
          language={language}
          analysis={analysis}
          settings={settings}
          busy={busy}
          notice={notice?.section === 'check' ? notice.text : null}
          onCheck={() => void check()}
          onSaveOverrides={(overrides) => void saveSettings({ ...settings, overrides }, true)}
          onSelect={select}
          onMapTable={(table) =>
            setMapRequest({ sheet: table?.sheet ?? null, headerRow: table?.headerRow ?? null, nonce: Date.now() })
          }
        />
        <Divider />
        <MappingSection
          language={language}
          analysis={analysis}
          settings={settings}
          busy={busy}
          request={mapRequest}
          actions={actions}
          onSave={(next) => saveSettings(next, true)}
          onFailure={setFailure}
        />
        <Divider />
        <DeviationsSection
          language={language}
          analysis={analysis}
          settings={settings}
          busy={busy}
          notice={notice?.section === 'deviations' ? notice.text : null}
          onSave={(next) => void saveSettings(next, analysis !== null)}
          onFlag={() => void flag('deviation')}
          onClear={() => void clearFlags()}
          onSelect={select}
        />
        <Divider />
        <StrategySection
          language={language}
          analysis={analysis}
          busy={busy}
          notice={notice?.section === 'strategy' ? notice.text : null}
          onColour={() => void flag('status')}
          onSelect={select}
        />
        <Divider />
        <ReportSection
          language={language}
          analysis={analysis}
          settings={settings}
          busy={busy}
          report={report}
          notice={notice?.section === 'report' ? notice.text : null}
          onInsert={(choice) => void insertReport(choice)}
          onOpenSheet={(sheet) => select(sheet, 'A1')}
        />
      </main>
    </FluentProvider>
  );
}
