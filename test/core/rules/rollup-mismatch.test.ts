import { check } from '../helpers/check';
import { budgetTable, formula, line, unit } from '../helpers/budget-table';
import { elvo } from '../helpers/elvo';

describe('rollup-mismatch', () => {
  it('is quiet when every parent line is the sum of its children', () => {
    expect(check('rollup-mismatch', elvo())).toEqual([]);
  });

  it('reports the parent cell when a child changed and the parent did not follow', () => {
    const findings = check('rollup-mismatch', elvo({ patch: { 'Työllisyyspalvelut|Toimintatuotot|KS': 1_700 } }));
    expect(findings).toEqual([
      {
        code: 'rollup-mismatch',
        severity: 'error',
        sheet: 'Talous',
        cell: 'F3',
        messageId: 'finding.rollup-mismatch',
        data: {
          unit: 'ELVO',
          line: 'Toimintatuotot',
          column: 'KS',
          children: 2,
          actual: 4_500_000,
          expected: 4_700_000,
          // Two children in whole 1000 €: (2 + 1) / 2 × 1000 €.
          tolerance: 1500,
          operands: 2,
        },
        expected: 4_700_000,
        actual: 4_500_000,
        tolerance: 1500,
      },
    ]);
  });

  it('sums grandchildren for a child that has no line of its own', () => {
    const table = budgetTable({
      columns: ['TA', 'ENN'],
      rows: [
        unit('Kaupunki', 0),
        line('Toimintakulut', formula(60), formula(70)),
        unit('Elinvoima', 1),
        unit('Kasvupalvelut', 2),
        line('Toimintakulut', 10, 20),
        unit('Työllisyyspalvelut', 2),
        line('Toimintakulut', 30, 30),
        unit('Hallinto', 1),
        line('Toimintakulut', 20, 20),
      ],
    });
    expect(check('rollup-mismatch', table)).toEqual([]);
    const wrong = budgetTable({
      columns: ['TA', 'ENN'],
      rows: [
        unit('Kaupunki', 0),
        line('Toimintakulut', 60, 60),
        unit('Elinvoima', 1),
        unit('Kasvupalvelut', 2),
        line('Toimintakulut', 10, 20),
      ],
    });
    expect(check('rollup-mismatch', wrong).map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['B3', 10, 60],
      ['C3', 20, 60],
    ]);
  });
});
