/**
 * The host runs in a browser: src/headless bundled by webpack for the web (no Node polyfills, so a
 * Node-only import fails the build), then exercised in Debian's Chromium on a real .xlsx.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import webpack from 'webpack';
import { xlsxWith } from './support';

jest.setTimeout(240_000);

function bundle(outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: 'development',
        devtool: false,
        target: 'web',
        entry: join(__dirname, 'browser-entry.ts'),
        output: { path: outputPath, filename: 'host.js' },
        resolve: { extensions: ['.ts', '.js'] },
        module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true } }] },
        performance: { hints: false },
      },
      (error, stats) => {
        if (error) reject(error);
        else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
        else resolve();
      },
    );
  });
}

it('loads, reads, writes, fails like Office and saves an .xlsx in Chromium', async () => {
  const out = mkdtempSync(join(tmpdir(), 'headless-browser-'));
  const profile = mkdtempSync(join(tmpdir(), 'headless-chromium-'));
  try {
    await bundle(out);
    const data = await xlsxWith([
      ['Yksikkö', 'KS'],
      ['Kasvupalvelut', 100],
    ]);
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.setContent('<!doctype html><title>host</title>');
      await page.addScriptTag({ path: join(out, 'host.js') });
      const result = await page.evaluate((bytes) => (window as unknown as { exerciseHost(b: number[]): Promise<unknown> }).exerciseHost(bytes), [...data]);
      expect(result).toEqual({
        address: 'Budjetti!A1:B2',
        values: [['Yksikkö', 'KS'], ['Kasvupalvelut', 100]],
        isNull: true,
        shapeError: 'InvalidArgument',
        savedIsUint8Array: true,
        charts: ['Selaimessa'],
        settings: ['budget-monitor'],
        sheets: ['Budjetti', 'Yhteenveto'],
        syncs: 3,
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
});
