/**
 * Nothing of the input is lost: `report` on test/fixtures/all-parts.xlsx (written by
 * scripts/support/all-parts.ts) leaves every part it does not change byte for byte, and in the
 * parts it must change (the workbook part, relationships, content types, shared strings, styles)
 * everything the input held is still there.
 */
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSnapshot } from '../../src/xlsx';
import { budgetMonitor } from './cli-run';

const fixture = join(__dirname, '..', 'fixtures', 'all-parts.xlsx');

/** The parts the report writes into; every other part of the input must come out as it went in. */
const changedParts = new Set([
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
]);

let input: JSZip;
let output: JSZip;
let directory: string;

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path}`);
  return file.async('string');
}

function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g'))].map((m) => m[0]);
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'budget-monitor-parts-'));
  const out = join(directory, 'report.xlsx');
  const run = await budgetMonitor(['report', fixture, '--out', out, '--period', 'Q4/2024']);
  expect(run.stderr).toBe('');
  input = await JSZip.loadAsync(readFileSync(fixture));
  output = await JSZip.loadAsync(readFileSync(out));
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('report on a workbook with every kind of part', () => {
  it('the fixture holds each kind of part the issue names', async () => {
    const names = Object.keys(input.files);
    expect(names).toEqual(
      expect.arrayContaining([
        'xl/comments1.xml',
        'xl/tables/table1.xml',
        'xl/charts/chart1.xml',
        'customXml/item1.xml',
        'docProps/core.xml',
        'docProps/custom.xml',
      ]),
    );
    const economy = await text(input, 'xl/worksheets/sheet1.xml');
    expect(economy).toContain('<dataValidation ');
    expect(economy).toContain('<hyperlink ');
    expect(economy).toContain('<conditionalFormatting ');
    expect(await text(input, 'xl/worksheets/sheet3.xml')).toContain('<sheetProtection ');
    expect(await text(input, 'xl/workbook.xml')).toContain('<workbookProtection lockWindows="1"/>');
  });

  it('copies every part it does not change byte for byte', async () => {
    const unchanged = Object.keys(input.files).filter(
      (path) => !input.files[path].dir && !changedParts.has(path) && path !== 'xl/worksheets/sheet1.xml',
    );
    expect(unchanged.length).toBeGreaterThan(15);
    for (const path of unchanged) {
      const before = await input.file(path)!.async('uint8array');
      const after = await output.file(path)?.async('uint8array');
      expect({ path, same: after !== undefined && Buffer.from(before).equals(Buffer.from(after)) }).toEqual({
        path,
        same: true,
      });
    }
  });

  it('changes the sheet that was active only where its tab stops being the selected one', async () => {
    const before = await text(input, 'xl/worksheets/sheet1.xml');
    const after = await text(output, 'xl/worksheets/sheet1.xml');
    expect(before).toContain('<sheetView tabSelected="1" workbookViewId="0"');
    expect(after).toBe(
      before.replace('<sheetView tabSelected="1" workbookViewId="0"', '<sheetView workbookViewId="0"'),
    );
  });

  it('keeps the workbook protection, the names, the calculation settings and the sheets in the workbook part', async () => {
    const xml = await text(output, 'xl/workbook.xml');
    expect(xml).toContain('<workbookProtection lockWindows="1"/>');
    expect(xml).toContain('<calcPr calcId="171027" iterate="1" iterateCount="50"/>');
    expect(xml).toContain('<definedName name="Otsikko">Talous!$A$1</definedName>');
    // Still scoped to Strategia, the second sheet.
    expect(xml).toContain(
      '<definedName name="Tarkastaja" localSheetId="1" comment="Kuka tarkasti">"Controller"</definedName>',
    );
    const sheets = elements(xml, 'sheet');
    for (const sheet of elements(await text(input, 'xl/workbook.xml'), 'sheet')) expect(sheets).toContain(sheet);
  });

  it('adds to the relationships and content types without dropping any', async () => {
    for (const path of ['_rels/.rels', 'xl/_rels/workbook.xml.rels']) {
      const after = elements(await text(output, path), 'Relationship');
      for (const relationship of elements(await text(input, path), 'Relationship'))
        expect(after).toContain(relationship);
    }
    const types = [
      ...elements(await text(output, '[Content_Types].xml'), 'Override'),
      ...elements(await text(output, '[Content_Types].xml'), 'Default'),
    ];
    const before = [
      ...elements(await text(input, '[Content_Types].xml'), 'Override'),
      ...elements(await text(input, '[Content_Types].xml'), 'Default'),
    ];
    for (const type of before) expect(types).toContain(type);
  });

  it('appends to the shared strings and styles, so every index the input sheets use means the same', async () => {
    const stringsBefore = elements(await text(input, 'xl/sharedStrings.xml'), 'si');
    const stringsAfter = elements(await text(output, 'xl/sharedStrings.xml'), 'si');
    expect(stringsAfter.slice(0, stringsBefore.length)).toEqual(stringsBefore);
    const stylesBefore = await text(input, 'xl/styles.xml');
    const stylesAfter = await text(output, 'xl/styles.xml');
    for (const section of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'dxfs']) {
      const inner = (xml: string) => /<(\w+)\b[^>]*>([\s\S]*?)<\/\1>/.exec(elements(xml, section)[0] ?? '')?.[2] ?? '';
      expect(inner(stylesAfter).startsWith(inner(stylesBefore))).toBe(true);
    }
  });

  it('opens as a workbook with the user sheets and the report sheets', async () => {
    const snapshot = await readSnapshot(readFileSync(join(directory, 'report.xlsx')));
    const names = snapshot.sheets.map((sheet) => sheet.name);
    expect(names.slice(0, 3)).toEqual(['Talous', 'Strategia', 'Lähteet']);
    expect(names.length).toBe(7);
  });
});
