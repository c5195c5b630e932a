/** The fixtures that are no readable .xlsx workbook (scripts/make-fixtures.ts), each with its true cause. */
import type { XlsxReadFailure } from '../../src/xlsx';

export const unreadableFixtures: Readonly<Record<string, XlsxReadFailure>> = {
  'empty.xlsx': 'empty',
  'pdf.xlsx': 'not-zip',
  'not-xlsx.xlsx': 'csv',
  'plain-zip.xlsx': 'not-workbook',
  'word-document.xlsx': 'not-workbook',
  'chart-sheet-only.xlsx': 'no-worksheets',
  'encrypted.xlsx': 'encrypted',
  'legacy-xls.xlsx': 'legacy-xls',
  'binary-xlsb.xlsx': 'xlsb',
  'opendocument.xlsx': 'ods',
  'corrupt.xlsx': 'corrupt',
};

export function isUnreadableFixture(name: string): boolean {
  return Object.hasOwn(unreadableFixtures, name);
}
