/** A read-only view of the workbook beside the pane: sheet tabs, cells with values, fills and flags, and charts. */
import * as React from 'react';
import { makeStyles, tokens, Text } from '@fluentui/react-components';
import { columnLetters } from '../core';
import { t, type Language } from '../i18n';
import { cellText, keyOfCell, type GridBook } from './grid-model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, flexGrow: 1 },
  scroller: { overflow: 'auto', flexGrow: 1, backgroundColor: '#ffffff', color: '#000000' },
  table: { borderCollapse: 'collapse', fontFamily: 'Calibri, Carlito, "Segoe UI", sans-serif', fontSize: '12px' },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: '#f3f3f3',
    color: '#444444',
    fontWeight: 'normal',
    border: '1px solid #d4d4d4',
    padding: '1px 4px',
    minWidth: '72px',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    backgroundColor: '#f3f3f3',
    color: '#444444',
    border: '1px solid #d4d4d4',
    padding: '1px 4px',
    textAlign: 'right',
    minWidth: '28px',
  },
  cell: {
    border: '1px solid #e1e1e1',
    padding: '1px 4px',
    whiteSpace: 'nowrap',
    maxWidth: '260px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    height: '18px',
  },
  selected: { outline: '2px solid #107c41', outlineOffset: '-2px' },
  // The chart line and the tabs keep their height: the grid above them scrolls instead.
  tabs: {
    flexShrink: 0,
    display: 'flex',
    gap: '2px',
    padding: '0 8px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowX: 'auto',
  },
  tab: {
    border: 'none',
    borderBottom: '3px solid transparent',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    padding: '6px 12px',
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
  },
  activeTab: {
    borderBottomColor: '#107c41',
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  charts: { flexShrink: 0, padding: '4px 8px', backgroundColor: tokens.colorNeutralBackground2 },
});

export interface GridViewProps {
  readonly book: GridBook;
  readonly activeSheet: string;
  readonly selection: { readonly sheet: string; readonly address: string } | null;
  readonly language: Language;
  readonly onShowSheet: (sheet: string) => void;
}

export function GridView(props: GridViewProps): React.JSX.Element {
  const styles = useStyles();
  const sheet = props.book.sheets.find((s) => s.name === props.activeSheet) ?? props.book.sheets[0];
  const selectedKey =
    props.selection && sheet && props.selection.sheet === sheet.name ? keyOfCell(props.selection.address) : null;
  const selectedRef = React.useRef<HTMLTableCellElement | null>(null);

  React.useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selectedKey, sheet?.name]);

  if (!sheet) return <div className={styles.root} />;
  const columns = Array.from({ length: sheet.columnCount }, (_, c) => c);
  return (
    <div className={styles.root} data-testid="grid" data-sheet={sheet.name}>
      <div className={styles.scroller}>
        <table className={styles.table} aria-label={sheet.name}>
          <thead>
            <tr>
              <th className={styles.head} aria-label={t(props.language, 'ui.workbench.corner')} />
              {columns.map((c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: sheet.rowCount }, (_, r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {columns.map((c) => {
                  const key = `${r},${c}`;
                  const cell = sheet.cells.get(key);
                  const selected = key === selectedKey;
                  const address = `${columnLetters(c)}${r + 1}`;
                  return (
                    <td
                      key={c}
                      ref={selected ? selectedRef : undefined}
                      className={selected ? `${styles.cell} ${styles.selected}` : styles.cell}
                      data-cell={address}
                      data-flag={cell?.flag ?? undefined}
                      aria-selected={selected || undefined}
                      style={{
                        backgroundColor: cell?.flag ?? cell?.fill ?? undefined,
                        textAlign: cell?.numeric ? 'right' : 'left',
                        fontWeight: cell?.bold ? 700 : undefined,
                      }}
                    >
                      {cell ? cellText(cell, props.language) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sheet.charts.length > 0 && (
        <div className={styles.charts} data-testid="charts">
          <Text size={200}>
            {t(props.language, 'ui.workbench.charts', { count: sheet.charts.length })}{' '}
            {sheet.charts.map((chart) => chart.title).join(' · ')}
          </Text>
        </div>
      )}
      <div className={styles.tabs} role="tablist" aria-label={t(props.language, 'ui.workbench.sheets')}>
        {props.book.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === sheet.name}
            className={s.name === sheet.name ? `${styles.tab} ${styles.activeTab}` : styles.tab}
            onClick={() => props.onShowSheet(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
