/** The mapping view's draft over a real sheet: what it lists, what it saves, what it checks. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings } from '../../src/core/settings';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { readSnapshot } from '../../src/xlsx';
import {
  checkDraft,
  draftColumns,
  initialDraft,
  mappingOf,
  previewRows,
  unknownLabels,
  withHeaderRow,
  type MappingDraft,
} from '../../src/taskpane/mapping-draft';
import { ledgerMapping } from '../core/helpers/ledger-mapping';

let sheet: SheetSnapshot;
beforeAll(async () => {
  const snapshot = await readSnapshot(readFileSync(join(__dirname, '..', 'fixtures', 'ledger-q2.xlsx')));
  sheet = snapshot.sheets[0];
});

const clicked = (): MappingDraft => ({
  ...withHeaderRow(initialDraft(sheet, null, undefined, []), sheet, 2),
  roles: {
    A: 'unit',
    B: 'level',
    C: 'line',
    D: 'currentBudget',
    E: 'actual',
    F: 'forecast',
    G: 'variance',
    H: 'binding',
  },
  layout: 'long',
  costSign: 'positive',
  varianceConvention: 'favourable-positive',
  scale: '1',
});

it('previews the first rows with their row numbers, and each column with its header and first values', () => {
  expect(previewRows(sheet)[2]).toEqual({
    row: 2,
    cells: ['Kohde', 'Porras', 'Erä', 'Raami', 'Kertymä 1-6/2025', 'Arvio', 'Ero', 'Sit.'],
  });
  expect(draftColumns(sheet, 2)[3]).toEqual({
    letters: 'D',
    header: 'Raami',
    firstValues: [5_000_000, 38_000_000, 13_000_000],
  });
});

it('starts with no header row and no roles where nothing is known', () => {
  const draft = initialDraft(sheet, null, undefined, []);
  expect(draft).toMatchObject({ sheet: 'Raportti', headerRow: null, roles: {} });
  expect(mappingOf(sheet, draft)).toBeNull();
});

it('lists each unknown line label once, in the order of the sheet', () => {
  const draft = clicked();
  expect(unknownLabels(sheet, draft)).toEqual([
    'Saadut yhteensä',
    'Menot yhteensä',
    'Palkkamenot',
    'Ostetut palvelut',
    'Tulos',
  ]);
});

it('saves the used columns with their headers as written, and the aliases chosen', () => {
  const draft = {
    ...clicked(),
    roles: { ...clicked().roles, H: 'ignore' as const },
    aliases: { ...ledgerMapping.aliases, Tulos: '' as const },
  };
  const mapping = mappingOf(sheet, draft)!;
  expect(Object.keys(mapping.columns)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  expect(mapping.headers.E).toBe('Kertymä 1-6/2025');
  expect(mapping.aliases).not.toHaveProperty('Tulos');
});

it('makes exactly the controller’s mapping, and checks it live', () => {
  const draft = { ...clicked(), aliases: { ...ledgerMapping.aliases } };
  expect(mappingOf(sheet, draft)).toEqual(ledgerMapping);
  const result = checkDraft(sheet, draft, defaultSettings);
  expect(result.problems).toEqual([]);
  expect(result.table?.rows.filter((row) => row.line !== null)).toHaveLength(15);
  expect(result.analysis?.findings.map((f) => f.cell)).toEqual(['F8', 'F13', 'G13', 'F18']);
});

it('says what the draft lacks before it can be saved', () => {
  const result = checkDraft(sheet, { ...clicked(), roles: { C: 'line', F: 'forecast' } }, defaultSettings);
  expect(result.problems.map((p) => p.messageId)).toEqual(['mapping.file.long-needs-unit']);
  expect(result.analysis).toBeNull();
});
