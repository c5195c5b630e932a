/** Check: run the checks, see which tables were recognised (and correct them), and the findings by severity. */
import * as React from 'react';
import { Button, CounterBadge, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  type Analysis,
  type BudgetTable,
  type ColumnKind,
  columnKinds,
  type CostSign,
  type Finding,
  type Scale,
  type Severity,
  type Settings,
  type TableConventions,
  columnLetters,
  renderFinding,
} from '../../core';
import { conventionLines } from '../../app/explain-conventions';
import { t, type Language, type MessageKey } from '../../i18n';
import type { Busy, SectionNotice } from '../pane-state';
import { droppedColumns, withCorrection, type SettingsDraft } from '../settings-draft';
import { Actions, CellList, CellRow, Dot, Muted, Notice, Section, Working } from './shared';

const severities: readonly Severity[] = ['error', 'warning', 'info'];
/** The kinds a user may give a column, in the order of a budget chain, and 'none' to drop a column. */
const columnChoices: readonly (ColumnKind | 'none')[] = [...columnKinds, 'none'];

const useStyles = makeStyles({
  table: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, margin: 0 },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase200 },
  corrections: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

const severityDot: Readonly<Record<Severity, 'red' | 'yellow' | 'neutral'>> = {
  error: 'red',
  warning: 'yellow',
  info: 'neutral',
};

export interface CheckSectionProps {
  readonly language: Language;
  readonly analysis: Analysis | null;
  /** The saved settings: a table is "corrected" by the corrections saved in the workbook. */
  readonly settings: Settings;
  /** The settings as edited: the corrections the table cards show, until an action saves them. */
  readonly draft: SettingsDraft;
  readonly busy: Busy;
  readonly notice: SectionNotice | undefined;
  readonly onCheck: () => void;
  readonly onDraftChange: (draft: SettingsDraft) => void;
  readonly onSaveCorrections: () => void;
  readonly onSelect: (sheet: string, cell: string) => void;
  /** Opens the mapping view for the table, or (null) for the selection's sheet. */
  readonly onMapTable?: (table: BudgetTable | null) => void;
}

export function CheckSection(props: CheckSectionProps): React.JSX.Element {
  const { language, analysis } = props;
  const findings = analysis?.findings ?? [];
  const worst = severities.find((severity) => findings.some((f) => f.severity === severity));
  const badge =
    analysis === null ? undefined : (
      <CounterBadge
        count={findings.length}
        showZero
        size="medium"
        color={worst === 'error' ? 'danger' : worst === 'warning' ? 'important' : 'informative'}
        aria-label={t(language, 'ui.check.findingsCount', { count: findings.length })}
        data-testid="findings-badge"
      />
    );
  return (
    <Section id="check" title={t(language, 'ui.check.heading')} badge={badge}>
      <Muted>{t(language, 'ui.check.intro')}</Muted>
      <Actions>
        <Button appearance="primary" onClick={props.onCheck} disabledFocusable={props.busy !== null}>
          {t(language, 'ui.check.run')}
        </Button>
        <Working show={props.busy === 'check'} language={language} />
      </Actions>
      <Notice section="check" notice={props.notice} language={language} />
      {analysis === null ? (
        <Muted>{t(language, 'ui.check.notRun')}</Muted>
      ) : (
        <>
          <Tables {...props} analysis={analysis} />
          {/* "No findings" only where tables were read: without one it would be a false all-clear. */}
          {findings.length > 0 ? (
            <Findings {...props} findings={findings} />
          ) : analysis.tables.length > 0 ? (
            <Text size={200}>{t(language, 'ui.check.clean')}</Text>
          ) : null}
        </>
      )}
    </Section>
  );
}

/** The id of a severity's group heading, where "Show the errors" elsewhere in the pane leads. */
export function findingsGroupId(severity: Severity): string {
  return `findings-${severity}`;
}

