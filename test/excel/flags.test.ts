import { analyze, planFlags } from '../../src/core';
import { flagFill, flagFont } from '../../src/core/colours';
import type { FlagPlan } from '../../src/core/plan';
import { createExcelOperations, flagMarker } from '../../src/excel';
import { HeadlessWorkbook, type Platform } from '../../src/headless';
import { conditionalFormatsOf, loadWithExcelJs, workbookDifferences } from './support/compare';
import { fileBytes, open } from './support/host';
import { formattedBudget } from './support/workbooks';

const plan: FlagPlan = {
  flags: [
    { sheet: 'Talous 2024', cell: 'D2', colour: 'red', kind: 'deviation' },
    { sheet: 'Talous 2024', cell: 'D3', colour: 'green', kind: 'deviation' },
    { sheet: 'Talous 2024', cell: 'D4', colour: 'red', kind: 'deviation' },
    { sheet: 'Talous 2024', cell: 'C4', colour: 'yellow', kind: 'deviation' },
  ],
};

/** The flag rules in a saved workbook, as ExcelJS reads them: sheet, ranges, fill and font colour. */
async function savedFlagRules(data: Uint8Array) {
  const workbook = await loadWithExcelJs(data);
  return workbook.worksheets.flatMap((sheet) =>
    conditionalFormatsOf(sheet)
      .filter((format) => JSON.stringify(format.rules).includes(flagMarker))
      .map((format) => ({ sheet: sheet.name, ref: format.ref, rules: format.rules })),
  );
}

describe('flag and clear flags', () => {
  it('colours the planned cells with conditional formats, one rule per sheet and colour', async () => {
    const { book, ops } = await open(await formattedBudget());
    expect(await ops.flag(plan)).toEqual({ flagged: 4 });
    const rules = await savedFlagRules(await book.save());
    expect(rules.map((rule) => rule.ref).sort()).toEqual(['C4', 'D2 D4', 'D3'].sort());
    const red = JSON.stringify(rules.find((rule) => rule.ref === 'D2 D4')?.rules);
    expect(red).toContain(flagFill.red.slice(1));
    expect(red).toContain(flagFont.red.slice(1));
  });

  it.each<[Platform, string, string]>([
    ['windows', 'fi-FI', ','],
    ['mac', 'sv-SE', ','],
    ['web', 'fi-FI', ';'],
  ])('flags on Excel on %s in %s, which refuses getRanges lists joined by "%s"', async (platform, locale, refused) => {
    // Excel on Windows and Mac take the locale's list separator, the web a comma (office-js #1167, #1985).
    const book = await HeadlessWorkbook.load(await formattedBudget(), { platform, locale });
    const ops = createExcelOperations(book.host, book.office);
    await expect(
      book.host.run(async (context) => {
        context.workbook.worksheets.getItem('Talous 2024').getRanges(`D2${refused}D4`).load('areaCount');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    const cells = ['D2', 'D3', 'D4', 'D6', 'D7'];
    const blocks = { flags: cells.map((cell) => ({ sheet: 'Talous 2024', cell, colour: 'red' as const, kind: 'deviation' as const })) };
    expect(await ops.flag(blocks)).toEqual({ flagged: 5 });
    expect((await savedFlagRules(await book.save())).map((rule) => rule.ref)).toEqual(['D2:D4 D6:D7']);
  });

  it('flag → clear leaves every value and every format as it was, the user’s own rule included', async () => {
    const original = await formattedBudget();
    const baseline = await (await open(original)).book.save();
    const { book, ops } = await open(original);
    await ops.flag(plan);
    // The comparison does see flags: the flagged workbook differs in its conditional formats only.
    const flagged = await workbookDifferences(baseline, await book.save());
    expect(flagged).toEqual([expect.stringContaining('Talous 2024 conditional formats')]);
    // Counted in cells, as flagging counts them: three rules over four cells.
    expect(await ops.clearFlags()).toEqual({ removed: 4 });
    const after = await book.save();
    expect(await workbookDifferences(baseline, after)).toEqual([]);
    expect(await workbookDifferences(original, after)).toEqual([]);
    const [ownRule] = conditionalFormatsOf((await loadWithExcelJs(after)).getWorksheet('Talous 2024')!);
    expect(ownRule).toEqual(expect.objectContaining({ ref: 'C2:C4' }));
  });

  it('flagging again replaces the old flags instead of piling them up', async () => {
    const { book, ops } = await open(await formattedBudget());
    await ops.flag(plan);
    await ops.flag(plan);
    await ops.flag({ flags: plan.flags.slice(0, 1) });
    expect(await savedFlagRules(await book.save())).toEqual([expect.objectContaining({ ref: 'D2' })]);
  });

  it('flags survive saving and reopening, and clearing then removes them', async () => {
    const original = await formattedBudget();
    const first = await open(original);
    await first.ops.flag(plan);
    const second = await open(await first.book.save());
    expect(await second.ops.clearFlags()).toEqual({ removed: 4 });
    expect(await savedFlagRules(await second.book.save())).toEqual([]);
  });

  it('takes five syncs to flag on Finnish Excel on Windows (four on the web) and three to clear', async () => {
    const { book, ops } = await open(await formattedBudget());
    book.stats.reset();
    await ops.flag(plan);
    // The sheet list, the conditional formats, the separator asked (',' refused, ';' taken), the writes.
    expect(book.stats.log.map((sync) => sync.error)).toEqual([null, null, 'InvalidArgument', null, null]);
    const web = await HeadlessWorkbook.load(await formattedBudget(), { platform: 'web' });
    await createExcelOperations(web.host, web.office).flag(plan);
    expect(web.stats.syncs).toBe(4);
    book.stats.reset();
    await ops.clearFlags();
    expect(book.stats.syncs).toBe(3);
  });

  it('flags what the engine plans on the example workbook, and clearing restores it', async () => {
    const original = fileBytes('examples/elvo-q4-2024.xlsx');
    const baseline = await (await open(original)).book.save();
    const { book, ops } = await open(original);
    const flagPlan = planFlags(analyze(await ops.readWorkbook({ skipReportSheets: true })));
    expect(flagPlan.flags.length).toBeGreaterThan(0);
    const result = await ops.flag(flagPlan);
    expect(result.flagged).toBe(new Set(flagPlan.flags.map((entry) => `${entry.sheet}!${entry.cell}`)).size);
    await ops.clearFlags();
    expect(await workbookDifferences(baseline, await book.save())).toEqual([]);
  });

  it('skips flags on a sheet that no longer exists', async () => {
    const { ops } = await open(await formattedBudget());
    expect(await ops.flag({ flags: [{ sheet: 'Poistettu', cell: 'A1', colour: 'red', kind: 'status' }] })).toEqual({ flagged: 0 });
  });
});
