import { parseStatus, statusOfFill } from '../../../src/core/strategy';

describe('status of a strategic measure', () => {
  it.each([
    ['Tavoitteet toteutuivat', 'achieved'],
    ['Tavoitteet toteutuivat osittain', 'partly'],
    ['Tavoitteiden toteutuivat osittain', 'partly'],
    ['Tavoitteet eivät toteutuneet', 'not-achieved'],
    ['Målen uppnåddes', 'achieved'],
    ['Målen uppnåddes delvis', 'partly'],
    ['Målen uppnåddes inte', 'not-achieved'],
    ['Goals achieved', 'achieved'],
    ['Goals partly achieved', 'partly'],
    ['Goals not achieved', 'not-achieved'],
  ])('the label %j is %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it.each([
    ['toteutui', 'achieved'],
    ['osittain', 'partly'],
    ['ei', 'not-achieved'],
    ['ei toteutunut', 'not-achieved'],
    ['uppnåddes', 'achieved'],
    ['delvis', 'partly'],
    ['inte', 'not-achieved'],
    ['achieved', 'achieved'],
    ['partly', 'partly'],
    ['partially achieved', 'partly'],
    ['not achieved', 'not-achieved'],
  ])('the short word %j is %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it.each([
    ['vihreä', 'achieved'],
    ['keltainen', 'partly'],
    ['punainen', 'not-achieved'],
    ['grön', 'achieved'],
    ['gul', 'partly'],
    ['röd', 'not-achieved'],
    ['green', 'achieved'],
    ['yellow', 'partly'],
    ['amber', 'partly'],
    ['red', 'not-achieved'],
    ['🟢', 'achieved'],
    ['🟡', 'partly'],
    ['🔴', 'not-achieved'],
  ])('the colour %j is %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it.each([
    ['V', 'achieved'],
    ['G', 'achieved'],
    ['T', 'achieved'],
    ['K', 'partly'],
    ['Y', 'partly'],
    ['A', 'partly'],
    ['O', 'partly'],
    ['P', 'not-achieved'],
    ['R', 'not-achieved'],
    ['E', 'not-achieved'],
  ])('the letter %j is %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it('case, spaces, line breaks and a final full stop do not matter', () => {
    expect(parseStatus('  TAVOITTEET\nTOTEUTUIVAT. ')).toBe('achieved');
    expect(parseStatus('v')).toBe('achieved');
    expect(parseStatus('Osittain\u00a0')).toBe('partly');
  });

  it.each(['', 'kesken', 'ok', 'X', 'B', 'vihreä?', 'maybe', '1'])('%j is no status', (text) => {
    expect(parseStatus(text)).toBeNull();
  });
});

describe('status of a fill colour', () => {
  it.each([
    ['#C6EFCE', 'achieved'],
    ['#FFEB9C', 'partly'],
    ['#FFC7CE', 'not-achieved'],
    ['#00FF00', 'achieved'],
    ['#FFFF00', 'partly'],
    ['#FF0000', 'not-achieved'],
    ['#92D050', 'achieved'],
    ['#00B050', 'achieved'],
    ['#FFC000', 'partly'],
    ['#FFA500', 'partly'],
    ['#C00000', 'not-achieved'],
    ['c6efce', 'achieved'],
    ['FFFFC7CE', 'not-achieved'],
  ])('%s shows %s', (hex, status) => {
    expect(statusOfFill(hex)).toBe(status);
  });

  it.each(['#FFFFFF', '#F2F2F2', '#D9D9D9', '#000000', '#0070C0', '#7030A0', 'red', ''])('%j shows no status', (hex) => {
    expect(statusOfFill(hex)).toBeNull();
  });
});
