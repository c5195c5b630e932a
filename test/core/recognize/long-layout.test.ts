import { recognizeSheet, recognizeTables } from '../../../src/core/recognize';
import type { BudgetTable } from '../../../src/core/model';
import { sheet, workbook } from './sheet-builder';

const header = ['Vastuualue', 'Rivi', 'TP 2023', 'TA 2024', 'KS+LTA:t', 'TOT 1-12 2024', 'ENN 2024'];

function only(tables: BudgetTable[]): BudgetTable {
  expect(tables).toHaveLength(1);
  return tables[0];
}

const unitsOf = (table: BudgetTable) => table.units.map((u) => [u.id, u.name, u.level, u.parentId]);

describe('long layout: a unit column beside the line column', () => {
  const rows = [
    ['Elinvoiman palvelualue, 1000 €'],
    [],
    header,
    ['ELVO', 'Toimintatuotot', 3200, 4500, 4600, 5500, 5500],
    ['ELVO', 'Toimintakulut', -38200, -40000, -40200, -36400, -36400],
    ['ELVO', 'Toimintakate', -35000, -35500, -35600, -30900, -30900],
    ['Kasvupalvelut', 'Toimintatuotot', 2000, 3000, 3000, 3700, 3700],
    ['Kasvupalvelut', 'Toimintakulut', -10900, -12000, -12000, -10700, -10700],
    ['Työllisyyspalvelut', 'Toimintatuotot', 1200, 1500, 1600, 1800, 1800],
    ['Työllisyyspalvelut', 'Toimintakulut', -27300, -28000, -28200, -25700, -25700],
  ];

  it('finds the header under the title, its figure columns and the unit and label columns', () => {
    const table = only(recognizeSheet(sheet(rows)));
    expect(table).toMatchObject({ sheet: 'Talous', headerRow: 2, layout: 'long', labelColumn: 1, unitColumn: 0, levelColumn: null, codeColumn: null, range: 'A3:G10' });
    expect(table.columns.map((c) => c.kind)).toEqual(['priorYear', 'budget', 'currentPlan', 'actual', 'forecast']);
    expect(table.columns[3]).toEqual({ kind: 'actual', column: 5, label: 'TOT 1-12 2024', year: 2024, months: { from: 1, to: 12 } });
  });

  it('reads every figure in euros after the title scale', () => {
    const table = only(recognizeSheet(sheet(rows)));
    expect(table.scale).toEqual({ factor: 1000, label: '1000 €' });
    expect(table.rows[0]).toMatchObject({ row: 3, label: 'Toimintatuotot', line: 'income', unitId: 'ELVO' });
    const figure = table.rows[0].figures[2];
    expect({ ...figure, cell: figure.cell }).toEqual({ value: 3_200_000, cell: 'C4', row: 3, column: 2, source: 'number' });
    expect(table.rows[6].figures[6].value).toBe(-25_700_000);
  });

  it('without a level or code column, units whose first does not carry the sums of the others stand side by side', () => {
    const table = only(
      recognizeSheet(
        sheet([
          ['Yksikkö', 'Rivi', 'TA 2024', 'ENN 2024'],
          ['Kasvupalvelut', 'Toimintakulut', 1000, 1100],
          ['Työllisyyspalvelut', 'Toimintakulut', 2000, 2100],
          ['Yrityspalvelut', 'Toimintakulut', 500, 400],
        ]),
      ),
    );
    expect(unitsOf(table)).toEqual([
      ['Kasvupalvelut', 'Kasvupalvelut', 0, null],
      ['Työllisyyspalvelut', 'Työllisyyspalvelut', 0, null],
      ['Yrityspalvelut', 'Yrityspalvelut', 0, null],
    ]);
  });

  it('a first unit carrying the sums of the others stays their parent even when one sum is off', () => {
    const table = only(
      recognizeSheet(
        sheet([
          ['Yksikkö', 'Rivi', 'TA 2024', 'ENN 2024'],
          ['ELVO', 'Toimintakulut', 3000, 3300],
          ['Kasvupalvelut', 'Toimintakulut', 1000, 1100],
          ['Työllisyyspalvelut', 'Toimintakulut', 2000, 2100],
        ]),
      ),
    );
    expect(unitsOf(table)).toEqual([
      ['ELVO', 'ELVO', 0, null],
      ['ELVO/Kasvupalvelut', 'Kasvupalvelut', 1, 'ELVO'],
      ['ELVO/Työllisyyspalvelut', 'Työllisyyspalvelut', 1, 'ELVO'],
    ]);
  });

  it('without a level or code column, a first unit carrying the sums of the others is the top and the rest its children', () => {
    const table = only(recognizeSheet(sheet(rows)));
    expect(unitsOf(table)).toEqual([
      ['ELVO', 'ELVO', 0, null],
      ['ELVO/Kasvupalvelut', 'Kasvupalvelut', 1, 'ELVO'],
      ['ELVO/Työllisyyspalvelut', 'Työllisyyspalvelut', 1, 'ELVO'],
    ]);
    expect(table.units[1].row).toBe(6);
  });

  it('a level column gives the hierarchy, whatever base it counts from', () => {
    const table = only(
      recognizeSheet(
        sheet([
          ['Taso', 'Yksikkö', 'Rivi', 'TA 2024', 'ENN'],
          [1, 'Kaupunki', 'Toimintakate', -100, -90],
          [2, 'ELVO', 'Toimintakate', -60, -50],
          [3, 'Kasvupalvelut', 'Toimintakate', -20, -20],
          [3, 'Työllisyyspalvelut', 'Toimintakate', -40, -30],
          [2, 'Sivistys', 'Toimintakate', -40, -40],
        ]),
      ),
    );
    expect(table.levelColumn).toBe(0);
    expect(table.unitColumn).toBe(1);
    expect(unitsOf(table)).toEqual([
      ['Kaupunki', 'Kaupunki', 0, null],
      ['Kaupunki/ELVO', 'ELVO', 1, 'Kaupunki'],
      ['Kaupunki/ELVO/Kasvupalvelut', 'Kasvupalvelut', 2, 'Kaupunki/ELVO'],
      ['Kaupunki/ELVO/Työllisyyspalvelut', 'Työllisyyspalvelut', 2, 'Kaupunki/ELVO'],
      ['Kaupunki/Sivistys', 'Sivistys', 1, 'Kaupunki'],
    ]);
  });

  it('a code column gives the hierarchy: a child code starts with its parent code', () => {
    const table = only(
      recognizeSheet(
        sheet([
          ['Koodi', 'Unit', 'Line', 'Budget 2024', 'Forecast 2024'],
          ['12', 'ELVO', 'Operating margin', -60, -50],
          ['1201', 'Kasvupalvelut', 'Operating margin', -20, -20],
          ['120101', 'Yrityspalvelut', 'Operating margin', -5, -5],
          ['1202', 'Työllisyyspalvelut', 'Operating margin', -40, -30],
        ]),
      ),
    );
    expect(table.codeColumn).toBe(0);
    expect(unitsOf(table)).toEqual([
      ['12', 'ELVO', 0, null],
      ['1201', 'Kasvupalvelut', 1, '12'],
      ['120101', 'Yrityspalvelut', 2, '1201'],
      ['1202', 'Työllisyyspalvelut', 1, '12'],
    ]);
    expect(table.units[1].code).toBe('1201');
  });

  it('numeric codes with trailing zeros nest too (1000 → 1200 → 1210)', () => {
    const table = only(
      recognizeSheet(
        sheet([
          ['Kod', 'Enhet', 'Rad', 'Budget', 'Prognos'],
          [1000, 'Vitalitet', 'Verksamhetsbidrag', -60, -50],
          [1200, 'Tillväxt', 'Verksamhetsbidrag', -20, -20],
          [1210, 'Företag', 'Verksamhetsbidrag', -5, -5],
          [1300, 'Sysselsättning', 'Verksamhetsbidrag', -40, -30],
        ]),
      ),
    );
    expect(table.units.map((u) => [u.id, u.level, u.parentId])).toEqual([
      ['1000', 0, null],
      ['1200', 1, '1000'],
      ['1210', 2, '1200'],
      ['1300', 1, '1000'],
    ]);
  });

  it('a unit column holding codes beside a name column is read as codes and names', () => {
    const table = only(
      recognizeSheet(
        sheet([
          ['Kustannuspaikka', 'Nimi', 'Rivi', 'TA 2024', 'ENN 2024'],
          ['12', 'Elinvoima', 'Toimintakulut', 300, 290],
          ['1210', 'Kasvupalvelut', 'Toimintakulut', 100, 95],
          ['1220', 'Työllisyyspalvelut', 'Toimintakulut', 200, 195],
        ]),
      ),
    );
    expect(table).toMatchObject({ unitColumn: 1, codeColumn: 0 });
    expect(unitsOf(table)).toEqual([
      ['12', 'Elinvoima', 0, null],
      ['1210', 'Kasvupalvelut', 1, '12'],
      ['1220', 'Työllisyyspalvelut', 1, '12'],
    ]);
  });

  it('codes written before the unit name ("1200 Kasvupalvelut") are read as codes', () => {
    const table = only(
      recognizeSheet(
        sheet([
          ['Kustannuspaikka', 'Rivi', 'TA', 'ENN'],
          ['1000 ELVO', 'Toimintakate', -60, -50],
          ['1200 Kasvupalvelut', 'Toimintakate', -20, -20],
          ['1300 Työllisyyspalvelut', 'Toimintakate', -40, -30],
        ]),
      ),
    );
    expect(unitsOf(table)).toEqual([
      ['1000', 'ELVO', 0, null],
      ['1200', 'Kasvupalvelut', 1, '1000'],
      ['1300', 'Työllisyyspalvelut', 1, '1000'],
    ]);
  });

  it('a unit cell left empty continues the unit above; a unit met again is the same unit', () => {
    const table = only(
      recognizeSheet(
        sheet([
          ['Ansvarsområde', 'Rad', 'Budget', 'Prognos'],
          ['Tillväxt', 'Verksamhetsintäkter', 10, 12],
          [null, 'Verksamhetskostnader', 30, 31],
          ['Sysselsättning', 'Verksamhetsintäkter', 5, 5],
          ['Tillväxt', 'Verksamhetsbidrag', -20, -19],
        ]),
      ),
    );
    expect(table.units.map((u) => u.name)).toEqual(['Tillväxt', 'Sysselsättning']);
    expect(table.rows.map((r) => r.unitId)).toEqual(['Tillväxt', 'Tillväxt', 'Sysselsättning', 'Tillväxt']);
  });

  it.each(['Yksikkö', 'Palvelualue', 'Tulosyksikkö', 'Cost centre', 'Unit', 'Enhet'])('%j names the unit column', (name) => {
    const table = only(
      recognizeSheet(
        sheet([
          [name, 'Rivi', 'TA', 'ENN'],
          ['A', 'Toimintakate', -1, -1],
        ]),
      ),
    );
    expect(table.layout).toBe('long');
    expect(table.unitColumn).toBe(0);
  });

  it('a note under a long table neither becomes a unit nor disturbs the levels', () => {
    const table = only(
      recognizeSheet(
        sheet([
          ['Taso', 'Yksikkö', 'Rivi', 'TA', 'ENN'],
          [0, 'ELVO', 'Toimintakate', -60, -50],
          [null, 'ELVO-alue', null, null, null],
          [1, 'Kasvupalvelut', 'Toimintakate', -20, -20],
          [1, 'Työllisyyspalvelut', 'Toimintakate', -40, -30],
          [],
          [null, 'Lähde: kirjanpito 15.1.2025'],
        ]),
      ),
    );
    expect(unitsOf(table)).toEqual([
      ['ELVO', 'ELVO', 0, null],
      ['ELVO/Kasvupalvelut', 'Kasvupalvelut', 1, 'ELVO'],
      ['ELVO/Työllisyyspalvelut', 'Työllisyyspalvelut', 1, 'ELVO'],
    ]);
    expect(table.range).toBe('A1:E5');
  });

  it('a unit row with its level but no lines is still a unit, the parent of those below', () => {
    const table = only(
      recognizeSheet(
        sheet([
          ['Taso', 'Yksikkö', 'Rivi', 'TA', 'ENN'],
          [0, 'ELVO'],
          [1, 'Kasvupalvelut', 'Toimintakate', -20, -20],
          [1, 'Työllisyyspalvelut', 'Toimintakate', -40, -30],
        ]),
      ),
    );
    expect(unitsOf(table)).toEqual([
      ['ELVO', 'ELVO', 0, null],
      ['ELVO/Kasvupalvelut', 'Kasvupalvelut', 1, 'ELVO'],
      ['ELVO/Työllisyyspalvelut', 'Työllisyyspalvelut', 1, 'ELVO'],
    ]);
  });

  it('text beside no figure at all is a note, not a line', () => {
    const table = only(
      recognizeSheet(
        sheet([
          ['Yksikkö', 'Rivi', 'TA', 'ENN'],
          ['A', 'Toimintatuotot', 1, 1],
          ['A', 'Huom. luvut alustavia', null, null],
          ['A', 'Toimintakulut', null, null],
        ]),
      ),
    );
    expect(table.rows.map((r) => r.label)).toEqual(['Toimintatuotot', 'Toimintakulut']);
  });

  it('keeps a row whose label is no known line, with line null', () => {
    const table = only(
      recognizeSheet(
        sheet([
          ['Yksikkö', 'Rivi', 'TA', 'ENN'],
          ['A', 'Toimintatuotot', 1, 1],
          ['A', 'Vuosikate', 5, 5],
        ]),
      ),
    );
    expect(table.rows.map((r) => [r.label, r.line])).toEqual([
      ['Toimintatuotot', 'income'],
      ['Vuosikate', null],
    ]);
  });

  it('reads a sheet whose used range does not start at A1', () => {
    const table = only(
      recognizeSheet(
        sheet(
          [
            ['Yksikkö', 'Rivi', 'TA 2024', 'ENN 2024'],
            ['A', 'Toimintatuotot', 1, 2],
          ],
          { origin: { row: 4, column: 2 } },
        ),
      ),
    );
    expect(table).toMatchObject({ headerRow: 4, labelColumn: 3, unitColumn: 2, range: 'C5:F6' });
    expect(table.columns.map((c) => c.column)).toEqual([4, 5]);
    expect(table.rows[0].figures[5]).toMatchObject({ cell: 'F6', row: 5, column: 5, value: 2 });
  });

  it('reads formulas, text figures, errors and empty cells for what they are', () => {
    const table = only(
      recognizeSheet(
        sheet(
          [
            ['Yksikkö', 'Rivi', 'TA', 'TOT', 'ENN'],
            ['A', 'Toimintakate', '1 234,5', { error: '#REF!' }, 7],
            ['A', 'Toimintakulut', null, '–', 'kymmenen'],
          ],
          { formulas: [[], [null, null, null, null, '=3+4']] },
        ),
      ),
    );
    const [first, second] = table.rows;
    expect(first.figures[2]).toMatchObject({ source: 'text', value: 1234.5, text: '1 234,5' });
    expect(first.figures[3]).toMatchObject({ source: 'error', value: null, text: '#REF!' });
    expect(first.figures[4]).toMatchObject({ source: 'formula', value: 7, formula: '=3+4' });
    expect(second.figures[2]).toMatchObject({ source: 'empty', value: null });
    expect(second.figures[3]).toMatchObject({ source: 'empty', text: '–' });
    expect(second.figures[4]).toMatchObject({ source: 'text', value: null, text: 'kymmenen' });
  });

  it('recognizeTables reads every sheet of the workbook', () => {
    const tables = recognizeTables(workbook(sheet([['Muistio']], { name: 'Ohje' }), sheet(rows, { name: 'ELVO' })));
    expect(tables.map((t) => t.sheet)).toEqual(['ELVO']);
  });

  it('a sheet with no header row, or with figure headers but no known line, has no table', () => {
    expect(recognizeSheet(sheet([['Nimi', 'Arvo'], ['a', 1]]))).toEqual([]);
    expect(recognizeSheet(sheet([['Kohde', 'TA', 'ENN'], ['Katu', 1, 2]]))).toEqual([]);
    expect(recognizeSheet(sheet([]))).toEqual([]);
  });
});

