/**
 * The ribbon's function commands on a real workbook: the headless host plays Excel, and Office's
 * global is the headless host's Office plus the two things a command uses from Office's UI (the
 * association of functions and the message dialog), which are recorded here since no Office runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeadlessWorkbook } from '../../src/headless';
import { readExtras } from '../../src/headless/ooxml';
import { analyze, planFlags } from '../../src/core';
import { readSnapshot } from '../../src/xlsx';

jest.setTimeout(30_000);

type Command = (event: { completed(): void }) => Promise<void>;

interface Recorded {
  readonly commands: Map<string, Command>;
  readonly dialogs: string[];
}

async function setUp(workbook: HeadlessWorkbook): Promise<Recorded> {
  const recorded: Recorded = { commands: new Map(), dialogs: [] };
  const globals = globalThis as Record<string, unknown>;
  globals.Excel = workbook.host;
  globals.window = { location: { href: 'https://budget.example.fi/commands.html' } };
  globals.navigator = { language: 'en-US' };
  globals.Office = {
    context: {
      ...workbook.office.context,
      ui: {
        displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
          recorded.dialogs.push(decodeURIComponent(new URL(url).hash.slice(1)));
          callback({ status: 'succeeded', value: { addEventHandler() {}, close() {} } });
        },
      },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived' },
    actions: { associate: (name: string, command: Command) => recorded.commands.set(name, command) },
    onReady: (callback: () => void) => Promise.resolve().then(callback),
  };
  // A fresh copy of the commands module (it associates its functions when imported), without
  // resetting the registry the host was loaded from: the host reads sheets lazily with those modules.
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/commands');
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return recorded;
}

async function press(recorded: Recorded, name: string): Promise<number> {
  let completed = 0;
  await recorded.commands.get(name)!({ completed: () => (completed += 1) });
  return completed;
}

const example = readFileSync(join(__dirname, '..', '..', 'examples', 'elvo-q4-2024.xlsx'));

describe('ribbon commands', () => {
  afterEach(() => {
    for (const name of ['Excel', 'Office', 'window', 'navigator']) delete (globalThis as Record<string, unknown>)[name];
  });

  it('associates the three functions the manifest names', async () => {
    const recorded = await setUp(await HeadlessWorkbook.load(example));
    expect([...recorded.commands.keys()]).toEqual(['checkWorkbook', 'flagDeviations', 'insertReport']);
  });

  it('check, flag and insert report run on the workbook, tell the outcome in Finnish and complete', async () => {
    const workbook = await HeadlessWorkbook.load(example, { displayLanguage: 'fi-FI' });
    const recorded = await setUp(workbook);
    expect(await press(recorded, 'checkWorkbook')).toBe(1);
    expect(await press(recorded, 'flagDeviations')).toBe(1);
    expect(await press(recorded, 'insertReport')).toBe(1);
    const flags = planFlags(analyze(await readSnapshot(example))).flags.length;
    expect(flags).toBeGreaterThan(0);
    expect(recorded.dialogs).toEqual([
      'Budjettiseuranta: 0 havaintoa, 0 virhettä. Avaa Budjettipaneeli nähdäksesi ne.',
      `Budjettiseuranta: ${flags} solua merkitty väreillä.`,
      'Budjettiseuranta: raportti lisätty (4 välilehteä).',
    ]);
    expect(workbook.sheetNames).toEqual([
      'Talous',
      'Strategia',
      'Yhteenveto',
      'Poikkeamat',
      'Strategia (2)',
      'Sanasto',
    ]);
    expect((await readExtras(await workbook.save())).charts.map((chart) => chart.type).sort()).toEqual([
      'BarClustered',
      'BarStacked',
      'ColumnClustered',
    ]);
  });

  it('on an Excel too old, says so, changes nothing and still completes', async () => {
    const workbook = await HeadlessWorkbook.load(example, { apiVersion: '1.5' });
    const recorded = await setUp(workbook);
    expect(await press(recorded, 'insertReport')).toBe(1);
    expect(recorded.dialogs).toEqual([
      expect.stringMatching(
        /^Budget monitor: This version of Excel lacks features the add-in needs \(ExcelApi 1\.6, ExcelApi 1\.7\)/,
      ),
    ]);
    expect(workbook.sheetNames).toEqual(['Talous', 'Strategia']);
  });
});
