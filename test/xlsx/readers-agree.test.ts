import { isUnreadableFixture } from '../helpers/unreadable-fixtures';
/**
 * readSnapshot reads the package XML itself, for speed; readSnapshotWithExcelJs goes through
 * ExcelJS's full load. On every real file in the repository they must give the same snapshot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSnapshot, readSnapshotWithExcelJs } from '../../src/xlsx';
import { readPackage } from '../../src/xlsx/read-package';

const root = join(__dirname, '..', '..');
const files = [
  ...readdirSync(join(root, 'test', 'fixtures'))
    .filter((name) => name.endsWith('.xlsx') && !isUnreadableFixture(name))
    .map((name) => join('test', 'fixtures', name)),
  ...readdirSync(join(root, 'examples'))
    .filter((name) => name.endsWith('.xlsx'))
    .map((name) => join('examples', name)),
];

test.each(files)('%s reads the same through both readers', async (file) => {
  const data = new Uint8Array(readFileSync(join(root, file)));
  expect(await readSnapshot(data)).toEqual(await readSnapshotWithExcelJs(data));
});

test('JSZip\'s own inflate (the browser\'s path) reads what Node\'s zlib reads', async () => {
  const data = new Uint8Array(readFileSync(join(root, 'examples', 'elvo-q2-2025-errors.xlsx')));
  expect(await readPackage(data, { nativeInflate: false })).toEqual(await readPackage(data));
});
