/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 *
 * The pane's own behaviour, with fake actions in place of Excel (as the template's tests give
 * `insertText` a fake): what each section shows for each result, which section a notice goes to,
 * what the settings fields accept, where focus goes, and a failure said again in a new language.
 * The analyses are the engine's own, of the real example workbooks; the Chromium tests cover the
 * pane on the headless host. (The export conditions are Node's so that the .xlsx reader, which
 * reads the example workbooks here, loads its CommonJS dependencies.)
 */
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/model';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { defaultSettings, type Settings } from '../../src/core/settings';
import { App } from '../../src/taskpane/app';
import type { PaneActions, Refusal, ReportChoice } from '../../src/taskpane/pane-actions';
import type { Language } from '../../src/i18n';
import { TextDecoder, TextEncoder } from 'node:util';

jest.setTimeout(20_000);
// Role queries and clicks skip jsdom's computed-style walks (visibility, pointer-events): the pane
// hides nothing with CSS that a test asks for, and they are what makes jsdom tests slow.
configure({ defaultHidden: true });

const root = join(__dirname, '..', '..');
let clean: Analysis;
let withErrors: Analysis;
let noTable: Analysis;
let lapua: Analysis;
let talousSheet: SheetSnapshot;

beforeAll(async () => {
  // jsdom has no TextDecoder; the .xlsx reader (loaded after it is given one) needs it.
  Object.assign(globalThis, { TextDecoder, TextEncoder });
  const { readSnapshot } = await import('../../src/xlsx');
  const read = async (path: string) => analyze(await readSnapshot(readFileSync(join(root, path))));
  talousSheet = (await readSnapshot(readFileSync(join(root, 'examples/elvo-q4-2024.xlsx')))).sheets[0];
  [clean, withErrors, noTable, lapua] = await Promise.all([
    read('examples/elvo-q4-2024.xlsx'),
    read('examples/elvo-q2-2025-errors.xlsx'),
    read('test/fixtures/no-table.xlsx'),
    read('test/fixtures/lapua-2024.xlsx'),
  ]);
});

interface Fake {
  readonly actions: PaneActions;
  readonly saved: Settings[];
  readonly flagged: Settings[];
  readonly reports: ReportChoice[];
}

/** Actions over one analysis; each overridable. Saved settings and report choices are recorded. */
function fake(analysis: Analysis, overrides: Partial<PaneActions> = {}, stored: Settings = defaultSettings): Fake {
  const saved: Settings[] = [];
  const flagged: Settings[] = [];
  const reports: ReportChoice[] = [];
  const refusal = (): Refusal | null => (analysis.tables.length === 0 ? { refused: 'no-table', analysis } : null);
  const actions: PaneActions = {
    loadSettings: async () => stored,
    saveSettings: async (settings) => void saved.push(settings),
    check: async () => analysis,
    flag: async (settings) => {
      flagged.push(settings);
      return refusal() ?? { analysis, deviations: analysis.deviations.length, statuses: 0 };
    },
    clearFlags: async () => 30,
    insertReport: async (_settings, choice) => {
      reports.push(choice);
      return (
        refusal() ?? {
          analysis,
          period: choice.period ?? analysis.period!,
          applied: { sheets: [{ key: 'summary', name: 'Yhteenveto' }], charts: 3 },
        }
      );
    },
    select: async () => undefined,
    readSelection: async () => ({ sheet: 'Talous', row: 0, column: 0 }),
    readSheet: async () => null,
    ...overrides,
  };
  return { actions, saved, flagged, reports };
}

async function renderPane(actions: PaneActions, language: Language = 'en') {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
  render(<App actions={actions} language={language} theme="light" />);
  // The settings load from the workbook first.
  await act(async () => undefined);
  return user;
}

const notice = (section: string) => screen.getByTestId(`notice-${section}`);

/** The button with this text (found by its text: role queries compute every name, slowly, in jsdom). */
const button = (name: string) => screen.getByText(name, { selector: 'button' });

async function press(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(button(name));
  // perform() lets the progress bar paint (one timer) before the work.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
}

