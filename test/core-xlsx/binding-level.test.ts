/**
 * The binding level, net or gross, in the order the council's rules are given to the engine:
 * the user's settings, the command line, a binding marker column in the table, the defaults.
 */
import { analyze } from '../../src/core/analyze';
import { bindingTargets } from '../../src/core/rules';
import { defaultSettings, type Settings } from '../../src/core/settings';
import { budgetTable, line, unit } from '../core/helpers/budget-table';
import { check } from '../core/helpers/check';
import { readFixture, typeOver } from '../core/helpers/workbook';

const overruns = async (settings: Settings = defaultSettings) =>
  analyze(await readFixture('binding-marker.xlsx'), settings).findings.flatMap(
    (f): (string | number | undefined)[][] =>
      f.code === 'binding-overrun'
        ? [[f.code, f.messageId, f.cell, f.data.unit, f.data.overrun]]
        : f.code === 'binding-unit-not-found'
          ? [[f.code, f.messageId, f.cell, f.data.unit, undefined]]
          : [],
  );

describe('a binding marker column (Sitovuus: B gross, N net)', () => {
  test('binds the marked units: Sivistystoimi gross, Tekninen toimi net, the city itself not', async () => {
    const analysis = analyze(await readFixture('binding-marker.xlsx'));
    expect(analysis.tables[0].bindingMarkers).toMatchObject({ column: 2, label: 'Sitovuus', unreadable: [] });
    expect(analysis.conventions?.[0].binding).toEqual({
      markerColumn: 'C',
      units: [
        { unit: 'Sivistystoimi', mode: 'gross', items: ['expenses', 'income'], source: 'marker' },
        { unit: 'Tekninen toimi', mode: 'net', items: ['margin'], source: 'marker' },
      ],
    });
    expect(await overruns()).toEqual([
      ['binding-overrun', 'finding.binding-overrun.income', 'F7', 'Sivistystoimi', 100_000],
      ['binding-overrun', 'finding.binding-overrun.expenses', 'F8', 'Sivistystoimi', 100_000],
    ]);
  });

  test('gives way to the command line’s mode, and the settings’ units to both', async () => {
    const net: Settings = { ...defaultSettings, commandLineBinding: { mode: 'net', units: null } };
    expect(await overruns(net)).toEqual([
      ['binding-overrun', 'finding.binding-overrun.margin', 'F9', 'Sivistystoimi', 200_000],
    ]);
    const settings: Settings = {
      ...net,
      bindingUnits: [{ unit: 'Tekninen toimi', item: 'expenses' }],
    };
    expect(await overruns(settings)).toEqual([
      ['binding-overrun', 'finding.binding-overrun.expenses', 'F11', 'Tekninen toimi', 50_000],
    ]);
  });

  test('command-line units take the marker’s mode; a unit there that no table has is its own finding', async () => {
    const settings: Settings = {
      ...defaultSettings,
      commandLineBinding: { mode: null, units: ['Sivistystoimi', 'Sivistystoimi (typo)'] },
    };
    expect(await overruns(settings)).toEqual([
      ['binding-overrun', 'finding.binding-overrun.income', 'F7', 'Sivistystoimi', 100_000],
      ['binding-overrun', 'finding.binding-overrun.expenses', 'F8', 'Sivistystoimi', 100_000],
      [
        'binding-unit-not-found',
        'finding.binding-unit-not-found.command-line',
        'A3',
        'Sivistystoimi (typo)',
        undefined,
      ],
    ]);
  });
});

test('a marker cell that is neither B nor N is named, at its cell', async () => {
  const snapshot = typeOver(await readFixture('binding-marker.xlsx'), 'Talous', { C10: 'X' });
  const found = analyze(snapshot).findings.filter((f) => f.code === 'type-error');
  expect(found.map((f) => [f.severity, f.cell, f.messageId, f.data])).toEqual([
    ['warning', 'C10', 'finding.type-error.binding-marker', { text: 'X', column: 'Sitovuus', unit: 'Tekninen toimi' }],
  ]);
});

describe('the defaults', () => {
  const names = (table: ReturnType<typeof budgetTable>) =>
    bindingTargets(table, defaultSettings).map((t) => [t.unit.name, t.mode, t.source]);

  test('a heading-only unit below the top passes binding on to its children', () => {
    const table = budgetTable({
      columns: ['TA', 'TOT 1-12'],
      rows: [
        unit('Kaupunki', 0),
        line('Toimintakate', -300, -300),
        unit('Sivistyslautakunta', 1),
        unit('Varhaiskasvatus', 2),
        line('Toimintakate', -100, -120),
        unit('Perusopetus', 2),
        line('Toimintakate', -200, -180),
        unit('Tekninen lautakunta', 1),
        line('Toimintakate', 0, 0),
      ],
    });
    expect(names(table)).toEqual([
      ['Varhaiskasvatus', 'net', 'default'],
      ['Perusopetus', 'net', 'default'],
      ['Tekninen lautakunta', 'net', 'default'],
    ]);
    expect(check('binding-overrun', table).map((f) => [f.cell, f.data.unit, f.data.overrun])).toEqual([
      ['C6', 'Varhaiskasvatus', 20],
    ]);
  });

  test('a binding unit without a margin line binds gross; several top units bind themselves', () => {
    const table = budgetTable({
      columns: ['TA', 'TOT 1-12'],
      rows: [
        unit('Hyvinvointilautakunta', 0),
        line('Toimintatuotot', 100, 90),
        line('Toimintakulut', 500, 490),
        unit('Tekninen lautakunta', 0),
        line('Toimintatuotot', 300, 300),
        line('Toimintakulut', 200, 210),
        line('Toimintakate', 100, 90),
      ],
    });
    expect(names(table)).toEqual([
      ['Hyvinvointilautakunta', 'gross', 'default'],
      ['Tekninen lautakunta', 'net', 'default'],
    ]);
    expect(check('binding-overrun', table).map((f) => [f.messageId, f.cell, f.data.overrun])).toEqual([
      ['finding.binding-overrun.income', 'C3', 10],
      ['finding.binding-overrun.margin', 'C8', 10],
    ]);
  });
});
