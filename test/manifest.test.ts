/**
 * What Office rejects in an add-in-only manifest, checked offline (Microsoft's validation
 * service, `npm run validate`, is not reachable from CI): schema order, required elements,
 * unique ids, resource references, HTTPS, icon sizes and string lengths.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { execFileSync } from 'node:child_process';
import { commandNames } from '../src/commands/handlers';
import { minimumRequirementSet, operationRequirements } from '../src/excel/requirements';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require('../webpack.config.js') as { rewriteManifest: (xml: string, origin: string) => string };

const root = join(__dirname, '..');
const manifestPath = join(root, 'manifest.xml');
const manifestXml = readFileSync(manifestPath, 'utf8');

/** An element as fast-xml-parser's preserveOrder gives it: { tag: children[], ':@': attributes }. */
type Node = Record<string, unknown>;

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: false });

function parse(xml: string): Node[] {
  return parser.parse(xml) as Node[];
}

function tagOf(node: Node): string | null {
  const key = Object.keys(node).find((k) => k !== ':@' && k !== '#text' && !k.startsWith('?'));
  return key ?? null;
}

function childrenOf(node: Node): Node[] {
  const tag = tagOf(node);
  return tag ? (node[tag] as Node[]).filter((child) => tagOf(child) !== null && tagOf(child) !== '#comment') : [];
}

function attrs(node: Node): Record<string, string> {
  return (node[':@'] as Record<string, string> | undefined) ?? {};
}

function child(node: Node, tag: string): Node | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

function descendants(node: Node): Node[] {
  return childrenOf(node).flatMap((c) => [c, ...descendants(c)]);
}

function textOf(node: Node): string {
  const tag = tagOf(node)!;
  return (node[tag] as Node[]).map((c) => (c['#text'] as string | undefined) ?? '').join('').trim();
}

function officeApp(xml: string): Node {
  const app = parse(xml).find((n) => tagOf(n) === 'OfficeApp');
  if (!app) throw new Error('no OfficeApp element');
  return app;
}

/** Asserts the tags appear in the schema's sequence (each at most once unless repeatable) and that the required ones are there. */
function expectSequence(node: Node, sequence: readonly string[], required: readonly string[]): void {
  const tags = childrenOf(node).map(tagOf) as string[];
  for (const tag of tags) expect(sequence).toContain(tag);
  const positions = tags.map((tag) => sequence.indexOf(tag));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  for (const tag of required) expect(tags).toContain(tag);
}

// The TaskPaneApp sequence of the appforoffice 1.1 schema (learn.microsoft.com: manifest element ordering).
const officeAppSequence = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'Dictionary', 'VersionOverrides', 'ExtendedOverrides',
];
const officeAppRequired = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];

const app = officeApp(manifestXml);
const overrides = child(app, 'VersionOverrides')!;
const resources = child(overrides, 'Resources')!;

function resourceIds(group: string): Map<string, Node> {
  const ids = new Map<string, Node>();
  for (const item of childrenOf(child(resources, group)!)) ids.set(attrs(item).id, item);
  return ids;
}

const images = resourceIds('bt:Images');
const urls = resourceIds('bt:Urls');
const shortStrings = resourceIds('bt:ShortStrings');
const longStrings = resourceIds('bt:LongStrings');

/**
 * office-addin-manifest's XML handler, run in plain Node: its uuid dependency is ESM-only, which
 * jest's CommonJS runtime cannot load.
 */
