/**
 * The pieces every browser test needs: a one-time webpack build into test-artifacts/, a tiny
 * static server on loopback, and Debian's Chromium driven by playwright-core.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveDirectory, type StaticServer } from '../../../src/workbench/static-server';

export const root = join(__dirname, '..', '..', '..');
export const artifacts = join(root, 'test-artifacts', 'e2e');

/**
 * Builds one webpack configuration into test-artifacts/ (never dist/, which a developer's own
 * build owns). E2E_REUSE_BUILD=1 skips the build when one is there, for quick local reruns.
 */
export function build(name: 'workbench' | 'addin'): string {
  const out = join(root, 'test-artifacts', `build-${name}`);
  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(join(out, name === 'workbench' ? 'index.html' : 'taskpane.html'))) return out;
  rmSync(out, { recursive: true, force: true });
  const args = [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development', '--output-path', out, '--no-devtool'];
  if (name === 'workbench') args.push('--env', 'workbench');
  execFileSync(process.execPath, args, { cwd: root, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'development' } });
  return out;
}

export interface Browser {
  readonly context: BrowserContext;
  readonly server: StaticServer;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(directory: string): Promise<Browser> {
  const server = await serveDirectory(directory);
  const profile = mkdtempSync(join(tmpdir(), 'budget-monitor-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    locale: 'en-US',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const errors: string[] = [];
  return {
    context,
    server,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
      // An uncaught error in the page is a bug even when every assertion held.
      if (errors.length > 0) throw new Error(`Errors in the page:\n${errors.join('\n')}`);
    },
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(artifacts, { recursive: true });
  return join(artifacts, `${name}.png`);
}

/** Runs axe-core (the package's own build) on the element and returns its violations. */
export async function accessibilityViolations(page: Page, selector: string): Promise<{ id: string; help: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  return page.evaluate(async (target) => {
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document.querySelector(target)!, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, selector);
}
