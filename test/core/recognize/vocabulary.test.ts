/** The words of real statements and ledger exports (shared/domain.md, Real workbooks), in fi/sv/en and any case. */
import { columnLabelOf, lineOfLabel } from '../../../src/core/recognize';
import { parentLineOf, natureOf, topLineOf } from '../../../src/core/model';

describe('column labels of statements and exports', () => {
  it.each([
    ['Alkuperäinen TA', 'budget'],
    ['ALKUP. TA 2024', 'budget'],
    ['Tilinp. TA', 'budget'],
    ['Budj', 'budget'],
    ['Ursprunglig budget', 'budget'],
    ['TA Muutokset', 'supplementary'],
    ['TA:n muutokset', 'supplementary'],
    ['Ta-muut.', 'supplementary'],
    ['Talousarviomuutokset', 'supplementary'],
    ['Bu-muutos', 'supplementary'],
    ['Budgetändringar', 'supplementary'],
    ['Budget changes', 'supplementary'],
    ['TA muutosten jälkeen', 'currentBudget'],
    ['Muutettu TA', 'currentBudget'],
    ['Budjetti + muutos', 'currentBudget'],
    ['Ta + muut.', 'currentBudget'],
    ['Budget efter ändringar', 'currentBudget'],
    ['Amended budget', 'currentBudget'],
    ['Uusi ks.', 'currentPlan'],
    ['Käyttösuun', 'operatingPlan'],
    ['Toteutuma', 'actual'],
    ['TOTEUMA', 'actual'],
    ['Kirjanpito', 'actual'],
    ['Utfall', 'actual'],
    ['Erotus', 'variance'],
    ['Poikkeama', 'variance'],
    ['Avvikelse', 'variance'],
    ['Käyttö-%', 'actualPct'],
    ['KÄYTTÖ %', 'actualPct'],
    ['Utfall %', 'actualPct'],
    ['Tot-%', 'actualPct'],
  ])('%j is a %s column', (label, kind) => {
    expect(columnLabelOf(label)?.kind).toBe(kind);
  });

  it('a monthly actual "Tot. 02/2025" covers January to February 2025', () => {
    expect(columnLabelOf('Tot. 02/2025')).toEqual({
      kind: 'actual',
      year: 2025,
      months: { from: 1, to: 2 },
      scale: null,
    });
  });
});

describe('line labels of statements and exports', () => {
  it.each([
    ['TOIMINTATUOTOT', 'income'],
    ['Toimintatulot', 'income'],
    ['3000 Myyntituotot', 'salesIncome'],
    ['Maksutuotot', 'feeIncome'],
    ['Tuet ja avustukset', 'subsidyIncome'],
    ['Vuokratuotot', 'rentIncome'],
    ['Muut toimintatuotot', 'otherIncome'],
    ['Försäljningsintäkter', 'salesIncome'],
    ['Avgiftsintäkter', 'feeIncome'],
    ['Understöd och bidrag', 'subsidyIncome'],
    ['Övriga verksamhetsintäkter', 'otherIncome'],
    ['Toimintamenot', 'expenses'],
    ['HENKILÖSTÖKULUT', 'personnel'],
    ['Palkat ja palkkiot', 'wages'],
    ['Henkilösivukulut', 'personnelSideCosts'],
    ['Eläkekulut', 'pensionCosts'],
    ['Muut henkilösivukulut', 'otherPersonnelSideCosts'],
    ['Löner och arvoden', 'wages'],
    ['Lönebikostnader', 'personnelSideCosts'],
    ['Understöd', 'grants'],
    ['Netto', 'margin'],
    ['Netto (Toimintakate)', 'margin'],
    ['Toimintakate/Jäämä', 'margin'],
    ['4999 TOIMINTAKATE/JÄÄMÄ', 'margin'],
  ])('%j is the %s line', (label, line) => {
    expect(lineOfLabel(label)).toBe(line);
  });

  it('every line knows its parent line, up to the four lines of the income statement', () => {
    expect(parentLineOf.pensionCosts).toBe('personnelSideCosts');
    expect(parentLineOf.personnelSideCosts).toBe('personnel');
    expect(parentLineOf.personnel).toBe('expenses');
    expect(parentLineOf.feeIncome).toBe('income');
    expect(parentLineOf.expenses).toBeUndefined();
    expect(topLineOf('otherPersonnelSideCosts')).toBe('expenses');
    expect(natureOf('rentIncome')).toBe('income');
    expect(natureOf('wages')).toBe('cost');
  });
});
