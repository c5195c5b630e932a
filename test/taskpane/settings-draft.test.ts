/**
 * The settings as the pane edits them, over the real Q4/2024 example: a correction picked in a
 * table card is a change until an action saves it, and picking again what the table shows is none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { columnLetters } from '../../src/core/address';
import type { BudgetTable } from '../../src/core/model';
import { defaultSettings, type Settings } from '../../src/core/settings';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { readSnapshot } from '../../src/xlsx';
import {
  correctionsOf,
  droppedColumns,
  draftInLanguage,
  draftOf,
  resolveDraft,
  withCorrection,
  type SettingsDraft,
} from '../../src/taskpane/settings-draft';

let snapshot: WorkbookSnapshot;
beforeAll(async () => {
  snapshot = await readSnapshot(readFileSync(join(__dirname, '..', '..', 'examples', 'elvo-q4-2024.xlsx')));
});

/** The Talous table as the pane shows it after a check with these settings. */
const talous = (settings: Settings): BudgetTable => analyze(snapshot, settings).tables[0];

function resolved(draft: SettingsDraft, saved: Settings) {
  const result = resolveDraft(draft, saved, 'fi');
  if ('invalid' in result) throw new Error(`invalid ${result.invalid}`);
  return result;
}

describe('recognition corrections in the draft', () => {
  it('an untouched draft changes nothing: the saved settings themselves come back', () => {
    const saved: Settings = { ...defaultSettings, overrides: [{ sheet: 'Talous', costSign: 'negative' }] };
    const draft = draftOf(saved, 'fi');
    expect(draft.corrections).toEqual(saved.overrides);
    const result = resolved(draft, saved);
    expect(result.changed).toEqual([]);
    expect(result.settings).toBe(saved);
  });

  it('a column left out stays listed in its card, and picking "as recognised" takes it back', () => {
    const saved: Settings = { ...defaultSettings, overrides: [{ sheet: 'Talous', columns: { J: 'none' } }] };
    const table = talous(saved);
    expect(table.columns.map((c) => columnLetters(c.column))).not.toContain('J');
    let draft = draftOf(saved, 'fi');
    expect(droppedColumns(draft, saved, table)).toEqual(['J']);
    // Picking again what it shows is no change.
    expect(resolved(withCorrection(draft, saved, table, { column: 'J', kind: 'none' }), saved).changed).toEqual([]);
    draft = withCorrection(draft, saved, table, { column: 'J', kind: 'recognised' });
    // Still listed until the change is saved, now as recognised.
    expect(droppedColumns(draft, saved, table)).toEqual(['J']);
    const result = resolved(draft, saved);
    expect(result.changed).toEqual(['corrections']);
    expect(result.settings.overrides).toEqual([]);
    const back = talous(result.settings);
    expect(back.columns.map((c) => columnLetters(c.column))).toContain('J');
    expect(droppedColumns(draftOf(result.settings, 'fi'), result.settings, back)).toEqual([]);
  });

  it('a picked sign and a column dropped are the override the settings carry, as a change of the corrections only', () => {
    const table = talous(defaultSettings);
    expect(table.costSign).toBe('positive');
    let draft = draftOf(defaultSettings, 'fi');
    draft = withCorrection(draft, defaultSettings, table, { costSign: 'negative' });
    draft = withCorrection(draft, defaultSettings, table, { column: 'J', kind: 'none' });
    const result = resolved(draft, defaultSettings);
    expect(result.changed).toEqual(['corrections']);
    expect(result.settings.overrides).toEqual([{ sheet: 'Talous', columns: { J: 'none' }, costSign: 'negative' }]);
    expect(result.settings.thresholds).toBe(defaultSettings.thresholds);
    // Checked with them, the table is read so.
    const corrected = talous(result.settings);
    expect(corrected.costSign).toBe('negative');
    expect(corrected.columns.map((c) => c.label)).not.toContain('Poikkeama');
  });

  it('picking again what the table shows takes the edit back: no change', () => {
    const table = talous(defaultSettings);
    let draft = draftOf(defaultSettings, 'fi');
    draft = withCorrection(draft, defaultSettings, table, { column: 'J', kind: 'actual' });
    draft = withCorrection(draft, defaultSettings, table, { costSign: 'negative' });
    expect(resolved(draft, defaultSettings).changed).toEqual(['corrections']);
    draft = withCorrection(draft, defaultSettings, table, { column: 'J', kind: 'variance' });
    draft = withCorrection(draft, defaultSettings, table, { costSign: 'positive' });
    expect(resolved(draft, defaultSettings)).toEqual({ settings: defaultSettings, changed: [] });
  });

  it('with a saved correction, what the table shows includes it: picking it again keeps the saved correction', () => {
    const saved: Settings = {
      ...defaultSettings,
      overrides: [{ sheet: 'Talous', columns: { E: 'forecast' }, costSign: 'negative' }],
    };
    const table = talous(saved);
    expect(table.costSign).toBe('negative');
    let draft = draftOf(saved, 'fi');
    draft = withCorrection(draft, saved, table, { column: 'E', kind: 'currentBudget' });
    draft = withCorrection(draft, saved, table, { costSign: 'positive' });
    expect(resolved(draft, saved).settings.overrides).toEqual([
      { sheet: 'Talous', columns: { E: 'currentBudget' }, costSign: 'positive' },
    ]);
    draft = withCorrection(draft, saved, table, { column: 'E', kind: 'forecast' });
    draft = withCorrection(draft, saved, table, { costSign: 'negative' });
    expect(resolved(draft, saved)).toEqual({ settings: saved, changed: [] });
  });

  it('a sign the table could not tell: either sign picked is a correction, picking it as read again is none', () => {
    const table: BudgetTable = { ...talous(defaultSettings), costSign: 'mixed' };
    const positive = withCorrection(draftOf(defaultSettings, 'fi'), defaultSettings, table, { costSign: 'positive' });
    expect(resolved(positive, defaultSettings).settings.overrides).toEqual([{ sheet: 'Talous', costSign: 'positive' }]);
    const back = withCorrection(positive, defaultSettings, table, { costSign: 'mixed' });
    expect(resolved(back, defaultSettings).changed).toEqual([]);
  });

  it('the order of the sheets is no change', () => {
    const saved: Settings = {
      ...defaultSettings,
      overrides: [
        { sheet: 'A', costSign: 'negative' },
        { sheet: 'B', columns: { D: 'actual', C: 'budget' } },
      ],
    };
    const draft: SettingsDraft = {
      ...draftOf(saved, 'fi'),
      corrections: [
        { sheet: 'B', columns: { C: 'budget', D: 'actual' } },
        { sheet: 'A', costSign: 'negative', columns: {} },
      ],
    };
    expect(resolved(draft, saved).changed).toEqual([]);
  });

  it('a threshold changed too is a second part; a wrong one stops the draft, the corrections still readable', () => {
    const table = talous(defaultSettings);
    const corrected = withCorrection(draftOf(defaultSettings, 'fi'), defaultSettings, table, { costSign: 'negative' });
    const typed = { ...corrected, thresholds: { ...corrected.thresholds, yellowPct: '3,5' } };
    expect(resolved(typed, defaultSettings).changed).toEqual(['levels', 'corrections']);
    const wrong = { ...corrected, thresholds: { ...corrected.thresholds, yellowPct: 'kolme' } };
    expect(resolveDraft(wrong, defaultSettings, 'fi')).toEqual({ invalid: 'yellowPct' });
    expect(correctionsOf(wrong)).toEqual([{ sheet: 'Talous', costSign: 'negative' }]);
  });
});

describe('the draft in another language', () => {
  const saved: Settings = {
    ...defaultSettings,
    thresholds: { ...defaultSettings.thresholds, yellow: { relative: 0.025, absolute: 50_000 } },
  };

  it('keeps the corrections picked and shows untouched thresholds in the new notation', () => {
    const corrected = withCorrection(draftOf(saved, 'fi'), saved, talous(saved), { costSign: 'negative' });
    expect(corrected.thresholds.yellowPct).toBe('2,5');
    const english = draftInLanguage(corrected, saved, 'fi', 'en');
    expect(english.thresholds.yellowPct).toBe('2.5');
    expect(english.thresholds.yellowEur).toBe('50,000');
    expect(english.corrections).toEqual(corrected.corrections);
  });

  it('keeps edited thresholds as typed', () => {
    const draft = draftOf(saved, 'fi');
    const typed = { ...draft, thresholds: { ...draft.thresholds, redPct: '4,5' } };
    expect(draftInLanguage(typed, saved, 'fi', 'en')).toBe(typed);
  });
});
