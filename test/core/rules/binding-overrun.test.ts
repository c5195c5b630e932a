import { check } from '../helpers/check';
import { budgetTable, line, unit } from '../helpers/budget-table';
import { elvo } from '../helpers/elvo';
import { defaultSettings } from '../../../src/core/settings';

const withBinding = (bindingUnits: typeof defaultSettings.bindingUnits) => ({
  settings: { ...defaultSettings, bindingUnits },
});

describe('binding-overrun', () => {
  it('is quiet when each responsibility area’s margin forecast is within the budget in force', () => {
    expect(check('binding-overrun', elvo())).toEqual([]);
  });

  it('reports a responsibility area whose forecast margin is worse than TA+LTA:t, at the forecast cell', () => {
    const findings = check('binding-overrun', elvo({ patch: { 'Kasvupalvelut|Toimintakate|ENN': -8_200 } }));
    expect(findings).toEqual([
      {
        code: 'binding-overrun',
        severity: 'error',
        sheet: 'Talous',
        cell: 'I13',
        messageId: 'finding.binding-overrun.margin',
        data: {
          unit: 'Kasvupalvelut',
          line: 'Toimintakate',
          column: 'ENN',
          budgetColumn: 'TA+LTA:t',
          item: 'margin',
          budget: -8_000_000,
          forecast: -8_200_000,
          overrun: 200_000,
          tolerance: 500,
        },
        expected: -8_000_000,
        actual: -8_200_000,
        tolerance: 500,
      },
    ]);
  });

  it('does not bind the service area itself by default', () => {
    expect(check('binding-overrun', elvo({ patch: { 'ELVO|Toimintakate|ENN': -40_000 } }))).toEqual([]);
  });

  it('binds the only unit of a single-unit table, against TA when there is no TA+LTA:t', () => {
    const table = budgetTable({
      scale: 1000,
      columns: ['TA', 'ENN'],
      rows: [unit('Kasvupalvelut'), line('Toimintakate', -100, -105)],
    });
    expect(check('binding-overrun', table)).toEqual([
      expect.objectContaining({ cell: 'C3', expected: -100_000, actual: -105_000 }),
    ]);
  });

  it('judges an appropriation (expenses) of a named unit, costs positive or negative', () => {
    const settings = withBinding([{ unit: 'Työllisyyspalvelut', item: 'expenses' }]);
    const over = check(
      'binding-overrun',
      elvo({ patch: { 'Työllisyyspalvelut|Toimintakulut|ENN': 27_100 } }),
      settings,
    );
    expect(over).toEqual([
      expect.objectContaining({
        cell: 'I16',
        messageId: 'finding.binding-overrun.expenses',
        expected: 27_000_000,
        actual: 27_100_000,
      }),
    ]);
    expect(over[0].data.overrun).toBe(100_000);
    const negative = check(
      'binding-overrun',
      elvo({ costSign: 'negative', patch: { 'Työllisyyspalvelut|Toimintakulut|ENN': -27_100 } }),
      settings,
    );
    expect(negative.map((f) => [f.cell, f.data.overrun])).toEqual([['I16', 100_000]]);
    const under = check(
      'binding-overrun',
      elvo({ costSign: 'negative', patch: { 'Työllisyyspalvelut|Toimintakulut|ENN': -26_900 } }),
      settings,
    );
    expect(under).toEqual([]);
  });

  it('judges a revenue estimate (income) of a unit named by id', () => {
    const settings = withBinding([{ unit: 'elvo/kasvupalvelut', item: 'income' }]);
    const findings = check('binding-overrun', elvo({ patch: { 'Kasvupalvelut|Toimintatuotot|ENN': 3_000 } }), settings);
    expect(findings).toEqual([
      expect.objectContaining({
        cell: 'I8',
        messageId: 'finding.binding-overrun.income',
        expected: 3_500_000,
        actual: 3_000_000,
      }),
    ]);
  });
});
