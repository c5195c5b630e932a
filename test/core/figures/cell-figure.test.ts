import { figureOfCell, toEuros } from '../../../src/core/figures';

const at = { row: 4, column: 2, cell: 'C5' };
/** The figure with every property a reader sees, its address (written out when asked) included. */
const figure = (value: Parameters<typeof figureOfCell>[0], formula: string | null, factor = 1, percentColumn = false) => {
  const read = figureOfCell(value, formula, at.row, at.column, { factor, percentColumn });
  return { ...read, cell: read.cell };
};

describe('a snapshot cell as a figure in euros', () => {
  it('a typed number is scaled by the table factor', () => {
    expect(figure(1.5, null, 1000)).toEqual({ value: 1500, cell: 'C5', row: 4, column: 2, source: 'number' });
  });

  it('scaling leaves no float noise', () => {
    expect(figure(1.1, null, 1000).value).toBe(1100);
    expect(figure(0.3, null, 1_000_000).value).toBe(300000);
    expect(figure(-35.6, null, 1_000_000).value).toBe(-35600000);
    expect(toEuros(1234.5678, 1000)).toBe(1234567.8);
    expect(toEuros(0.1 + 0.2, 1)).toBe(0.1 + 0.2);
    expect(Object.is(toEuros(-1e-10, 1000), 0)).toBe(true);
  });

  it('a formula keeps its text and its cached result', () => {
    expect(figure(42, '=SUM(C2:C4)', 1000)).toEqual({ value: 42000, cell: 'C5', row: 4, column: 2, source: 'formula', formula: '=SUM(C2:C4)' });
  });

  it('a formula whose result is an error value is an error, with its formula', () => {
    expect(figure({ error: '#REF!' }, '=C2+#REF!')).toMatchObject({ value: null, source: 'error', text: '#REF!', formula: '=C2+#REF!' });
  });

  it('an error value is an error figure named by its code', () => {
    expect(figure({ error: '#DIV/0!' }, null)).toMatchObject({ value: null, source: 'error', text: '#DIV/0!' });
  });

  it('an empty cell, or blank text, is empty', () => {
    expect(figure(null, null)).toEqual({ value: null, cell: 'C5', row: 4, column: 2, source: 'empty' });
    expect(figure('', null)).toMatchObject({ value: null, source: 'empty' });
    expect(figure('   ', null)).toMatchObject({ value: null, source: 'empty', text: '   ' });
  });

  it('a lone dash is empty, keeping the dash as its text', () => {
    expect(figure('–', null)).toMatchObject({ value: null, source: 'empty', text: '–' });
  });

  it('a number typed as text is text, read as the number it means', () => {
    expect(figure('1 234,5', null, 1000)).toMatchObject({ value: 1234500, source: 'text', text: '1 234,5' });
    expect(figure('(1 234)', null)).toMatchObject({ value: -1234, source: 'text' });
  });

  it('text that is no number is text with no value', () => {
    expect(figure('ei tiedossa', null)).toMatchObject({ value: null, source: 'text', text: 'ei tiedossa' });
  });

  it('a boolean is text with no value', () => {
    expect(figure(true, null)).toMatchObject({ value: null, source: 'text', text: 'TRUE' });
  });

  it('a percentage column is not scaled, and "95 %" reads as 0.95 like Excel reads it', () => {
    expect(figure(0.95, null, 1000, true).value).toBe(0.95);
    expect(figure('95 %', null, 1000, true)).toMatchObject({ value: 0.95, source: 'text' });
  });
});
