import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import { defaultSettings } from '../../src/core/settings';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { formatJson } from '../../src/cli/formatters/json';
import { formatText } from '../../src/cli/formatters/text';
import { execute } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/command';

/** A long table of 200 000 rows (100 000 units, income and expenses each), as a ledger export gives it. */
function hugeSnapshot(units: number): WorkbookSnapshot {
  const values: CellValue[][] = [['Yksikkö', 'Rivi', 'KS+LTA:t 2024', 'ENN 2024']];
  for (let u = 0; u < units; u++) {
    values.push([`Yksikkö ${u + 1}`, 'Toimintatuotot', 1000 + (u % 97), 1000 + (u % 89)]);
    values.push([`Yksikkö ${u + 1}`, 'Toimintakulut', 5000 + (u % 83), 5100 + (u % 79)]);
  }
  return { sheets: [{ name: 'Talous', origin: { row: 0, column: 0 }, values }] };
}

test('the text output of 200 000 deviations is written, not a RangeError from spreading them', () => {
  const analysis = analyze(hugeSnapshot(100_000), defaultSettings);
  expect(analysis.deviations.length).toBe(200_000);
  const text = formatText([{ file: 'suuri.xlsx', analysis }], 'fi', { colour: false });
  expect(text.split('\n').length).toBeGreaterThan(200_000);
}, 120_000);

test('the JSON of 200 000 deviations, written a batch at a time, is JSON.stringify’s own text of the document', () => {
  const analysis = analyze(hugeSnapshot(100_000), defaultSettings);
  const text = formatJson(
    [
      { file: 'suuri.xlsx', analysis },
      { file: 'tyhjä.xlsx', analysis: analyze({ sheets: [] }) },
    ],
    'fi',
  );
  const document = JSON.parse(text) as { deviations: unknown[]; tables: unknown[] }[];
  expect(document.map((report) => [report.deviations.length, report.tables.length])).toEqual([
    [200_000, 1],
    [0, 0],
  ]);
  expect(text).toBe(`${JSON.stringify(document, null, 2)}\n`);
  expect(formatJson([], 'fi')).toBe('[]\n');
}, 120_000);

/** A stdout that fails the way a closed pipe does: an unexpected exception in the middle of a command. */
function failingStdout(): { io: CliIo; stderr: () => string } {
  let stderr = '';
  const io: CliIo = {
    stdout: {
      write: () => {
        throw new Error('write EPIPE');
      },
    },
    stderr: { write: (text: string) => (stderr += text) },
    env: { LANG: 'sv_FI.UTF-8' },
  };
  return { io, stderr: () => stderr };
}

describe('an unexpected exception ends either command with exit 2 and one line naming the file, in the user’s language', () => {
  test.each([[[]], [['--json']]])('check %p', async (extra) => {
    const { io, stderr } = failingStdout();
    const code = await execute(['check', 'examples/elvo-q4-2024.xlsx', ...extra], io);
    expect(code).toBe(2);
    expect(stderr()).toBe(
      'budget-monitor: examples/elvo-q4-2024.xlsx: behandlingen avbröts av ett programfel (Error: write EPIPE). Meddela underhållet.\n',
    );
  });

  test('report', async () => {
    const { io, stderr } = failingStdout();
    const out = join(mkdtempSync(join(tmpdir(), 'bm-hostile-')), 'r.xlsx');
    const code = await execute(['report', 'examples/elvo-q4-2024.xlsx', '--out', out], io);
    expect(code).toBe(2);
    expect(stderr()).toBe(
      'budget-monitor: examples/elvo-q4-2024.xlsx: behandlingen avbröts av ett programfel (Error: write EPIPE). Meddela underhållet.\n',
    );
  }, 60_000);
});
