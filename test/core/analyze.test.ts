import { isUnreadableFixture } from '../helpers/unreadable-fixtures';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, planFlags, renderFinding } from '../../src/core';
import { defaultSettings } from '../../src/core/settings';
import { readExample, readFixture, typeOver } from './helpers/workbook';

describe('analyze on the clean example (elvo-q4-2024.xlsx)', () => {
  it('recognises the table, the period and the strategy, and finds nothing wrong', async () => {
    const analysis = analyze(await readExample('elvo-q4-2024.xlsx'));
    expect(analysis.findings).toEqual([]);
    expect(analysis.period).toEqual({ quarter: 4, year: 2024 });
    expect(analysis.tables.map((t) => [t.sheet, t.range, t.scale.factor, t.costSign])).toEqual([
      ['Talous', 'A3:J36', 1000, 'positive'],
    ]);
    expect(analysis.strategy?.total).toEqual({ green: 16, yellow: 6, red: 0 });
  });

  it('gives every unit and line a deviation, the margins favourable as in the seed', async () => {
    const { deviations } = analyze(await readExample('elvo-q4-2024.xlsx'));
    expect(deviations).toHaveLength(30);
    const margin = (unit: string) => deviations.find((d) => d.unit === unit && d.line === 'margin');
    expect(margin('Kasvupalvelut')).toMatchObject({
      plan: -8_806_100,
      forecast: -6_965_600,
      deviation: expect.closeTo(1_840_500, 3),
      direction: 'favourable',
      status: 'green',
      cell: 'I25',
      varianceCell: 'J25',
    });
    expect(margin('Työllisyyspalvelut')?.deviation).toBeCloseTo(1_743_300, 3);
    // grants above plan: more cost, beyond 5 % and 200 000 €
    const grants = deviations.find((d) => d.unit === 'Työllisyyspalvelut' && d.line === 'grants');
    expect(grants).toMatchObject({ direction: 'unfavourable', status: 'red', cell: 'I32' });
  });

  it('plans a flag on each Poikkeama cell and each status cell', async () => {
    const analysis = analyze(await readExample('elvo-q4-2024.xlsx'));
    const { flags } = planFlags(analysis);
    expect(flags.filter((f) => f.kind === 'deviation')).toHaveLength(30);
    expect(flags.filter((f) => f.kind === 'status')).toHaveLength(22);
    expect(flags).toContainEqual({
      sheet: 'Talous',
      cell: 'J32',
      colour: 'red',
      kind: 'deviation',
    });
    expect(flags).toContainEqual({
      sheet: 'Strategia',
      cell: 'G5',
      colour: 'green',
      kind: 'status',
    });
  });
});

describe('analyze with a margin typed over', () => {
  // Kasvupalvelut's forecast margin typed as −9 000 t€ instead of the formula giving −6 965,6 t€
  const broken = async () => typeOver(await readExample('elvo-q4-2024.xlsx'), 'Talous', { I25: -9000 });

  it('reports each consequence once, at the cell that is wrong, errors first', async () => {
    const { findings } = analyze(await broken());
    expect(findings.map((f) => [f.severity, f.code, f.cell])).toEqual([
      ['error', 'rollup-mismatch', 'I14'],
      ['error', 'total-mismatch', 'I25'],
      ['error', 'binding-overrun', 'I25'],
      ['error', 'chain-mismatch', 'J25'],
      ['warning', 'hardcoded-total', 'I25'],
    ]);
  });

  it('gives the figures of each comparison in euros', async () => {
    const { findings } = analyze(await broken());
    const byCode = Object.fromEntries(findings.map((f) => [f.code, f]));
    expect(byCode['total-mismatch']).toMatchObject({
      expected: expect.closeTo(-6_965_600, 3),
      actual: -9_000_000,
      // Income, expenses and own-account production, each rounded to 0,1 t€: (3 + 1) / 2 × 100 €.
      tolerance: 200,
    });
    expect(byCode['rollup-mismatch']).toMatchObject({
      expected: expect.closeTo(-32_864_800, 3),
      actual: -30_830_400,
    });
    expect(byCode['binding-overrun']).toMatchObject({ expected: -8_806_100, actual: -9_000_000 });
    expect(byCode['binding-overrun'].data).toMatchObject({ overrun: expect.closeTo(193_900, 3) });
    expect(byCode['chain-mismatch']).toMatchObject({
      expected: expect.closeTo(-193_900, 3),
      actual: 1_840_500,
    });
  });

  it('turns the margin deviation unfavourable', async () => {
    const { deviations } = analyze(await broken());
    const margin = deviations.find((d) => d.unit === 'Kasvupalvelut' && d.line === 'margin');
    expect(margin).toMatchObject({ direction: 'unfavourable', status: 'yellow' });
    expect(margin?.deviationPct).toBeCloseTo(-2.2, 1);
  });

  it('warns about a binding unit the settings name that no table has, under a code of its own', async () => {
    const settings = {
      ...defaultSettings,
      bindingUnits: [
        { unit: 'kasvupalvelut', item: 'margin' as const },
        { unit: 'Kasvupalvelu', item: 'expenses' as const },
      ],
    };
    const { findings } = analyze(await readExample('elvo-q4-2024.xlsx'), settings);
    expect(findings).toEqual([
      {
        code: 'binding-unit-not-found',
        severity: 'warning',
        sheet: 'Talous',
        cell: 'A3',
        messageId: 'finding.binding-unit-not-found',
        data: { unit: 'Kasvupalvelu' },
      },
    ]);
  });

  it('binds the expenses of a gross-budgeted unit when the settings say so', async () => {
    const snapshot = typeOver(await readExample('elvo-q4-2024.xlsx'), 'Talous', { I17: 12_500 });
    const settings = {
      ...defaultSettings,
      bindingUnits: [{ unit: 'Kasvupalvelut', item: 'expenses' as const }],
    };
    const overruns = analyze(snapshot, settings).findings.filter((f) => f.code === 'binding-overrun');
    expect(overruns.map((f) => [f.cell, f.messageId, f.expected, f.actual])).toEqual([
      ['I17', 'finding.binding-overrun.expenses', 12_058_400, 12_500_000],
    ]);
  });
});

