/** Report: period, language and scale, Insert report, then links that open the new sheets. */
import * as React from 'react';
import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { type Analysis, type Period, periodLabel } from '../../core';
import type { AppliedReport } from '../../excel/types';
import { languages, t, type Language } from '../../i18n';
import type { Busy, SectionNotice } from '../pane-state';
import { reportScales, type ReportChoice, type ReportScale } from '../pane-actions';
import { Actions, CellList, Muted, Notice, Section, useFieldGridStyles, Working } from './shared';

const useStyles = makeStyles({
  control: { minWidth: 0, width: '100%' },
  // Until a quarter is chosen the period is the workbook's, said in full on a row of its own.
  wide: { gridColumn: '1 / -1' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  link: { padding: `${tokens.spacingVerticalXXS} 0` },
});

export interface ReportSectionProps {
  readonly language: Language;
  readonly analysis: Analysis | null;
  /** The report language saved in the workbook; null: the pane's language. */
  readonly savedLanguage: Language | null;
  readonly busy: Busy;
  readonly report: { readonly applied: AppliedReport; readonly period: Period } | null;
  readonly notice: SectionNotice | undefined;
  /** The workbook has errors and the report waits for the user's word. */
  readonly confirmErrors: number | null;
  /** The workbook names no period: the user must choose one. */
  readonly askPeriod: boolean;
  readonly onInsert: (choice: ReportChoice) => void;
  readonly onShowErrors: () => void;
  readonly onOpenSheet: (sheet: string) => void;
}

const quarters = ['1', '2', '3', '4'] as const;

/** The year as typed: a whole year of this century or the next, else null (never NaN, never 0). */
function parseYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 2000 && year <= 2100 ? year : null;
}

export function ReportSection(props: ReportSectionProps): React.JSX.Element {
  const { language } = props;
  const styles = useStyles();
  const fields = useFieldGridStyles();
  const known = props.analysis?.period ?? props.report?.period ?? null;
  // '' is the workbook's own period; a quarter chosen here wins over it.
  const [quarter, setQuarter] = React.useState<'' | (typeof quarters)[number]>('');
  const [yearText, setYearText] = React.useState('');
  const [reportLanguage, setReportLanguage] = React.useState<Language | null>(props.savedLanguage);
  const [scale, setScale] = React.useState<ReportScale>('milj');
  const quarterRef = React.useRef<HTMLSelectElement>(null);
  const confirmRef = React.useRef<HTMLDivElement>(null);

  const year = parseYear(yearText);
  const chosen: Period | null =
    quarter !== '' && year !== null ? { quarter: Number(quarter) as Period['quarter'], year } : null;
  const yearProblem = quarter !== '' && year === null;
  const missingPeriod = props.askPeriod && quarter === '';

  // The pane asks for what the workbook does not say, and for a word before a report of wrong figures.
  React.useEffect(() => {
    if (props.askPeriod) quarterRef.current?.focus();
  }, [props.askPeriod]);
  React.useEffect(() => {
    if (props.confirmErrors !== null) confirmRef.current?.focus();
  }, [props.confirmErrors]);

  const choice = (acceptErrors: boolean): ReportChoice => ({
    period: chosen,
    language: reportLanguage ?? props.savedLanguage ?? language,
    scale,
    acceptErrors,
  });

  const fromWorkbook = known
    ? `${t(language, 'ui.report.periodFromWorkbook')} (${periodLabel(known)})`
    : t(language, 'ui.report.periodFromWorkbook');

  return (
    <Section id="report" title={t(language, 'ui.report.heading')}>
      <div className={fields.grid}>
        <Field
          size="small"
          className={quarter === '' ? mergeClasses(fields.field, styles.wide) : fields.field}
          label={t(language, 'ui.report.quarter')}
          validationState={missingPeriod ? 'error' : 'none'}
          validationMessage={missingPeriod ? t(language, 'ui.report.periodAsk') : undefined}
        >
          <Select
            ref={quarterRef}
            size="small"
            className={styles.control}
            value={quarter}
            onChange={(_, data) => {
              const next = data.value as typeof quarter;
              setQuarter(next);
              // Choosing a quarter starts from the workbook's year where it has one; the user can change it.
              if (next !== '' && yearText === '' && known) setYearText(String(known.year));
            }}
          >
            <option value="">{fromWorkbook}</option>
            {quarters.map((q) => (
              <option key={q} value={q}>{`Q${q}`}</option>
            ))}
          </Select>
        </Field>
        {quarter !== '' && (
          <Field
            size="small"
            className={fields.field}
            label={t(language, 'ui.report.year')}
            validationState={yearProblem ? 'error' : 'none'}
            validationMessage={yearProblem ? t(language, 'ui.report.yearInvalid') : undefined}
          >
            <Input
              size="small"
              className={styles.control}
              inputMode="numeric"
              value={yearText}
              onChange={(_, data) => setYearText(data.value)}
              data-testid="report-year"
            />
          </Field>
        )}
        <Field size="small" className={fields.field} label={t(language, 'ui.report.language')}>
          <Select
            size="small"
            className={styles.control}
            value={reportLanguage ?? props.savedLanguage ?? language}
            onChange={(_, data) => setReportLanguage(data.value as Language)}
          >
            {languages.map((code) => (
              <option key={code} value={code}>
                {t(language, `ui.language.${code}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field size="small" className={fields.field} label={t(language, 'ui.report.scale')}>
          <Select
            size="small"
            className={styles.control}
            value={scale}
            onChange={(_, data) => setScale(data.value as ReportScale)}
          >
            {reportScales.map((s) => (
              <option key={s} value={s}>
                {t(language, `report.unit.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Muted>
        {known
          ? t(language, 'ui.report.periodFound', { period: periodLabel(known) })
          : t(language, 'ui.report.periodAuto')}
      </Muted>
      <Actions>
        <Button
          appearance="primary"
          disabledFocusable={props.busy !== null || yearProblem}
          onClick={() => props.onInsert(choice(false))}
        >
          {t(language, 'ui.report.insert')}
        </Button>
        <Working show={props.busy === 'report'} language={language} />
      </Actions>
      {props.confirmErrors !== null && (
        <MessageBar intent="warning" layout="multiline" data-testid="confirm-errors">
          <MessageBarBody>
            <div ref={confirmRef} tabIndex={-1}>
              {t(language, 'ui.report.errors', { count: props.confirmErrors })}
            </div>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onShowErrors}>
              {t(language, 'ui.report.showErrors')}
            </Button>
            <Button size="small" disabledFocusable={props.busy !== null} onClick={() => props.onInsert(choice(true))}>
              {t(language, 'ui.report.insertAnyway')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Notice section="report" notice={props.notice} language={language} />
      {props.report && (
        <div className={styles.group}>
          <h3 className={styles.groupTitle}>{t(language, 'ui.report.sheets')}</h3>
          <CellList label={t(language, 'ui.report.sheets')}>
            {props.report.applied.sheets.map((sheet) => (
              <li key={sheet.key} className={styles.link}>
                <Link
                  as="button"
                  onClick={() => props.onOpenSheet(sheet.name)}
                  title={t(language, 'ui.report.open', { sheet: sheet.name })}
                  data-testid="report-sheet"
                >
                  {sheet.name}
                </Link>
              </li>
            ))}
          </CellList>
        </div>
      )}
    </Section>
  );
}