describe('what each section shows', () => {
  it('before a check: each section says what a check will show, Strategy of its measures, not deviations', async () => {
    await renderPane(fake(clean).actions);
    expect(screen.getByText('The workbook has not been checked yet.')).toBeInTheDocument();
    const strategy = screen.getByRole('region', { name: 'Strategy' });
    expect(
      within(strategy).getByText('Check the workbook first to see the status of its strategic measures here.'),
    ).toBeInTheDocument();
    expect(within(strategy).queryByText(/deviations/)).toBeNull();
  });

  it('after a check: the result in the Check section, the red and yellow deviations listed, the seed statuses counted', async () => {
    const user = await renderPane(fake(clean).actions);
    await press(user, 'Check workbook');
    expect(notice('check')).toHaveTextContent('Checked. Tables recognised: 1, findings: 0.');
    expect(notice('deviations')).toHaveTextContent('');
    const flagged = clean.deviations.filter((d) => d.status !== 'green').length;
    expect(screen.getAllByTestId('deviation')).toHaveLength(flagged);
    const strategy = screen.getByRole('table', { name: 'Strategy' });
    expect(within(strategy).getAllByRole('row').at(-1)).toHaveTextContent('Total1660');
    // One spelling of each scale: the report's.
    expect(screen.getByTestId('table')).toHaveTextContent('ScaleEUR thousand');
  });

  it("lists the findings under the report's own terms for the severities", async () => {
    const user = await renderPane(fake(withErrors).actions, 'fi');
    await press(user, 'Tarkista työkirja');
    const errors = withErrors.findings.filter((f) => f.severity === 'error').length;
    expect(screen.getByRole('heading', { name: `Virheet (${errors})` })).toBeInTheDocument();
    expect(screen.queryByText(/Huomautukset/)).toBeNull();
  });
});

describe('the Check section states how each table was read, as check does', () => {
  it("the deviation basis, the convention, the binding level and the tolerance of each of Lapua's boards", async () => {
    const user = await renderPane(fake(lapua).actions);
    await press(user, 'Check workbook');
    const cards = screen.getAllByTestId('table');
    expect(cards).toHaveLength(lapua.tables.length);
    const tekninen = cards[lapua.tables.findIndex((table) => table.sheet === 'Tekninen lautakunta')];
    const facts = within(tekninen).getByTestId('conventions');
    expect(facts).toHaveTextContent(
      'costs: Talousarvio unsigned, Toteuma negative, the columns sign costs differently',
    );
    expect(facts).toHaveTextContent('deviations: Toteuma (the year’s actual) − Talousarvio');
    expect(facts).toHaveTextContent('deviation column Poikkeama: convention 4, mixed signs');
    expect(facts).toHaveTextContent(
      'tolerance: ±0.5 € for a single figure, (n + 1) / 2 × 1 € for a sum of n rounded figures',
    );
    const sivistys = cards[lapua.tables.findIndex((table) => table.sheet === 'Sivistyslautakunta')];
    expect(within(sivistys).getByTestId('conventions')).toHaveTextContent(
      'binding level: Sivistyslautakunta net: operating margin (default)',
    );
  });

  it('in Finnish too', async () => {
    const user = await renderPane(fake(lapua).actions, 'fi');
    await press(user, 'Tarkista työkirja');
    expect(screen.getAllByText('Tulkinta')).toHaveLength(lapua.tables.length);
  });
});

describe('a workbook with no budget table: every action says so as a warning', () => {
  it('check, flag and insert report each warn in their own section, and nothing reads as an all-clear', async () => {
    const { actions, reports } = fake(noTable);
    const user = await renderPane(actions);
    await press(user, 'Check workbook');
    expect(notice('check')).toHaveTextContent(
      /No budget table was recognised in the workbook, so there was nothing to check/,
    );
    expect(within(notice('check')).getByText(/No budget table/)).toHaveAttribute('data-intent', 'warning');
    expect(screen.queryByText('No findings: the tables add up.')).toBeNull();

    await press(user, 'Flag deviations');
    expect(notice('deviations')).toHaveTextContent(
      'No budget table was recognised in the workbook, so nothing was changed.',
    );
    expect(screen.queryByText(/Cells flagged/)).toBeNull();

    await press(user, 'Insert report');
    expect(reports).toHaveLength(1);
    expect(notice('report')).toHaveTextContent(
      'No budget table was recognised in the workbook, so nothing was changed.',
    );
    expect(screen.queryAllByTestId('report-sheet')).toHaveLength(0);
  });
});

