/**
 * The task pane in a real browser (Debian Chromium), on the workbench with the headless host in
 * place of Excel: every button, what the user sees, and what the workbook then holds (read back
 * from the downloaded .xlsx).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { flagFill } from '../../src/core/colours';
import { parseStoredSettings, settingsKey } from '../../src/excel';
import { readExtras } from '../../src/headless/ooxml';
import { readSnapshot } from '../../src/xlsx';
import type { Settings } from '../../src/core/settings';
import { accessibilityViolations, build, launch, root, screenshotPath, type Browser } from './support/browser';

jest.setTimeout(120_000);

const q4 = 'examples/elvo-q4-2024.xlsx';
const withErrors = 'examples/elvo-q2-2025-errors.xlsx';

let browser: Browser;

beforeAll(async () => {
  browser = await launch(build('workbench'));
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

async function openWorkbench(query: Record<string, string> = {}): Promise<Page> {
  const page = await browser.newPage();
  const params = new URLSearchParams({ lang: 'en', ...query });
  await page.goto(`${browser.server.url}index.html?${params}`);
  await page
    .getByRole('button', { name: 'Check workbook' })
    .or(page.getByRole('button', { name: 'Tarkista työkirja' }))
    .waitFor();
  await page.locator('[data-testid=grid]').waitFor();
  return page;
}

/** Waits until the pane has finished its operation (no progress bar, buttons enabled). */
async function settled(page: Page): Promise<void> {
  await page.locator('main[aria-busy="false"]').waitFor();
}

async function click(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForTimeout(50);
  await settled(page);
}

/** The workbook as the user would save it, through the workbench's Download button. */
async function download(page: Page): Promise<Uint8Array> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download workbook|Lataa työkirja/ }).click(),
  ]);
  return new Uint8Array(readFileSync((await file.path())!));
}

async function conditionalFormats(xlsx: Uint8Array): Promise<Map<string, { ref: string; fill: string | undefined }[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ExcelJS.Buffer);
  const bySheet = new Map<string, { ref: string; fill: string | undefined }[]>();
  workbook.eachSheet((sheet) => {
    const formats =
      (
        sheet as unknown as {
          conditionalFormattings?: { ref: string; rules: { style?: { fill?: { bgColor?: { argb?: string } } } }[] }[];
        }
      ).conditionalFormattings ?? [];
    bySheet.set(
      sheet.name,
      formats.flatMap((format) =>
        format.rules.map((rule) => ({ ref: format.ref, fill: rule.style?.fill?.bgColor?.argb?.slice(-6) })),
      ),
    );
  });
  return bySheet;
}

async function flaggedCells(page: Page): Promise<Map<string, string>> {
  const cells = await page
    .locator('td[data-flag]')
    .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-cell')!, td.getAttribute('data-flag')!]));
  return new Map(cells as [string, string][]);
}

async function showSheet(page: Page, sheet: string): Promise<void> {
  await page.getByRole('tab', { name: sheet, exact: true }).click();
  await page.locator(`[data-testid=grid][data-sheet="${sheet}"]`).waitFor();
}

/** The pane as a user sees it in Excel's task pane, scrolled so that the section starts under the pane's header. */
async function sectionShot(page: Page, section: string, name: string): Promise<void> {
  const pane = page.locator('[data-testid=pane]');
  await pane.evaluate((element, id) => {
    const target = element.querySelector(`section[data-section=${id}]`)!;
    const header = element.querySelector('header')!;
    element.scrollTop +=
      target.getBoundingClientRect().top - element.getBoundingClientRect().top - header.offsetHeight - 16;
  }, section);
  await pane.screenshot({ path: screenshotPath(name) });
}

