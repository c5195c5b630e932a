/** Strategy: the strategic measures' statuses counted per goal, and colouring the status cells. */
import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis, StatusCounts } from '../../core';
import { t, type Language } from '../../i18n';
import type { Busy, SectionNotice } from '../pane-state';
import { Actions, Dot, Muted, Notice, Section, Working } from './shared';

// A plain table: at Excel's narrowest pane (320 px) the status headings wrap under their dot
// instead of being cut, and every text stays at the pane's smallest size (12 px).
const useStyles = makeStyles({
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  head: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
    verticalAlign: 'bottom',
    textAlign: 'left',
  },
  // Wide enough for the longest status word at 12 px ('toteutunut', 'uppnått'), so words wrap whole.
  statusHead: {
    textAlign: 'right',
    width: '23%',
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
  statusLabel: {
    display: 'inline-flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    gap: tokens.spacingVerticalXXS,
  },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  goal: { overflowWrap: 'anywhere' },
  total: { fontWeight: tokens.fontWeightSemibold },
});

const statusHeadings = [
  ['green', 'ui.strategy.achieved'],
  ['yellow', 'ui.strategy.partly'],
  ['red', 'ui.strategy.notAchieved'],
] as const;

export interface StrategySectionProps {
  readonly language: Language;
  readonly analysis: Analysis | null;
  readonly busy: Busy;
  readonly notice: SectionNotice | undefined;
  readonly onColour: () => void;
}

export function StrategySection(props: StrategySectionProps): React.JSX.Element {
  const { language, analysis } = props;
  const styles = useStyles();
  const strategy = analysis?.strategy ?? null;
  const row = (label: string, counts: StatusCounts, total = false) => (
    <tr key={label} className={total ? styles.total : undefined}>
      <th scope="row" className={`${styles.cell} ${styles.goal}`} style={{ fontWeight: 'inherit', textAlign: 'left' }}>
        {label}
      </th>
      <td className={`${styles.cell} ${styles.number}`}>{counts.green}</td>
      <td className={`${styles.cell} ${styles.number}`}>{counts.yellow}</td>
      <td className={`${styles.cell} ${styles.number}`}>{counts.red}</td>
    </tr>
  );
  return (
    <Section id="strategy" title={t(language, 'ui.strategy.heading')}>
      {analysis === null ? (
        <Muted>{t(language, 'ui.strategy.needCheck')}</Muted>
      ) : strategy === null ? (
        <Muted>{t(language, 'ui.strategy.none')}</Muted>
      ) : (
        <table className={styles.table} aria-label={t(language, 'ui.strategy.heading')}>
          <thead>
            <tr>
              <th scope="col" className={styles.head}>
                {t(language, 'ui.strategy.goal')}
              </th>
              {statusHeadings.map(([colour, key]) => (
                <th key={colour} scope="col" className={`${styles.head} ${styles.statusHead}`}>
                  <span className={styles.statusLabel}>
                    <Dot colour={colour} />
                    {t(language, key)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {strategy.goals.map((goal) => row(goal, strategy.counts[goal] ?? { green: 0, yellow: 0, red: 0 }))}
            {row(t(language, 'ui.strategy.total'), strategy.total, true)}
          </tbody>
        </table>
      )}
      <Actions>
        <Button onClick={props.onColour} disabledFocusable={props.busy !== null}>
          {t(language, 'ui.strategy.colour')}
        </Button>
        <Working show={props.busy === 'colour'} language={language} />
      </Actions>
      <Notice section="strategy" notice={props.notice} language={language} />
    </Section>
  );
}