/** One spelling of each scale, the report's: '1 000 €' whether the workbook wrote 1000 €, t€ or k€. */
function scaleText(language: Language, scale: Scale): string {
  if (scale.factor === 1_000_000) return t(language, 'report.unit.milj');
  if (scale.factor === 1000) return t(language, 'report.unit.t');
  if (scale.factor === 1) return t(language, 'report.unit.eur');
  return scale.label;
}

function Findings(props: CheckSectionProps & { readonly findings: readonly Finding[] }): React.JSX.Element {
  const styles = useStyles();
  const { language } = props;
  return (
    <>
      {severities.map((severity) => {
        const group = props.findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const title = `${t(language, `severity.${severity}`)} (${group.length})`;
        return (
          <div key={severity} className={styles.group} data-severity={severity}>
            <h3 className={styles.groupTitle} id={findingsGroupId(severity)} tabIndex={-1}>
              {title}
            </h3>
            <CellList label={title}>
              {group.map((finding, index) => (
                <CellRow
                  key={`${finding.sheet}!${finding.cell}:${finding.code}:${index}`}
                  marker={<Dot colour={severityDot[severity]} />}
                  text={renderFinding(finding, language)}
                  detail={t(language, 'ui.cell', { sheet: finding.sheet, cell: finding.cell })}
                  label={t(language, 'ui.selectCell', { sheet: finding.sheet, cell: finding.cell })}
                  onClick={() => props.onSelect(finding.sheet, finding.cell)}
                  testId="finding"
                />
              ))}
            </CellList>
          </div>
        );
      })}
    </>
  );
}

function Tables(props: CheckSectionProps & { readonly analysis: Analysis }): React.JSX.Element {
  const { language, analysis } = props;
  const styles = useStyles();
  return (
    <div className={styles.group}>
      <h3 className={styles.groupTitle}>{t(language, 'ui.tables.heading')}</h3>
      {analysis.tables.length === 0 ? (
        <>
          <Muted>{t(language, 'ui.tables.none')}</Muted>
          <div>
            <Button size="small" onClick={() => props.onMapTable?.(null)} disabled={props.busy !== null}>
              {t(language, 'ui.mapping.start')}
            </Button>
          </div>
        </>
      ) : (
        analysis.tables.map((table, i) => (
          <TableCard
            // By sheet and place among its tables, not by range: a correction that changes the range
            // keeps the card (and its open corrections) where it was.
            key={`${table.sheet}#${analysis.tables.slice(0, i).filter((other) => other.sheet === table.sheet).length}`}
            {...props}
            table={table}
            conventions={analysis.conventions?.[i]}
          />
        ))
      )}
    </div>
  );
}

