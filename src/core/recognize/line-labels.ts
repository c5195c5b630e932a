/**
 * The income-statement line a row label names, in Finnish, Swedish and English; tolerant of
 * account-number prefixes ('3000 Myyntituotot', '4999 TOIMINTAKATE/JÄÄMÄ'), 'yhteensä'/'totalt'/
 * 'total' suffixes, case, punctuation and extra spaces. Sub-lines are lines of their own: their
 * place in the line hierarchy is model.ts's parentLineOf.
 */
import type { LineKind } from '../model';
import { memoize, normalizeText } from './text';

const names: Readonly<Record<LineKind, readonly string[]>> = {
  income: [
    'toimintatuotot',
    'toimintatulot',
    'verksamhetsintäkter',
    'verksamhetens intäkter',
    'operating income',
    'operating revenue',
    'operating revenues',
  ],
  salesIncome: ['myyntituotot', 'myyntitulot', 'försäljningsintäkter', 'sales income', 'sales revenue', 'sales'],
  feeIncome: ['maksutuotot', 'maksutulot', 'avgiftsintäkter', 'fee income', 'fees', 'charges'],
  subsidyIncome: [
    'tuet ja avustukset',
    'tuet ja avustukset tuloina',
    'understöd och bidrag',
    'subsidies and grants received',
    'grants received',
    'subsidies received',
  ],
  rentIncome: ['vuokratuotot', 'vuokratulot', 'hyresintäkter', 'rental income', 'rent income'],
  otherIncome: [
    'muut toimintatuotot',
    'muut tuotot',
    'muut toimintatulot',
    'övriga verksamhetsintäkter',
    'övriga intäkter',
    'other operating income',
    'other income',
  ],
  expenses: [
    'toimintakulut',
    'toimintamenot',
    'verksamhetskostnader',
    'verksamhetens kostnader',
    'operating expenses',
    'operating costs',
  ],
  personnel: [
    'henkilöstökulut',
    'henkilöstömenot',
    'personalkostnader',
    'personnel expenses',
    'personnel costs',
    'staff costs',
  ],
  wages: [
    'palkat ja palkkiot',
    'palkat',
    'löner och arvoden',
    'löner',
    'wages and salaries',
    'salaries and fees',
    'wages',
  ],
  personnelSideCosts: [
    'henkilösivukulut',
    'henkilösivumenot',
    'lönebikostnader',
    'social security costs',
    'social security expenses',
    'personnel side costs',
    'staff-related costs',
  ],
  pensionCosts: ['eläkekulut', 'eläkemenot', 'pensionskostnader', 'pension costs', 'pension expenses'],
  otherPersonnelSideCosts: [
    'muut henkilösivukulut',
    'muut henkilösivumenot',
    'övriga lönebikostnader',
    'other social security costs',
    'other social security expenses',
  ],
  purchasedServices: [
    'palvelujen ostot',
    'palveluiden ostot',
    'ostopalvelut',
    'köp av tjänster',
    'köpta tjänster',
    'purchases of services',
    'purchased services',
  ],
  materials: [
    'aineet tarvikkeet ja tavarat',
    'aineet ja tarvikkeet',
    'aineet tarv ja tavarat',
    'aineet tarvikkeet',
    'material och förnödenheter',
    'materials and supplies',
    'material förnödenheter och varor',
    'materials supplies and goods',
    'materials supplies and products',
  ],
  grants: ['avustukset', 'bidrag', 'understöd', 'grants', 'subsidies', 'grants and subsidies'],
  rents: ['vuokrat', 'vuokramenot', 'vuokrakulut', 'hyror', 'hyreskostnader', 'rents', 'rent', 'rental expenses'],
  otherExpenses: [
    'muut toimintakulut',
    'muut kulut',
    'muut toimintamenot',
    'övriga verksamhetskostnader',
    'övriga kostnader',
    'other operating expenses',
    'other expenses',
  ],
  ownProduction: [
    'valmistus omaan käyttöön',
    'tillverkning för eget bruk',
    'own-account production',
    'own account production',
    'manufacturing for own use',
    'production for own use',
  ],
  margin: [
    'toimintakate',
    'netto',
    'netto toimintakate',
    'toimintakate netto',
    'toimintakate jäämä',
    'jäämä',
    'verksamhetsbidrag',
    'netto verksamhetsbidrag',
    'operating margin',
    'net',
    'net operating margin',
  ],
};

const lineOfName = new Map<string, LineKind>();
for (const line of Object.keys(names) as LineKind[]) {
  for (const name of names[line]) lineOfName.set(name, line);
}

const accountPrefix = /^[\d][\d.\-/]*\s+/;
const totalSuffix = /\s+(?:yhteensä|yht|totalt|sammanlagt|summa|total|in total)$/;
const totalPrefix = /^(?:yhteensä|totalt|total|summa)\s+/;
const punctuation = /[,;:.()=*/]+/g;
const leadingMarks = /^[-–+•]\s*/;
const spaces = / {2,}/g;

function classify(text: string): LineKind | null {
  if (text.length > 80) return null;
  let s = normalizeText(text).replace(accountPrefix, '').replace(leadingMarks, '');
  s = s.replace(punctuation, ' ').replace(spaces, ' ').trim();
  s = s.replace(totalSuffix, '').replace(totalPrefix, '');
  return lineOfName.get(s) ?? null;
}

/** The line a row label names, or null when it is no line the engine knows. */
export const lineOfLabel: (text: string) => LineKind | null = memoize(classify);
