/**
 * The add-in's weight and speed as a user meets them: the production task pane's JavaScript
 * (gzipped, as a server sends it) and the pane's time to interactive in headless Chromium
 * (the workbench's pane on the example workbook: page load, workbook opened, buttons usable).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveDirectory } from '../src/workbench/static-server';

const root = join(__dirname, '..');
const loads = 5;

function webpack(out: string, ...extra: string[]): number {
  const started = Date.now();
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out, ...extra], {
    cwd: root,
    stdio: 'pipe',
    // A release build needs its public origin; the bench measures bundles, not where they are served.
    env: { ...process.env, ADDIN_ORIGIN: 'https://budget.example.fi' },
  });
  return Date.now() - started;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function run(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'budget-monitor-ui-bench-'));
  try {
    const addin = join(work, 'addin');
    const addinMs = webpack(addin);
    for (const file of readdirSync(addin).filter((name) => name.endsWith('.js'))) {
      const data = readFileSync(join(addin, file));
      console.log(`${file}: ${kib(data.length)} minified, ${kib(gzipSync(data, { level: 9 }).length)} gzipped`);
    }
    console.log(`production build of the add-in: ${(addinMs / 1000).toFixed(1)} s`);

    const workbench = join(work, 'workbench');
    webpack(workbench, '--env', 'workbench');
    const server = await serveDirectory(workbench);
    const profile = mkdtempSync(join(tmpdir(), 'budget-monitor-ui-bench-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const interactive: number[] = [];
      const checked: number[] = [];
      for (let i = 0; i < loads; i++) {
        const page = await context.newPage();
        await page.goto(`${server.url}index.html?lang=en`);
        // Interactive: the workbook is open (grid drawn) and the pane's first button can be pressed.
        await page.waitForFunction(
          () => {
            const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Check workbook');
            return button !== undefined && button.getAttribute('aria-disabled') !== 'true' && document.querySelector('[data-testid=grid]') !== null;
          },
          undefined,
          { polling: 'raf' },
        );
        interactive.push(await page.evaluate(() => performance.now()));
        const started = await page.evaluate(() => performance.now());
        await page.getByRole('button', { name: 'Check workbook', exact: true }).click();
        await page.getByText(/^Checked\./).waitFor();
        checked.push((await page.evaluate(() => performance.now())) - started);
        await page.close();
      }
      console.log(`pane time to interactive (workbench, example workbook, median of ${loads}): ${median(interactive).toFixed(0)} ms`);
      console.log(`Check workbook, click to findings shown (median of ${loads}): ${median(checked).toFixed(0)} ms`);
    } finally {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