describe('Insert report', () => {
  it('on a workbook with errors asks first, saying how many, with a way to them', async () => {
    const errors = withErrors.findings.filter((f) => f.severity === 'error').length;
    const base = fake(withErrors);
    const reports: ReportChoice[] = [];
    const { actions } = fake(withErrors, {
      insertReport: async (settings, choice) => {
        reports.push(choice);
        return choice.acceptErrors
          ? base.actions.insertReport(settings, choice)
          : { refused: 'error-findings', analysis: withErrors, errors };
      },
    });
    const user = await renderPane(actions);
    await press(user, 'Insert report');
    const confirm = screen.getByTestId('confirm-errors');
    expect(confirm).toHaveTextContent(`The workbook has errors (${errors}), so figures in the report may be wrong.`);
    // Focus moves to the question; the errors are listed in the Check section (the refusal carries the check).
    expect(confirm).toContainElement(document.activeElement as HTMLElement);
    await user.click(within(confirm).getByText('Show the errors', { selector: 'button' }));
    expect(document.activeElement).toHaveTextContent(`Errors (${errors})`);

    await press(user, 'Insert the report anyway');
    expect(reports.map((r) => r.acceptErrors)).toEqual([false, true]);
    expect(notice('report')).toHaveTextContent('Report Q2/2025 inserted: 1 sheets, 3 charts.');
  });

  it('takes the period from the workbook, and asks where the workbook names none', async () => {
    const undated = { ...clean, period: null };
    const base = fake(undated);
    const reports: ReportChoice[] = [];
    const { actions } = fake(undated, {
      insertReport: async (settings, choice) => {
        reports.push(choice);
        return choice.period
          ? base.actions.insertReport(settings, choice)
          : { refused: 'no-period', analysis: undated };
      },
    });
    const user = await renderPane(actions);
    await press(user, 'Insert report');
    expect(reports[0].period).toBeNull();
    expect(notice('report')).toHaveTextContent(
      'The report period was not found in the workbook, so no report was inserted.',
    );
    const quarter = screen.getByLabelText('Quarter');
    expect(document.activeElement).toBe(quarter);
    expect(
      screen.getByText('Choose the quarter and year of the report: the workbook names no period.'),
    ).toBeInTheDocument();

    await user.selectOptions(quarter, '2');
    const year = screen.getByLabelText('Year');
    expect(year).toHaveValue('');
    await user.type(year, '20x5');
    expect(screen.getByText('Enter a year from 2000 to 2100.')).toBeInTheDocument();
    await user.clear(year);
    expect(year).toHaveValue('');
    await user.type(year, '2025');
    await press(user, 'Insert report');
    expect(reports[1].period).toEqual({ quarter: 2, year: 2025 });
  });

  it("shows the workbook's period once known and offers it as the default", async () => {
    const user = await renderPane(fake(clean).actions);
    await press(user, 'Check workbook');
    expect(screen.getByText('Period in the workbook: Q4/2024.')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'from the workbook (Q4/2024)' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Year')).toBeNull();
    // A quarter chosen by hand starts from the workbook's year.
    await user.selectOptions(screen.getByLabelText('Quarter'), '3');
    expect(screen.getByLabelText('Year')).toHaveValue('2024');
  });
});

describe('settings are never lost', () => {
  it('a threshold typed the Finnish way is saved by the action that uses it, and the saving is said', async () => {
    const { actions, saved, flagged } = fake(clean);
    const user = await renderPane(actions, 'fi');
    const field = screen.getByTestId('threshold-yellowPct');
    await user.clear(field);
    await user.type(field, '3,5');
    const euros = screen.getByTestId('threshold-redEur');
    await user.clear(euros);
    await user.type(euros, '250 000');
    await press(user, 'Merkitse poikkeamat');
    expect(saved).toHaveLength(1);
    expect(saved[0].thresholds).toEqual({
      yellow: { relative: 0.035, absolute: 50_000 },
      red: { relative: 0.05, absolute: 250_000 },
    });
    expect(flagged[0]).toEqual(saved[0]);
    expect(notice('deviations')).toHaveTextContent(
      `Asetukset tallennettu työkirjaan. Soluja merkitty väreillä: ${clean.deviations.length}.`,
    );
    expect(field).toHaveValue('3,5');
    expect(euros).toHaveValue('250\u00a0000');
  });

  it('an invalid field stops the action, points at the field and keeps what was typed', async () => {
    const { actions, saved, flagged } = fake(clean);
    const user = await renderPane(actions);
    const field = screen.getByTestId('threshold-redPct');
    await user.clear(field);
    await user.type(field, 'five');
    expect(screen.getByText('Enter a number, for example 3.5.')).toBeInTheDocument();
    await press(user, 'Flag deviations');
    expect(flagged).toHaveLength(0);
    expect(saved).toHaveLength(0);
    expect(notice('deviations')).toHaveTextContent('Unsaved change: “Red: relative (%)”.');
    expect(document.activeElement).toBe(field);
    expect(field).toHaveValue('five');
  });

  it('Save settings confirms, in the Deviations section', async () => {
    const { actions, saved } = fake(clean);
    const user = await renderPane(actions);
    await press(user, 'Save settings');
    expect(saved).toHaveLength(1);
    expect(notice('deviations')).toHaveTextContent('Settings saved in the workbook.');
  });
});

describe('recognition corrections are never lost', () => {
  const override = { sheet: 'Talous', columns: { J: 'none' }, costSign: 'negative' };

  /** Checks, opens the table card's corrections, and picks a negative cost sign and column J (Poikkeama) as none. */
  async function correct(user: ReturnType<typeof userEvent.setup>, language: Language = 'en') {
    await press(user, language === 'fi' ? 'Tarkista työkirja' : 'Check workbook');
    const card = screen.getByTestId('table');
    await user.click(within(card).getByText(language === 'fi' ? 'Korjaa tunnistus' : 'Correct recognition'));
    await user.selectOptions(
      within(card).getByLabelText(language === 'fi' ? 'Kulujen etumerkki' : 'Sign of costs'),
      'negative',
    );
    await user.selectOptions(within(card).getByLabelText(/J: Poikkeama/), 'none');
    return card;
  }

  /** Records the settings each check, flag and report ran with. */
  function recording() {
    const ran: Settings[] = [];
    const base = fake(clean);
    const ranWith = <T,>(settings: Settings, result: T): T => (ran.push(settings), result);
    const faked = fake(clean, {
      check: async (settings) => ranWith(settings, clean),
      flag: async (settings, kinds) => ranWith(settings, await base.actions.flag(settings, kinds)),
      insertReport: async (settings, choice) => ranWith(settings, await base.actions.insertReport(settings, choice)),
    });
    return { ...faked, ran };
  }

  it.each([
    ['Check workbook', 'check', (): string => 'Checked. Tables recognised: 1, findings: 0.'],
    ['Flag deviations', 'deviations', (): string => `Cells flagged with colours: ${clean.deviations.length}.`],
    ['Insert report', 'report', (): string => 'Report Q4/2024 inserted: 1 sheets, 3 charts.'],
    ['Save settings', 'deviations', (): string => 'Settings saved in the workbook.'],
  ] as const)(
    'a correction picked but not saved is saved by %s, which uses it, and said in the Check section',
    async (name, section, result) => {
      const { actions, saved, ran } = recording();
      const user = await renderPane(actions);
      const card = await correct(user);
      expect(saved).toHaveLength(0);
      await press(user, name);
      expect(saved.length).toBeGreaterThan(0);
      for (const settings of saved) expect(settings.overrides).toEqual([override]);
      expect(ran.at(-1)?.overrides).toEqual([override]);
      expect(notice('check')).toHaveTextContent(/^Recognition corrections saved in the workbook\./);
      expect(notice(section)).toHaveTextContent(result());
      // Only Save settings confirms in Deviations: the thresholds were not changed.
      if (name !== 'Save settings') expect(notice('deviations')).not.toHaveTextContent('Settings saved');
      expect(card).toHaveTextContent('Talous!A3:J36 · Corrected');
    },
  );

  it('picking again what the table shows is no change: nothing is saved or said, and then only a real change is', async () => {
    const { actions, saved } = fake(clean);
    const user = await renderPane(actions);
    const card = await correct(user);
    await user.selectOptions(within(card).getByLabelText('Sign of costs'), 'positive');
    await user.selectOptions(within(card).getByLabelText(/J: Poikkeama/), 'variance');
    await press(user, 'Check workbook');
    expect(saved).toHaveLength(0);
    expect(notice('check')).toHaveTextContent(/^Checked\./);
    expect(card).not.toHaveTextContent('Corrected');

    await user.selectOptions(within(card).getByLabelText(/J: Poikkeama/), 'actual');
    await user.selectOptions(within(card).getByLabelText('Sign of costs'), 'negative');
    await user.selectOptions(within(card).getByLabelText(/J: Poikkeama/), 'variance');
    await press(user, 'Check workbook');
    expect(saved.map((settings) => settings.overrides)).toEqual([[{ sheet: 'Talous', costSign: 'negative' }]]);
  });

  it('a language switch keeps the corrections picked, and the next action saves them, in the new language', async () => {
    const { actions, saved } = fake(clean);
    const user = await renderPane(actions);
    await correct(user);
    await user.selectOptions(screen.getByLabelText('Language'), 'fi');
    expect(within(screen.getByTestId('table')).getByLabelText('Kulujen etumerkki')).toHaveValue('negative');
    await press(user, 'Tarkista työkirja');
    expect(saved.map((settings) => settings.overrides)).toEqual([[override]]);
    expect(notice('check')).toHaveTextContent(
      'Tunnistuksen korjaukset tallennettu työkirjaan. Tarkistettu. Tunnistettuja taulukoita 1, havaintoja 0.',
    );
  });

  it('a column left out stays in its card after the check, and "as recognised" brings it back', async () => {
    // Checked as Excel would: the workbook read with the settings given.
    const workbook = { sheets: [talousSheet] };
    const { actions, saved } = fake(clean, { check: async (settings) => analyze(workbook, settings) });
    const user = await renderPane(actions);
    const card = await correct(user);
    await press(user, 'Save corrections and check');
    expect(saved.at(-1)?.overrides).toEqual([override]);
    // The same card, still open, though its range is now A3:I36.
    expect(card).toBeInTheDocument();
    expect(card).toHaveTextContent('Talous!A3:I36 · Corrected');
    expect(within(card).getByText('Correct recognition')).toHaveAttribute('aria-expanded', 'true');
    expect(within(card).queryByLabelText(/J: Poikkeama/)).toBeNull();
    const dropped = within(card).getByLabelText('Column J (left out)');
    expect(dropped).toHaveValue('none');
    await user.selectOptions(dropped, 'recognised');
    await press(user, 'Check workbook');
    expect(saved.at(-1)?.overrides).toEqual([{ sheet: 'Talous', costSign: 'negative' }]);
    expect(within(card).getByLabelText(/J: Poikkeama/)).toHaveValue('variance');
    expect(within(card).queryByLabelText('Column J (left out)')).toBeNull();
  });

  it('saving a mapping saves a correction picked too, and checks with both', async () => {
    const { actions, saved, ran } = recording();
    const user = await renderPane({ ...actions, readSheet: async () => talousSheet });
    const card = await correct(user);
    await user.click(within(card).getByText('Map this table', { selector: 'button' }));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 5)));
    await press(user, 'Save mapping and check');
    expect(saved).toHaveLength(1);
    expect(saved[0].mappings).toHaveLength(1);
    expect(saved[0].overrides).toEqual([override]);
    expect(ran.at(-1)).toEqual(saved[0]);
    expect(notice('check')).toHaveTextContent(/^Recognition corrections saved in the workbook\. Checked\./);
  });

  it('Save corrections and check saves them although a threshold is wrong, and names that field, kept as typed', async () => {
    const { actions, saved, ran } = recording();
    const user = await renderPane(actions);
    await correct(user);
    const field = screen.getByTestId('threshold-redPct');
    await user.clear(field);
    await user.type(field, 'five');
    await press(user, 'Save corrections and check');
    expect(saved).toEqual([{ ...defaultSettings, overrides: [override] }]);
    expect(ran.at(-1)).toEqual(saved[0]);
    expect(notice('check')).toHaveTextContent(/^Recognition corrections saved in the workbook\. Checked\./);
    expect(notice('deviations')).toHaveTextContent(
      'Not saved: “Red: relative (%)” is not a valid number, so the check used the value saved before.',
    );
    expect(field).toHaveValue('five');
    expect(screen.getByTestId('table')).toHaveTextContent('Corrected');
  });

  it('Save corrections and check saves a valid threshold typed too, each confirmed in its own section', async () => {
    const { actions, saved } = fake(clean);
    const user = await renderPane(actions);
    await correct(user);
    const field = screen.getByTestId('threshold-redPct');
    await user.clear(field);
    await user.type(field, '6');
    await press(user, 'Save corrections and check');
    expect(saved).toHaveLength(1);
    expect(saved[0].overrides).toEqual([override]);
    expect(saved[0].thresholds.red.relative).toBe(0.06);
    expect(notice('check')).toHaveTextContent(/^Recognition corrections saved in the workbook\./);
    expect(notice('deviations')).toHaveTextContent('Settings saved in the workbook.');
  });
});

