/** Mapping files and stored mappings: what is read back, and what is wrong said by field. */
import { readMappingFile, storedMappings, writeMappingFile, mappingProblems } from '../../../src/core/mapping';
import { parseStoredSettings, serializeSettings } from '../../../src/excel/settings';
import { t } from '../../../src/i18n';
import { ledgerMapping, withMappings } from '../helpers/ledger-mapping';

const fileWith = (table: Record<string, unknown>) =>
  JSON.stringify({ format: 'budget-monitor-mapping', version: 1, tables: [{ ...ledgerMapping, ...table }] });

const problemsOf = (text: string) => {
  const read = readMappingFile(text);
  return read.ok ? [] : read.problems.map((p) => t('en', p.messageId, p.data));
};

describe('a mapping file', () => {
  it('reads back exactly what was written', () => {
    const text = writeMappingFile([ledgerMapping]);
    expect(JSON.parse(text)).toMatchObject({ format: 'budget-monitor-mapping', version: 1 });
    expect(readMappingFile(text)).toEqual({ ok: true, mappings: [ledgerMapping] });
  });

  it('that is not JSON, or not a mapping, says so', () => {
    expect(problemsOf('{"format": ')[0]).toMatch(/^The file is not JSON: /);
    expect(problemsOf('{"tables": []}')).toEqual([
      'The file is no budget-monitor mapping (format: "budget-monitor-mapping" is missing).',
    ]);
    expect(problemsOf('{"format": "budget-monitor-mapping", "version": 2, "tables": []}')).toEqual([
      'Mapping version 2 is unknown; the known version is 1.',
    ]);
  });

  it('names every wrong field by its path', () => {
    expect(
      problemsOf(
        fileWith({
          headerRow: 0,
          columns: { A: 'unit', C: 'line', D: 'plan', '4': 'forecast' },
          layout: 'wide',
          aliases: { Tulos: 'result' },
          colour: 'red',
        }),
      ),
    ).toEqual([
      'tables[0].colour: unknown field.',
      'tables[0].headerRow: a row number was expected (a whole number 1–1048576).',
      'tables[0].columns.4: “4” is no column letter (A–XFD).',
      'tables[0].columns.D: unknown column role “plan”.',
      'tables[0].layout: unknown layout “wide” (long or block).',
      'tables[0].aliases.Tulos: unknown line “result”.',
      'tables[0].columns: a table needs at least one figure column.',
    ]);
  });

  it('refuses a table that cannot be read: no line column, a long table without units, the same table twice', () => {
    expect(problemsOf(fileWith({ columns: { A: 'unit', D: 'forecast' } }))).toEqual([
      'tables[0].columns: a table needs exactly one column of line labels.',
    ]);
    expect(problemsOf(fileWith({ columns: { C: 'line', D: 'forecast' } }))).toEqual([
      'tables[0].columns: a long table needs a unit column.',
    ]);
    const twice = JSON.stringify({
      format: 'budget-monitor-mapping',
      version: 1,
      tables: [ledgerMapping, ledgerMapping],
    });
    expect(problemsOf(twice)).toEqual(['tables[1]: row 3 of sheet Raportti is mapped already.']);
  });

  it('gives the same problems for the pane’s draft, named by its sheet', () => {
    const draft = { ...ledgerMapping, columns: { C: 'line' as const, D: 'forecast' as const } };
    expect(mappingProblems(draft).map((p) => t('en', p.messageId, p.data))).toEqual([
      'Raportti.columns: a long table needs a unit column.',
    ]);
  });
});

describe('mappings in the workbook settings', () => {
  it('travel with the other settings', () => {
    expect(parseStoredSettings(serializeSettings(withMappings(ledgerMapping))).mappings).toEqual([ledgerMapping]);
  });

  it('keep the valid mappings when one is broken', () => {
    expect(storedMappings([{ ...ledgerMapping, layout: 'wide' }, ledgerMapping, 'nonsense'])).toEqual([ledgerMapping]);
    expect(storedMappings(undefined)).toEqual([]);
  });
});
