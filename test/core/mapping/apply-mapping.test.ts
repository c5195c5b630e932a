/** A table mapped by hand is read exactly as mapped; a mapping that no longer fits says what, and is not used. */
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/model';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import { t } from '../../../src/i18n';
import { ledgerMapping, withMappings } from '../helpers/ledger-mapping';
import { readExample, readFixture, typeOver } from '../helpers/workbook';

const codesAt = (analysis: Analysis) => analysis.findings.map((f) => `${f.code} ${f.cell}`);

describe('a mapped ledger export', () => {
  let q2: WorkbookSnapshot;
  beforeAll(async () => {
    q2 = await readFixture('ledger-q2.xlsx');
  });

  it('is no budget table to recognition alone', () => {
    const analysis = analyze(q2);
    expect(analysis.tables).toEqual([]);
    expect(codesAt(analysis)).toEqual(['table-not-found A1']);
  });

  it('is read as mapped: units and levels, every line by its alias, the scale and the cost sign', () => {
    const [table, ...others] = analyze(q2, withMappings(ledgerMapping)).tables;
    expect(others).toEqual([]);
    expect(table.range).toBe('A3:G18');
    expect(table.layout).toBe('long');
    expect(table.scale.factor).toBe(1);
    expect(table.costSign).toBe('positive');
    expect(table.varianceConvention).toBe('favourable-positive');
    expect(table.columns.map((c) => [c.label, c.kind])).toEqual([
      ['Raami', 'currentBudget'],
      ['Kertymä 1-6/2025', 'actual'],
      ['Arvio', 'forecast'],
      ['Ero', 'variance'],
    ]);
    expect(table.units.map((u) => [u.name, u.level, u.parentId])).toEqual([
      ['Elinvoima', 0, null],
      ['Kasvu', 1, table.units[0].id],
      ['Työllisyys', 1, table.units[0].id],
    ]);
    expect(table.rows.map((r) => r.line).slice(0, 5)).toEqual([
      'income',
      'expenses',
      'personnel',
      'purchasedServices',
      'margin',
    ]);
    expect(table.rows.every((r) => r.line !== null)).toBe(true);
    // The binding marker column is neither a figure nor a label.
    expect(table.columns.some((c) => c.label === 'Sit.')).toBe(false);
  });

  it('finds exactly the planted error and its consequences, and the deviations by the mapped signs', () => {
    const analysis = analyze(q2, withMappings(ledgerMapping));
    expect(codesAt(analysis)).toEqual([
      'rollup-mismatch F8', // Elinvoima's Tulos forecast ≠ its units' (Kasvu's is typed 300 000 € off)
      'total-mismatch F13', // Kasvu's Tulos forecast ≠ Saadut − Menot
      'chain-mismatch G13', // Kasvu's Ero ≠ its own forecast against the plan
      'binding-overrun F18',
    ]);
    const services = analysis.deviations.find((d) => d.unit === 'Kasvu' && d.line === 'purchasedServices')!;
    expect(services).toMatchObject({
      plan: 8_000_000,
      forecast: 8_700_000,
      deviation: 700_000,
      direction: 'unfavourable',
      status: 'red',
    });
    const income = analysis.deviations.find((d) => d.unit === 'Kasvu' && d.line === 'income')!;
    expect(income).toMatchObject({ deviation: 400_000, direction: 'favourable', status: 'green' });
    expect(analysis.deviations).toHaveLength(15);
  });

  it('checks the deviation column by its mapped convention: favourable positive is no chain mismatch', () => {
    const glossary = { ...ledgerMapping, varianceConvention: 'forecast-minus-plan' as const };
    const misread = analyze(q2, withMappings(glossary)).findings.filter((f) => f.code === 'chain-mismatch');
    // Read as the glossary's ENN − plan, every cost row's Ero is wrong (its sign is turned).
    expect(misread.length).toBeGreaterThanOrEqual(9);
    const mapped = analyze(q2, withMappings(ledgerMapping)).findings.filter((f) => f.code === 'chain-mismatch');
    expect(mapped.map((f) => f.cell)).toEqual(['G13']);
  });

  it('reads next quarter’s workbook of the same format: headers differing only in their figures still fit', async () => {
    const q3 = await readFixture('ledger-q3.xlsx');
    const analysis = analyze(q3, withMappings(ledgerMapping));
    expect(analysis.tables).toHaveLength(1);
    expect(analysis.tables[0].columns[1].label).toBe('Kertymä 1-9/2025');
    expect(codesAt(analysis)).toEqual([
      'rollup-mismatch G7',
      'binding-overrun F13',
      'total-mismatch G15',
      'chain-mismatch G17', // the planted one: Työllisyys' Ostetut palvelut Ero typed 50 000 € off
      'binding-overrun F18',
    ]);
  });

  it('says which line is unread when the labels have no alias, at the line column', () => {
    const { aliases: _, ...withoutAliases } = ledgerMapping;
    const analysis = analyze(q2, withMappings(withoutAliases));
    expect(analysis.tables).toEqual([]);
    const [finding] = analysis.findings.filter((f) => f.code === 'mapping-mismatch');
    expect(finding).toMatchObject({ sheet: 'Raportti', cell: 'C3', messageId: 'finding.mapping-mismatch.no-lines' });
  });
});