describe('Check', () => {
  it('lists the findings by severity with a count badge, and a click selects the cell', async () => {
    const page = await openWorkbench({ file: withErrors });
    await click(page, 'Check workbook');
    const expected = analyze(await readSnapshot(readFileSync(join(root, withErrors)))).findings;
    expect(expected.length).toBeGreaterThan(5);
    const rows = page.locator('[data-testid=finding]');
    expect(await rows.count()).toBe(expected.length);
    await expect(page.locator('[data-testid=findings-badge]').textContent()).resolves.toBe(String(expected.length));
    // Grouped: errors first, then warnings, each group headed with its count.
    const errors = expected.filter((f) => f.severity === 'error').length;
    await page.getByRole('heading', { name: `Errors (${errors})` }).waitFor();
    await page.getByRole('heading', { name: `Warnings (${expected.length - errors})` }).waitFor();
    // Each row names its cell; a click moves the selection there (and the grid to its sheet).
    for (const index of [0, expected.length - 1]) {
      const finding = expected[index];
      const row = rows.nth(index);
      await expect(row.textContent()).resolves.toContain(`${finding.sheet}!${finding.cell}`);
      await row.click();
      await page
        .locator(
          `[data-testid=grid][data-sheet="${finding.sheet}"] td[aria-selected=true][data-cell="${finding.cell}"]`,
        )
        .waitFor();
    }
    await expect(
      page.getByText(`Checked. Tables recognised: 3, findings: ${expected.length}.`).isVisible(),
    ).resolves.toBe(true);
    await sectionShot(page, 'check', 'pane-check');
  });

  it('says in the user’s language why a file handed to it is no workbook, as the command line does', async () => {
    const page = await openWorkbench({ file: q4, lang: 'fi' });
    await page.getByTestId('open-file').setInputFiles(join(root, 'test', 'fixtures', 'legacy-xls.xlsx'));
    await page
      .getByText('legacy-xls.xlsx: on vanhan Excel 97–2003 -muodon työkirja (.xls)', { exact: false })
      .waitFor();
    // The workbook open before stays open.
    await expect(page.locator('[data-testid=file-name]').textContent()).resolves.toContain('elvo-q4-2024.xlsx');
  });

  it('says how it read a statement: its layout, header rows and every column, in the reader’s language', async () => {
    const page = await openWorkbench({ file: q4, lang: 'fi' });
    await page.getByTestId('open-file').setInputFiles(join(root, 'test', 'fixtures', 'statement-blocks.xlsx'));
    await page.locator('[data-testid=file-name]', { hasText: 'statement-blocks.xlsx' }).waitFor();
    await click(page, 'Tarkista työkirja');
    const table = page.locator('[data-testid=table]');
    await expect(table.count()).resolves.toBe(1);
    await expect(table.textContent()).resolves.toContain('Yksiköt3 · tilinpäätöksen lohkot');
    await expect(table.locator('[data-testid=header-rows]').textContent()).resolves.toBe('4–5');
    await expect(table.locator('[data-testid=column-roles]').textContent()).resolves.toBe(
      'A rivin nimi, B TA (talousarvio), C LTA (lisätalousarvio), D TA+LTA:t, E TOT (toteuma), F Poikkeama, G Tot-%',
    );
  });

  it('shows the recognised tables, and a corrected cost sign is saved in the workbook', async () => {
    const page = await openWorkbench({ file: q4 });
    await click(page, 'Check workbook');
    const table = page.locator('[data-testid=table]');
    await expect(table.count()).resolves.toBe(1);
    await expect(table.textContent()).resolves.toMatch(
      /Talous!A3:J36.*ScaleEUR thousand.*Sign of costscosts positive.*Units3/,
    );
    await table.getByRole('button', { name: 'Correct recognition' }).click();
    await table.getByLabel('Sign of costs').selectOption('negative');
    await table.getByLabel(/Column J: Poikkeama/).selectOption('none');
    await click(page, 'Save corrections and check');
    await expect(table.textContent()).resolves.toContain('Corrected');
    const settings = await storedSettings(await download(page));
    expect(settings.overrides).toEqual([{ sheet: 'Talous', columns: { J: 'none' }, costSign: 'negative' }]);
  });

  it('saves a correction picked but not saved when Check workbook is clicked, and checks with it', async () => {
    const page = await openWorkbench({ file: q4 });
    await click(page, 'Check workbook');
    const table = page.locator('[data-testid=table]');
    await table.getByRole('button', { name: 'Correct recognition' }).click();
    await table.getByLabel('Sign of costs').selectOption('negative');
    await table.getByLabel(/Column J: Poikkeama/).selectOption('none');
    await click(page, 'Check workbook');
    await page
      .getByText('Recognition corrections saved in the workbook. Checked. Tables recognised: 1, findings:', {
        exact: false,
      })
      .waitFor();
    // The check read the table with the correction: J dropped, costs negative.
    await expect(table.textContent()).resolves.toMatch(/Talous!A3:I36 · Corrected.*Sign of costscosts negative/);
    await expect(table.locator('[data-testid=column-roles]').textContent()).resolves.not.toContain('J ');
    const settings = await storedSettings(await download(page));
    expect(settings.overrides).toEqual([{ sheet: 'Talous', columns: { J: 'none' }, costSign: 'negative' }]);
  });
});