describe("numbers in the user's locale", () => {
  const stored: Settings = {
    ...defaultSettings,
    thresholds: { yellow: { relative: 0.025, absolute: 50_000 }, red: { relative: 0.05, absolute: 200_000 } },
  };

  it.each([
    ['fi', '2,5', '50\u00a0000', '200\u00a0000'],
    ['sv', '2,5', '50\u00a0000', '200\u00a0000'],
    ['en', '2.5', '50,000', '200,000'],
  ] as const)('shows saved thresholds as %s writes them', async (language, pct, yellow, red) => {
    await renderPane(fake(clean, {}, stored).actions, language);
    expect(screen.getByTestId('threshold-yellowPct')).toHaveValue(pct);
    expect(screen.getByTestId('threshold-yellowEur')).toHaveValue(yellow);
    expect(screen.getByTestId('threshold-redEur')).toHaveValue(red);
  });

  it('reformats a valid entry when the field is left, refuses an ambiguous one, and accepts the minus sign only to say why', async () => {
    const user = await renderPane(fake(clean).actions, 'fi');
    const field = screen.getByTestId('threshold-yellowEur');
    await user.clear(field);
    await user.type(field, '150000');
    await user.tab();
    expect(field).toHaveValue('150\u00a0000');
    await user.clear(field);
    await user.type(field, '1.000');
    // (Text queries see no-break spaces as spaces.)
    expect(
      screen.getByText('”1.000” on epäselvä: kirjoita desimaalit pilkulla (3,5) ja tuhannet välilyönnillä (150 000).'),
    ).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '−5');
    expect(screen.getByText('Anna luku, joka on vähintään 0.')).toBeInTheDocument();
    await user.clear(field);
    expect(screen.getByText('Anna luku, esimerkiksi 150 000.')).toBeInTheDocument();
    expect(field).not.toHaveValue('NaN');
  });
});

