/**
 * The add-in's own pages as Office loads them: taskpane.html and commands.html take Office.js from
 * Microsoft's CDN. Here the CDN is answered with the @microsoft/office-js package's copy and every
 * other outside request is refused, so the test proves the page's wiring with no network.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { build, launch, root, screenshotPath, type Browser } from './support/browser';

jest.setTimeout(120_000);

const cdn = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const officeJs = join(root, 'node_modules', '@microsoft', 'office-js', 'dist');

let browser: Browser;
let out: string;
const refused: string[] = [];
const served: string[] = [];

beforeAll(async () => {
  out = build('addin');
  browser = await launch(out);
}, 300_000);

afterAll(async () => {
  await browser?.close().catch((error: Error) => {
    // Outside Office, Office.js asks for MicrosoftAjax from another CDN (refused here) and reports it; nothing else may fail.
    const others = error.message.split('\n').slice(1).filter((line) => !line.includes('MicrosoftAjax.js is not loaded'));
    if (others.length > 0) throw new Error(others.join('\n'));
  });
});

async function offline(page: Page): Promise<void> {
  await page.route('**/*', (route: Route) => {
    const url = route.request().url();
    if (url.startsWith(browser.server.url)) return route.continue();
    if (url.startsWith(cdn)) {
      const file = join(officeJs, new URL(url).pathname.slice('/lib/1/hosted/'.length));
      if (existsSync(file)) {
        served.push(url);
        return route.fulfill({ path: file, contentType: 'text/javascript' });
      }
    }
    refused.push(url);
    return route.abort();
  });
}

it('loads Office.js from the CDN and, opened outside Excel, says where the pane belongs', async () => {
  const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
  expect(html).toContain(`<script type="text/javascript" src="${cdn}office.js"></script>`);
  const page = await browser.newPage();
  await offline(page);
  await page.goto(`${browser.server.url}taskpane.html`);
  await page.getByText('This panel works inside Excel. Open it with the Budget panel button on the Home tab in Excel.').waitFor();
  expect(served).toContain(`${cdn}office.js`);
  // Nothing but Microsoft's CDN (answered locally) was asked for.
  expect(refused.every((url) => url.startsWith('https://ajax.aspnetcdn.com/'))).toBe(true);
  await page.screenshot({ path: screenshotPath('taskpane-outside-excel') });
});

it('builds the function file with the ribbon commands and the pages the manifest names', async () => {
  const html = readFileSync(join(out, 'commands.html'), 'utf8');
  expect(html).toContain(`${cdn}office.js`);
  expect(html).toMatch(/<script defer(="defer")? src="commands\.js"><\/script>/);
  for (const page of ['taskpane.html', 'commands.html', 'help.html', 'notice.html', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-80.png']) {
    expect(existsSync(join(out, page))).toBe(true);
  }
  // The development build keeps the manifest as written: https://localhost:3000.
  expect(readFileSync(join(out, 'manifest.xml'), 'utf8')).toBe(readFileSync(join(root, 'manifest.xml'), 'utf8'));
  const page = await browser.newPage();
  await offline(page);
  await page.goto(`${browser.server.url}commands.html`);
  await page.waitForFunction(() => typeof (window as unknown as { Office?: { actions?: unknown } }).Office?.actions === 'object');
});