describe('Deviations', () => {
  it('flags the red and yellow deviations in the grid and the saved workbook, and Clear flags removes them all', async () => {
    const page = await openWorkbench({ file: q4 });
    const before = await conditionalFormats(await download(page));
    await click(page, 'Check workbook');
    const listed = page.locator('[data-testid=deviation]');
    const analysis = analyze(await readSnapshot(readFileSync(join(root, q4))));
    const flagged = analysis.deviations.filter((d) => d.status !== 'green');
    expect(flagged.length).toBeGreaterThan(0);
    await expect(listed.count()).resolves.toBe(flagged.length);

    await click(page, 'Flag deviations');
    await page.getByText(`Cells flagged with colours: ${analysis.deviations.length}.`).waitFor();
    const cells = await flaggedCells(page);
    for (const deviation of flagged) {
      expect(cells.get(deviation.varianceCell ?? deviation.cell)?.toUpperCase()).toBe(flagFill[deviation.status]);
    }
    // Green deviations are flagged green too: every deviation has its colour.
    expect(cells.size).toBe(analysis.deviations.length);
    const saved = await conditionalFormats(await download(page));
    const talous = saved.get('Talous') ?? [];
    expect(talous.length).toBeGreaterThan(before.get('Talous')?.length ?? 0);
    expect(talous.map((f) => `#${f.fill}`.toUpperCase())).toEqual(
      expect.arrayContaining([flagFill.red, flagFill.green]),
    );

    // A click on a listed deviation selects its cell.
    await listed.first().click();
    const first = [...flagged].sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation))[0];
    await page.locator(`td[aria-selected=true][data-cell="${first.varianceCell ?? first.cell}"]`).waitFor();
    await sectionShot(page, 'deviations', 'pane-deviations');

    await click(page, 'Clear flags');
    // The same unit both ways: as many cells lose their flags as were flagged.
    await page
      .getByText(`Flags removed from cells: ${analysis.deviations.length}. Values and formats are as they were.`)
      .waitFor();
    expect((await flaggedCells(page)).size).toBe(0);
    const cleared = await conditionalFormats(await download(page));
    expect(cleared).toEqual(before);
  });

  it('keeps thresholds typed the Finnish way in the workbook: after a reload and reopening the saved file they are still there', async () => {
    const page = await openWorkbench({ file: q4, lang: 'fi' });
    await page.getByTestId('threshold-yellowPct').fill('3,5');
    await page.getByTestId('threshold-redEur').fill('250 000');
    await click(page, 'Tallenna asetukset');
    await page.getByText('Asetukset tallennettu työkirjaan.').waitFor();
    const saved = await download(page);
    const path = join(root, 'test-artifacts', 'e2e', 'settings-kept.xlsx');
    mkdirSync(join(root, 'test-artifacts', 'e2e'), { recursive: true });
    writeFileSync(path, saved);

    await page.reload();
    await page.locator('[data-testid=grid]').waitFor();
    await expect(page.getByTestId('threshold-yellowPct').inputValue()).resolves.toBe('2');
    await page.getByTestId('open-file').setInputFiles(path);
    await page.locator('[data-testid=file-name]', { hasText: 'settings-kept.xlsx' }).waitFor();
    await page.waitForFunction(
      () => (document.querySelector('[data-testid=threshold-yellowPct]') as HTMLInputElement | null)?.value === '3,5',
    );
    await expect(page.getByTestId('threshold-redEur').inputValue()).resolves.toBe('250\u00a0000');
    const settings = await storedSettings(saved);
    expect(settings.thresholds.yellow.relative).toBeCloseTo(0.035);
    expect(settings.thresholds.red.absolute).toBe(250_000);
  });

  it('refuses a threshold that is not a number, saying why, and Flag deviations stops at the field', async () => {
    const page = await openWorkbench({ file: q4 });
    const before = await conditionalFormats(await download(page));
    await page.getByTestId('threshold-redPct').fill('viisi');
    await page.getByText('Enter a number, for example 3.5.').waitFor();
    await click(page, 'Flag deviations');
    await page.getByText('Unsaved change: “Red: relative (%)”.', { exact: false }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe(
      'threshold-redPct',
    );
    expect(await conditionalFormats(await download(page))).toEqual(before);
  });
});