describe('analyze on the example with deliberate errors (elvo-q2-2025-errors.xlsx)', () => {
  it('finds exactly the thirteen planted errors, each at its cell, errors first', async () => {
    const { findings, period } = analyze(await readExample('elvo-q2-2025-errors.xlsx'));
    expect(period).toEqual({ quarter: 2, year: 2025 });
    expect(findings.map((f) => [f.severity, f.code, `${f.sheet}!${f.cell}`])).toEqual([
      ['error', 'error-value', 'Talous!K18'],
      ['error', 'type-error', 'Talous!K30'],
      ['error', 'binding-overrun', 'Talous!J33'],
      ['error', 'duplicate-row', 'Talous!C34'],
      ['error', 'chain-mismatch', 'Talous!K34'],
      ['error', 'rollup-mismatch', 'Hankkeet!D4'],
      ['error', 'total-mismatch', 'Hankkeet!I6'],
      ['error', 'sign-inconsistent', 'Hankkeet!D13'],
      ['error', 'status-invalid', 'Strategia!D9'],
      ['warning', 'type-error', 'Talous!K20'],
      ['warning', 'missing-value', 'Talous!D28'],
      ['warning', 'hardcoded-total', 'Hankkeet!J9'],
      ['warning', 'column-missing', 'Kaupunkimissio!A3'],
    ]);
  });

  it('gives the planted figures', async () => {
    const { findings } = analyze(await readExample('elvo-q2-2025-errors.xlsx'));
    const at = (cell: string) => findings.find((f) => `${f.sheet}!${f.cell}` === cell);
    expect(at('Talous!K20')?.data).toMatchObject({ text: '−8,2', value: -8.2, euros: -8_200 });
    expect(at('Talous!J33')).toMatchObject({ expected: -30_200_000, actual: -32_780_000 });
    expect(at('Talous!K34')).toMatchObject({ expected: -85_000, actual: -60_000 });
    expect(at('Hankkeet!D4')).toMatchObject({
      expected: -143_500,
      actual: -231_400,
      // A margin of two lines in whole euros: (2 + 1) / 2 €.
      tolerance: 1.5,
    });
    expect(at('Hankkeet!I6')).toMatchObject({ expected: 259_085, actual: 221_870 });
    expect(at('Hankkeet!D13')).toMatchObject({ actual: -84_500 });
  });

  it('colours the deviations the example describes, with interim figures for Q2', async () => {
    const { deviations } = analyze(await readExample('elvo-q2-2025-errors.xlsx'));
    const of = (unit: string, line: string) =>
      deviations.find((d) => d.sheet === 'Talous' && d.unit === unit && d.line === line);
    expect(of('Kasvupalvelut', 'purchasedServices')).toMatchObject({
      status: 'yellow',
      direction: 'unfavourable',
    });
    expect(of('Työllisyyspalvelut', 'grants')).toMatchObject({
      status: 'red',
      direction: 'unfavourable',
    });
    expect(of('Työllisyyspalvelut', 'margin')).toMatchObject({
      status: 'red',
      direction: 'unfavourable',
    });
    expect(of('Työllisyyspalvelut', 'margin')?.deviationPct).toBeCloseTo(-8.1, 1);
    expect(of('Kasvupalvelut', 'income')?.interim).toMatchObject({
      share: 0.5,
      actual: 1_402_300,
      expected: 1_300_000,
      direction: 'favourable',
    });
  });
});

