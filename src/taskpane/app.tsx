/**
 * The task pane: four sections a controller reads top to bottom (Check, Deviations, Strategy,
 * Report). It receives what its buttons do as `actions` (as Microsoft's task-pane template passes
 * `insertText`) and never touches Office itself, so the same pane runs in Excel, on the
 * workbench's headless host, and in component tests with fake actions.
 */
import * as React from 'react';
import {
  Button,
  Divider,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type Analysis, type Period, periodLabel, defaultSettings, type Settings } from '../core';
import type { AppliedReport } from '../excel/types';
import { languages, t, type Language, type MessageKey } from '../i18n';
import { describeError } from '../app/describe-error';
import { themes, type ThemeName } from './environment';
import { isRefusal, type FlagKind, type PaneActions, type Refusal, type ReportChoice } from './pane-actions';
import type { Busy, SectionId, SectionNotice, SectionNotices } from './pane-state';
import { CheckSection, findingsGroupId } from './sections/check-section';
import { DeviationsSection, thresholdLabel } from './sections/deviations-section';
import { ReportSection } from './sections/report-section';
import { MappingSection, type MappingRequest } from './sections/mapping-section';
import { StrategySection } from './sections/strategy-section';
import {
  correctionsOf,
  draftInLanguage,
  draftOf,
  resolveDraft,
  type DraftPart,
  type SettingsDraft,
} from './settings-draft';