describe('Strategy', () => {
  it('counts the measures per goal and status, and Colour statuses colours their status cells', async () => {
    const page = await openWorkbench({ file: q4 });
    await click(page, 'Check workbook');
    const table = page.getByRole('table', { name: 'Strategy' });
    await expect(table.getByRole('row').last().textContent()).resolves.toBe('Total1660');
    await click(page, 'Colour statuses');
    await page.getByText('Statuses coloured: 22.').waitFor();
    await showSheet(page, 'Strategia');
    const cells = await flaggedCells(page);
    expect(cells.size).toBe(22);
    expect([...cells.values()].filter((c) => c.toUpperCase() === flagFill.green)).toHaveLength(16);
    expect([...cells.values()].filter((c) => c.toUpperCase() === flagFill.yellow)).toHaveLength(6);
    // Flagging deviations afterwards keeps the statuses coloured.
    await click(page, 'Flag deviations');
    await showSheet(page, 'Strategia');
    expect((await flaggedCells(page)).size).toBe(22);
    await sectionShot(page, 'strategy', 'pane-strategy');
  });
});

describe('Report', () => {
  it('inserts the report sheets with charts, and the links open them', async () => {
    const page = await openWorkbench({ file: q4 });
    await click(page, 'Check workbook');
    const report = page.locator('section[data-section=report]');
    // The workbook's own period is the default, and shown.
    await expect(report.getByLabel('Quarter').inputValue()).resolves.toBe('');
    await report.getByRole('option', { name: 'from the workbook (Q4/2024)' }).waitFor({ state: 'attached' });
    await report.getByLabel('Report language').selectOption('fi');
    await click(page, 'Insert report');
    await page.getByText(/Report Q4\/2024 inserted: 4 sheets, \d+ charts\./).waitFor();
    const links = page.getByTestId('report-sheet');
    await expect(links.allTextContents()).resolves.toEqual(['Yhteenveto', 'Poikkeamat', 'Strategia (2)', 'Sanasto']);
    await links.nth(1).click();
    await page.locator('[data-testid=grid][data-sheet="Poikkeamat"]').waitFor();
    await page.getByRole('tab', { name: 'Yhteenveto' }).waitFor();
    await sectionShot(page, 'report', 'pane-report');

    const saved = await download(page);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(saved) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Talous',
      'Strategia',
      'Yhteenveto',
      'Poikkeamat',
      'Strategia (2)',
      'Sanasto',
    ]);
    expect(String(workbook.getWorksheet('Yhteenveto')!.getCell('A1').value)).toBe('SEURANTARAPORTTI Q4/2024');
    const charts = (await readExtras(saved)).charts;
    expect(charts.map((chart) => chart.type).sort()).toEqual(['BarClustered', 'BarStacked', 'ColumnClustered']);
    expect((await storedSettings(saved)).language).toBe('fi');
    expect(new Set(charts.map((c) => c.sheet))).toEqual(new Set(['Yhteenveto', 'Strategia (2)']));
    await showSheet(page, 'Yhteenveto');
    await expect(page.getByTestId('charts').textContent()).resolves.toMatch(/^2 charts:/);
  });
});

