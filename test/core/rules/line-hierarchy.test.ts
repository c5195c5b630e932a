/** total-mismatch at every level of the line hierarchy, on tables as recognition reads them. */
import { recognizeSheet } from '../../../src/core/recognize';
import { validateTable } from '../../../src/core/rules';
import { sheet } from '../recognize/sheet-builder';

const statement = (patch: Record<string, number> = {}) => {
  const rows: [string, number, number][] = [
    ['Toimintatuotot', 1_000, 1_100],
    ['Myyntituotot', 600, 650],
    ['Maksutuotot', 300, 330],
    ['Muut toimintatuotot', 100, 120],
    ['Toimintakulut', 5_000, 4_900],
    ['Henkilöstökulut', 3_000, 2_950],
    ['Palkat ja palkkiot', 2_400, 2_350],
    ['Henkilösivukulut', 600, 600],
    ['Eläkekulut', 500, 510],
    ['Muut henkilösivukulut', 100, 90],
    ['Palvelujen ostot', 2_000, 1_950],
    ['Toimintakate', -4_000, -3_800],
  ];
  return sheet([
    ['', 'TA 2024', 'Toteutuma'],
    ...rows.map(([label, budget, actual]) => [label, patch[`${label}|TA`] ?? budget, patch[`${label}|TOT`] ?? actual]),
  ]);
};

const sums = (patch?: Record<string, number>) => {
  const table = recognizeSheet(statement(patch))[0];
  return validateTable(table, { only: ['total-mismatch'] }).map((f) => [f.cell, f.messageId, f.expected, f.actual]);
};

describe('every level of the line hierarchy adds up', () => {
  it('a statement whose income, personnel and side-cost sub-lines add up is quiet', () => {
    expect(sums()).toEqual([]);
  });

  it('income sub-lines that do not add up to Toimintatuotot are named at the Toimintatuotot cell', () => {
    expect(sums({ 'Maksutuotot|TOT': 430 })).toEqual([['C2', 'finding.total-mismatch.expenses', 1_200, 1_100]]);
  });

  it('Palkat ja palkkiot and Henkilösivukulut that do not add up to Henkilöstökulut are named there', () => {
    expect(sums({ 'Palkat ja palkkiot|TA': 2_300 })).toEqual([['B7', 'finding.total-mismatch.expenses', 2_900, 3_000]]);
  });

  it('the third level: Eläkekulut and Muut henkilösivukulut against Henkilösivukulut', () => {
    expect(sums({ 'Eläkekulut|TOT': 520 })).toEqual([['C9', 'finding.total-mismatch.expenses', 610, 600]]);
  });

  it('Toimintakulut is the sum of its direct sub-lines only, not of the sub-lines counted again', () => {
    // Henkilöstökulut 3 000 + Palvelujen ostot 2 000 = 5 000; a third-level error shows only at its own level.
    expect(sums({ 'Muut henkilösivukulut|TA': 200 })).toEqual([['B9', 'finding.total-mismatch.expenses', 700, 600]]);
  });
});
