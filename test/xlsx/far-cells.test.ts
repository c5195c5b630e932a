/**
 * A sheet with values typed far from its table (test/fixtures/far-cells.xlsx: a note at A20000, a
 * figure at XFD1048576, a fill alone at XFA1): the reader keeps the table's block as the grid, the
 * far values aside, and the check names them; the headless host still answers for them as Excel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, renderFinding } from '../../src/core';
import { HeadlessWorkbook } from '../../src/headless';
import { readSnapshot } from '../../src/xlsx';

const data = () => new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'far-cells.xlsx')));

test('the grid is the table’s block; the far values are kept aside, the far fill is nothing', async () => {
  const { sheets } = await readSnapshot(data());
  const talous = sheets.find((sheet) => sheet.name === 'Talous')!;
  expect(talous.origin).toEqual({ row: 0, column: 0 });
  expect(talous.values).toHaveLength(36);
  expect(talous.values[0]).toHaveLength(10);
  expect(talous.farCells).toEqual([
    { row: 19_999, column: 0, value: 'Tarkistettu 15.1.2025', formula: null },
    { row: 1_048_575, column: 16_383, value: 1234.5, formula: null },
  ]);
});

test('the check reads the table as without them, and warns once, at the first far cell', async () => {
  const snapshot = await readSnapshot(data());
  const analysis = analyze(snapshot);
  const plain = analyze(await readSnapshot(readFileSync(join(__dirname, '..', '..', 'examples', 'elvo-q4-2024.xlsx'))));
  expect(analysis.deviations).toEqual(plain.deviations);
  const far = analysis.findings.filter((finding) => finding.code === 'far-cells');
  expect(far.map((finding) => [finding.severity, finding.sheet, finding.cell])).toEqual([
    ['warning', 'Talous', 'A20000'],
  ]);
  expect(renderFinding(far[0], 'fi')).toBe(
    'Välilehdellä Talous on arvo ”Tarkistettu 15.1.2025” solussa, joka on kaukana muista soluista, eikä sitä lueta (kaukaisia soluja: 2; luetut solut päättyvät soluun J36). Jos se kuuluu talousarvioon, siirrä se taulukon viereen, muuten tyhjennä se.',
  );
});

test('the headless host answers for the far cells as Excel does: their values, and the used range to XFD1048576', async () => {
  const book = await HeadlessWorkbook.load(data());
  const read = await book.host.run({}, async (context) => {
    const sheet = context.workbook.worksheets.getItem('Talous');
    const used = sheet.getUsedRange(true).load('address');
    const note = sheet.getRange('A20000').load('values,formulas');
    const last = sheet.getRange('XFD1048576').load('values');
    const fill = sheet.getRange('XFA1').load('values');
    await context.sync();
    return { used: used.address, note: note.values, last: last.values, fill: fill.values };
  });
  expect(read).toEqual({
    used: 'Talous!A1:XFD1048576',
    note: [['Tarkistettu 15.1.2025']],
    last: [[1234.5]],
    fill: [['']],
  });
});