describe('analyze on the fixtures', () => {
  it('says table-not-found on the first sheet when nothing is recognised', async () => {
    const { findings, tables } = analyze(await readFixture('no-table.xlsx'));
    expect(tables).toEqual([]);
    expect(findings).toEqual([
      {
        code: 'table-not-found',
        severity: 'error',
        sheet: 'Muistiinpanot',
        cell: 'A1',
        messageId: 'finding.table-not-found',
        data: { sheet: 'Muistiinpanot' },
      },
    ]);
  });

  it('says table-not-found for an asked sheet without a table, or one that does not exist', async () => {
    const snapshot = await readExample('elvo-q4-2024.xlsx');
    expect(analyze(snapshot, defaultSettings, { sheets: ['talous'] }).findings).toEqual([]);
    const missing = analyze(snapshot, defaultSettings, { sheets: ['Talous', 'Budjetti'] });
    expect(missing.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['table-not-found', 'Budjetti', 'A1']]);
    expect(missing.strategy).toBeNull();
  });

  it('does not call a workbook of strategic measures alone empty, and carries status-invalid through', async () => {
    const { findings, strategy } = analyze(await readFixture('strategy-forms.xlsx'));
    expect(strategy).not.toBeNull();
    expect(findings.map((f) => f.code)).toEqual(['status-invalid']);
  });

  it('names each Excel error value, sorted by row and column', async () => {
    const { findings } = analyze(await readFixture('error-values.xlsx'));
    expect(findings.filter((f) => f.code === 'error-value').map((f) => [f.cell, f.data.value])).toEqual([
      ['D2', '#REF!'],
      ['C3', '#N/A'],
      ['D4', '#DIV/0!'],
    ]);
  });

  it('reads costs written negative without a sign finding', async () => {
    const analysis = analyze(await readFixture('costs-negative.xlsx'));
    expect(analysis.tables[0].costSign).toBe('negative');
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each([
    ['labels-sv.xlsx', 'Verksamhetsbidrag'],
    ['labels-en.xlsx', 'Operating margin'],
  ])('checks a table with %s labels like a Finnish one', async (file, marginLabel) => {
    const { findings, deviations } = analyze(await readFixture(file));
    expect(findings).toEqual([]);
    expect(deviations.map((d) => [d.line, d.direction])).toEqual([
      ['income', 'favourable'],
      ['expenses', 'favourable'],
      ['margin', 'favourable'],
    ]);
    expect(deviations[2]).toMatchObject({ lineLabel: marginLabel, plan: -8_700_000, forecast: -6_900_000 });
  });

  it('judges a long table with a level column by the same rules', async () => {
    const { findings, deviations } = analyze(await readFixture('long-level.xlsx'));
    expect(findings).toEqual([]);
    expect(deviations).toHaveLength(9);
    expect(deviations.filter((d) => d.unitLevel === 1).map((d) => d.unit)).toEqual([
      'Kasvupalvelut',
      'Kasvupalvelut',
      'Kasvupalvelut',
      'Työllisyyspalvelut',
      'Työllisyyspalvelut',
      'Työllisyyspalvelut',
    ]);
  });

  it.each(
    readdirSync(join(__dirname, '..', 'fixtures')).filter(
      (name) => name.endsWith('.xlsx') && !isUnreadableFixture(name),
    ),
  )('analyzes %s without failing, every finding renderable and inside the workbook', async (name) => {
    const snapshot = await readFixture(name);
    const analysis = analyze(snapshot);
    const sheets = new Set(snapshot.sheets.map((s) => s.name));
    for (const finding of analysis.findings) {
      expect(sheets.has(finding.sheet)).toBe(true);
      expect(finding.cell).toMatch(/^[A-Z]{1,3}\d+$/);
      for (const language of ['fi', 'sv', 'en'] as const)
        expect(renderFinding(finding, language)).not.toMatch(/\{\w+\}/);
    }
  });

  it('renders every finding in fi, sv and en with every placeholder filled', async () => {
    const { findings } = analyze(typeOver(await readExample('elvo-q4-2024.xlsx'), 'Talous', { I25: -9000 }));
    for (const finding of findings) {
      for (const language of ['fi', 'sv', 'en'] as const)
        expect(renderFinding(finding, language)).not.toMatch(/\{\w+\}/);
    }
  });
});
