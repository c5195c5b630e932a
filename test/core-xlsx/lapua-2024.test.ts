/**
 * Real published figures: the 2024 year-end tables of four Lapua boards, as printed in their
 * minutes (scripts/realdata/lapua-2024.json), in test/fixtures/lapua-2024.xlsx written by
 * scripts/support/lapua-2024.ts. Their quirks are kept: Tekninen lautakunta prints its cost
 * budget unsigned beside a negative actual (the fourth convention); two margins are 1 € off
 * their parts (rounding, no fault); Ympäristölautakunta's margin actual is 7 239 € off its
 * parts (a real fault); Sivistyslautakunta and Tekninen lautakunta overran their binding
 * margins (net binding per board, as Lapua's council decided).
 *
 * Not checkable from the workbook, and so not asserted: the deviation text naming the wrong
 * line ("toimintatuotot ylittyivät noin 35.000 €" means the costs) and the second figure of
 * Sivistyslautakunta's overrun (124 744 € in another document): both are prose of the minutes,
 * not cells of the table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/model';
import { defaultSettings, type Settings } from '../../src/core/settings';
import { readSnapshot } from '../../src/xlsx';
import { buildLapua2024, lapuaBoards, lapuaLayout } from '../../scripts/support/lapua-2024';
import { packageBytes } from '../../scripts/support/workbook-writing';
import { typeOver } from '../core/helpers/workbook';

const path = join(__dirname, '..', 'fixtures', 'lapua-2024.xlsx');
const snapshot = () => readSnapshot(new Uint8Array(readFileSync(path)));
const analyzed = async (settings: Settings = defaultSettings): Promise<Analysis> => analyze(await snapshot(), settings);

const hyvinvointi = 'Hyvinvointilautakunta';
const sivistys = 'Sivistyslautakunta';
const tekninen = 'Tekninen lautakunta';
const ymparisto = 'Ympäristölautakunta';

describe('the fixture', () => {
  test('is what the script writes from the real figures', async () => {
    expect(Buffer.from(await packageBytes(buildLapua2024())).equals(readFileSync(path))).toBe(true);
  });

  test('holds every printed figure of the minutes at its line, one sheet per board', async () => {
    const { sheets } = await snapshot();
    expect(sheets.map((s) => s.name)).toEqual([hyvinvointi, sivistys, tekninen, ymparisto]);
    for (const board of lapuaBoards()) {
      const sheet = sheets.find((s) => s.name === board.unit)!;
      Object.entries(board.lines).forEach(([label, line], i) => {
        const row = sheet.values[lapuaLayout.firstLineRow - 1 + i - sheet.origin.row];
        const printed = board.columns_printed.length === 4 ? [line.ta_lta, line.tot, line.poik] : [line.ta_lta, line.tot];
        expect([row[0], ...row.slice(1, 1 + printed.length)]).toEqual([label, ...printed]);
      });
    }
  });
});

describe('check on the real figures', () => {
  test('names exactly the real faults and the binding overruns, and raises no false alarm', async () => {
    const { findings } = await analyzed();
    expect(findings.map((f) => [f.severity, f.code, `${f.sheet}!${f.cell}`, f.expected, f.actual])).toEqual([
      // Net binding per board: the margin against the budget, the year's actual as the outcome.
      ['error', 'binding-overrun', `${sivistys}!C6`, -27_642_200, -27_757_988],
      ['error', 'binding-overrun', `${tekninen}!C7`, -4_586_020, -4_703_561],
      // 209 568 − 359 485 = −149 917, printed −142 678.
      ['error', 'total-mismatch', `${ymparisto}!C6`, -149_917, -142_678],
      // The fourth convention is itself a finding, once, at the cost actual.
      ['warning', 'sign-inconsistent', `${tekninen}!C6`, undefined, -17_058_115],
      // The minutes do not say whether "TA 2024" is the original or the amended budget.
      ['info', 'column-missing', `${hyvinvointi}!A3`, undefined, undefined],
      ['info', 'column-missing', `${sivistys}!A3`, undefined, undefined],
      ['info', 'column-missing', `${tekninen}!A3`, undefined, undefined],
      ['info', 'column-missing', `${ymparisto}!A3`, undefined, undefined],
    ]);
  });

  test("gives the overruns' amounts as the minutes do: 115 788 € and 117 541 €, in the council's words", async () => {
    const overruns = (await analyzed()).findings.filter((f) => f.code === 'binding-overrun');
    expect(overruns.map((f) => [f.messageId, f.data.unit, f.data.overrun])).toEqual([
      ['finding.binding-overrun.margin', sivistys, 115_788],
      ['finding.binding-overrun.margin', tekninen, 117_541],
    ]);
  });

  test('allows the 1 € rounding differences by the number of figures added, and says so', async () => {
    const { findings } = await analyzed();
    // Hyvinvointi's margin actual −6 025 748 against 1 127 089 − 7 152 838 = −6 025 749; Tekninen's −4 703 561
    // against 12 006 362 + 348 191 − 17 058 115 = −4 703 562, and its Poikkeama margin −117 541 against −117 542.
    for (const cell of [`${hyvinvointi}!C6`, `${tekninen}!C7`, `${tekninen}!D7`]) {
      expect(findings.filter((f) => f.code === 'total-mismatch' && `${f.sheet}!${f.cell}` === cell)).toEqual([]);
    }
    const gap = findings.find((f) => f.code === 'total-mismatch')!;
    expect(gap).toMatchObject({ tolerance: 1.5, data: { operands: 2, tolerance: 1.5 } });
  });

  test('still reports a six-figure fault in a table that is 1 € off elsewhere', async () => {
    const planted = typeOver(await snapshot(), hyvinvointi, { C6: -6_125_748 });
    const found = analyze(planted).findings.filter((f) => f.code === 'total-mismatch');
    expect(found.map((f) => [`${f.sheet}!${f.cell}`, f.expected, f.actual])).toEqual([
      [`${hyvinvointi}!C6`, -6_025_749, -6_125_748],
      [`${ymparisto}!C6`, -149_917, -142_678],
    ]);
  });

  test("computes every deviation from the year's actual, judged by the line and each column's cost sign", async () => {
    const { deviations } = await analyzed();
    expect(deviations.map((d) => [d.unit, d.lineLabel, d.plan, d.forecast, d.deviation, d.direction, d.cell])).toEqual([
      [hyvinvointi, 'Toimintatuotot', 1_329_950, 1_127_089, -202_861, 'unfavourable', 'C4'],
      [hyvinvointi, 'Toimintakulut', -7_501_230, -7_152_838, 348_392, 'favourable', 'C5'],
      [hyvinvointi, 'Toimintakate', -6_171_280, -6_025_748, 145_532, 'favourable', 'C6'],
      [sivistys, 'Toimintatuotot', 1_305_950, 1_083_674, -222_276, 'unfavourable', 'C4'],
      [sivistys, 'Toimintakulut', -28_948_150, -28_841_662, 106_488, 'favourable', 'C5'],
      [sivistys, 'Toimintakate', -27_642_200, -27_757_988, -115_788, 'unfavourable', 'C6'],
      [tekninen, 'Toimintatuotot', 11_925_050, 12_006_362, 81_312, 'favourable', 'C4'],
      [tekninen, 'Valmistus omaan käyttöön', 512_000, 348_191, -163_809, 'unfavourable', 'C5'],
      // Budget unsigned, actual negative: compared by size, 35 045 € more cost, as the minutes' "+35.045" says.
      [tekninen, 'Toimintakulut', 17_023_070, -17_058_115, 35_045, 'unfavourable', 'C6'],
      [tekninen, 'Toimintakate', -4_586_020, -4_703_561, -117_541, 'unfavourable', 'C7'],
      [ymparisto, 'Toimintakulut', -391_650, -359_485, 32_165, 'favourable', 'C4'],
      [ymparisto, 'Toimintatuotot', 184_600, 209_568, 24_968, 'favourable', 'C5'],
      [ymparisto, 'Toimintakate', -207_050, -142_678, 64_372, 'favourable', 'C6'],
    ]);
    // The minutes' own Poikkeama column is where the deviation stands for Tekninen lautakunta.
    expect(deviations.filter((d) => d.unit === tekninen).map((d) => d.varianceCell)).toEqual(['D4', 'D5', 'D6', 'D7']);
  });

  test("states each table's conventions: Tekninen's deviation column follows the fourth on all four rows", async () => {
    const { conventions } = await analyzed();
    expect(conventions?.map((c) => [c.sheet, c.costSigns.table, c.deviationBasis?.yearEnd])).toEqual([
      [hyvinvointi, 'negative', true],
      [sivistys, 'negative', true],
      [tekninen, 'mixed', true],
      [ymparisto, 'negative', true],
    ]);
    const technical = conventions?.[2];
    expect(technical?.costSigns.columns.map((c) => [c.label, c.sign])).toEqual([
      ['Talousarvio', 'unsigned'],
      ['Toteuma', 'negative'],
    ]);
    expect(technical?.varianceConvention).toMatchObject({
      column: { label: 'Poikkeama' },
      convention: 'mixed-signs',
      number: 4,
      formula: 'actual-minus-plan',
      plan: { label: 'Talousarvio', kind: 'budget' },
      actual: { label: 'Toteuma', kind: 'actual' },
      rows: 4,
      fitting: 4,
    });
    expect(conventions?.map((c) => c.varianceConvention === null)).toEqual([true, true, false, true]);
    expect(conventions?.map((c) => c.binding.units)).toEqual(
      [hyvinvointi, sivistys, tekninen, ymparisto].map((unit) => [
        { unit, mode: 'net', items: ['margin'], source: 'default' },
      ]),
    );
    expect(conventions?.map((c) => c.tolerance)).toEqual(Array(4).fill({ halfUnit: 0.5, displayedUnit: 1 }));
  });

  test('binds gross when asked on the command line: appropriation overruns and revenue shortfalls', async () => {
    const settings: Settings = { ...defaultSettings, commandLineBinding: { mode: 'gross', units: null } };
    const overruns = (await analyzed(settings)).findings.filter((f) => f.code === 'binding-overrun');
    expect(overruns.map((f) => [f.messageId, `${f.sheet}!${f.cell}`, f.expected, f.actual, f.data.overrun])).toEqual([
      ['finding.binding-overrun.income', `${hyvinvointi}!C4`, 1_329_950, 1_127_089, 202_861],
      ['finding.binding-overrun.income', `${sivistys}!C4`, 1_305_950, 1_083_674, 222_276],
      ['finding.binding-overrun.expenses', `${tekninen}!C6`, 17_023_070, -17_058_115, 35_045],
    ]);
  });
});
