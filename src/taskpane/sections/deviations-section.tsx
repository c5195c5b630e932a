/** Deviations: thresholds and binding level (saved in the workbook), flag and clear, the red and yellow list. */
import * as React from 'react';
import { Button, CounterBadge, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis, Deviation, TrafficLight } from '../../core/model';
import type { BindingItem, BindingUnit, Settings, Thresholds } from '../../core/settings';
import { formatEuros, formatNumber, t, type Language } from '../../i18n';
import type { Busy } from '../app';
import { Actions, CellList, CellRow, Dot, Muted, Notice, Section, Working } from './shared';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  input: { minWidth: 0, width: '100%' },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  bindingRow: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.4fr)', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

interface Draft {
  readonly yellowPct: string;
  readonly yellowEur: string;
  readonly redPct: string;
  readonly redEur: string;
}

function draftOf(thresholds: Thresholds): Draft {
  // Per cent with at most two decimals: 0.02 → "2"; the field shows what the user typed until saved.
  const pct = (fraction: number) => String(Math.round(fraction * 10000) / 100);
  return {
    yellowPct: pct(thresholds.yellow.relative),
    yellowEur: String(thresholds.yellow.absolute),
    redPct: pct(thresholds.red.relative),
    redEur: String(thresholds.red.absolute),
  };
}

/** Accepts "2,5" as well as "2.5", and spaces as thousands separators. */
function parseInput(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

export interface DeviationsSectionProps {
  readonly language: Language;
  readonly analysis: Analysis | null;
  readonly settings: Settings;
  readonly busy: Busy;
  readonly notice: string | null;
  readonly onSave: (settings: Settings) => void;
  readonly onFlag: () => void;
  readonly onClear: () => void;
  readonly onSelect: (sheet: string, cell: string) => void;
}

export function DeviationsSection(props: DeviationsSectionProps): React.JSX.Element {
  const { language, analysis, settings } = props;
  const styles = useStyles();
  const [draft, setDraft] = React.useState<Draft>(() => draftOf(settings.thresholds));
  const [binding, setBinding] = React.useState<Record<string, BindingItem>>({});

  // Settings loaded from the workbook (or saved) replace the draft.
  React.useEffect(() => {
    setDraft(draftOf(settings.thresholds));
    setBinding(Object.fromEntries((settings.bindingUnits ?? []).map((b) => [b.unit, b.item])));
  }, [settings]);

  const parsed = {
    yellowPct: parseInput(draft.yellowPct),
    yellowEur: parseInput(draft.yellowEur),
    redPct: parseInput(draft.redPct),
    redEur: parseInput(draft.redEur),
  };
  const valid = Object.values(parsed).every((v) => v !== null);

  const save = () => {
    if (!valid) return;
    const bindingUnits: BindingUnit[] = Object.entries(binding)
      .filter(([, item]) => item !== 'margin')
      .map(([unit, item]) => ({ unit, item }));
    props.onSave({
      ...settings,
      thresholds: {
        yellow: { relative: parsed.yellowPct! / 100, absolute: parsed.yellowEur! },
        red: { relative: parsed.redPct! / 100, absolute: parsed.redEur! },
      },
      bindingUnits: bindingUnits.length > 0 ? bindingUnits : null,
    });
  };

  const field = (key: keyof Draft, label: string) => (
    <Field
      size="small"
      label={label}
      validationState={parsed[key] === null ? 'error' : 'none'}
      validationMessage={parsed[key] === null ? t(language, 'ui.deviations.invalidNumber') : undefined}
    >
      <Input
        size="small"
        className={styles.input}
        inputMode="decimal"
        value={draft[key]}
        onChange={(_, data) => setDraft({ ...draft, [key]: data.value })}
        data-testid={`threshold-${key}`}
      />
    </Field>
  );

  const yellow = t(language, 'ui.deviations.yellow');
  const red = t(language, 'ui.deviations.red');
  const flagged = (analysis?.deviations ?? []).filter((d) => d.status !== 'green');
  const areas = bindingCandidates(analysis);

  return (
    <Section
      id="deviations"
      title={t(language, 'ui.deviations.heading')}
      badge={
        analysis === null ? undefined : (
          <CounterBadge count={flagged.length} showZero size="small" color={flagged.some((d) => d.status === 'red') ? 'danger' : 'informative'} />
        )
      }
    >
      <div className={styles.group}>
        <h3 className={styles.groupTitle}>{t(language, 'ui.deviations.thresholds')}</h3>
        <div className={styles.grid}>
          {field('yellowPct', t(language, 'ui.deviations.relative', { colour: yellow }))}
          {field('yellowEur', t(language, 'ui.deviations.absolute', { colour: yellow }))}
          {field('redPct', t(language, 'ui.deviations.relative', { colour: red }))}
          {field('redEur', t(language, 'ui.deviations.absolute', { colour: red }))}
        </div>
        <Muted>{t(language, 'ui.deviations.thresholdHint')}</Muted>
      </div>
      <div className={styles.group}>
        <h3 className={styles.groupTitle}>{t(language, 'ui.deviations.binding')}</h3>
        <Muted>{t(language, 'ui.deviations.bindingDefault')}</Muted>
        {areas.map((unit) => (
          <div key={unit.id} className={styles.bindingRow}>
            <label htmlFor={`binding-${unit.id}`}>{unit.name}</label>
            <Select
              id={`binding-${unit.id}`}
              className={styles.input}
              size="small"
              value={binding[unit.id] ?? binding[unit.name] ?? 'margin'}
              onChange={(_, data) => setBinding({ ...binding, [unit.id]: data.value as BindingItem })}
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
        <Button onClick={save} disabled={!valid || props.busy !== null}>
          {t(language, 'ui.deviations.save')}
        </Button>
        <Working show={props.busy === 'save'} language={language} />
      </Actions>
      <Actions>
        <Button appearance="primary" onClick={props.onFlag} disabled={props.busy !== null}>
          {t(language, 'ui.deviations.flag')}
        </Button>
        <Button onClick={props.onClear} disabled={props.busy !== null}>
          {t(language, 'ui.deviations.clear')}
        </Button>
        <Working show={props.busy === 'flag' || props.busy === 'clear'} language={language} />
      </Actions>
      <Notice text={props.notice} />
      {analysis === null ? (
        <Muted>{t(language, 'ui.deviations.needCheck')}</Muted>
      ) : flagged.length === 0 ? (
        <Muted>{t(language, 'ui.deviations.none')}</Muted>
      ) : (
        (['red', 'yellow'] as const).map((colour) => (
          <DeviationList key={colour} {...props} colour={colour} deviations={flagged.filter((d) => d.status === colour)} />
        ))
      )}
    </Section>
  );
}

/** The units a binding level can be set for: the top two levels (service area and responsibility areas). */
function bindingCandidates(analysis: Analysis | null): { id: string; name: string }[] {
  const seen = new Map<string, { id: string; name: string }>();
  for (const table of analysis?.tables ?? []) {
    for (const unit of table.units) if (unit.level <= 1 && !seen.has(unit.id)) seen.set(unit.id, { id: unit.id, name: unit.name });
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
  const title = t(language, props.colour === 'red' ? 'ui.deviations.listRed' : 'ui.deviations.listYellow', { count: sorted.length });
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
