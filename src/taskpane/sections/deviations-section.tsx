/** Deviations: thresholds and binding level (saved in the workbook), flag and clear, the red and yellow list. */
import * as React from 'react';
import { Button, CounterBadge, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis, Deviation, TrafficLight, BindingItem } from '../../core';
import { formatEuros, formatNumber, parseLocaleNumber, t, type Language } from '../../i18n';
import type { Busy, SectionNotice } from '../pane-state';
import { fieldProblem, thresholdFields, type SettingsDraft, type ThresholdField } from '../settings-draft';
import { Actions, CellList, CellRow, Dot, Muted, Notice, Section, useFieldGridStyles, Working } from './shared';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  input: { minWidth: 0, width: '100%' },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  bindingRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.4fr)',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  bindingLabel: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

export interface DeviationsSectionProps {
  readonly language: Language;
  readonly analysis: Analysis | null;
  readonly draft: SettingsDraft;
  readonly busy: Busy;
  readonly notice: SectionNotice | undefined;
  readonly onDraftChange: (draft: SettingsDraft) => void;
  readonly onSave: () => void;
  readonly onFlag: () => void;
  readonly onClear: () => void;
  readonly onSelect: (sheet: string, cell: string) => void;
}

/** The label of a threshold field, also named by the message that points at an unsaved field. */
export function thresholdLabel(language: Language, field: ThresholdField): string {
  const colour = t(language, field.startsWith('yellow') ? 'ui.deviations.yellow' : 'ui.deviations.red');
  return t(language, field.endsWith('Pct') ? 'ui.deviations.relative' : 'ui.deviations.absolute', { colour });
}

/** What is wrong with a typed threshold, said with an example in the user's own notation. */
function problemText(language: Language, field: ThresholdField, text: string): string | undefined {
  const problem = fieldProblem(text, language);
  const example = formatNumber(language, field.endsWith('Pct') ? 3.5 : 150_000);
  switch (problem) {
    case null:
      return undefined;
    case 'negative':
      return t(language, 'ui.number.negative');
    case 'ambiguous':
      return t(language, 'ui.number.ambiguous', {
        text: text.trim(),
        decimal: formatNumber(language, 3.5),
        grouped: formatNumber(language, 150_000),
      });
    default:
      return t(language, 'ui.number.invalid', { example });
  }
}

