/**
 * Which Excel JavaScript API members each operation of src/excel/ uses, found with the TypeScript
 * compiler: from the operation's entry in createExcelOperations, every function of src/excel/ it
 * reaches is walked, and every property, method or option whose declaration is in @types/office-js
 * is resolved to that declaration and its `[Api set: ExcelApi 1.x]` tag read.
 */
import { join } from 'node:path';
import ts from 'typescript';

export interface MemberUse {
  /** 'Range.getCellProperties', 'RunOptions.mergeUndoGroup' */
  readonly member: string;
  /** The requirement set named by the declaration's tag, e.g. 'ExcelApi 1.9'; null when untagged. */
  readonly set: string | null;
  /** Where it is used: 'flags.ts:42'. */
  readonly at: string;
}

const root = join(__dirname, '..', '..', '..');
const excelDir = join(root, 'src', 'excel');

/**
 * Members whose declaration carries no tag although the documentation gives a set: RunOptions.delayForCellEdit
 * is listed under ExcelApi 1.11 in "Excel JavaScript API requirement set 1.11" (its d.ts comment has no remarks).
 */
const untaggedSets: Readonly<Record<string, string>> = { 'RunOptions.delayForCellEdit': 'ExcelApi 1.11' };

export function createExcelProgram(): { program: ts.Program; checker: ts.TypeChecker } {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const files = ts.sys.readDirectory(excelDir, ['.ts']);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  return { program, checker: program.getTypeChecker() };
}

function isOfficeDeclaration(declaration: ts.Declaration): boolean {
  return /[\\/]@types[\\/]office-js(-preview)?[\\/]/.test(declaration.getSourceFile().fileName);
}

function isExcelLayer(declaration: ts.Node): boolean {
  return declaration.getSourceFile().fileName.startsWith(excelDir);
}

/** 'Excel.Range.getCellProperties' → 'Range.getCellProperties' (the class or interface and the member). */
function memberName(declaration: ts.Declaration, name: string): string {
  const parent = declaration.parent;
  const owner =
    parent && (ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent)) && parent.name
      ? parent.name.text
      : '?';
  return `${owner}.${name}`;
}

/** The set in the declaration's doc comment: '[Api set: ExcelApi 1.9]', 'ExcelApiOnline 1.1', 'ExcelApi BETA (PREVIEW ONLY)'. */
function tagOf(declaration: ts.Declaration): string | null {
  const file = declaration.getSourceFile();
  const comments = ts.getLeadingCommentRanges(file.text, declaration.getFullStart()) ?? [];
  for (const range of comments) {
    const match = /\[Api set: ([^\]]+)\]/.exec(file.text.slice(range.pos, range.end));
    if (!match) continue;
    // 'ExcelApi 1.2 for options; 1.7 for password': the member itself comes with the first set.
    const base = /^ExcelApi (1\.\d+)\b/.exec(match[1].trim());
    return base ? `ExcelApi ${base[1]}` : match[1].trim();
  }
  return null;
}

function resolved(checker: ts.TypeChecker, symbol: ts.Symbol | undefined): ts.Symbol | undefined {
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** The bodies of src/excel functions a symbol stands for (function, arrow in a const, method). */
function bodiesOf(symbol: ts.Symbol | undefined): ts.Node[] {
  return (symbol?.declarations ?? []).filter(isExcelLayer).flatMap((declaration): ts.Node[] => {
    if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration))
      return declaration.body ? [declaration.body] : [];
    if (ts.isVariableDeclaration(declaration) && declaration.initializer) return [declaration.initializer];
    if (ts.isPropertyDeclaration(declaration) && declaration.initializer) return [declaration.initializer];
    if (ts.isClassDeclaration(declaration)) return [declaration];
    return [];
  });
}

/** Every Office member reached from the roots, through the src/excel functions they call. */
export function membersUsed(
  checker: ts.TypeChecker,
  roots: readonly ts.Node[],
  skip: readonly ts.Node[] = [],
): MemberUse[] {
  const uses: MemberUse[] = [];
  const visited = new Set<ts.Node>(skip);
  const queue = [...roots];
  const record = (symbol: ts.Symbol, at: ts.Node) => {
    for (const declaration of symbol.declarations ?? []) {
      if (!isOfficeDeclaration(declaration)) continue;
      const member = memberName(declaration, symbol.getName());
      const file = at.getSourceFile();
      const line = file.getLineAndCharacterOfPosition(at.getStart()).line + 1;
      uses.push({
        member,
        set: tagOf(declaration) ?? untaggedSets[member] ?? null,
        at: `${file.fileName.slice(excelDir.length + 1)}:${line}`,
      });
      return;
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const symbol = resolved(checker, checker.getSymbolAtLocation(node.name));
      if (symbol) {
        record(symbol, node.name);
        queue.push(...bodiesOf(symbol));
      }
    } else if (ts.isIdentifier(node)) {
      queue.push(...bodiesOf(resolved(checker, checker.getSymbolAtLocation(node))));
    } else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
      // Options objects typed by Office ({ mergeUndoGroup: true }, { horizontalFitToPages: 1 }).
      const literal = node.parent;
      const type = ts.isObjectLiteralExpression(literal) ? checker.getContextualType(literal) : undefined;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : null;
      for (const part of type && name ? (type.isUnion() ? type.types : [type]) : []) {
        const property = part.getProperty(name!);
        if (property) record(property, node.name);
      }
    }
    ts.forEachChild(node, visit);
  };
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (visited.has(node)) continue;
    visited.add(node);
    visit(node);
  }
  return uses;
}

/** The operations' entries: the properties of the object createExcelOperations returns. */
export function operationEntries(program: ts.Program): Map<string, ts.Node> {
  const index = program.getSourceFile(join(excelDir, 'index.ts'))!;
  const entries = new Map<string, ts.Node>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name?.text === 'createExcelOperations') {
      const visitReturn = (inner: ts.Node): void => {
        if (ts.isReturnStatement(inner) && inner.expression && ts.isObjectLiteralExpression(inner.expression)) {
          for (const property of inner.expression.properties) {
            if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name))
              entries.set(property.name.text, property.initializer);
          }
        }
        ts.forEachChild(inner, visitReturn);
      };
      visitReturn(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(index);
  return entries;
}

/** The body of the runner every operation goes through (run.ts), which sets the Excel.run options. */
export function runnerBody(program: ts.Program): ts.Node {
  const run = program.getSourceFile(join(excelDir, 'run.ts'))!;
  const found = run.statements.find(
    (statement): statement is ts.FunctionDeclaration =>
      ts.isFunctionDeclaration(statement) && statement.name?.text === 'operationRunner',
  );
  if (!found?.body) throw new Error('run.ts has no operationRunner');
  return found.body;
}
