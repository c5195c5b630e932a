/**
 * The pane as a controller uses it, in Chromium on the workbench: keyboard focus after each
 * action, the layout at Excel's narrowest pane (320 px) and a wide one (450 px), a workbook with
 * no budget table, the report before a check and on a workbook that names no period, and axe-core
 * in each of these states. The full-pane screenshots under docs/ come from here
 * (UPDATE_DOCS_SCREENSHOTS=1), in fi and en, light and dark, at both widths.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { readSnapshot } from '../../src/xlsx';
import { accessibilityViolations, build, launch, root, screenshotPath, type Browser } from './support/browser';

jest.setTimeout(180_000);

const q4 = 'examples/elvo-q4-2024.xlsx';
const noTable = join(root, 'test', 'fixtures', 'no-table.xlsx');
const undated = join(root, 'test', 'fixtures', 'costs-negative.xlsx');

let browser: Browser;
const shots: string[] = [];

beforeAll(async () => {
  browser = await launch(build('workbench'));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (process.env.UPDATE_DOCS_SCREENSHOTS !== '1') return;
  for (const name of shots) copyFileSync(screenshotPath(name), join(root, 'docs', `${name}.png`));
});

async function openWorkbench(query: Record<string, string> = {}): Promise<Page> {
  const page = await browser.newPage();
  const params = new URLSearchParams({ lang: 'en', file: q4, ...query });
  await page.goto(`${browser.server.url}index.html?${params}`);
  await page.locator('[data-testid=grid]').waitFor();
  await page.locator('section[data-section=check] button').first().waitFor();
  return page;
}

async function openFile(page: Page, path: string): Promise<void> {
  await page.getByTestId('open-file').setInputFiles(path);
  await page.locator('[data-testid=file-name]', { hasText: path.split('/').pop()! }).waitFor();
  await page.locator('section[data-section=check] button').first().waitFor();
}

async function settled(page: Page): Promise<void> {
  await page.locator('main[aria-busy="false"]').waitFor();
}

async function click(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForTimeout(50);
  await settled(page);
}

async function download(page: Page): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download workbook|Lataa työkirja/ }).click(),
  ]);
  return readFileSync((await file.path())!);
}

const notice = (page: Page, section: string) => page.getByTestId(`notice-${section}`);

/** Elements of the pane that stick out of it or have their text cut, and texts under 12 px. */
async function layoutProblems(page: Page): Promise<{ overflowing: string[]; small: string[] }> {
  return page.locator('[data-testid=pane]').evaluate((pane) => {
    const box = pane.getBoundingClientRect();
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.getAttribute('data-testid') ? `[${element.getAttribute('data-testid')}]` : ''}: ${(element.textContent ?? '').trim().slice(0, 40)}`;
    const overflowing: string[] = [];
    for (const element of pane.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.position === 'fixed' || style.visibility === 'hidden') continue;
      const outside = rect.left < box.left - 0.5 || rect.right > box.right + 0.5;
      const clipsX = /hidden|clip|auto|scroll/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      if (outside || clipsX) overflowing.push(describe(element));
    }
    const small: string[] = [];
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !(node.textContent ?? '').trim()) continue;
      if (parent.closest('[aria-hidden=true], option, script, style')) continue;
      if (parent.getBoundingClientRect().width === 0) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 12) small.push(`${size}px: ${(node.textContent ?? '').trim().slice(0, 40)}`);
    }
    // A select shows its chosen option cut without any overflow to see: measure the text itself.
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const select of pane.querySelectorAll('select')) {
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.options[select.selectedIndex]?.text ?? '';
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (canvas.measureText(text).width > room + 0.5) overflowing.push(`select: ${text}`);
    }
    return { overflowing, small };
  });
}

/** The tops of the threshold inputs, row by row: each row's two inputs must stand level. */
async function thresholdRows(page: Page): Promise<number[][]> {
  const top = async (field: string) => (await page.getByTestId(`threshold-${field}`).boundingBox())!.y;
  return [
    [await top('yellowPct'), await top('yellowEur')],
    [await top('redPct'), await top('redEur')],
  ];
}

/** The whole pane, its full height, as the docs show it. */
async function paneShot(page: Page, name: string): Promise<void> {
  const pane = page.locator('[data-testid=pane]');
  const height = await pane.evaluate((element) => element.scrollHeight);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: height + 60 });
  await pane.screenshot({ path: screenshotPath(name) });
  await page.setViewportSize(size);
  shots.push(name);
}

describe('the layout at 320 and 450 px, in fi and en, light and dark', () => {
  for (const width of [320, 450]) {
    for (const language of ['fi', 'en'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`${width} px, ${language}, ${theme}: nothing cut or outside the pane, no text under 12 px, inputs level, no axe violation`, async () => {
          const page = await openWorkbench({ lang: language, theme, paneWidth: String(width) });
          await click(page, language === 'fi' ? 'Tarkista työkirja' : 'Check workbook');
          await page.locator('[data-testid=deviation]').first().waitFor();
          expect(await layoutProblems(page)).toEqual({ overflowing: [], small: [] });
          for (const [left, right] of await thresholdRows(page)) expect(Math.abs(left - right)).toBeLessThan(1);
          expect(await accessibilityViolations(page, '[data-testid=pane]')).toEqual([]);
          await paneShot(page, `pane-${language}-${theme}-${width}`);

          // A validation message under one field does not push its neighbour out of line.
          await page.getByTestId('threshold-yellowPct').fill('x');
          for (const [left, right] of await thresholdRows(page)) expect(Math.abs(left - right)).toBeLessThan(1);
          expect(await layoutProblems(page)).toEqual({ overflowing: [], small: [] });
          await page.close();
        });
      }
    }
  }
});

describe('keyboard focus and announcements', () => {
  it('after Enter on each action the focus stays on its button, and the result is in the section live region', async () => {
    const page = await openWorkbench();
    for (const [name, section] of [
      ['Check workbook', 'check'],
      ['Save settings', 'deviations'],
      ['Flag deviations', 'deviations'],
      ['Clear flags', 'deviations'],
      ['Colour statuses', 'strategy'],
      ['Insert report', 'report'],
    ] as const) {
      const button = page.getByRole('button', { name, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(50);
      await settled(page);
      await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await expect(notice(page, section).getAttribute('role')).resolves.toBe('status');
      await expect(notice(page, section).textContent()).resolves.not.toBe('');
    }
    expect(await accessibilityViolations(page, '[data-testid=pane]')).toEqual([]);
  });
});

describe('a workbook with no budget table', () => {
  it('every action says so as a warning, and the workbook is as it was', async () => {
    const page = await openWorkbench();
    await openFile(page, noTable);
    const before = await readSnapshot(await download(page));
    await click(page, 'Check workbook');
    await expect(notice(page, 'check').textContent()).resolves.toMatch(/^No budget table was recognised in the workbook, so there was nothing to check\./);
    await click(page, 'Flag deviations');
    await expect(notice(page, 'deviations').textContent()).resolves.toMatch(/^No budget table was recognised in the workbook, so nothing was changed\./);
    await click(page, 'Colour statuses');
    await expect(notice(page, 'strategy').textContent()).resolves.toBe('No table of strategic measures was found in the workbook, so nothing was coloured.');
    await click(page, 'Insert report');
    await expect(notice(page, 'report').textContent()).resolves.toMatch(/^No budget table was recognised in the workbook, so nothing was changed\./);
    await click(page, 'Clear flags');
    await expect(notice(page, 'deviations').textContent()).resolves.toBe('The workbook has no flags of the add-in; nothing was changed.');
    for (const section of ['check', 'deviations', 'strategy', 'report']) {
      await expect(notice(page, section).locator('[data-intent]').count()).resolves.toBeLessThanOrEqual(1);
    }
    await expect(page.locator('[data-intent=success]').count()).resolves.toBe(0);
    const after = await download(page);
    expect(await readSnapshot(after)).toEqual(before);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(after as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Muistiinpanot']);
    expect(await accessibilityViolations(page, '[data-testid=pane]')).toEqual([]);
  });
});

describe('the report and its period', () => {
  it('before any check, the report carries the workbook\'s own period, and the grid shows it as Excel would', async () => {
    const page = await openWorkbench({ lang: 'fi' });
    await click(page, 'Lisää raportti');
    await page.getByText(/^Raportti Q4\/2024 lisätty: 4 välilehteä/).waitFor();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(page)) as unknown as ExcelJS.Buffer);
    const summary = workbook.getWorksheet('Yhteenveto')!;
    expect(String(summary.getCell('A1').value)).toBe('SEURANTARAPORTTI Q4/2024');
    const texts: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts.join(' ')).not.toMatch(/2026|2025/);

    // The grid shows the summary's exact euros under their format, in milj. € with a decimal comma.
    await page.getByRole('tab', { name: 'Yhteenveto', exact: true }).click();
    await page.locator('[data-testid=grid][data-sheet="Yhteenveto"]').waitFor();
    const analysis = analyze(await readSnapshot(readFileSync(join(root, q4))));
    expect(analysis.period).toEqual({ quarter: 4, year: 2024 });
    const cells = await page.locator('[data-testid=grid] td').allTextContents();
    expect(cells.filter((text) => /^[+-]?\d+,\d\s*$/.test(text)).length).toBeGreaterThan(5);
    expect(cells.some((text) => /^\d{7,}$/.test(text.replace(/\s/g, '')))).toBe(false);
    // With the chart line shown, every sheet tab is whole and inside the window.
    await page.getByTestId('charts').waitFor();
    const viewport = page.viewportSize()!;
    for (const tab of await page.getByRole('tab').all()) {
      const box = (await tab.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    expect(await accessibilityViolations(page, '[data-testid=pane]')).toEqual([]);
  });

  it('on a workbook that names no period, the pane asks for it, and the report takes the one chosen', async () => {
    const page = await openWorkbench();
    await openFile(page, undated);
    await click(page, 'Insert report');
    await expect(notice(page, 'report').textContent()).resolves.toMatch(/^The report period was not found in the workbook/);
    const quarter = page.getByLabel('Quarter');
    await expect(quarter.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.getByText('Choose the quarter and year of the report: the workbook names no period.').waitFor();
    expect(await accessibilityViolations(page, '[data-testid=pane]')).toEqual([]);
    await quarter.selectOption('2');
    await page.getByLabel('Year').fill('2025');
    await click(page, 'Insert report');
    await page.getByText(/^Report Q2\/2025 inserted/).waitFor();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(page)) as unknown as ExcelJS.Buffer);
    expect(String(workbook.getWorksheet('Summary')!.getCell('A1').value)).toBe('FOLLOW-UP REPORT Q2/2025');
  });
});