export function DeviationsSection(props: DeviationsSectionProps): React.JSX.Element {
  const { language, analysis, draft } = props;
  const styles = useStyles();
  const fields = useFieldGridStyles();
  const busy = props.busy !== null;

  const setThreshold = (field: ThresholdField, text: string) =>
    props.onDraftChange({ ...draft, thresholds: { ...draft.thresholds, [field]: text } });

  const field = (key: ThresholdField) => {
    const problem = problemText(language, key, draft.thresholds[key]);
    return (
      <Field
        key={key}
        size="small"
        className={fields.field}
        label={thresholdLabel(language, key)}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem}
      >
        <Input
          size="small"
          className={styles.input}
          inputMode="decimal"
          value={draft.thresholds[key]}
          onChange={(_, data) => setThreshold(key, data.value)}
          // A valid number is shown as the locale writes it once the user leaves the field: 150 000.
          onBlur={() => {
            const parsed = parseLocaleNumber(draft.thresholds[key], language);
            if ('value' in parsed && parsed.value >= 0) setThreshold(key, formatNumber(language, parsed.value));
          }}
          data-testid={`threshold-${key}`}
          data-field={key}
        />
      </Field>
    );
  };

  const flagged = (analysis?.deviations ?? []).filter((d) => d.status !== 'green');
  const areas = bindingCandidates(analysis);

  return (
    <Section
      id="deviations"
      title={t(language, 'ui.deviations.heading')}
      badge={
        analysis === null ? undefined : (
          <CounterBadge
            count={flagged.length}
            showZero
            size="medium"
            color={flagged.some((d) => d.status === 'red') ? 'danger' : 'informative'}
          />
        )
      }
    >
      <div className={styles.group}>
        <h3 className={styles.groupTitle}>{t(language, 'ui.deviations.thresholds')}</h3>
        <div className={fields.grid}>{thresholdFields.map(field)}</div>
        <Muted>{t(language, 'ui.deviations.thresholdHint')}</Muted>
      </div>
      <div className={styles.group}>
        <h3 className={styles.groupTitle}>{t(language, 'ui.deviations.binding')}</h3>
        <Muted>{t(language, 'ui.deviations.bindingDefault')}</Muted>
        {areas.map((unit) => (
          <div key={unit.id} className={styles.bindingRow}>
            <label htmlFor={`binding-${unit.id}`} className={styles.bindingLabel}>
              {unit.name}
            </label>
            <Select
              id={`binding-${unit.id}`}
              className={styles.input}
              size="small"
              value={draft.binding[unit.id] ?? draft.binding[unit.name] ?? 'margin'}
              onChange={(_, data) =>
                props.onDraftChange({ ...draft, binding: { ...draft.binding, [unit.id]: data.value as BindingItem } })
              }
            >
              {(['margin', 'expenses', 'income'] as const).map((item) => (
                <option key={item} value={item}>
                  {t(language, `ui.deviations.bindingItem.${item}`)}
                </option>
              ))}
            </Select>
          </div>
        ))}
      </div>
      <Actions>
        <Button onClick={props.onSave} disabledFocusable={busy}>
          {t(language, 'ui.deviations.save')}
        </Button>
        <Working show={props.busy === 'save'} language={language} />
      </Actions>
      <Actions>
        <Button appearance="primary" onClick={props.onFlag} disabledFocusable={busy}>
          {t(language, 'ui.deviations.flag')}
        </Button>
        <Button onClick={props.onClear} disabledFocusable={busy}>
          {t(language, 'ui.deviations.clear')}
        </Button>
        <Working show={props.busy === 'flag' || props.busy === 'clear'} language={language} />
      </Actions>
      <Notice section="deviations" notice={props.notice} language={language} />
      {analysis === null ? (
        <Muted>{t(language, 'ui.deviations.needCheck')}</Muted>
      ) : analysis.tables.length === 0 ? null : flagged.length === 0 ? (
        <Muted>{t(language, 'ui.deviations.none')}</Muted>
      ) : (
        (['red', 'yellow'] as const).map((colour) => (
          <DeviationList
            key={colour}
            {...props}
            colour={colour}
            deviations={flagged.filter((d) => d.status === colour)}
          />
        ))
      )}
    </Section>
  );
}

/** The units a binding level can be set for: the top two levels (service area and responsibility areas). */
function bindingCandidates(analysis: Analysis | null): { id: string; name: string }[] {
  const seen = new Map<string, { id: string; name: string }>();
  for (const table of analysis?.tables ?? []) {
    for (const unit of table.units)
      if (unit.level <= 1 && !seen.has(unit.id)) seen.set(unit.id, { id: unit.id, name: unit.name });
  }
  return [...seen.values()];
}

function DeviationList(
  props: DeviationsSectionProps & { readonly colour: TrafficLight; readonly deviations: readonly Deviation[] },
): React.JSX.Element | null {
  const styles = useStyles();
  const { language } = props;
  if (props.deviations.length === 0) return null;
  const sorted = [...props.deviations].sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation));
  const title = t(language, props.colour === 'red' ? 'ui.deviations.listRed' : 'ui.deviations.listYellow', {
    count: sorted.length,
  });
  return (
    <div className={styles.group} data-colour={props.colour}>
      <h3 className={styles.groupTitle}>{title}</h3>
      <CellList label={title}>
        {sorted.map((deviation) => {
          const cell = deviation.varianceCell ?? deviation.cell;
          const amount =
            deviation.deviationPct === null
              ? t(language, 'ui.deviations.amountNoPct', { amount: formatEuros(language, deviation.deviation) })
              : t(language, 'ui.deviations.amount', {
                  amount: formatEuros(language, deviation.deviation),
                  pct: `${formatNumber(language, deviation.deviationPct, 1)} %`,
                });
          return (
            <CellRow
              key={`${deviation.sheet}!${cell}`}
              marker={<Dot colour={props.colour} />}
              text={t(language, 'ui.deviations.row', { unit: deviation.unit, line: deviation.lineLabel })}
              detail={`${amount} · ${t(language, `ui.direction.${deviation.direction}`)} · ${deviation.sheet}!${cell}`}
              label={t(language, 'ui.selectCell', { sheet: deviation.sheet, cell })}
              onClick={() => props.onSelect(deviation.sheet, cell)}
              testId="deviation"
            />
          );
        })}
      </CellList>
    </div>
  );
}