function readWithOfficeAddinManifest(path: string): ManifestInfo {
  const script = `
    const { ManifestHandlerXml } = require('office-addin-manifest/lib/manifestHandler/manifestHandlerXml');
    new ManifestHandlerXml(process.argv[1]).parseManifest().then((info) => process.stdout.write(JSON.stringify(info)));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, path], { cwd: root, encoding: 'utf8' })) as ManifestInfo;
}

interface ManifestInfo {
  id?: string;
  officeAppType?: string;
  hosts?: string[];
  permissions?: string;
  version?: string;
  defaultSettings?: { sourceLocation?: string };
}

function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(data.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function assetOf(url: string): string {
  const path = new URL(url).pathname;
  expect(path.startsWith('/assets/')).toBe(true);
  return join(root, path);
}

describe('manifest.xml', () => {
  it("is read by office-addin-manifest's own parser as an Excel task-pane add-in", () => {
    const info = readWithOfficeAddinManifest(manifestPath);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  });

  it('puts the elements of OfficeApp in the schema order with every required one', () => {
    expect(attrs(app)['xsi:type']).toBe('TaskPaneApp');
    expect(attrs(app).xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expectSequence(app, officeAppSequence, officeAppRequired);
  });

  it('asks for ReadWriteDocument and no more, on Excel only, with the ExcelApi set the code needs', () => {
    expect(textOf(child(app, 'Permissions')!)).toBe('ReadWriteDocument');
    const hosts = childrenOf(child(app, 'Hosts')!).map((h) => attrs(h).Name);
    expect(hosts).toEqual(['Workbook']);
    const sets = childrenOf(child(child(app, 'Requirements')!, 'Sets')!).map(attrs);
    expect(sets).toEqual([{ Name: 'ExcelApi', MinVersion: expect.stringMatching(/^1\.\d+$/) }]);
    // One truthful minimum: the manifest asks for exactly the set every operation requires, no path runs below it.
    const required = new Set(Object.values(operationRequirements).map((needs) => needs.required));
    expect([...required]).toEqual([minimumRequirementSet]);
    expect(`ExcelApi ${sets[0].MinVersion}`).toBe(minimumRequirementSet);
  });

  it('orders VersionOverrides and its Workbook host as the taskpane 1.0 schema wants', () => {
    expect(attrs(overrides)['xsi:type']).toBe('VersionOverridesV1_0');
    expect(attrs(overrides).xmlns).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
    expectSequence(overrides, ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'], ['Hosts', 'Resources']);
    const host = child(child(overrides, 'Hosts')!, 'Host')!;
    expect(attrs(host)['xsi:type']).toBe('Workbook');
    const desktop = child(host, 'DesktopFormFactor')!;
    expectSequence(desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint'], ['FunctionFile', 'ExtensionPoint']);
    expectSequence(resources, ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'], ['bt:Images', 'bt:Urls', 'bt:ShortStrings']);
  });

  it('has a group on the Home tab with the four buttons, each in the order Label, Supertip, Icon, Action', () => {
    const tab = descendants(overrides).find((n) => tagOf(n) === 'OfficeTab')!;
    expect(attrs(tab).id).toBe('TabHome');
    const group = child(tab, 'Group')!;
    expectSequence(group, ['Label', 'Icon', 'Control'], ['Label', 'Icon', 'Control']);
    const controls = childrenOf(group).filter((c) => tagOf(c) === 'Control');
    const actions = controls.map((control) => {
      expect(attrs(control)['xsi:type']).toBe('Button');
      expect(childrenOf(control).map(tagOf)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
      const action = child(control, 'Action')!;
      return [attrs(action)['xsi:type'], action] as const;
    });
    expect(actions.map(([type]) => type)).toEqual(['ShowTaskpane', 'ExecuteFunction', 'ExecuteFunction', 'ExecuteFunction']);
    const functionNames = actions.slice(1).map(([, action]) => textOf(child(action, 'FunctionName')!));
    expect(functionNames).toEqual(['checkWorkbook', 'flagDeviations', 'insertReport']);
    // Every ExecuteFunction must be associated in the function file (register.ts associates each of commandNames), or the button does nothing.
    expect(functionNames).toEqual([...commandNames]);
  });

  it('gives every id once and resolves every resid to a resource of the right kind', () => {
    const ids = descendants(app).map(attrs).map((a) => a.id).filter((id): id is string => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(125);
    const kindOfParent: Record<string, Map<string, Node>> = {
      Label: shortStrings, Title: shortStrings, Description: longStrings, 'bt:Image': images,
      SourceLocation: urls, FunctionFile: urls, LearnMoreUrl: urls,
    };
    let references = 0;
    for (const node of descendants(child(overrides, 'Hosts')!)) {
      const resid = attrs(node).resid;
      if (!resid) continue;
      references += 1;
      expect(resid.length).toBeLessThanOrEqual(32);
      const pool = kindOfParent[tagOf(node)!];
      expect(pool).toBeDefined();
      expect(pool.has(resid)).toBe(true);
    }
    expect(references).toBeGreaterThan(20);
  });

  it('uses HTTPS for every URL', () => {
    const values = [
      ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].map((tag) => attrs(child(app, tag)!).DefaultValue),
      attrs(child(child(app, 'DefaultSettings')!, 'SourceLocation')!).DefaultValue,
      ...[...images.values(), ...urls.values()].map((n) => attrs(n).DefaultValue),
    ];
    expect(values.length).toBeGreaterThan(8);
    for (const value of values) expect(new URL(value).protocol).toBe('https:');
  });

  it('points at icon files that exist at their declared sizes', () => {
    expect(pngSize(assetOf(attrs(child(app, 'IconUrl')!).DefaultValue))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetOf(attrs(child(app, 'HighResolutionIconUrl')!).DefaultValue))).toEqual({ width: 64, height: 64 });
    for (const node of descendants(overrides).filter((n) => tagOf(n) === 'bt:Image' && attrs(n).size)) {
      const size = Number(attrs(node).size);
      expect([16, 32, 80]).toContain(size);
      const url = attrs(images.get(attrs(node).resid)!).DefaultValue;
      expect(pngSize(assetOf(url))).toEqual({ width: size, height: size });
    }
  });

  it('keeps strings within the limits and translates each into Finnish and Swedish', () => {
    const check = (node: Node, limit: number) => {
      const values = [attrs(node).DefaultValue, ...childrenOf(node).map((o) => attrs(o).Value)];
      for (const value of values) {
        expect(value.trim().length).toBeGreaterThan(0);
        expect(value.length).toBeLessThanOrEqual(limit);
      }
      expect(childrenOf(node).map((o) => attrs(o).Locale).sort()).toEqual(['fi-FI', 'sv-SE']);
    };
    check(child(app, 'DisplayName')!, 125);
    check(child(app, 'Description')!, 250);
    for (const node of shortStrings.values()) check(node, 125);
    for (const node of longStrings.values()) check(node, 250);
  });

  it('rewritten for production, points every URL at the production origin', () => {
    const production = rewriteManifest(manifestXml, 'https://budget.example.fi');
    expect(production).not.toContain('localhost');
    expect(production).toContain('<SourceLocation DefaultValue="https://budget.example.fi/taskpane.html"/>');
    // Still the same well-formed manifest.
    expect(childrenOf(officeApp(production)).map(tagOf)).toEqual(childrenOf(app).map(tagOf));
    expect(() => rewriteManifest(manifestXml, 'http://budget.example.fi')).toThrow(/HTTPS/);
  });

  it('refuses a release manifest without a production origin, or one that still names localhost', () => {
    expect(() => rewriteManifest(manifestXml, undefined as unknown as string)).toThrow(/ADDIN_ORIGIN is not set/);
    expect(() => rewriteManifest(manifestXml, 'https://localhost:8443')).toThrow(/must not point at https:\/\/localhost:8443/);
    const stray = manifestXml.replace('</Resources>', '<!-- https://127.0.0.1:3000/x --></Resources>');
    expect(() => rewriteManifest(stray, 'https://budget.example.fi')).toThrow(/127\.0\.0\.1/);
  });

  it('refuses a production build without ADDIN_ORIGIN before bundling anything', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../webpack.config.js') as (env: object, argv: object) => Promise<unknown>;
    const saved = process.env.ADDIN_ORIGIN;
    delete process.env.ADDIN_ORIGIN;
    try {
      await expect(config({}, { mode: 'production' })).rejects.toThrow(/ADDIN_ORIGIN is not set/);
      await expect(config({}, { mode: 'development' })).resolves.toMatchObject({ name: 'addin' });
    } finally {
      if (saved !== undefined) process.env.ADDIN_ORIGIN = saved;
    }
  });

  it('lists no AppDomain that repeats the source origin ("no effect and may be misleading")', () => {
    const source = new URL(attrs(child(child(app, 'DefaultSettings')!, 'SourceLocation')!).DefaultValue).origin;
    const domains = child(app, 'AppDomains') ? childrenOf(child(app, 'AppDomains')!).map(textOf) : [];
    expect(domains).not.toContain(source);
    expect(domains).toEqual([]);
  });
});
