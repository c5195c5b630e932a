/**
 * Mapping a table by hand, in the pane on the workbench: a ledger export in words the engine
 * does not know is mapped by clicking, its findings and deviations appear, the mapping is kept
 * in the workbook through a reload, exported, and the exported file makes `check --mapping`
 * read the next quarter's workbook of the same format.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { planFlags } from '../../src/core/flags';
import { readMappingFile } from '../../src/core/mapping';
import { parseStoredSettings, settingsKey } from '../../src/excel';
import { readExtras } from '../../src/headless/ooxml';
import { readSnapshot } from '../../src/xlsx';
import { runCli } from '../cli/support/run-cli';
import { ledgerMapping, withMappings } from '../core/helpers/ledger-mapping';
import {
  accessibilityViolations,
  artifacts,
  build,
  launch,
  root,
  screenshotPath,
  type Browser,
} from './support/browser';

jest.setTimeout(180_000);

const q2 = join(root, 'test', 'fixtures', 'ledger-q2.xlsx');
const q3 = join(root, 'test', 'fixtures', 'ledger-q3.xlsx');

let browser: Browser;

beforeAll(async () => {
  browser = await launch(build('workbench'));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  // With UPDATE_DOCS_SCREENSHOTS=1 the mapping view's screenshot also becomes the README's picture.
  if (process.env.UPDATE_DOCS_SCREENSHOTS === '1')
    copyFileSync(screenshotPath('pane-mapping'), join(root, 'docs', 'pane-mapping.png'));
});

async function openLedger(file: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${browser.server.url}index.html?lang=en`);
  await page.getByRole('button', { name: 'Check workbook' }).waitFor();
  await openFile(page, file);
  return page;
}

async function openFile(page: Page, file: string): Promise<void> {
  await page.getByTestId('open-file').setInputFiles(file);
  await page.locator('[data-testid=file-name]', { hasText: file.split('/').pop()! }).waitFor();
  await page.locator('[data-testid=grid]').waitFor();
}

async function settled(page: Page): Promise<void> {
  await page.locator('main[aria-busy="false"]').waitFor();
}

async function click(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForTimeout(50);
  await settled(page);
}

async function downloadOf(page: Page, name: RegExp): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return new Uint8Array(readFileSync((await file.path())!));
}

async function findingTexts(page: Page): Promise<string[]> {
  return page.locator('[data-testid=finding]').allTextContents();
}

describe('Map by hand', () => {
  it('maps an unknown ledger export by clicking: findings and deviations appear, it is flagged and reported, the mapping is kept through a reload and exported for check --mapping', async () => {
    const expected = analyze(await readSnapshot(readFileSync(q2)), withMappings(ledgerMapping));
    expect(expected.findings.length).toBe(4);
    const page = await openLedger(q2);

    await click(page, 'Check workbook');
    await expect(findingTexts(page)).resolves.toEqual([
      expect.stringContaining('No budget table was recognised on sheet Raportti'),
    ]);
    await page.locator('section[data-section=check]').getByRole('button', { name: 'Map a table' }).click();
    const editor = page.getByTestId('mapping-editor');
    await editor.getByRole('heading', { name: 'Mapping of sheet Raportti' }).waitFor();
    // Focus moves into the view, so that a keyboard user goes on from there.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Mapping of sheet Raportti');
    await expect(editor.getByText('No header row chosen.').isVisible()).resolves.toBe(true);

    // The header row, by clicking it in the preview.
    await editor.getByRole('button', { name: /^Row 3\b/ }).click();
    await editor.getByText('Header row: 3').waitFor();
    await expect(editor.getByRole('button', { name: /^Row 3\b/ }).getAttribute('aria-pressed')).resolves.toBe('true');
    // Each column's list shows its header and first values.
    await editor.getByText('First values: Elinvoima; Elinvoima; Elinvoima').waitFor();
    await editor.getByText('First values: 5,000,000; 38,000,000; 13,000,000').waitFor();
    const roles: Record<string, string> = {
      'Column A: Kohde': 'unit',
      'Column B: Porras': 'level',
      'Column C: Erä': 'line',
      'Column D: Raami': 'currentBudget',
      'Column E: Kertymä 1-6/2025': 'actual',
      'Column F: Arvio': 'forecast',
      'Column G: Ero': 'variance',
      'Column H: Sit.': 'binding',
    };
    for (const [label, role] of Object.entries(roles))
      await editor.getByLabel(label, { exact: true }).selectOption(role);
    await editor.getByLabel('Layout', { exact: true }).selectOption('long');
    await editor.getByLabel('Sign of costs', { exact: true }).selectOption('positive');
    await editor.getByLabel('Deviation column computed as', { exact: true }).selectOption('favourable-positive');
    await editor.getByLabel('Scale', { exact: true }).selectOption('1');
    await editor.getByText('With this mapping no table is read.').waitFor();
    const aliases: Record<string, string> = {
      'Saadut yhteensä': 'income',
      'Menot yhteensä': 'expenses',
      Palkkamenot: 'personnel',
      'Ostetut palvelut': 'purchasedServices',
      Tulos: 'margin',
    };
    for (const [label, line] of Object.entries(aliases)) {
      await editor.getByLabel(`Label “${label}”`, { exact: true }).selectOption(line);
    }
    // The check of the draft, live.
    await expect(editor.getByTestId('mapping-result').textContent()).resolves.toBe(
      `15 rows read, 15 of them known lines, and 3 units; findings ${expected.findings.length}, deviations ${expected.deviations.length}.`,
    );

    // At Excel's narrowest pane, nothing is cut off sideways.
    const pane = page.locator('[data-testid=pane]');
    await pane.evaluate((element) => ((element as HTMLElement).style.width = '320px'));
    await expect(pane.evaluate((element) => element.scrollWidth <= element.clientWidth)).resolves.toBe(true);
    await page.setViewportSize({ width: 1400, height: 1500 });
    await pane.evaluate((element) => {
      const target = element.querySelector('[data-testid=mapping-editor]')!;
      const header = element.querySelector('header')!;
      element.scrollTop +=
        target.getBoundingClientRect().top - element.getBoundingClientRect().top - header.offsetHeight - 8;
    });
    await pane.screenshot({ path: screenshotPath('pane-mapping') });
    expect(await accessibilityViolations(page, '[data-testid=pane]')).toEqual([]);

    await click(page, 'Save mapping and check');
    await page.getByText('Mapping saved in the workbook.').waitFor();
    const shown = await findingTexts(page);
    expect(shown).toHaveLength(expected.findings.length);
    expect(shown.map((text) => text.match(/Raportti!([A-Z]+\d+)$/)?.[1])).toEqual(expected.findings.map((f) => f.cell));
    await expect(page.locator('[data-testid=table]').textContent()).resolves.toMatch(/Raportti!A3:G18.*Mapped by hand/);
    const flagged = expected.deviations.filter((d) => d.status !== 'green');
    await expect(page.locator('[data-testid=deviation]').count()).resolves.toBe(flagged.length);
    await page.locator('[data-testid=deviation]', { hasText: 'Kasvu' }).first().waitFor();

    // Flagged and reported like any recognised table.
    const flags = planFlags(expected).flags;
    expect(flags.length).toBeGreaterThan(0);
    await click(page, 'Flag deviations');
    await page.getByText(`Cells flagged with colours: ${flags.length}.`).waitFor();
    await page.getByRole('tab', { name: 'Raportti', exact: true }).click();
    const flaggedCells = await page
      .locator('[data-testid=grid][data-sheet="Raportti"] td[data-flag]')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-cell')));
    expect(flaggedCells.sort()).toEqual(flags.map((flag) => flag.cell).sort());
    const report = page.locator('section[data-section=report]');
    await report.getByLabel('Quarter').selectOption('2');
    await report.getByLabel('Year').fill('2025');
    await click(page, 'Insert report');
    // The mapped table's own errors are told first, with their count; the report goes in on the user's word.
    const errors = expected.findings.filter((finding) => finding.severity === 'error').length;
    if (errors > 0) {
      await page.getByTestId('confirm-errors').getByText(`The workbook has errors (${errors})`, { exact: false }).waitFor();
      await click(page, 'Insert the report anyway');
    }
    await page.getByText(/Report Q2\/2025 inserted: 4 sheets, \d+ charts\./).waitFor();

    // Saved in the workbook: reopening the saved file reads it as mapped.
    const saved = await downloadOf(page, /Download workbook/);
    const stored = (await readExtras(saved)).settings[settingsKey];
    expect(parseStoredSettings(JSON.parse(stored)).mappings).toEqual([ledgerMapping]);
    const savedPath = join(artifacts, 'ledger-q2-mapped.xlsx');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(savedPath, saved);
    await page.reload();
    await page.getByRole('button', { name: 'Check workbook' }).waitFor();
    await openFile(page, savedPath);
    await click(page, 'Check workbook');
    await expect(findingTexts(page)).resolves.toEqual(shown);
    await page.getByTestId('saved-mapping').getByText('Raportti, header row 3').waitFor();

    // Exported, the same mapping reads the next quarter's workbook of this format from the command line.
    const exported = new TextDecoder().decode(await downloadOf(page, /Export mapping/));
    expect(readMappingFile(exported)).toEqual({ ok: true, mappings: [ledgerMapping] });
    const mappingPath = join(artifacts, 'ledger.mapping.json');
    writeFileSync(mappingPath, exported);
    const sameQuarter = await runCli(['check', q2, '--mapping', mappingPath, '--json']);
    const [fromCli] = JSON.parse(sameQuarter.stdout) as { findings: { cell: string; message: string }[] }[];
    // The pane's rows read the message, then the cell.
    expect(fromCli.findings.map((f) => `${f.message}Raportti!${f.cell}`)).toEqual(shown);
    const nextQuarter = await runCli(['check', q3, '--mapping', mappingPath, '--json']);
    expect(nextQuarter.code).toBe(1);
    const [q3Report] = JSON.parse(nextQuarter.stdout) as { findings: { code: string; cell: string }[] }[];
    const q3Expected = analyze(await readSnapshot(readFileSync(q3)), withMappings(ledgerMapping));
    expect(q3Report.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(
      q3Expected.findings.map((f) => `${f.code} ${f.cell}`),
    );
    expect(q3Report.findings.map((f) => `${f.code} ${f.cell}`)).toContain('chain-mismatch G17');

    // Reset recognition: the mapping is gone and the sheet is recognised again (no table).
    await click(page, 'Reset recognition');
    await page
      .getByText('The mapping of sheet Raportti was removed; the sheet is recognised automatically again.')
      .waitFor();
    await expect(findingTexts(page)).resolves.toEqual([
      expect.stringContaining('No budget table was recognised on sheet Raportti'),
    ]);
  });

  it('takes the header row from the selection, works by keyboard, refuses an imported file that is no mapping saying why, in fi and sv too', async () => {
    const page = await openLedger(q2);
    const mappingPath = join(artifacts, 'ledger-import.mapping.json');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(
      mappingPath,
      JSON.stringify({ format: 'budget-monitor-mapping', version: 1, tables: [ledgerMapping] }),
    );
    await page.getByTestId('import-mapping').setInputFiles(mappingPath);
    await page.getByText('Imported 1 table mappings and saved them in the workbook.').waitFor();
    await settled(page);
    await expect(page.locator('[data-testid=finding]').count()).resolves.toBe(4);

    // A finding's cell selected, then Map this table: Use the selected row takes that row.
    await page.locator('[data-testid=finding]').first().click();
    await page.locator('[data-testid=grid] td[aria-selected=true][data-cell="F8"]').waitFor();
    await page.locator('[data-testid=table]').getByRole('button', { name: 'Map this table' }).click();
    const editor = page.getByTestId('mapping-editor');
    await editor.getByText('Header row: 3').waitFor();
    await expect(editor.getByLabel('Column C: Erä', { exact: true }).inputValue()).resolves.toBe('line');
    await editor.getByRole('button', { name: 'Use the selected row' }).click();
    await editor.getByText('Header row: 8').waitFor();
    // By keyboard: Enter on a preview row chooses it, and focus stays where the user is.
    await editor.getByRole('button', { name: /^Row 3\b/ }).focus();
    await page.keyboard.press('Enter');
    await editor.getByText('Header row: 3').waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).resolves.toBe('true');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.startsWith('Row 4'))).resolves.toBe(true);
    await click(page, 'Close mapping');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Map a table');

    const broken = join(artifacts, 'broken.mapping.json');
    writeFileSync(
      broken,
      JSON.stringify({ format: 'budget-monitor-mapping', version: 1, tables: [{ ...ledgerMapping, layout: 'wide' }] }),
    );
    await page.getByTestId('import-mapping').setInputFiles(broken);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toBe(
      'The file broken.mapping.json cannot be used as a mapping:tables[0].layout: unknown layout “wide” (long or block).',
    );

    // In Finnish and Swedish too.
    await page.getByLabel('Language', { exact: true }).selectOption('fi');
    await page.getByRole('heading', { name: 'Kohdistus käsin' }).waitFor();
    await page.locator('[data-testid=table]').getByRole('button', { name: 'Kohdista tämä taulukko' }).click();
    await editor.getByRole('heading', { name: 'Välilehden Raportti kohdistus' }).waitFor();
    await expect(editor.getByTestId('mapping-result').textContent()).resolves.toBe(
      'Luetaan 15 riviä, joista 15 on tunnettuja rivejä, ja 3 yksikköä; havaintoja 4, poikkeamia 15.',
    );
    await page.getByLabel('Kieli', { exact: true }).selectOption('sv');
    await editor.getByRole('heading', { name: 'Mappning av bladet Raportti' }).waitFor();
    await editor.getByLabel('Kolumn C: Erä', { exact: true }).waitFor();
  });
});
