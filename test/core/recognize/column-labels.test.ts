import { columnLabelOf } from '../../../src/core/recognize';

describe('figure-column labels', () => {
  it.each([
    // Finnish
    ['TP 2023', 'priorYear'],
    ['Tilinpäätös 2023', 'priorYear'],
    ['TA 2024', 'budget'],
    ['Talousarvio', 'budget'],
    ['LTA', 'supplementary'],
    ['LTA:t', 'supplementary'],
    ['Lisätalousarviot', 'supplementary'],
    ['TA+LTA', 'currentBudget'],
    ['TA+LTA:t', 'currentBudget'],
    ['TA + LTA:t', 'currentBudget'],
    ['KS', 'operatingPlan'],
    ['Käyttösuunnitelma', 'operatingPlan'],
    ['KS+LTA:t', 'currentPlan'],
    ['KS + LTA', 'currentPlan'],
    ['TOT 1-12 2024', 'actual'],
    ['Toteuma', 'actual'],
    ['TOT', 'actual'],
    ['ENN', 'forecast'],
    ['Ennuste', 'forecast'],
    ['Poikkeama', 'variance'],
    ['Poikkeama (ENN − KS+LTA:t)', 'variance'],
    ['TA muutoksineen', 'currentBudget'],
    ['KS muutoksineen', 'currentPlan'],
    ['Toteumaennuste', 'forecast'],
    ['Ennuste 31.12.', 'forecast'],
    ['Tot-%', 'actualPct'],
    ['Toteuma-%', 'actualPct'],
    ['Toteutuma %', 'actualPct'],
    // Swedish
    ['Bokslut 2023', 'priorYear'],
    ['Budget 2024', 'budget'],
    ['Tilläggsbudget', 'supplementary'],
    ['Gällande budget', 'currentBudget'],
    ['Dispositionsplan', 'operatingPlan'],
    ['Gällande dispositionsplan', 'currentPlan'],
    ['Utfall 1-12 2024', 'actual'],
    ['Prognos', 'forecast'],
    ['Avvikelse', 'variance'],
    ['Utfall %', 'actualPct'],
    // English
    ['Prior year', 'priorYear'],
    ['Actual prior year', 'priorYear'],
    ['Accounts 2023', 'priorYear'],
    ['Budget', 'budget'],
    ['Supplementary budget', 'supplementary'],
    ['Current budget', 'currentBudget'],
    ['Operating plan', 'operatingPlan'],
    ['Current operating plan', 'currentPlan'],
    ['Actual', 'actual'],
    ['Forecast 2024', 'forecast'],
    ['Variance', 'variance'],
    ['Deviation', 'variance'],
    ['Actual %', 'actualPct'],
  ])('%j is a %s column', (text, kind) => {
    expect(columnLabelOf(text)?.kind).toBe(kind);
  });

  it('case, spacing and line breaks do not matter', () => {
    expect(columnLabelOf('  ks+lta:T ')?.kind).toBe('currentPlan');
    expect(columnLabelOf('TOT\n1-12\n2024')).toMatchObject({ kind: 'actual', year: 2024, months: { from: 1, to: 12 } });
    expect(columnLabelOf('TA\u00a02024')).toMatchObject({ kind: 'budget', year: 2024 });
    expect(columnLabelOf('GÄLLANDE  DISPOSITIONSPLAN')?.kind).toBe('currentPlan');
  });

  it('reads the year and the period mark', () => {
    expect(columnLabelOf('TOT 1-6 2024')).toMatchObject({ kind: 'actual', year: 2024, months: { from: 1, to: 6 } });
    expect(columnLabelOf('TOT 1–9/2025')).toMatchObject({ kind: 'actual', year: 2025, months: { from: 1, to: 9 } });
    expect(columnLabelOf('TP2023')).toMatchObject({ kind: 'priorYear', year: 2023, months: null });
    expect(columnLabelOf('ENN')).toMatchObject({ kind: 'forecast', year: null, months: null });
    expect(columnLabelOf('Ennuste 31.12.2024')).toMatchObject({ kind: 'forecast', year: 2024 });
    expect(columnLabelOf('Toteuma 1.1.–30.6.2024')).toMatchObject({ kind: 'actual', year: 2024, months: { from: 1, to: 6 } });
    expect(columnLabelOf('TOT Q2 2024')).toMatchObject({ kind: 'actual', year: 2024, months: { from: 1, to: 6 } });
    expect(columnLabelOf('Utfall Q3/2025')).toMatchObject({ kind: 'actual', year: 2025, months: { from: 1, to: 9 } });
  });

  it('a scale inside the header is read and does not hide the label', () => {
    expect(columnLabelOf('TA 2024, 1000 €')).toMatchObject({ kind: 'budget', year: 2024, scale: { factor: 1000, label: '1000 €' } });
    expect(columnLabelOf('ENN (milj. €)')).toMatchObject({ kind: 'forecast', scale: { factor: 1_000_000 } });
    expect(columnLabelOf('Budget 2024, EUR thousand')).toMatchObject({ kind: 'budget', scale: { factor: 1000 } });
    expect(columnLabelOf('TA 2024')?.scale).toBeNull();
  });

  it.each(['Yksikkö', 'Rivi', 'Selite', 'Poikkeama-%', 'Budget comment', 'TA-%', '2024', '', 'Toimintakate'])('%j names no figure column', (text) => {
    expect(columnLabelOf(text)).toBeNull();
  });
});
