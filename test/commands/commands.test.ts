/**
 * The ribbon's function commands on a real workbook: the headless host plays Excel, and its command
 * runtime plays what Office gives a function command (the event, the dialog, the five-minute
 * lifetime). The handlers get all of it as arguments; no global is touched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, planFlags } from '../../src/core';
import { commandDeadlineMs, commandNames, createCommandHandlers } from '../../src/commands/handlers';
import {
  COMMAND_LIFETIME_MS,
  HeadlessCommandRuntime,
  HeadlessWorkbook,
  type HeadlessOptions,
} from '../../src/headless';
import { readExtras } from '../../src/headless/ooxml';
import { readSnapshot } from '../../src/xlsx';

jest.setTimeout(30_000);

const example = readFileSync(join(__dirname, '..', '..', 'examples', 'elvo-q4-2024.xlsx'));

async function setUp(options: HeadlessOptions = {}, xlsx: Uint8Array = example) {
  const workbook = await HeadlessWorkbook.load(xlsx, options);
  const runtime = new HeadlessCommandRuntime();
  const handlers = createCommandHandlers({
    excel: workbook.host,
    office: workbook.office,
    ui: runtime.ui,
    noticeUrl: 'https://budget.example.fi/notice.html',
    timers: runtime.clock,
    browserLanguage: 'en-US',
  });
  return { workbook, runtime, handlers };
}

/** Presses a button, waits for its dialog, has the user click OK, and returns how the command ended. */
async function pressAndConfirm(
  runtime: HeadlessCommandRuntime,
  handler: (event: { completed(): void }) => Promise<void>,
) {
  const pressed = runtime.press(handler);
  await runtime.dialogShown();
  const text = runtime.dialogs.at(-1)!.text;
  runtime.clickOk();
  await pressed.settled;
  return { text, record: pressed.record };
}

