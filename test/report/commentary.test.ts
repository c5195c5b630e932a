/**
 * The controller's commentary survives a second run: the report is opened with ExcelJS, the
 * commentary typed and the Deviations rows re-ordered, and the report produced again from that
 * file. ExcelJS writes the cell edits; it cannot keep the package parts Excel keeps on save
 * (charts, add-in settings, sheet-scoped names, which carry the report marker), so those are
 * put back from the first report as Excel would have kept them.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readExtras, writeExtras } from '../../src/headless/ooxml';
import { budgetMonitor } from './cli-run';

const example = join(__dirname, '../../examples/elvo-q4-2024.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'report-commentary-'));

const redKey = 'Elinvoiman palvelualue/Työllisyyspalvelut|grants';
const greenKey = 'Elinvoiman palvelualue/Kasvupalvelut|income';
const keyColumn = 10;
const commentColumn = 9;

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return workbook;
}

/** Saves an ExcelJS-edited workbook with the parts Excel would have kept from `original`. */
async function saveAsExcelWould(workbook: ExcelJS.Workbook, original: string, path: string): Promise<void> {
  const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
  const kept = await readExtras(new Uint8Array(readFileSync(original)));
  writeFileSync(path, await writeExtras(edited, kept));
}

function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  for (let r = 5; r <= sheet.rowCount; r += 1) if (sheet.getRow(r).getCell(keyColumn).value) rows.push(sheet.getRow(r));
  return rows;
}

function commentaryByKey(sheet: ExcelJS.Worksheet): Map<string, unknown> {
  return new Map(dataRows(sheet).map((row) => [String(row.getCell(keyColumn).value), row.getCell(commentColumn).value]));
}

