/** Strategy: the strategic measures' statuses counted per goal, and colouring the status cells. */
import * as React from 'react';
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Analysis, StatusCounts } from '../../core/model';
import { t, type Language } from '../../i18n';
import type { Busy } from '../app';
import { Actions, Dot, Muted, Notice, Section, Working } from './shared';

const useStyles = makeStyles({
  number: { textAlign: 'right', justifyContent: 'flex-end' },
  total: { fontWeight: tokens.fontWeightSemibold },
  headerButton: { justifyContent: 'flex-end', textAlign: 'right' },
  headerCell: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  goal: { wordBreak: 'break-word' },
});

export interface StrategySectionProps {
  readonly language: Language;
  readonly analysis: Analysis | null;
  readonly busy: Busy;
  readonly notice: string | null;
  readonly onColour: () => void;
  readonly onSelect: (sheet: string, cell: string) => void;
}

export function StrategySection(props: StrategySectionProps): React.JSX.Element {
  const { language, analysis } = props;
  const styles = useStyles();
  const strategy = analysis?.strategy ?? null;
  const row = (label: string, counts: StatusCounts, className?: string) => (
    <TableRow key={label} className={className}>
      <TableCell className={styles.goal}>{label}</TableCell>
      <TableCell className={styles.number}>{counts.green}</TableCell>
      <TableCell className={styles.number}>{counts.yellow}</TableCell>
      <TableCell className={styles.number}>{counts.red}</TableCell>
    </TableRow>
  );
  return (
    <Section id="strategy" title={t(language, 'ui.strategy.heading')}>
      {analysis === null ? (
        <Muted>{t(language, 'ui.deviations.needCheck')}</Muted>
      ) : strategy === null ? (
        <Muted>{t(language, 'ui.strategy.none')}</Muted>
      ) : (
        <Table size="extra-small" aria-label={t(language, 'ui.strategy.heading')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '40%' }}>{t(language, 'ui.strategy.goal')}</TableHeaderCell>
              {(
                [
                  ['green', 'ui.strategy.achieved'],
                  ['yellow', 'ui.strategy.partly'],
                  ['red', 'ui.strategy.notAchieved'],
                ] as const
              ).map(([colour, key]) => (
                <TableHeaderCell key={colour} className={styles.number} button={{ className: styles.headerButton }}>
                  <span className={styles.headerCell}>
                    <Dot colour={colour} />
                    {t(language, key)}
                  </span>
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {strategy.goals.map((goal) => row(goal, strategy.counts[goal] ?? { green: 0, yellow: 0, red: 0 }))}
            {row(t(language, 'ui.strategy.total'), strategy.total, styles.total)}
          </TableBody>
        </Table>
      )}
      <Actions>
        <Button onClick={props.onColour} disabled={props.busy !== null || strategy === null}>
          {t(language, 'ui.strategy.colour')}
        </Button>
        <Working show={props.busy === 'colour'} language={language} />
      </Actions>
      <Notice text={props.notice} />
    </Section>
  );
}