describe('Language, theme and failures', () => {
  it('speaks Finnish when Office does, and switches to English on request', async () => {
    const page = await openWorkbench({ file: q4, lang: '', displayLanguage: 'fi-FI' });
    await page.getByRole('heading', { name: 'Tarkistus' }).waitFor();
    await click(page, 'Tarkista työkirja');
    await page.getByText('Tarkistettu. Tunnistettuja taulukoita 1, havaintoja 0.').waitFor();
    await page.getByRole('heading', { name: 'Poikkeamat' }).waitFor();
    await page.screenshot({ path: screenshotPath('pane-fi') });
    await page.getByLabel('Kieli', { exact: true }).selectOption('en');
    await page.getByRole('heading', { name: /^Check/ }).waitFor();
    await page.getByText('Checked. Tables recognised: 1, findings: 0.').waitFor();
  });

  it('follows a dark theme and stays readable', async () => {
    const page = await openWorkbench({ file: q4, theme: 'dark' });
    await click(page, 'Check workbook');
    const [background, text] = await page
      .locator('[data-testid=pane] > div')
      .first()
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.backgroundColor, style.color];
      });
    expect(luminance(background)).toBeLessThan(0.2);
    expect(luminance(text)).toBeGreaterThan(0.7);
    await page.locator('[data-testid=pane]').screenshot({ path: screenshotPath('pane-dark') });
    expect(await accessibilityViolations(page, '[data-testid=pane]')).toEqual([]);
  });

  it('takes the high-contrast theme without accessibility violations', async () => {
    const page = await openWorkbench({ file: withErrors, theme: 'high-contrast' });
    await click(page, 'Check workbook');
    const background = await page
      .locator('[data-testid=pane] > div')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(luminance(background)).toBeLessThan(0.05);
    await page.locator('[data-testid=pane]').screenshot({ path: screenshotPath('pane-high-contrast') });
    expect(await accessibilityViolations(page, '[data-testid=pane]')).toEqual([]);
  });

  it('says in a message bar what failed and what to do, and leaves the workbook unchanged, on an Excel too old', async () => {
    const page = await openWorkbench({ file: q4, excelApi: '1.5' });
    await page.getByText(/This version of Excel lacks some features \(ExcelApi 1\.7\)/).waitFor();
    const before = await download(page);
    await click(page, 'Check workbook');
    await click(page, 'Flag deviations');
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(
      /That did not work.*lacks features the add-in needs \(ExcelApi 1\.7\)\. Update Excel.*The workbook was not changed\./,
    );
    expect(await conditionalFormats(await download(page))).toEqual(await conditionalFormats(before));
    await page.getByLabel('Language', { exact: true }).selectOption('sv');
    await expect(alert.textContent()).resolves.toMatch(/Åtgärden misslyckades.*Arbetsboken ändrades inte\./);
    await alert.getByRole('button', { name: 'Stäng' }).click();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  });
});

describe('Accessibility', () => {
  it('has no axe-core violations with every section filled in', async () => {
    const page = await openWorkbench({ file: withErrors });
    await click(page, 'Check workbook');
    await click(page, 'Insert report');
    await page.getByTestId('confirm-errors').waitFor();
    expect(await accessibilityViolations(page, '[data-testid=pane]')).toEqual([]);
    await click(page, 'Insert the report anyway');
    await page.getByTestId('report-sheet').first().waitFor();
    await page.locator('[data-testid=table]').first().getByRole('button', { name: 'Correct recognition' }).click();
    expect(await accessibilityViolations(page, '[data-testid=pane]')).toEqual([]);
  });
});

afterAll(() => {
  // With UPDATE_DOCS_SCREENSHOTS=1 the section screenshots also become the README's pictures.
  if (process.env.UPDATE_DOCS_SCREENSHOTS !== '1') return;
  for (const name of ['pane-check', 'pane-deviations', 'pane-strategy', 'pane-report', 'pane-dark']) {
    copyFileSync(screenshotPath(name), join(root, 'docs', `${name}.png`));
  }
});

/** The add-in's settings as saved in the .xlsx: web extension properties hold each value as JSON. */
async function storedSettings(xlsx: Uint8Array): Promise<Settings> {
  const stored = (await readExtras(xlsx)).settings[settingsKey];
  expect(stored).toBeDefined();
  return parseStoredSettings(JSON.parse(stored));
}

function luminance(cssColour: string): number {
  const [r, g, b] = (cssColour.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Number(v) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