describe('results: the unit, the announcement, the focus', () => {
  it('clear reports cells, as flag does, and says when there was nothing to clear', async () => {
    let removed = 30;
    const user = await renderPane(fake(clean, { clearFlags: async () => removed }).actions);
    await press(user, 'Clear flags');
    expect(notice('deviations')).toHaveTextContent(
      'Flags removed from cells: 30. Values and formats are as they were.',
    );
    removed = 0;
    await press(user, 'Clear flags');
    expect(notice('deviations')).toHaveTextContent('The workbook has no flags of the add-in; nothing was changed.');
  });

  it("each result is in its section's live region, and focus stays on the button used", async () => {
    const user = await renderPane(fake(clean).actions);
    for (const [name, section] of [
      ['Check workbook', 'check'],
      ['Flag deviations', 'deviations'],
      ['Colour statuses', 'strategy'],
      ['Insert report', 'report'],
    ] as const) {
      await press(user, name);
      expect(notice(section)).toHaveAttribute('role', 'status');
      expect(notice(section).textContent).not.toBe('');
      expect(document.activeElement).toBe(button(name));
    }
  });
});

describe('failures', () => {
  it('says what failed, and says it again in the language the user switches to', async () => {
    const failing = fake(clean, {
      check: async () => Promise.reject(Object.assign(new Error('locked'), { code: 'AccessDenied' })),
    });
    const user = await renderPane(failing.actions);
    await press(user, 'Check workbook');
    expect(screen.getByRole('alert')).toHaveTextContent(
      /That did not work.*The sheet or workbook is protected.*The workbook was not changed\./,
    );
    await user.selectOptions(screen.getByLabelText('Language'), 'sv');
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Åtgärden misslyckades.*Bladet eller arbetsboken är skyddad.*Arbetsboken ändrades inte\./,
    );
  });
});
