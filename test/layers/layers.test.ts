/**
 * The layers of docs/architecture.md are enforced, not only written down: each rule of
 * eslint.config.mjs and the core's own compiler configuration refuses a planted violation, and
 * lets the allowed form of the same import through.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '../..');

interface Planted {
  readonly filePath: string;
  readonly code: string;
}

interface Linted {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string | null; readonly message: string }[];
}

const cases = {
  coreImportsExcel: {
    filePath: 'src/core/planted.ts',
    code: "import { readWorkbook } from '../excel/read-workbook';\n",
  },
  coreImportsHeadless: { filePath: 'src/core/rules/planted.ts', code: "import '../../headless';\n" },
  coreImportsXlsx: { filePath: 'src/core/planted.ts', code: "export { readSnapshot } from '../xlsx';\n" },
  coreImportsTaskpane: {
    filePath: 'src/core/planted.ts',
    code: "import type { Busy } from '../taskpane/sections/shared';\n",
  },
  coreImportsCommands: { filePath: 'src/core/planted.ts', code: "import '../commands/commands';\n" },
  coreImportsCli: { filePath: 'src/core/planted.ts', code: "import { main } from '../cli/main';\n" },
  coreImportsNode: { filePath: 'src/core/planted.ts', code: "import { readFileSync } from 'node:fs';\n" },
  coreImportsPackage: { filePath: 'src/core/planted.ts', code: "import ExcelJS from 'exceljs';\n" },
  coreUsesDom: { filePath: 'src/core/planted.ts', code: 'export const width = window.innerWidth;\n' },
  coreUsesNode: { filePath: 'src/core/planted.ts', code: 'export const home = process.env.HOME;\n' },
  coreImportsI18n: { filePath: 'src/core/planted.ts', code: "import { t } from '../i18n';\nexport const say = t;\n" },
  sectionImportsApp: {
    filePath: 'src/taskpane/sections/planted.tsx',
    code: "import type { AppProps } from '../app';\n",
  },
  sectionImportsShared: {
    filePath: 'src/taskpane/sections/planted.tsx',
    code: "import type { Busy } from './shared';\n",
  },
  commandImportsPane: {
    filePath: 'src/commands/planted.ts',
    code: "import { themes } from '../taskpane/environment';\n",
  },
  commandImportsApp: { filePath: 'src/commands/planted.ts', code: "import { runCheck } from '../app/workflows';\n" },
  excelImportsCoreInternals: {
    filePath: 'src/excel/planted.ts',
    code: "import type { Finding } from '../core/model';\n",
  },
  cliImportsCoreInternals: {
    filePath: 'src/cli/formatters/planted.ts',
    code: "import { analyze } from '../../core/analyze';\n",
  },
  sectionImportsCoreInternals: {
    filePath: 'src/taskpane/sections/planted.tsx',
    code: "import type { Settings } from '../../core/settings';\n",
  },
  excelImportsCoreIndex: { filePath: 'src/excel/planted.ts', code: "import type { Finding } from '../core';\n" },
} satisfies Record<string, Planted>;

type CaseName = keyof typeof cases;

let linted: Record<CaseName, Linted['messages']>;

beforeAll(() => {
  const names = Object.keys(cases) as CaseName[];
  const output = execFileSync(process.execPath, [path.join(__dirname, 'lint-layers.js')], {
    cwd: root,
    input: JSON.stringify(names.map((name) => cases[name])),
    encoding: 'utf8',
  });
  const results = JSON.parse(output) as Linted[];
  linted = Object.fromEntries(names.map((name, i) => [name, results[i].messages])) as typeof linted;
}, 60_000);

function refusals(name: CaseName, rule: string): string[] {
  return linted[name].filter((message) => message.ruleId === rule).map((message) => message.message);
}

describe('the core imports nothing from the layers around it', () => {
  it.each([
    'coreImportsExcel',
    'coreImportsHeadless',
    'coreImportsXlsx',
    'coreImportsTaskpane',
    'coreImportsCommands',
    'coreImportsCli',
  ] as const)('%s is refused', (name) => {
    expect(refusals(name, 'no-restricted-imports')).toEqual([
      expect.stringContaining('The core imports nothing from the layers around it'),
    ]);
  });

  it('refuses Node modules and packages', () => {
    expect(refusals('coreImportsNode', 'no-restricted-imports')).toEqual([expect.stringContaining('pure TypeScript')]);
    expect(refusals('coreImportsPackage', 'no-restricted-imports')).toEqual([
      expect.stringContaining('pure TypeScript'),
    ]);
  });

  it("refuses the DOM's and Node's globals", () => {
    expect(refusals('coreUsesDom', 'no-restricted-globals')).toEqual([expect.stringContaining("'window'")]);
    expect(refusals('coreUsesNode', 'no-restricted-globals')).toEqual([expect.stringContaining("'process'")]);
  });

  it('may use the message catalogues', () => {
    expect(refusals('coreImportsI18n', 'no-restricted-imports')).toEqual([]);
  });
});

describe('the pane and the commands', () => {
  it('sections import nothing from app.tsx, which imports them', () => {
    expect(refusals('sectionImportsApp', 'no-restricted-imports')).toEqual([expect.stringContaining('app.tsx')]);
    expect(refusals('sectionImportsShared', 'no-restricted-imports')).toEqual([]);
  });

  it('commands import nothing from the task pane, and may use the shared workflows', () => {
    expect(refusals('commandImportsPane', 'no-restricted-imports')).toEqual([expect.stringContaining('task pane')]);
    expect(refusals('commandImportsApp', 'no-restricted-imports')).toEqual([]);
  });
});

describe('the other layers use the core through its index', () => {
  it.each(['excelImportsCoreInternals', 'cliImportsCoreInternals', 'sectionImportsCoreInternals'] as const)(
    '%s is refused',
    (name) => {
      expect(refusals(name, 'no-restricted-imports')).toEqual([expect.stringContaining('through its index')]);
    },
  );

  it('the index itself is allowed', () => {
    expect(refusals('excelImportsCoreIndex', 'no-restricted-imports')).toEqual([]);
  });
});

describe("the core's compiler configuration (tsconfig.core.json, run by npm run typecheck)", () => {
  /** Type-checks one planted core file with the options of tsconfig.core.json. */
  function coreDiagnostics(code: string): string[] {
    const configPath = path.join(root, 'tsconfig.core.json');
    const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
    const planted = path.join(root, 'src/core/planted.ts');
    const host = ts.createCompilerHost(parsed.options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (file, language, ...rest) =>
      path.resolve(file) === planted
        ? ts.createSourceFile(file, code, language)
        : getSourceFile(file, language, ...rest);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (file) => path.resolve(file) === planted || fileExists(file);
    const program = ts.createProgram([planted], parsed.options, host);
    return ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }

  it('knows no DOM and no Node', () => {
    expect(coreDiagnostics('export const width = window.innerWidth;\n')).toEqual([
      expect.stringContaining("Cannot find name 'window'"),
    ]);
    expect(coreDiagnostics('export const home = process.env.HOME;\n')).toEqual([
      expect.stringContaining("Cannot find name 'process'"),
    ]);
    expect(coreDiagnostics('export const sheet = Excel.run;\n')).toEqual([
      expect.stringContaining("Cannot find name 'Excel'"),
    ]);
  });

  it('compiles plain TypeScript', () => {
    expect(coreDiagnostics("import { columnLetters } from './address';\nexport const b = columnLetters(1);\n")).toEqual(
      [],
    );
  });
});
