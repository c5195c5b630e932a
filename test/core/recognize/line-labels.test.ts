import { lineOfLabel } from '../../../src/core/recognize';

describe('line labels', () => {
  it.each([
    ['Toimintatuotot', 'income'],
    ['Verksamhetsintäkter', 'income'],
    ['Operating income', 'income'],
    ['Toimintakulut', 'expenses'],
    ['Verksamhetskostnader', 'expenses'],
    ['Operating expenses', 'expenses'],
    ['Henkilöstökulut', 'personnel'],
    ['Personalkostnader', 'personnel'],
    ['Personnel expenses', 'personnel'],
    ['Palvelujen ostot', 'purchasedServices'],
    ['Köp av tjänster', 'purchasedServices'],
    ['Purchases of services', 'purchasedServices'],
    ['Aineet, tarvikkeet ja tavarat', 'materials'],
    ['Material, förnödenheter och varor', 'materials'],
    ['Materials, supplies and goods', 'materials'],
    ['Avustukset', 'grants'],
    ['Bidrag', 'grants'],
    ['Grants', 'grants'],
    ['Subsidies', 'grants'],
    ['Vuokrat', 'rents'],
    ['Hyror', 'rents'],
    ['Rents', 'rents'],
    ['Muut toimintakulut', 'otherExpenses'],
    ['Övriga verksamhetskostnader', 'otherExpenses'],
    ['Other operating expenses', 'otherExpenses'],
    ['Valmistus omaan käyttöön', 'ownProduction'],
    ['Tillverkning för eget bruk', 'ownProduction'],
    ['Own-account production', 'ownProduction'],
    ['Manufacturing for own use', 'ownProduction'],
    ['Toimintakate', 'margin'],
    ['Verksamhetsbidrag', 'margin'],
    ['Operating margin', 'margin'],
  ])('%j is the %s line', (label, line) => {
    expect(lineOfLabel(label)).toBe(line);
  });

  it.each([
    ['4000 Toimintatuotot', 'income'],
    ['4000-4999 Toimintakulut', 'expenses'],
    ['Toimintakulut yhteensä', 'expenses'],
    ['Verksamhetskostnader totalt', 'expenses'],
    ['Operating expenses total', 'expenses'],
    ['  TOIMINTAKATE  ', 'margin'],
    ['aineet,  tarvikkeet   ja tavarat', 'materials'],
    ['Toimintakate:', 'margin'],
    ['Ostopalvelut', 'purchasedServices'],
    ['Köpta tjänster', 'purchasedServices'],
    ['Muut kulut', 'otherExpenses'],
  ])('%j is still the %s line (prefix, suffix, case, spaces)', (label, line) => {
    expect(lineOfLabel(label)).toBe(line);
  });

  it.each(['Vuosikate', 'Henkilöstö (HTV)', 'Yhteensä', 'Kasvupalvelut', ''])('%j is no known line', (label) => {
    expect(lineOfLabel(label)).toBeNull();
  });
});
