import { check } from '../helpers/check';
import { budgetTable, formula, line, unit } from '../helpers/budget-table';
import { elvo } from '../helpers/elvo';
import { sheetOf } from '../helpers/sheet';

describe('total-mismatch', () => {
  it('is quiet when margins and expenses add up, whichever way costs are written', () => {
    expect(check('total-mismatch', elvo())).toEqual([]);
    expect(check('total-mismatch', elvo({ costSign: 'negative' }))).toEqual([]);
  });

  it('is quiet within half a displayed unit (500 € in a 1000 € table shown without decimals)', () => {
    const table = elvo({ patch: { 'Kasvupalvelut|Toimintakate|ENN': formula(-7_000.4) } });
    expect(check('total-mismatch', table, { sheet: sheetOf(table, '#,##0') })).toEqual([]);
  });

  it('reads a General cell to the decimals it shows', () => {
    const table = elvo({ patch: { 'Kasvupalvelut|Toimintakate|ENN': -7_000.4 } });
    expect(check('total-mismatch', table, { sheet: sheetOf(table, 'General') })).toEqual([
      expect.objectContaining({
        cell: 'I13',
        expected: -7_000_000,
        actual: -7_000_400,
        // Income and expenses in 1000 € with one decimal shown: (2 + 1) / 2 × 100 €.
        tolerance: 150,
      }),
    ]);
  });

  it('reports a margin off by 100 000 € at the margin cell', () => {
    const findings = check('total-mismatch', elvo({ patch: { 'Kasvupalvelut|Toimintakate|ENN': formula(-7_100) } }));
    expect(findings).toEqual([
      {
        code: 'total-mismatch',
        severity: 'error',
        sheet: 'Talous',
        cell: 'I13',
        messageId: 'finding.total-mismatch.margin',
        data: {
          unit: 'Kasvupalvelut',
          column: 'ENN',
          actual: -7_100_000,
          expected: -7_000_000,
          // Two lines (income, expenses) in whole 1000 €: (2 + 1) / 2 × 1000 €.
          tolerance: 1500,
          operands: 2,
        },
        expected: -7_000_000,
        actual: -7_100_000,
        tolerance: 1500,
      },
    ]);
  });

  it('adds negative costs instead of subtracting them', () => {
    const findings = check(
      'total-mismatch',
      elvo({ costSign: 'negative', patch: { 'Työllisyyspalvelut|Toimintakate|TA 2024': -25_000 } }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        cell: 'C18',
        expected: -25_400_000,
        actual: -25_000_000,
        messageId: 'finding.total-mismatch.margin',
      }),
    ]);
  });

  it('counts own-account production into the margin', () => {
    const findings = check(
      'total-mismatch',
      elvo({ patch: { 'Työllisyyspalvelut|Valmistus omaan käyttöön|TOT 1-12 2024': 150 } }),
    );
    expect(findings).toEqual([expect.objectContaining({ cell: 'H18', expected: -23_750_000, actual: -23_850_000 })]);
  });

  it('reports expenses that are not the sum of their sub-lines, at the expenses cell', () => {
    const findings = check('total-mismatch', elvo({ patch: { 'Kasvupalvelut|Henkilöstökulut|ENN': 3_950 } }));
    expect(findings).toEqual([
      expect.objectContaining({
        cell: 'I9',
        messageId: 'finding.total-mismatch.expenses',
        data: {
          unit: 'Kasvupalvelut',
          line: 'Toimintakulut',
          column: 'ENN',
          actual: 10_700_000,
          expected: 10_750_000,
          // Three sub-lines in whole 1000 €: (3 + 1) / 2 × 1000 €.
          tolerance: 2000,
          operands: 3,
        },
        expected: 10_750_000,
        actual: 10_700_000,
      }),
    ]);
  });

  it('takes the sub-lines for the expenses when there is no Toimintakulut row', () => {
    const table = (margin: number) =>
      budgetTable({
        scale: 1000,
        columns: ['TA', 'ENN'],
        rows: [
          unit('Kasvupalvelut'),
          line('Toimintatuotot', 10, 10),
          line('Henkilöstökulut', 20, 25),
          line('Vuokrat', 5, 5),
          line('Toimintakate', -15, margin),
        ],
      });
    expect(check('total-mismatch', table(-20))).toEqual([]);
    expect(check('total-mismatch', table(-15))).toEqual([
      expect.objectContaining({ cell: 'C6', expected: -20_000, actual: -15_000 }),
    ]);
  });

  it('leaves a sum over an error value to error-value', () => {
    const findings = check(
      'total-mismatch',
      elvo({ patch: { 'Kasvupalvelut|Henkilöstökulut|ENN': { kind: 'error', error: '#REF!' } } }),
    );
    expect(findings).toEqual([]);
  });

  it('narrows the tolerance by the decimals the number format shows', () => {
    const table = elvo({ patch: { 'Kasvupalvelut|Toimintakate|ENN': formula(-7_000.2) } });
    expect(check('total-mismatch', table, { sheet: sheetOf(table, '#,##0') })).toEqual([]);
    expect(check('total-mismatch', table, { sheet: sheetOf(table, '#,##0', { I13: '#,##0.0' }) })).toEqual([
      expect.objectContaining({ cell: 'I13', tolerance: 150, expected: -7_000_000 }),
    ]);
  });
});