describe('commentary carried over a second run with the rows re-ordered', () => {
  const first = join(dir, 'raportti-1.xlsx');
  const edited = join(dir, 'raportti-1-kommentoitu.xlsx');
  const second = join(dir, 'raportti-2.xlsx');
  let secondRun: Awaited<ReturnType<typeof budgetMonitor>>;

  beforeAll(async () => {
    expect((await budgetMonitor(['report', example, '--out', first])).code).toBe(0);
    const workbook = await open(first);
    const sheet = workbook.getWorksheet('Poikkeamat')!;
    const rows = dataRows(sheet);
    // The controller sorts the table their own way (here: reversed) and types two explanations.
    const snapshot = rows.map((row) =>
      Array.from({ length: keyColumn }, (_, c) => ({ value: row.getCell(c + 1).value, numFmt: row.getCell(c + 1).numFmt })),
    );
    snapshot.reverse().forEach((cells, index) => {
      const row = rows[index];
      cells.forEach((cell, c) => {
        row.getCell(c + 1).value = cell.value;
        row.getCell(c + 1).numFmt = cell.numFmt;
      });
    });
    for (const row of rows) {
      const key = row.getCell(keyColumn).value;
      if (key === redKey) row.getCell(commentColumn).value = 'Kesätyöllistämisen avustukset ylittyivät; katettu henkilöstökulujen säästöillä.';
      if (key === greenKey) row.getCell(commentColumn).value = 'Maahanmuuttotyön korvaukset 0,4 milj. € ennakoitua suuremmat.';
    }
    await saveAsExcelWould(workbook, first, edited);
    secondRun = await budgetMonitor(['report', edited, '--out', second]);
  }, 120_000);

  test('the edited file really has the rows in another order', async () => {
    const sheet = (await open(edited)).getWorksheet('Poikkeamat')!;
    expect(dataRows(sheet)[0].getCell(8).value).not.toBe('Punainen');
    expect(dataRows(sheet).at(-1)!.getCell(8).value).toBe('Punainen');
  });

  test('the second report replaces the first, and says how many comments it carried', async () => {
    expect(secondRun.code).toBe(0);
    expect(secondRun.stdout).toContain('Kommentteja siirretty edellisestä raportista: 2.');
    expect(secondRun.stderr).toBe('');
    const names = (await open(second)).worksheets.map((s) => s.name);
    expect(names).toEqual(['Talous', 'Strategia', 'Yhteenveto', 'Poikkeamat', 'Strategia (2)', 'Sanasto']);
  });

  test('each comment stands on its own unit and line again, rows back in the report order', async () => {
    const sheet = (await open(second)).getWorksheet('Poikkeamat')!;
    const commentary = commentaryByKey(sheet);
    expect(commentary.get(redKey)).toBe('Kesätyöllistämisen avustukset ylittyivät; katettu henkilöstökulujen säästöillä.');
    expect(commentary.get(greenKey)).toBe('Maahanmuuttotyön korvaukset 0,4 milj. € ennakoitua suuremmat.');
    const rows = dataRows(sheet);
    expect(rows.slice(0, 3).map((r) => r.getCell(8).value)).toEqual(['Punainen', 'Punainen', 'Punainen']);
    const red = rows.find((r) => r.getCell(keyColumn).value === redKey)!;
    expect([red.getCell(1).value, red.getCell(2).value]).toEqual(['Työllisyyspalvelut', 'Avustukset']);
    // The other red deviations still ask for their explanation.
    expect(rows.slice(0, 3).filter((r) => r.getCell(commentColumn).value === 'Selitys puuttuu')).toHaveLength(2);
    expect([...commentary.values()].filter((v) => v !== null && v !== 'Selitys puuttuu')).toHaveLength(2);
  });

  test('a run in another language keeps the comments too: they are keyed by unit and line, not by text', async () => {
    const english = join(dir, 'report-en.xlsx');
    const run = await budgetMonitor(['report', second, '--out', english, '--lang', 'en']);
    expect(run.code).toBe(0);
    const book = await open(english);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Talous', 'Strategia', 'Summary', 'Deviations', 'Strategy', 'Glossary']);
    const commentary = commentaryByKey(book.getWorksheet('Deviations')!);
    expect(commentary.get(redKey)).toBe('Kesätyöllistämisen avustukset ylittyivät; katettu henkilöstökulujen säästöillä.');
    expect([...commentary.values()].filter((v) => v === 'Explanation missing')).toHaveLength(2);
  });

  test('a report for another period does not place them on its rows: it keeps them below the table and names each', async () => {
    const q3 = join(dir, 'raportti-q3.xlsx');
    const run = await budgetMonitor(['report', second, '--out', q3, '--period', 'Q3/2024']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(redKey);
    expect(run.stderr).toContain(greenKey);
    const sheet = (await open(q3)).getWorksheet('Poikkeamat')!;
    const onRows = new Map<string, unknown>();
    const below: [unknown, unknown][] = [];
    let inLeftovers = false;
    for (let r = 5; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      if (String(row.getCell(1).value ?? '').startsWith('Aiemman raportin kommentit')) inLeftovers = true;
      const key = row.getCell(keyColumn).value;
      if (!key) continue;
      if (inLeftovers) below.push([key, row.getCell(commentColumn).value]);
      else onRows.set(String(key), row.getCell(commentColumn).value);
    }
    // Not placed on the Q3 rows, but kept below the table under their keys.
    expect(onRows.get(greenKey)).toBeNull();
    expect(onRows.get(redKey)).toBe('Selitys puuttuu');
    expect(below).toEqual(
      expect.arrayContaining([
        [redKey, 'Kesätyöllistämisen avustukset ylittyivät; katettu henkilöstökulujen säästöillä.'],
        [greenKey, 'Maahanmuuttotyön korvaukset 0,4 milj. € ennakoitua suuremmat.'],
      ]),
    );
    expect(below).toHaveLength(2);
  });
});

describe("sheets the add-in did not create are never touched", () => {
  test('a user sheet named Yhteenveto keeps its content; the report takes Yhteenveto (2), also on a second run', async () => {
    const input = join(dir, 'oma-yhteenveto.xlsx');
    copyFileSync(example, input);
    const workbook = await open(input);
    const own = workbook.addWorksheet('Yhteenveto');
    own.getCell('A1').value = 'Oma yhteenveto';
    own.getCell('B2').value = 1234.5;
    own.getCell('B2').numFmt = '0.00';
    await workbook.xlsx.writeFile(input);

    const first = join(dir, 'oma-1.xlsx');
    expect((await budgetMonitor(['report', input, '--out', first])).code).toBe(0);
    const second = join(dir, 'oma-2.xlsx');
    expect((await budgetMonitor(['report', first, '--out', second])).code).toBe(0);
    for (const path of [first, second]) {
      const book = await open(path);
      expect(book.worksheets.map((s) => s.name)).toEqual([
        'Talous', 'Strategia', 'Yhteenveto', 'Yhteenveto (2)', 'Poikkeamat', 'Strategia (2)', 'Sanasto',
      ]);
      const sheet = book.getWorksheet('Yhteenveto')!;
      expect(sheet.getCell('A1').value).toBe('Oma yhteenveto');
      expect(sheet.getCell('B2').value).toBe(1234.5);
      expect(sheet.getCell('B2').numFmt).toBe('0.00');
      expect(sheet.actualRowCount).toBe(2);
      expect(book.getWorksheet('Yhteenveto (2)')!.getCell('A1').value).toBe('SEURANTARAPORTTI Q4/2024');
    }
  }, 120_000);
});
