import { check } from '../helpers/check';
import { elvo } from '../helpers/elvo';

describe('chain-mismatch', () => {
  it('is quiet when TA+LTA:t = TA + LTA:t and Poikkeama = ENN − KS+LTA:t', () => {
    expect(check('chain-mismatch', elvo())).toEqual([]);
    expect(check('chain-mismatch', elvo({ costSign: 'negative' }))).toEqual([]);
  });

  it('reports a budget in force that ignores the supplementary budget, at the TA+LTA:t cell', () => {
    const findings = check('chain-mismatch', elvo({ patch: { 'Kasvupalvelut|Palvelujen ostot|TA+LTA:t': 5_000 } }));
    expect(findings).toEqual([
      {
        code: 'chain-mismatch',
        severity: 'error',
        sheet: 'Talous',
        cell: 'E11',
        messageId: 'finding.chain-mismatch.current-budget',
        data: {
          unit: 'Kasvupalvelut',
          line: 'Palvelujen ostot',
          column: 'TA+LTA:t',
          actual: 5_000_000,
          expected: 5_500_000,
          // TA + LTA:t, two figures in whole 1000 €: (2 + 1) / 2 × 1000 €.
          tolerance: 1500,
          operands: 2,
        },
        expected: 5_500_000,
        actual: 5_000_000,
        tolerance: 1500,
      },
    ]);
  });

  it('reports a Poikkeama that is not ENN − KS+LTA:t, at the Poikkeama cell', () => {
    const findings = check('chain-mismatch', elvo({ patch: { 'Työllisyyspalvelut|Toimintatuotot|Poikkeama': -300 } }));
    expect(findings).toEqual([
      expect.objectContaining({
        cell: 'J15',
        messageId: 'finding.chain-mismatch.variance',
        data: {
          unit: 'Työllisyyspalvelut',
          line: 'Toimintatuotot',
          column: 'Poikkeama',
          forecastColumn: 'ENN',
          planColumn: 'KS+LTA:t',
          actual: -300_000,
          expected: 300_000,
          tolerance: 1500,
          operands: 2,
        },
        expected: 300_000,
        actual: -300_000,
      }),
    ]);
  });

  it('says once, at the header, that a Poikkeama column is KS+LTA:t − ENN throughout', () => {
    const reversed = Object.fromEntries(
      (
        [
          ['ELVO', 'Toimintatuotot', -500],
          ['ELVO', 'Toimintakulut', 2_100],
          ['ELVO', 'Valmistus omaan käyttöön', 50],
          ['ELVO', 'Toimintakate', -2_550],
          ['Kasvupalvelut', 'Toimintatuotot', -200],
          ['Kasvupalvelut', 'Toimintakulut', 800],
          ['Kasvupalvelut', 'Henkilöstökulut', 100],
          ['Kasvupalvelut', 'Palvelujen ostot', 600],
          ['Kasvupalvelut', 'Muut toimintakulut', 100],
          ['Kasvupalvelut', 'Toimintakate', -1_000],
          ['Työllisyyspalvelut', 'Toimintatuotot', -300],
          ['Työllisyyspalvelut', 'Toimintakulut', 1_300],
          ['Työllisyyspalvelut', 'Valmistus omaan käyttöön', 50],
          ['Työllisyyspalvelut', 'Toimintakate', -1_550],
        ] as const
      ).map(([unitName, label, value]) => [`${unitName}|${label}|Poikkeama`, value]),
    );
    expect(check('chain-mismatch', elvo({ patch: reversed }))).toEqual([
      {
        code: 'chain-mismatch',
        severity: 'warning',
        sheet: 'Talous',
        cell: 'J1',
        messageId: 'finding.chain-mismatch.variance-reversed',
        data: { column: 'Poikkeama', forecastColumn: 'ENN', planColumn: 'KS+LTA:t', count: 14 },
      },
    ]);
  });

  it('takes the year-end actual for the forecast when there is no ENN column', () => {
    const table = elvo({
      columns: ['KS+LTA:t', 'TOT 1-12 2024', 'Poikkeama'],
      patch: { 'Kasvupalvelut|Toimintatuotot|Poikkeama': 250 },
    });
    expect(check('chain-mismatch', table)).toEqual([
      expect.objectContaining({
        cell: 'D8',
        expected: 200_000,
        actual: 250_000,
        data: expect.objectContaining({ forecastColumn: 'TOT 1-12 2024', planColumn: 'KS+LTA:t' }),
      }),
    ]);
  });

  it('does not check TA+LTA:t without an LTA column', () => {
    const table = elvo({
      columns: ['TA 2024', 'TA+LTA:t', 'ENN'],
      patch: { 'Kasvupalvelut|Toimintatuotot|TA+LTA:t': 9_999 },
    });
    expect(check('chain-mismatch', table)).toEqual([]);
  });
});