describe('long layout with several unit columns', () => {
  it('each row belongs to its deepest named unit; blank cells to its left repeat the one above', () => {
    const table = recognizeSheet(
      sheet([
        ['Palvelualue', 'Vastuualue', 'Rivi', 'TA 2024', 'ENN 2024'],
        ['Elinvoima', null, 'Toimintakate', -300, -290],
        ['Elinvoima', 'Kasvupalvelut', 'Toimintakate', -100, -95],
        [null, 'Työllisyyspalvelut', 'Toimintakate', -200, -195],
        ['Sivistys', 'Opetus', 'Toimintakate', -900, -880],
      ]),
    )[0];
    expect(table.layout).toBe('unit-columns');
    expect(table.units.map((u) => [u.id, u.level, u.parentId])).toEqual([
      ['Elinvoima', 0, null],
      ['Elinvoima/Kasvupalvelut', 1, 'Elinvoima'],
      ['Elinvoima/Työllisyyspalvelut', 1, 'Elinvoima'],
      ['Sivistys', 0, null],
      ['Sivistys/Opetus', 1, 'Sivistys'],
    ]);
    expect(table.rows.map((r) => r.unitId)).toEqual(['Elinvoima', 'Elinvoima/Kasvupalvelut', 'Elinvoima/Työllisyyspalvelut', 'Sivistys/Opetus']);
    expect(table.units[3].row).toBe(4);
  });
});
