/**
 * Mapping a recognised table as recognition read it changes nothing: the guide takes the
 * readers' own path, so what a mapping says is read exactly, with the same units, rows and
 * findings. Over every example and fixture the engine recognises, for every table a mapping can
 * say: one header row, one unit column or none, no vertical budget chain, no table beside it
 * (statement blocks, exports with several unit columns, chains and side-by-side tables are the
 * readers' own, which a mapping does not describe).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { mappingOfTable } from '../../../src/core/mapping';
import { isUnreadableFixture } from '../../helpers/unreadable-fixtures';
import { withMappings } from '../helpers/ledger-mapping';
import { readExample, readFixture } from '../helpers/workbook';
import type { BudgetTable } from '../../../src/core/model';

const expressibleByMapping = (table: BudgetTable): boolean =>
  (table.layout === 'long' || table.layout === 'block') && table.headerRows.length === 1 && table.side === null;

const fixtures = readdirSync(join(__dirname, '..', '..', 'fixtures')).filter(
  (name) => name.endsWith('.xlsx') && !isUnreadableFixture(name),
);
const workbooks = [
  ...['elvo-q4-2024.xlsx', 'elvo-q2-2025-errors.xlsx'].map((name) => ({ name, read: () => readExample(name) })),
  ...fixtures.map((name) => ({ name, read: () => readFixture(name) })),
];

describe.each(workbooks)('$name', ({ read }) => {
  it('reads the same when every recognised table is mapped as recognised', async () => {
    const snapshot = await read();
    const recognised = analyze(snapshot);
    const mappings = recognised.tables.filter(expressibleByMapping).map((table) =>
      mappingOfTable(
        table,
        snapshot.sheets.find((s) => s.name === table.sheet)!,
      ),
    );
    const mapped = analyze(snapshot, withMappings(...mappings));
    expect(mapped.tables).toEqual(recognised.tables);
    expect(mapped.findings).toEqual(recognised.findings);
    expect(mapped.deviations).toEqual(recognised.deviations);
  });
});

it('a table read from several unit columns (Toimielin | Tehtäväalue) is mapped with every one of them, and reads the same', async () => {
  const snapshot = await readFixture('unit-columns-export.xlsx');
  const recognised = analyze(snapshot);
  const [table] = recognised.tables;
  expect(table.layout).toBe('unit-columns');
  const mapping = mappingOfTable(
    table,
    snapshot.sheets.find((s) => s.name === table.sheet)!,
  );
  expect(Object.entries(mapping.columns).filter(([, role]) => role === 'unit')).toEqual([
    ['A', 'unit'],
    ['B', 'unit'],
  ]);
  const mapped = analyze(snapshot, withMappings(mapping));
  expect(mapped.tables[0].units).toEqual(table.units);
  // A mapping names one header row: a column's name is that row's ("1-12/2024", not "Toteutuma 1-12/2024").
  const where = (findings: typeof recognised.findings) => findings.map((f) => [f.code, f.sheet, f.cell, f.messageId]);
  expect(where(mapped.findings)).toEqual(where(recognised.findings));
  expect(mapped.deviations).toEqual(recognised.deviations);
});