describe('ribbon commands', () => {
  it('has a handler for each function the manifest names', async () => {
    const { handlers } = await setUp();
    expect(Object.keys(handlers)).toEqual([...commandNames]);
  });

  it('check, flag and insert report run on the workbook, tell the outcome in Finnish and complete once the dialog is closed', async () => {
    const { workbook, runtime, handlers } = await setUp({ displayLanguage: 'fi-FI' });
    const outcomes = [];
    for (const name of commandNames) outcomes.push(await pressAndConfirm(runtime, handlers[name]));
    const flags = planFlags(analyze(await readSnapshot(example))).flags.length;
    expect(flags).toBeGreaterThan(0);
    expect(outcomes.map((outcome) => outcome.text)).toEqual([
      'Budjettiseuranta: havaintoja 0, virheitä 0. Avaa Budjettipaneeli nähdäksesi ne.',
      `Budjettiseuranta: soluja merkitty väreillä: ${flags}.`,
      'Budjettiseuranta: raportti lisätty (4 välilehteä).',
    ]);
    for (const { record } of outcomes)
      expect(record).toEqual({ endedBy: 'completed', completedCalls: 1, completedWithDialogOpen: false });
    expect(runtime.dialogs.map((dialog) => [dialog.open, dialog.closedBy, dialog.lostMessages])).toEqual(
      commandNames.map(() => [false, 'add-in', 0]),
    );
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

  it('inserts the report a second time on Excel on Windows, where renaming and deleting sheets have no undo', async () => {
    const { workbook, runtime, handlers } = await setUp({ platform: 'windows', displayLanguage: 'en-US' });
    await pressAndConfirm(runtime, handlers.insertReport);
    const second = await pressAndConfirm(runtime, handlers.insertReport);
    expect(second.text).toBe('Budget monitor: report inserted (4 sheets).');
    expect(workbook.sheetNames).toEqual(['Talous', 'Strategia', 'Summary', 'Deviations', 'Strategy', 'Glossary']);
  });

  it('completes when the user closes the dialog with its X', async () => {
    const { runtime, handlers } = await setUp();
    const pressed = runtime.press(handlers.checkWorkbook);
    await runtime.dialogShown();
    runtime.closeWindow();
    await pressed.settled;
    expect(pressed.record).toEqual({ endedBy: 'completed', completedCalls: 1, completedWithDialogOpen: false });
    expect(runtime.dialogs[0].closedBy).toBe('user');
  });

  it('closes a dialog nobody answers and completes before Office ends the command after five minutes', async () => {
    const { runtime, handlers } = await setUp();
    expect(commandDeadlineMs).toBeLessThan(COMMAND_LIFETIME_MS);
    const pressed = runtime.press(handlers.flagDeviations);
    await runtime.dialogShown();
    await runtime.clock.advance(COMMAND_LIFETIME_MS);
    await pressed.settled;
    expect(pressed.record).toEqual({ endedBy: 'completed', completedCalls: 1, completedWithDialogOpen: false });
    expect(runtime.dialogs[0]).toMatchObject({ open: false, closedBy: 'add-in' });
  });

  it('on a workbook with no budget table, each command says so and changes nothing', async () => {
    const noTable = readFileSync(join(__dirname, '..', 'fixtures', 'no-table.xlsx'));
    const { workbook, runtime, handlers } = await setUp({}, noTable);
    const before = await workbook.save();
    const texts = [];
    for (const name of commandNames) texts.push((await pressAndConfirm(runtime, handlers[name])).text);
    expect(texts).toEqual([
      expect.stringMatching(/^Budget monitor: No budget table was recognised in the workbook, so there was nothing to check\./),
      expect.stringMatching(/^Budget monitor: No budget table was recognised in the workbook, so nothing was changed\./),
      expect.stringMatching(/^Budget monitor: No budget table was recognised in the workbook, so nothing was changed\./),
    ]);
    expect(await readSnapshot(await workbook.save())).toEqual(await readSnapshot(before));
    expect((await readExtras(await workbook.save())).charts).toEqual([]);
  });

  it('Insert report on a workbook with errors inserts nothing and says how many errors there are', async () => {
    const withErrors = readFileSync(join(__dirname, '..', '..', 'examples', 'elvo-q2-2025-errors.xlsx'));
    const errors = analyze(await readSnapshot(withErrors)).findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    const { workbook, runtime, handlers } = await setUp({}, withErrors);
    const sheets = workbook.sheetNames;
    const { text } = await pressAndConfirm(runtime, handlers.insertReport);
    expect(text).toBe(
      `Budget monitor: the workbook has errors (${errors}), so no report was inserted. Open the Budget panel to see them or to insert the report anyway.`,
    );
    expect(workbook.sheetNames).toEqual(sheets);
  });

  it('on an Excel too old, says so, changes nothing and still completes', async () => {
    const { workbook, runtime, handlers } = await setUp({ apiVersion: '1.6' });
    const { text, record } = await pressAndConfirm(runtime, handlers.insertReport);
    expect(text).toMatch(/^Budget monitor: This version of Excel lacks features the add-in needs \(ExcelApi 1\.7\)/);
    expect(record.completedCalls).toBe(1);
    expect(workbook.sheetNames).toEqual(['Talous', 'Strategia']);
  });

  it('on a protected sheet, names it and what to do, and changes nothing', async () => {
    const { workbook, runtime, handlers } = await setUp();
    await workbook.host.run(async (context) => {
      context.workbook.worksheets.getItem('Talous').protection.protect();
      await context.sync();
    });
    const before = await workbook.save();
    const { text } = await pressAndConfirm(runtime, handlers.flagDeviations);
    expect(text).toBe(
      'Budget monitor: The sheet Talous is protected, so its formatting cannot change. Unprotect it (Review > Unprotect Sheet) or allow formatting cells, then try again. The workbook was not changed.',
    );
    expect(Buffer.from(await workbook.save()).equals(Buffer.from(before))).toBe(true);
  });
});
