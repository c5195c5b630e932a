/**
 * Renders an .xlsx the way a reader without Excel sees it: LibreOffice (headless) converts it
 * to PDF, pdftoppm turns each page into a PNG. Test-only.
 *
 * LibreOffice is fragile when run concurrently or with a used profile, so every conversion gets
 * a fresh HOME and user profile, a time limit, and a lock that lets one conversion run at a time
 * across jest workers.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Rendered {
  pdf: string;
  /** One PNG per page, in page order. */
  pngs: string[];
}

export interface RenderOptions {
  /** Resolution of the PNGs (pdftoppm -r). */
  dpi?: number;
  /** Time limit of the LibreOffice conversion. */
  timeoutMs?: number;
}

const lockDir = join(tmpdir(), 'budget-monitor-libreoffice.lock');

function lockHolderAlive(): boolean {
  try {
    const pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function withLock<T>(work: () => Promise<T>, waitMs: number): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      break;
    } catch {
      // Held by someone: wait for them, or take the lock over from a process that died holding it.
      if (!lockHolderAlive() && existsSync(lockDir)) {
        await new Promise((done) => setTimeout(done, 200));
        if (!lockHolderAlive()) rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error('Timed out waiting for another LibreOffice conversion');
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * Runs LibreOffice in a process group of its own: its launcher scripts start soffice.bin as a
 * child, and on a timeout the whole group is killed so no office process outlives the test.
 */
function runLibreOffice(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('libreoffice', args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      fail(new Error(`LibreOffice did not finish within ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) done();
      else fail(new Error(`LibreOffice exited with ${code}: ${output}`));
    });
  });
}

/**
 * Has LibreOffice open `xlsxPath` and save it again as .xlsx into `outDir` (same file name), as a
 * user of LibreOffice would: a second, independent writer of the same package.
 */
export async function resaveWithLibreOffice(xlsxPath: string, outDir: string, timeoutMs = 120_000): Promise<string> {
  const input = resolve(xlsxPath);
  const out = resolve(outDir);
  if (resolve(input, '..') === out) throw new Error('resaveWithLibreOffice needs another directory than the input');
  mkdirSync(out, { recursive: true });
  const result = join(out, basename(input));
  rmSync(result, { force: true });
  await convert(input, out, 'xlsx:Calc MS Excel 2007 XML', timeoutMs);
  if (!existsSync(result)) throw new Error(`LibreOffice wrote no .xlsx for ${input}`);
  return result;
}

async function convert(input: string, out: string, format: string, timeoutMs: number): Promise<void> {
  await withLock(async () => {
    const home = mkdtempSync(join(tmpdir(), 'lo-home-'));
    try {
      await runLibreOffice(
        [
          `-env:UserInstallation=${pathToFileURL(join(home, 'profile')).href}`,
          '--headless',
          '--norestore',
          '--convert-to',
          format,
          '--outdir',
          out,
          input,
        ],
        { ...process.env, HOME: home },
        timeoutMs,
      );
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, timeoutMs * 2);
}

/** Converts `xlsxPath` to `outDir/<name>.pdf` and `outDir/<name>-N.png`. */
export async function renderToPng(xlsxPath: string, outDir: string, options: RenderOptions = {}): Promise<Rendered> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const dpi = options.dpi ?? 60;
  const input = resolve(xlsxPath);
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const stem = basename(input).replace(/\.xlsx$/i, '');
  const pdf = join(out, `${stem}.pdf`);
  rmSync(pdf, { force: true });
  await convert(input, out, 'pdf', timeoutMs);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${input}`);
  for (const old of readdirSync(out).filter((file) => file.startsWith(`${stem}-`) && file.endsWith('.png'))) {
    rmSync(join(out, old));
  }
  await run('pdftoppm', ['-png', '-r', String(dpi), pdf, join(out, stem)], { timeout: timeoutMs });
  const pngs = readdirSync(out)
    .filter((file) => file.startsWith(`${stem}-`) && file.endsWith('.png'))
    .sort((a, b) => pageNumber(a) - pageNumber(b))
    .map((file) => join(out, file));
  return { pdf, pngs };
}

function pageNumber(file: string): number {
  return Number(/-(\d+)\.png$/.exec(file)?.[1] ?? 0);
}

/** The text of a PDF (pdftotext), to find titles and labels. */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 32 * 1024 * 1024 });
  return stdout;
}

/** Number of pages of a PDF (pdfinfo). */
export async function pdfPageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
}