describe('a mapping that no longer fits', () => {
  it('names the column whose header changed, with both headers, and reads the sheet without it', async () => {
    const changed = typeOver(await readFixture('ledger-q2.xlsx'), 'Raportti', { F3: 'Toteuma-arvio' });
    const analysis = analyze(changed, withMappings(ledgerMapping));
    expect(analysis.tables).toEqual([]);
    const misfits = analysis.findings.filter((f) => f.code === 'mapping-mismatch');
    expect(misfits).toEqual([
      expect.objectContaining({
        severity: 'error',
        cell: 'F3',
        data: { sheet: 'Raportti', column: 'F', expected: 'Arvio', found: 'Toteuma-arvio', row: 3 },
      }),
    ]);
    expect(t('en', 'finding.mapping-mismatch.column', misfits[0].data)).toBe(
      'The mapping of sheet Raportti no longer fits: column F was headed “Arvio” and is now “Toteuma-arvio” (row 3); the sheet was read without the mapping.',
    );
  });

  it('names a header that is gone', async () => {
    const emptied = typeOver(await readFixture('ledger-q2.xlsx'), 'Raportti', { G3: null });
    const [misfit] = analyze(emptied, withMappings(ledgerMapping)).findings.filter(
      (f) => f.code === 'mapping-mismatch',
    );
    expect(misfit).toMatchObject({
      cell: 'G3',
      messageId: 'finding.mapping-mismatch.column-empty',
      data: { column: 'G', expected: 'Ero' },
    });
  });

  it('says where the header row moved to', async () => {
    const q2 = await readFixture('ledger-q2.xlsx');
    // Two rows inserted above the table: the used range starts two rows lower.
    const moved: WorkbookSnapshot = {
      sheets: q2.sheets.map((sheet) => ({
        ...sheet,
        origin: { row: sheet.origin.row + 2, column: sheet.origin.column },
      })),
    };
    const analysis = analyze(moved, withMappings(ledgerMapping));
    expect(analysis.tables).toEqual([]);
    expect(analysis.findings.filter((f) => f.code === 'mapping-mismatch')).toEqual([
      expect.objectContaining({
        cell: 'A5',
        messageId: 'finding.mapping-mismatch.header-moved',
        data: { sheet: 'Raportti', row: 3, found: 5 },
      }),
    ]);
  });

  it('names a sheet the workbook does not have, and everything else is still recognised as before', async () => {
    const example = await readExample('elvo-q4-2024.xlsx');
    const plain = analyze(example);
    const mapped = analyze(example, withMappings(ledgerMapping));
    expect(mapped.tables).toEqual(plain.tables);
    expect(mapped.deviations).toEqual(plain.deviations);
    expect(mapped.findings).toEqual([
      expect.objectContaining({
        code: 'mapping-mismatch',
        sheet: 'Raportti',
        cell: 'A1',
        messageId: 'finding.mapping-mismatch.sheet',
      }),
    ]);
  });

  it('is not called missing when only other sheets are checked', async () => {
    const example = await readExample('elvo-q4-2024.xlsx');
    const q2 = await readFixture('ledger-q2.xlsx');
    const both: WorkbookSnapshot = { sheets: [...example.sheets, ...q2.sheets] };
    const analysis = analyze(both, withMappings(ledgerMapping), { sheets: ['Talous'] });
    expect(analysis.findings.filter((f) => f.code === 'mapping-mismatch')).toEqual([]);
  });
});

describe('a sheet with a mapped table and another', () => {
  it('reads the mapped one as mapped and still recognises the other', async () => {
    const ledger = (await readFixture('ledger-q2.xlsx')).sheets[0];
    const other = (await readFixture('long-level.xlsx')).sheets[0];
    const width = Math.max(ledger.values[0].length, other.values[0].length);
    const pad = (rows: readonly (readonly CellValue[])[]) =>
      rows.map((row) => [...row, ...new Array<CellValue>(width - row.length).fill(null)]);
    // The recognised table two rows below the ledger's last row (18): its title on row 21.
    const values = [...pad(ledger.values), ...pad([[], []]), ...pad(other.values)];
    const sheet: SheetSnapshot = { name: 'Raportti', origin: { row: 0, column: 0 }, values };
    const alone = analyze({ sheets: [{ ...sheet, values: pad(other.values) }] }).tables[0];
    const [mapped, recognised, ...more] = analyze({ sheets: [sheet] }, withMappings({ ...ledgerMapping, lastRow: 18 })).tables;
    expect(more).toEqual([]);
    expect(mapped.range).toBe('A3:G18');
    expect(recognised.headerRow).toBe(alone.headerRow + 20);
    expect(recognised.rows.map((r) => [r.label, r.line])).toEqual(alone.rows.map((r) => [r.label, r.line]));
  });
});
