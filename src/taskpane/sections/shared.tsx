/** Small pieces every section uses: the section frame, a clickable cell row, a traffic-light dot. */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens, Text, Spinner } from '@fluentui/react-components';
import { type TrafficLight, chartColour } from '../../core';
import { t, type Language } from '../../i18n';
import type { SectionId, SectionNotice } from '../pane-state';

/**
 * Two columns of fields, each spanning three rows of the grid (label, control, message) through
 * subgrid, so that the two controls of a row stay level when one label wraps or one field shows a
 * message (the Deviations and Report sections).
 */
export const useFieldGridStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: 0,
  },
  field: {
    gridRow: 'span 3',
    display: 'grid',
    gridTemplateRows: 'subgrid',
    rowGap: tokens.spacingVerticalXXS,
    alignContent: 'start',
    paddingBottom: tokens.spacingVerticalS,
  },
});

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  notice: {
    display: 'block',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
  },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  rowText: { display: 'flex', flexDirection: 'column' },
  rowCell: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  dot: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    flexShrink: 0,
    marginTop: '4px',
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

export function Section(props: {
  readonly id: string;
  readonly title: string;
  readonly badge?: React.ReactNode;
  readonly children: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={`${props.id}-heading`} data-section={props.id}>
      <h2 id={`${props.id}-heading`} className={styles.heading}>
        {props.title}
        {props.badge}
      </h2>
      {props.children}
    </section>
  );
}

export function Actions(props: { readonly children: React.ReactNode }): React.JSX.Element {
  return <div className={useStyles().actions}>{props.children}</div>;
}

/** A spinner beside a button while its own action runs. */
export function Working(props: { readonly show: boolean; readonly language: Language }): React.JSX.Element | null {
  return props.show ? <Spinner size="extra-tiny" label={t(props.language, 'ui.busy')} /> : null;
}

/**
 * The section's result, in a live region that is always there (a region added together with its
 * text is not announced by every screen reader), so each result is read out where it belongs.
 */
export function Notice(props: {
  readonly section: SectionId;
  readonly notice: SectionNotice | null | undefined;
  readonly language: Language;
}): React.JSX.Element {
  const styles = useStyles();
  const { notice, language } = props;
  return (
    <div role="status" data-testid={`notice-${props.section}`}>
      {notice && (
        <Text size={200} className={mergeClasses(styles.notice, styles[notice.intent])} data-intent={notice.intent}>
          {notice.messages.map((message) => t(language, message.key, message.data)).join(' ')}
        </Text>
      )}
    </div>
  );
}

/** A result already put in words (the mapping view's), in the same kind of live region. */
export function PlainNotice(props: { readonly section: string; readonly text: string | null }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div role="status" data-testid={`notice-${props.section}`}>
      {props.text && (
        <Text size={200} className={mergeClasses(styles.notice, styles.success)} data-intent="success">
          {props.text}
        </Text>
      )}
    </div>
  );
}

export function Muted(props: { readonly children: React.ReactNode }): React.JSX.Element {
  return (
    <Text size={200} className={useStyles().muted}>
      {props.children}
    </Text>
  );
}

export function CellList(props: { readonly label: string; readonly children: React.ReactNode }): React.JSX.Element {
  return (
    <ul className={useStyles().list} aria-label={props.label}>
      {props.children}
    </ul>
  );
}

/** A row the user clicks to have the cell selected in the workbook. */
export function CellRow(props: {
  readonly marker: React.ReactNode;
  readonly text: string;
  readonly detail: string;
  readonly label: string;
  readonly onClick: () => void;
  readonly testId?: string;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <li>
      <button
        type="button"
        className={styles.row}
        onClick={props.onClick}
        title={props.label}
        data-testid={props.testId}
      >
        {props.marker}
        <span className={styles.rowText}>
          <span>{props.text}</span>
          <span className={styles.rowCell}>{props.detail}</span>
        </span>
      </button>
    </li>
  );
}

export function Dot(props: {
  readonly colour: TrafficLight | 'neutral';
  readonly className?: string;
}): React.JSX.Element {
  const styles = useStyles();
  const background = props.colour === 'neutral' ? tokens.colorNeutralForeground3 : chartColour[props.colour];
  return (
    <span aria-hidden className={mergeClasses(styles.dot, props.className)} style={{ backgroundColor: background }} />
  );
}
