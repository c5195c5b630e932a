/**
 * Map by hand: where recognition found no table on a sheet, or read one wrongly, the user says
 * where its header row is, what each column holds, the layout and signs, and which line each
 * unknown label is, sees the check that gives, and saves it in the workbook. Also the list of
 * mapped tables (Reset recognition), and Export / Import of the mapping file.
 */
import * as React from 'react';
import { Button, Field, Select, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  columnRoles,
  isFigureRole,
  lineKinds,
  readMappingFile,
  renderFinding,
  varianceConventions,
  writeMappingFile,
  type ColumnRole,
  type Analysis,
  type BudgetTable,
  type LineKind,
  type Settings,
  type SheetSnapshot,
} from '../../core';
import { formatNumber, t, type Language, type MessageKey } from '../../i18n';
import type { Busy } from '../pane-state';
import {
  cellText,
  checkDraft,
  draftColumns,
  initialDraft,
  previewRows,
  settingsWithImported,
  settingsWithMapping,
  settingsWithoutMapping,
  unknownLabels,
  withHeaderRow,
  type MappingDraft,
} from '../mapping-draft';
import type { PaneActions } from '../pane-actions';
import { Actions, CellList, Muted, PlainNotice, Section, Working } from './shared';

/** What "Map this table" asks for: a sheet and header row, or (both null) the selection's. */
export interface MappingRequest {
  readonly sheet: string | null;
  /** 0-based sheet row. */
  readonly headerRow: number | null;
  /** A new request even for the same table. */
  readonly nonce: number;
}

export interface MappingSectionProps {
  readonly language: Language;
  readonly analysis: Analysis | null;
  readonly settings: Settings;
  readonly busy: Busy;
  readonly request: MappingRequest | null;
  readonly actions: Pick<PaneActions, 'readSelection' | 'readSheet'>;
  /** Saves the settings in the workbook and checks again; false when that failed (the pane says why). */
  readonly onSave: (settings: Settings) => Promise<boolean>;
  readonly onFailure: (reason: unknown) => void;
}

