/** Report: period, language and scale, Insert report, then links that open the new sheets. */
import * as React from 'react';
import { Button, Field, Input, Link, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis, Period } from '../../core/model';
import type { Settings } from '../../core/settings';
import type { AppliedReport } from '../../excel/types';
import { languages, t, type Language } from '../../i18n';
import type { Busy } from '../app';
import { reportScales, type ReportChoice, type ReportScale } from '../pane-actions';
import { Actions, CellList, Notice, Section, Working } from './shared';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  link: { padding: `${tokens.spacingVerticalXXS} 0` },
});

export interface ReportSectionProps {
  readonly language: Language;
  readonly analysis: Analysis | null;
  readonly settings: Settings;
  readonly busy: Busy;
  readonly report: AppliedReport | null;
  readonly notice: string | null;
  readonly onInsert: (choice: ReportChoice) => void;
  readonly onOpenSheet: (sheet: string) => void;
}

function defaultPeriod(now: Date): Period {
  // The follow-up reports the quarter that has ended: in January, Q4 of last year.
  const quarter = Math.floor(now.getMonth() / 3);
  return quarter === 0 ? { quarter: 4, year: now.getFullYear() - 1 } : { quarter: quarter as 1 | 2 | 3, year: now.getFullYear() };
}

export function ReportSection(props: ReportSectionProps): React.JSX.Element {
  const { language } = props;
  const styles = useStyles();
  const recognised = props.analysis?.period ?? null;
  const [period, setPeriod] = React.useState<Period>(() => recognised ?? defaultPeriod(new Date()));
  const [reportLanguage, setReportLanguage] = React.useState<Language | null>(props.settings.language);
  const [scale, setScale] = React.useState<ReportScale>('milj');

  // The workbook's own period, once a check has found it, is the best default.
  React.useEffect(() => {
    if (recognised) setPeriod(recognised);
  }, [recognised?.quarter, recognised?.year]); // eslint-disable-line react-hooks/exhaustive-deps

  const year = Number(period.year);
  const validYear = Number.isInteger(year) && year >= 2000 && year <= 2100;

  return (
    <Section id="report" title={t(language, 'ui.report.heading')}>
      <div className={styles.grid}>
        <Field size="small" label={t(language, 'ui.report.quarter')}>
          <Select
            size="small"
            value={String(period.quarter)}
            onChange={(_, data) => setPeriod({ ...period, quarter: Number(data.value) as Period['quarter'] })}
          >
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>{`Q${q}`}</option>
            ))}
          </Select>
        </Field>
        <Field size="small" label={t(language, 'ui.report.year')} validationState={validYear ? 'none' : 'error'}>
          <Input
            size="small"
            style={{ minWidth: 0 }}
            inputMode="numeric"
            value={String(period.year)}
            onChange={(_, data) => setPeriod({ ...period, year: Number(data.value) })}
          />
        </Field>
        <Field size="small" label={t(language, 'ui.report.language')}>
          <Select size="small" value={reportLanguage ?? language} onChange={(_, data) => setReportLanguage(data.value as Language)}>
            {languages.map((code) => (
              <option key={code} value={code}>
                {t(language, `ui.language.${code}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field size="small" label={t(language, 'ui.report.scale')}>
          <Select size="small" value={scale} onChange={(_, data) => setScale(data.value as ReportScale)}>
            {reportScales.map((s) => (
              <option key={s} value={s}>
                {t(language, `ui.report.scale.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Actions>
        <Button
          appearance="primary"
          disabled={props.busy !== null || !validYear}
          onClick={() => props.onInsert({ period, language: reportLanguage ?? language, scale })}
        >
          {t(language, 'ui.report.insert')}
        </Button>
        <Working show={props.busy === 'report'} language={language} />
      </Actions>
      <Notice text={props.notice} />
      {props.report && (
        <div className={styles.group}>
          <h3 className={styles.groupTitle}>{t(language, 'ui.report.sheets')}</h3>
          <CellList label={t(language, 'ui.report.sheets')}>
            {props.report.sheets.map((sheet) => (
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