function TableCard(
  props: CheckSectionProps & { readonly table: BudgetTable; readonly conventions: TableConventions | undefined },
): React.JSX.Element {
  const { language, table, settings, draft, conventions } = props;
  const styles = useStyles();
  const existing = settings.overrides.find((o) => o.sheet === table.sheet);
  const edited = draft.corrections.find((o) => o.sheet === table.sheet);
  const mapped = (settings.mappings ?? []).some((m) => m.sheet === table.sheet && m.headerRow === table.headerRow + 1);
  const [open, setOpen] = React.useState(false);
  const signKey = (sign: CostSign): MessageKey => `ui.sign.${sign}`;
  // A sign the table could not tell (mixed, unknown) is shown as such, so that either sign can be picked.
  const signChoices: readonly CostSign[] =
    table.costSign === 'positive' || table.costSign === 'negative'
      ? ['positive', 'negative']
      : ['positive', 'negative', table.costSign];

  const id = `table-${table.sheet.replace(/\W+/g, '-')}`;
  return (
    <div className={styles.table} data-testid="table">
      <Text weight="semibold" size={200}>
        {t(language, 'ui.tables.summary', { sheet: table.sheet, range: table.range })}
        {existing ? ` · ${t(language, 'ui.tables.corrected')}` : ''}
        {mapped ? ` · ${t(language, 'ui.mapping.mapped')}` : ''}
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t(language, 'ui.tables.scale')}</dt>
        <dd className={styles.value}>{scaleText(language, table.scale)}</dd>
        <dt className={styles.term}>{t(language, 'ui.tables.sign')}</dt>
        <dd className={styles.value}>{t(language, signKey(table.costSign))}</dd>
        <dt className={styles.term}>{t(language, 'ui.tables.units')}</dt>
        <dd className={styles.value}>
          {table.units.length} · {t(language, `ui.tables.layout.${table.layout}`)}
          {table.side ? ` · ${t(language, `ui.tables.side.${table.side}`)}` : ''}
        </dd>
        <dt className={styles.term}>{t(language, 'ui.tables.header')}</dt>
        <dd className={styles.value} data-testid="header-rows">
          {table.headerRows.map((row) => row + 1).join('–')}
        </dd>
        <dt className={styles.term}>{t(language, 'ui.tables.columns')}</dt>
        <dd className={styles.value} data-testid="column-roles">
          {table.columnRoles
            .map(
              (role) =>
                `${columnLetters(role.column)} ${role.role === 'figure' ? t(language, `ui.kind.${role.kind}`) : t(language, `ui.role.${role.role}`)}`,
            )
            .join(', ')}
        </dd>
        {conventions && (
          <>
            <dt className={styles.term}>{t(language, 'ui.tables.conventions')}</dt>
            <dd className={styles.value} data-testid="conventions">
              {conventionLines(conventions, language).map((line) => (
                <div key={line}>{line}</div>
              ))}
            </dd>
          </>
        )}
      </dl>
      <div>
        <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {t(language, 'ui.tables.correct')}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          onClick={() => props.onMapTable?.(table)}
          disabled={props.busy !== null}
        >
          {t(language, 'ui.mapping.mapThis')}
        </Button>
      </div>
      {open && (
        <div id={id} className={styles.corrections}>
          {table.columns.map((column) => {
            const letters = columnLetters(column.column);
            return (
              <Field
                key={column.column}
                size="small"
                label={t(language, 'ui.tables.column', { column: letters, label: column.label })}
              >
                <Select
                  size="small"
                  value={edited?.columns?.[letters] ?? column.kind}
                  onChange={(_, data) =>
                    props.onDraftChange(
                      withCorrection(draft, settings, table, {
                        column: letters,
                        kind: data.value as ColumnKind | 'none',
                      }),
                    )
                  }
                >
                  {columnChoices.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(language, `ui.kind.${kind}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
          {droppedColumns(draft, settings, table).map((letters) => (
            <Field key={letters} size="small" label={t(language, 'ui.tables.droppedColumn', { column: letters })}>
              <Select
                size="small"
                value={edited?.columns?.[letters] ?? 'recognised'}
                onChange={(_, data) =>
                  props.onDraftChange(
                    withCorrection(draft, settings, table, {
                      column: letters,
                      kind: data.value as ColumnKind | 'none' | 'recognised',
                    }),
                  )
                }
              >
                {(['recognised', ...columnChoices] as const).map((kind) => (
                  <option key={kind} value={kind}>
                    {t(language, `ui.kind.${kind}`)}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          <Field size="small" label={t(language, 'ui.tables.sign')}>
            <Select
              size="small"
              value={edited?.costSign ?? table.costSign}
              onChange={(_, data) =>
                props.onDraftChange(withCorrection(draft, settings, table, { costSign: data.value as CostSign }))
              }
            >
              {signChoices.map((sign) => (
                <option key={sign} value={sign}>
                  {t(language, signKey(sign))}
                </option>
              ))}
            </Select>
          </Field>
          <div>
            <Button size="small" onClick={props.onSaveCorrections} disabledFocusable={props.busy !== null}>
              {t(language, 'ui.tables.saveCorrections')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