const useStyles = makeStyles({
  editor: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, outline: 'none' },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  preview: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', minWidth: 0 },
  previewRow: {
    display: 'grid',
    gridTemplateColumns: '3.5em minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  chosen: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  rowNumber: { color: tokens.colorNeutralForeground3 },
  rowCells: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  select: { minWidth: 0, width: '100%' },
  wide: { gridColumn: '1 / -1' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  problem: { color: tokens.colorPaletteRedForeground1 },
  hidden: { display: 'none' },
});

export function MappingSection(props: MappingSectionProps): React.JSX.Element {
  const { language, settings, actions, onFailure } = props;
  const styles = useStyles();
  const [sheet, setSheet] = React.useState<SheetSnapshot | null>(null);
  const [draft, setDraft] = React.useState<MappingDraft | null>(null);
  const [loading, setLoading] = React.useState(false);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [note, setNote] = React.useState<string | null>(null);
  const [importFailure, setImportFailure] = React.useState<{ file: string; problems: string[] } | null>(null);
  const titleRef = React.useRef<HTMLHeadingElement>(null);
  const startRef = React.useRef<HTMLButtonElement | null>(null);
  const fileRef = React.useRef<HTMLInputElement | null>(null);
  const analysisRef = React.useRef(props.analysis);
  analysisRef.current = props.analysis;
  const settingsRef = React.useRef(settings);
  settingsRef.current = settings;
  const mappings = settings.mappings ?? [];

  const open = React.useCallback(
    async (sheetName: string | null, headerRow: number | null) => {
      setLoading(true);
      setNotice(null);
      setNote(null);
      try {
        const selection = sheetName === null ? await actions.readSelection() : null;
        const name = sheetName ?? selection!.sheet;
        const snapshot = await actions.readSheet(name);
        if (!snapshot) return;
        // The selection's row is the header row when it holds text; a selection in A1 of a title is no choice.
        const selectedRow =
          selection && rowHasText(snapshot, selection.row) && selection.row > snapshot.origin.row
            ? selection.row
            : null;
        const row = headerRow ?? selectedRow;
        const table = analysisRef.current?.tables.find(
          (candidate: BudgetTable) => candidate.sheet === name && (row === null || candidate.headerRow === row),
        );
        setSheet(snapshot);
        setDraft(initialDraft(snapshot, row, table, settingsRef.current.mappings ?? []));
        setTimeout(() => titleRef.current?.focus(), 0);
      } catch (reason) {
        onFailure(reason);
      } finally {
        setLoading(false);
      }
    },
    [actions, onFailure],
  );

  React.useEffect(() => {
    if (props.request) void open(props.request.sheet, props.request.headerRow);
  }, [props.request, open]);

  const close = () => {
    setDraft(null);
    setSheet(null);
    setTimeout(() => startRef.current?.focus(), 0);
  };

  const save = async (next: Settings, message: string) => {
    if (await props.onSave(next)) {
      close();
      setNotice(message);
    }
  };

  const exportMapping = () => {
    const blob = new Blob([writeMappingFile(mappings)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'budget-monitor-mapping.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importMapping = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setImportFailure(null);
    setNotice(null);
    const read = readMappingFile(await file.text());
    if (!read.ok) {
      setImportFailure({ file: file.name, problems: read.problems.map((p) => t(language, p.messageId, p.data)) });
      return;
    }
    if (await props.onSave(settingsWithImported(settings, read.mappings))) {
      setNotice(t(language, 'ui.mapping.imported', { count: read.mappings.length }));
    }
  };

  const busy = props.busy !== null || loading;
  return (
    <Section id="mapping" title={t(language, 'ui.mapping.heading')}>
      <Muted>{t(language, 'ui.mapping.intro')}</Muted>
      <Actions>
        <Button ref={startRef} onClick={() => void open(null, null)} disabled={busy}>
          {t(language, 'ui.mapping.start')}
        </Button>
        <Button onClick={() => fileRef.current?.click()} disabled={busy}>
          {t(language, 'ui.mapping.import')}
        </Button>
        <Button onClick={exportMapping} disabled={busy || mappings.length === 0}>
          {t(language, 'ui.mapping.export')}
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          className={styles.hidden}
          onChange={(event) => void importMapping(event)}
          data-testid="import-mapping"
          tabIndex={-1}
          aria-hidden
        />
        <Working show={loading} language={language} />
      </Actions>
      <PlainNotice section="mapping" text={notice} />
      {importFailure && (
        <div role="alert" className={styles.group}>
          <Text size={200}>{t(language, 'ui.mapping.importFailed', { file: importFailure.file })}</Text>
          <ul className={styles.problems}>
            {importFailure.problems.map((problem) => (
              <li key={problem} className={styles.problem}>
                {problem}
              </li>
            ))}
          </ul>
        </div>
      )}
      {mappings.length > 0 && (
        <div className={styles.group}>
          <h3 className={styles.groupTitle}>{t(language, 'ui.mapping.savedList')}</h3>
          <CellList label={t(language, 'ui.mapping.savedList')}>
            {mappings.map((mapping) => (
              <li key={`${mapping.sheet}:${mapping.headerRow}`} data-testid="saved-mapping">
                <Actions>
                  <Text size={200}>
                    {t(language, 'ui.mapping.savedItem', { sheet: mapping.sheet, row: String(mapping.headerRow) })}
                  </Text>
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={busy}
                    onClick={() =>
                      void save(
                        settingsWithoutMapping(settings, mapping.sheet),
                        t(language, 'ui.mapping.resetDone', { sheet: mapping.sheet }),
                      )
                    }
                  >
                    {t(language, 'ui.mapping.reset')}
                  </Button>
                </Actions>
              </li>
            ))}
          </CellList>
        </div>
      )}
      {sheet && draft && (
        <Editor
          {...props}
          sheet={sheet}
          draft={draft}
          note={note}
          busy={props.busy}
          titleRef={titleRef}
          onChange={setDraft}
          onUseSelection={async () => {
            try {
              const selection = await actions.readSelection();
              if (selection.sheet !== sheet.name) {
                setNote(t(language, 'ui.mapping.selectionElsewhere', { selected: selection.sheet, sheet: sheet.name }));
                return;
              }
              setNote(null);
              setDraft(withHeaderRow(draft, sheet, selection.row));
            } catch (reason) {
              onFailure(reason);
            }
          }}
          onSaveMapping={(next) => void save(next, t(language, 'ui.mapping.saved'))}
          onClose={close}
          className={mergeClasses(styles.editor)}
        />
      )}
    </Section>
  );
}

interface EditorProps extends MappingSectionProps {
  readonly sheet: SheetSnapshot;
  readonly draft: MappingDraft;
  readonly note: string | null;
  readonly titleRef: React.RefObject<HTMLHeadingElement>;
  readonly onChange: (draft: MappingDraft) => void;
  readonly onUseSelection: () => Promise<void>;
  readonly onSaveMapping: (settings: Settings) => void;
  readonly onClose: () => void;
  readonly className: string;
}

function Editor(props: EditorProps): React.JSX.Element {
  const { language, sheet, draft, settings, onChange } = props;
  const styles = useStyles();
  const result = React.useMemo(() => checkDraft(sheet, draft, settings), [sheet, draft, settings]);
  const columns = draft.headerRow === null ? [] : draftColumns(sheet, draft.headerRow);
  const labels = [...new Set([...unknownLabels(sheet, draft), ...Object.keys(draft.aliases)])];
  const set = (change: Partial<MappingDraft>) => onChange({ ...draft, ...change });
  const roleName = (role: ColumnRole) =>
    t(language, isFigureRole(role) ? `ui.kind.${role}` : `ui.mapping.role.${role}`);
  const misfits = result.analysis?.findings.filter((f) => f.code === 'mapping-mismatch') ?? [];

  return (
    <div className={props.className} data-testid="mapping-editor">
      <h3 className={styles.title} tabIndex={-1} ref={props.titleRef}>
        {t(language, 'ui.mapping.title', { sheet: sheet.name })}
      </h3>

      <div className={styles.group}>
        <Text size={200} weight="semibold">
          {draft.headerRow === null
            ? t(language, 'ui.mapping.noHeaderRow')
            : t(language, 'ui.mapping.headerRow', { row: String(draft.headerRow + 1) })}
        </Text>
        <Actions>
          <Button size="small" onClick={() => void props.onUseSelection()}>
            {t(language, 'ui.mapping.useSelection')}
          </Button>
        </Actions>
        {props.note && (
          <Text size={200} role="status">
            {props.note}
          </Text>
        )}
        <ul className={styles.preview} aria-label={t(language, 'ui.mapping.preview', { sheet: sheet.name })}>
          {previewRows(sheet).map((row) => {
            const chosen = row.row === draft.headerRow;
            const number = t(language, 'ui.mapping.previewRow', { row: String(row.row + 1) });
            return (
              <li key={row.row}>
                <button
                  type="button"
                  className={mergeClasses(styles.previewRow, chosen && styles.chosen)}
                  aria-pressed={chosen}
                  onClick={() => onChange(withHeaderRow(draft, sheet, row.row))}
                  data-testid="preview-row"
                >
                  <span className={styles.rowNumber}>{number}</span>
                  <span className={styles.rowCells}>{row.cells.join(' · ')}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>

      {columns.length > 0 && (
        <div className={styles.group}>
          <h4 className={styles.groupTitle}>{t(language, 'ui.mapping.columns')}</h4>
          {columns.map((column) => (
            <Field
              key={column.letters}
              size="small"
              label={t(language, 'ui.mapping.column', {
                column: column.letters,
                header: column.header === '' ? t(language, 'ui.mapping.blank') : column.header,
              })}
              hint={
                column.firstValues.length > 0
                  ? t(language, 'ui.mapping.firstValues', {
                      values: column.firstValues
                        .map((value) => (typeof value === 'number' ? formatNumber(language, value) : cellText(value)))
                        .join('; '),
                    })
                  : t(language, 'ui.mapping.noValues')
              }
            >
              <Select
                size="small"
                className={styles.select}
                value={draft.roles[column.letters] ?? 'ignore'}
                onChange={(_, data) => set({ roles: { ...draft.roles, [column.letters]: data.value as ColumnRole } })}
              >
                {columnRoles.map((role) => (
                  <option key={role} value={role}>
                    {roleName(role)}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </div>
      )}

      <div className={styles.grid}>
        <Field size="small" label={t(language, 'ui.mapping.layout')}>
          <Select
            size="small"
            className={styles.select}
            value={draft.layout}
            onChange={(_, data) => set({ layout: data.value as MappingDraft['layout'] })}
          >
            <option value="long">{t(language, 'ui.tables.layout.long')}</option>
            <option value="block">{t(language, 'ui.tables.layout.block')}</option>
          </Select>
        </Field>
        <Field size="small" label={t(language, 'ui.mapping.costSign')}>
          <Select
            size="small"
            className={styles.select}
            value={draft.costSign}
            onChange={(_, data) => set({ costSign: data.value as MappingDraft['costSign'] })}
          >
            <option value="">{t(language, 'ui.mapping.costSign.auto')}</option>
            <option value="positive">{t(language, 'ui.sign.positive')}</option>
            <option value="negative">{t(language, 'ui.sign.negative')}</option>
          </Select>
        </Field>
        <Field size="small" className={styles.wide} label={t(language, 'ui.mapping.convention')}>
          <Select
            size="small"
            className={styles.select}
            value={draft.varianceConvention}
            onChange={(_, data) => set({ varianceConvention: data.value as MappingDraft['varianceConvention'] })}
          >
            <option value="">{t(language, 'ui.mapping.convention.auto')}</option>
            {varianceConventions.map((convention) => (
              <option key={convention} value={convention}>
                {t(language, `ui.mapping.convention.${convention}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field size="small" label={t(language, 'ui.mapping.scale')}>
          <Select
            size="small"
            className={styles.select}
            value={draft.scale}
            onChange={(_, data) => set({ scale: data.value as MappingDraft['scale'] })}
          >
            {(['', '1', '1000', '1000000'] as const).map((scale) => (
              <option key={scale} value={scale}>
                {t(language, scale === '' ? 'ui.mapping.scale.auto' : (`ui.mapping.scale.${scale}` as MessageKey))}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <div className={styles.group}>
        <h4 className={styles.groupTitle}>{t(language, 'ui.mapping.aliases')}</h4>
        {labels.length === 0 ? (
          <Muted>{t(language, 'ui.mapping.noUnknownLabels')}</Muted>
        ) : (
          <>
            <Muted>{t(language, 'ui.mapping.aliasesIntro')}</Muted>
            {labels.map((label) => (
              <Field key={label} size="small" label={t(language, 'ui.mapping.alias', { label })}>
                <Select
                  size="small"
                  className={styles.select}
                  value={draft.aliases[label] ?? ''}
                  onChange={(_, data) => set({ aliases: { ...draft.aliases, [label]: data.value as LineKind | '' } })}
                >
                  <option value="">{t(language, 'ui.mapping.alias.none')}</option>
                  {lineKinds.map((line) => (
                    <option key={line} value={line}>
                      {t(language, `report.line.${line}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            ))}
          </>
        )}
      </div>

      <div className={styles.group}>
        <h4 className={styles.groupTitle}>{t(language, 'ui.mapping.result')}</h4>
        <Text size={200} role="status" data-testid="mapping-result">
          {result.table && result.analysis
            ? t(language, 'ui.mapping.resultRead', {
                rows: result.table.rows.length,
                lines: result.table.rows.filter((row) => row.line !== null).length,
                units: result.table.units.length,
                findings: result.analysis.findings.length,
                deviations: result.analysis.deviations.length,
              })
            : t(language, 'ui.mapping.resultNone')}
        </Text>
        {(result.problems.length > 0 || misfits.length > 0) && (
          <>
            {result.problems.length > 0 && <Text size={200}>{t(language, 'ui.mapping.problems')}</Text>}
            <ul className={styles.problems} data-testid="mapping-problems">
              {result.problems.map((problem) => (
                <li key={`${problem.messageId}:${JSON.stringify(problem.data)}`} className={styles.problem}>
                  {t(language, problem.messageId, { ...problem.data, path: sheet.name })}
                </li>
              ))}
              {misfits.map((finding) => (
                <li key={`${finding.cell}:${finding.messageId}`} className={styles.problem}>
                  {renderFinding(finding, language)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      <Actions>
        <Button
          appearance="primary"
          disabled={props.busy !== null || result.mapping === null || result.table === null}
          onClick={() => result.mapping && props.onSaveMapping(settingsWithMapping(settings, result.mapping))}
        >
          {t(language, 'ui.mapping.save')}
        </Button>
        <Button onClick={props.onClose}>{t(language, 'ui.mapping.close')}</Button>
      </Actions>
    </div>
  );
}

function rowHasText(sheet: SheetSnapshot, row: number): boolean {
  const values = sheet.values[row - sheet.origin.row];
  return values !== undefined && values.some((value) => typeof value === 'string' && value.trim() !== '');
}
