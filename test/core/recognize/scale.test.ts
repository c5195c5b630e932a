import { scaleIn } from '../../../src/core/recognize';

describe('scale of a title or header', () => {
  it.each([
    ['Käyttötalous, €', 1, '€'],
    ['Luvut euroa', 1, 'euroa'],
    ['EUR', 1, 'EUR'],
    ['Summat euroina', 1, 'euroina'],
    ['Summat tuhansina euroina', 1000, 'tuhansina euroina'],
    ['Käyttötalous 1000 €', 1000, '1000 €'],
    ['Käyttötalous 1 000 €', 1000, '1 000 €'],
    ['Käyttötalous 1\u00a0000 €', 1000, '1\u00a0000 €'],
    ['t€', 1000, 't€'],
    ['Monitoring, EUR 1000', 1000, 'EUR 1000'],
    ['€ 1 000', 1000, '€ 1 000'],
    ['Luvut: TEUR', 1000, 'TEUR'],
    ['tuhatta euroa', 1000, 'tuhatta euroa'],
    ['Driftsekonomi, tusen euro', 1000, 'tusen euro'],
    ['Operating budget, EUR thousand', 1000, 'EUR thousand'],
    ['Seurantaraportti, milj. €', 1_000_000, 'milj. €'],
    ['milj. euroa', 1_000_000, 'milj. euroa'],
    ['M€', 1_000_000, 'M€'],
    ['Driftsekonomi, mn €', 1_000_000, 'mn €'],
    ['Operating budget, € million', 1_000_000, '€ million'],
  ])('%j has factor %d, labelled %j', (text, factor, label) => {
    expect(scaleIn(text)?.scale).toEqual({ factor, label });
  });

  it.each(['Elinvoiman palvelualue', 'Euroopan unioni', 'Kasvupalvelut 2024', 'Menot'])('%j has no scale', (text) => {
    expect(scaleIn(text)).toBeNull();
  });
});