export interface AppProps {
  readonly actions: PaneActions;
  readonly language: Language;
  readonly theme: ThemeName;
  /** Requirement sets the host lacks (from checkRequirements); the pane says so instead of failing later. */
  readonly missingRequirements?: readonly string[];
  /** Told when the user picks another language, so that the choice can be remembered. */
  readonly onLanguageChange?: (language: Language) => void;
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
    flexWrap: 'wrap',
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

const noticeOf = (intent: SectionNotice['intent'], ...messages: SectionNotice['messages']): SectionNotice => ({
  intent,
  messages,
});

/** Where a refusal is told, and in which words. */
function refusalNotice(refusal: Refusal): { section: SectionId; notice: SectionNotice } {
  switch (refusal.refused) {
    case 'no-table':
      return { section: 'deviations', notice: noticeOf('warning', { key: 'ui.refused.noTable' }) };
    case 'no-strategy':
      return { section: 'strategy', notice: noticeOf('warning', { key: 'ui.refused.noStrategy' }) };
    case 'no-period':
      return { section: 'report', notice: noticeOf('warning', { key: 'ui.refused.noPeriod' }) };
    case 'error-findings':
      return {
        section: 'report',
        notice: noticeOf('warning', { key: 'ui.report.errors', data: { count: refusal.errors } }),
      };
  }
}

/** Where the saving of each part of the settings is confirmed: in the section that holds its fields. */
const savedNotice: Readonly<Record<DraftPart, { readonly section: SectionId; readonly key: MessageKey }>> = {
  levels: { section: 'deviations', key: 'ui.deviations.saved' },
  corrections: { section: 'check', key: 'ui.tables.saved' },
};

/** The notices of an action's result, the saving of each part of the settings said first in its own section. */
function told(saved: readonly DraftPart[], notices: SectionNotices): SectionNotices {
  const result: Partial<Record<SectionId, SectionNotice>> = { ...notices };
  for (const part of saved) {
    const { section, key } = savedNotice[part];
    const notice = result[section];
    result[section] = notice
      ? { intent: notice.intent, messages: [{ key }, ...notice.messages] }
      : noticeOf('success', { key });
  }
  return result;
}

/** Moves focus to an element of the pane by its id or a selector, and into view. */
function focusElement(selector: string): void {
  const element = document.querySelector<HTMLElement>(selector);
  element?.scrollIntoView?.({ block: 'nearest' });
  element?.focus();
}

export function App({
  actions,
  language: initialLanguage,
  theme,
  missingRequirements = [],
  onLanguageChange,
}: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [language, setLanguage] = React.useState<Language>(initialLanguage);
  const [settings, setSettings] = React.useState<Settings>(defaultSettings);
  const [draft, setDraft] = React.useState<SettingsDraft>(() => draftOf(defaultSettings, initialLanguage));
  const [analysis, setAnalysis] = React.useState<Analysis | null>(null);
  const [report, setReport] = React.useState<{ applied: AppliedReport; period: Period } | null>(null);
  const [busy, setBusy] = React.useState<Busy>(null);
  const [notices, setNotices] = React.useState<SectionNotices>({});
  const [failure, setFailure] = React.useState<unknown>(null);
  const [confirmErrors, setConfirmErrors] = React.useState<number | null>(null);
  const [askPeriod, setAskPeriod] = React.useState(false);
  // Which kinds of flag the user has asked for in this session: each button adds its own kind.
  const [flagKinds, setFlagKinds] = React.useState<ReadonlySet<FlagKind>>(new Set());
  // What "Map this table" last asked the mapping view to open.
  const [mapRequest, setMapRequest] = React.useState<MappingRequest | null>(null);

  React.useEffect(() => {
    let live = true;
    actions.loadSettings().then(
      (loaded) => {
        if (!live) return;
        setSettings(loaded);
        setDraft(draftOf(loaded, initialLanguage));
      },
      (reason: unknown) => live && setFailure(reason),
    );
    return () => {
      live = false;
    };
  }, [actions]); // eslint-disable-line react-hooks/exhaustive-deps -- the language only formats the first draft

  /** Runs one action with progress shown; a failure becomes a message, never an uncaught rejection. */
  const perform = async <T,>(kind: Exclude<Busy, null>, work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(kind);
    setNotices({});
    setFailure(null);
    setConfirmErrors(null);
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
  };

  /** False, with the field pointed at, when an edited setting is not a valid number: the action does not run. */
  const draftIsUsable = (): boolean => {
    const resolved = resolveDraft(draft, settings, language);
    if (!('invalid' in resolved)) return true;
    setNotices({
      deviations: noticeOf('warning', {
        key: 'ui.deviations.unsaved',
        data: { field: thresholdLabel(language, resolved.invalid) },
      }),
    });
    focusElement(`[data-field=${resolved.invalid}]`);
    return false;
  };

  /**
   * The settings an action uses: the saved ones, or the user's edits (typed or picked), saved first
   * (nothing is ignored); `saved` names the parts it saved. `base` is what the action itself changes.
   */
  const settingsWithDraft = async (
    base: Settings = settings,
  ): Promise<{ settings: Settings; saved: readonly DraftPart[] }> => {
    const resolved = resolveDraft(draft, base, language);
    if ('invalid' in resolved || resolved.changed.length === 0) return { settings: base, saved: [] };
    await actions.saveSettings(resolved.settings);
    setSettings(resolved.settings);
    setDraft(draftOf(resolved.settings, language));
    return { settings: resolved.settings, saved: resolved.changed };
  };

  const checkNotice = (result: Analysis): SectionNotice =>
    result.tables.length === 0
      ? noticeOf('warning', { key: 'ui.check.noTable' })
      : noticeOf('success', {
          key: 'ui.check.done',
          data: { tables: result.tables.length, findings: result.findings.length },
        });

  const check = async () => {
    if (busy !== null || !draftIsUsable()) return;
    const result = await perform('check', async () => {
      const used = await settingsWithDraft();
      return { analysis: await actions.check(used.settings), saved: used.saved };
    });
    if (!result) return;
    setAnalysis(result.analysis);
    setNotices(told(result.saved, { check: checkNotice(result.analysis) }));
  };

  const saveSettings = async () => {
    if (busy !== null || !draftIsUsable()) return;
    const result = await perform('save', async () => {
      const used = await settingsWithDraft();
      if (used.saved.length === 0) await actions.saveSettings(used.settings);
      // Deviations depend on the thresholds and the binding level: a check already shown is redone.
      return { analysis: analysis === null ? null : await actions.check(used.settings), saved: used.saved };
    });
    if (!result) return;
    if (result.analysis) setAnalysis(result.analysis);
    // Saving confirms in Deviations, where the button is, whatever it saved.
    const saved: DraftPart[] = result.saved.includes('levels') ? [...result.saved] : ['levels', ...result.saved];
    setNotices(told(saved, {}));
  };

  /**
   * "Save corrections and check": the table corrections are saved even when a threshold field is
   * wrong. That field stays as typed and is named in Deviations; the check uses the saved thresholds.
   */
  const saveCorrections = async () => {
    if (busy !== null) return;
    const resolved = resolveDraft(draft, settings, language);
    const invalid = 'invalid' in resolved ? resolved.invalid : null;
    const result = await perform('save', async () => {
      if (invalid === null) {
        const used = await settingsWithDraft();
        if (used.saved.length === 0) await actions.saveSettings(used.settings);
        return { analysis: await actions.check(used.settings), saved: used.saved };
      }
      const next: Settings = { ...settings, overrides: correctionsOf(draft) };
      await actions.saveSettings(next);
      setSettings(next);
      return { analysis: await actions.check(next), saved: ['corrections' as const] };
    });
    if (!result) return;
    setAnalysis(result.analysis);
    const saved: DraftPart[] = result.saved.includes('corrections')
      ? [...result.saved]
      : [...result.saved, 'corrections'];
    const notices = told(saved, { check: checkNotice(result.analysis) });
    setNotices(
      invalid === null
        ? notices
        : {
            ...notices,
            deviations: noticeOf('warning', {
              key: 'ui.deviations.notSaved',
              data: { field: thresholdLabel(language, invalid) },
            }),
          },
    );
  };

  /** The mapping view saves its mapping through here: saved, then checked with it; false when saving failed. */
  const saveMapping = async (next: Settings): Promise<boolean> => {
    if (busy !== null || !draftIsUsable()) return false;
    const result = await perform('save', async () => {
      const used = await settingsWithDraft(next);
      if (used.saved.length === 0) await actions.saveSettings(next);
      return { analysis: await actions.check(used.settings), settings: used.settings, saved: used.saved };
    });
    if (!result) return false;
    setSettings(result.settings);
    setAnalysis(result.analysis);
    setNotices(told(result.saved, { check: checkNotice(result.analysis) }));
    return true;
  };

  const flag = async (kind: FlagKind) => {
    if (busy !== null || !draftIsUsable()) return;
    const kinds = new Set([...flagKinds, kind]);
    const result = await perform(kind === 'deviation' ? 'flag' : 'colour', async () => {
      const used = await settingsWithDraft();
      return { outcome: await actions.flag(used.settings, kinds), saved: used.saved };
    });
    if (!result) return;
    const { outcome, saved } = result;
    setAnalysis(outcome.analysis);
    if (isRefusal(outcome)) {
      const refusal = refusalNotice(outcome);
      setNotices(told(saved, { [refusal.section]: refusal.notice }));
      return;
    }
    setFlagKinds(kinds);
    setNotices(
      told(
        saved,
        kind === 'deviation'
          ? { deviations: noticeOf('success', { key: 'ui.deviations.flagged', data: { count: outcome.deviations } }) }
          : { strategy: noticeOf('success', { key: 'ui.strategy.coloured', data: { count: outcome.statuses } }) },
      ),
    );
  };

  const clearFlags = async () => {
    if (busy !== null) return;
    const removed = await perform('clear', () => actions.clearFlags());
    if (removed === undefined) return;
    setFlagKinds(new Set());
    setNotices({
      deviations:
        removed === 0
          ? noticeOf('info', { key: 'ui.deviations.nothingToClear' })
          : noticeOf('success', { key: 'ui.deviations.cleared', data: { count: removed } }),
    });
  };

  const insertReport = async (choice: ReportChoice) => {
    if (busy !== null || !draftIsUsable()) return;
    const result = await perform('report', async () => {
      const used = await settingsWithDraft();
      // The report's language travels with the workbook, like the thresholds.
      const next =
        choice.language === used.settings.language ? used.settings : { ...used.settings, language: choice.language };
      if (next !== used.settings) await actions.saveSettings(next);
      return { outcome: await actions.insertReport(next, choice), settings: next, saved: used.saved };
    });
    if (!result) return;
    const { outcome, saved } = result;
    setSettings(result.settings);
    setAnalysis(outcome.analysis);
    if (isRefusal(outcome)) {
      setAskPeriod(outcome.refused === 'no-period');
      if (outcome.refused === 'error-findings') {
        setConfirmErrors(outcome.errors);
        setNotices(told(saved, {}));
        return;
      }
      setNotices(told(saved, { report: refusalNotice(outcome).notice }));
      return;
    }
    setAskPeriod(false);
    setReport({ applied: outcome.applied, period: outcome.period });
    setNotices(
      told(saved, {
        report: noticeOf('success', {
          key: 'ui.report.inserted',
          data: {
            period: periodLabel(outcome.period),
            sheets: outcome.applied.sheets.length,
            charts: outcome.applied.charts,
          },
        }),
      }),
    );
  };

  const select = (sheet: string, cell: string) => {
    // Selecting is instant in Excel: no progress bar, but a failure is still said.
    actions.select(sheet, cell).catch((reason: unknown) => setFailure(reason));
  };

  const changeLanguage = (next: Language) => {
    setDraft(draftInLanguage(draft, settings, language, next));
    setLanguage(next);
    onLanguageChange?.(next);
  };

  // The message follows the language the user reads now, not the one at the time of failure.
  const error = failure === null ? null : describeError(failure, language);

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
          draft={draft}
          busy={busy}
          notice={notices.check}
          onCheck={() => void check()}
          onDraftChange={setDraft}
          onSaveCorrections={() => void saveCorrections()}
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
          onSave={saveMapping}
          onFailure={setFailure}
        />
        <Divider />
        <DeviationsSection
          language={language}
          analysis={analysis}
          draft={draft}
          busy={busy}
          notice={notices.deviations}
          onDraftChange={setDraft}
          onSave={() => void saveSettings()}
          onFlag={() => void flag('deviation')}
          onClear={() => void clearFlags()}
          onSelect={select}
        />
        <Divider />
        <StrategySection
          language={language}
          analysis={analysis}
          busy={busy}
          notice={notices.strategy}
          onColour={() => void flag('status')}
        />
        <Divider />
        <ReportSection
          language={language}
          analysis={analysis}
          savedLanguage={settings.language}
          busy={busy}
          report={report}
          notice={notices.report}
          confirmErrors={confirmErrors}
          askPeriod={askPeriod}
          onInsert={(choice) => void insertReport(choice)}
          onShowErrors={() => focusElement(`#${findingsGroupId('error')}`)}
          onOpenSheet={(sheet) => select(sheet, 'A1')}
        />
      </main>
    </FluentProvider>
  );
}
