/**
 * The requirement sets each operation declares (src/excel/requirements.ts) against the Excel API
 * members it really uses, read from @types/office-js by the TypeScript compiler: a member above the
 * operation's minimum and not among its optional sets, a member of a set that is not ExcelApi (such as
 * the web-only ExcelApiOnline), or a preview-only member fails the test, naming the member and the line.
 */
import ts from 'typescript';
import { minimumRequirementSet, operationRequirements, type OperationName } from '../../src/excel/requirements';
import { requirementOf } from '../../src/headless/requirements';
import { createExcelProgram, membersUsed, operationEntries, runnerBody, type MemberUse } from './support/api-usage';

jest.setTimeout(60_000);

const { program, checker } = createExcelProgram();
const entries = operationEntries(program);
const runner = runnerBody(program);

function minor(set: string): number {
  return Number(/^ExcelApi 1\.(\d+)$/.exec(set)?.[1] ?? NaN);
}

/** What in `uses` the declared sets do not cover. */
function violations(uses: readonly MemberUse[], required: string, optional: readonly string[]): string[] {
  return uses.flatMap((use) => {
    const set = use.set ?? 'ExcelApi 1.1';
    if (/BETA|PREVIEW/i.test(set)) return [`${use.member} is preview-only (${set}) at ${use.at}`];
    if (!/^ExcelApi 1\.\d+$/.test(set)) return [`${use.member} needs ${set}, not an ExcelApi set, at ${use.at}`];
    if (minor(set) <= minor(required) || optional.includes(set)) return [];
    return [`${use.member} needs ${set}, above ${required} and not optional, at ${use.at}`];
  });
}

const usesOf = (operation: OperationName) => membersUsed(checker, [entries.get(operation)!], [runner]);

describe('requirement sets, checked against the Excel API members each operation uses', () => {
  it('finds every operation of createExcelOperations and the members it calls', () => {
    expect([...entries.keys()].sort()).toEqual(Object.keys(operationRequirements).sort());
    const flag = usesOf('flag').map((use) => use.member);
    expect(flag).toEqual(
      expect.arrayContaining([
        'ConditionalFormatCollection.add',
        'ConditionalFormat.delete',
        'WorksheetProtection.protected',
      ]),
    );
    const report = usesOf('applyReport').map((use) => use.member);
    expect(report).toEqual(
      expect.arrayContaining([
        'WorksheetCollection.add',
        'Worksheet.getRangeByIndexes',
        'ChartAxis.numberFormat',
        'PageLayout.zoom',
        'WorkbookProtection.protected',
      ]),
    );
    expect(usesOf('readWorkbook').map((use) => use.member)).toContain('Range.getCellProperties');
  });

  it.each(Object.keys(operationRequirements) as OperationName[])(
    '%s uses nothing above the sets it declares',
    (operation) => {
      const needs = operationRequirements[operation];
      expect(
        violations(
          usesOf(operation),
          needs.required,
          needs.optional.map((option) => option.set),
        ),
      ).toEqual([]);
    },
  );

  it('the runner sets only options of sets some operation declares optional, each operation with its own', () => {
    const optional = [
      ...new Set(Object.values(operationRequirements).flatMap((needs) => needs.optional.map((option) => option.set))),
    ];
    const uses = membersUsed(checker, [runner]);
    expect([...new Set(uses.map((use) => `${use.member} ${use.set}`))].sort()).toEqual([
      'RunOptions.delayForCellEdit ExcelApi 1.11',
      'RunOptions.mergeUndoGroup ExcelApi 1.20',
    ]);
    expect(violations(uses, minimumRequirementSet, optional)).toEqual([]);
  });

  it('fires on a member above the declared sets: readWorkbook without its optional ExcelApi 1.9', () => {
    const found = violations(usesOf('readWorkbook'), minimumRequirementSet, []);
    expect(found).toContainEqual(
      expect.stringMatching(
        /^Range\.getCellProperties needs ExcelApi 1\.9, above ExcelApi 1\.7 and not optional, at read-workbook\.ts:\d+$/,
      ),
    );
    for (const violation of found) expect(violation).toMatch(/needs ExcelApi 1\.9, .* at (read-workbook|far-cells)\.ts:\d+$/);
    expect(
      violations([{ member: 'Range.x', set: 'ExcelApi BETA (PREVIEW ONLY)', at: 'x.ts:1' }], 'ExcelApi 1.7', []),
    ).toEqual(['Range.x is preview-only (ExcelApi BETA (PREVIEW ONLY)) at x.ts:1']);
    expect(
      violations(
        [{ member: 'WorksheetProtection.canPauseProtection', set: 'ExcelApiOnline 1.1', at: 'x.ts:1' }],
        'ExcelApi 1.7',
        [],
      ),
    ).toHaveLength(1);
  });

  it('the headless host gates each member it implements at the set @types/office-js gives it', () => {
    const excel = program.getSourceFiles().find((file) => /@types[\\/]office-js[\\/]index\.d\.ts$/.test(file.fileName));
    expect(excel).toBeDefined();
    const declared = new Map<string, string[]>();
    const visit = (node: ts.Node, owner: string | null): void => {
      if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) {
        node.members.forEach((member) => visit(member, node.name!.text));
        return;
      }
      if (
        owner &&
        (ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node)) &&
        node.name &&
        ts.isIdentifier(node.name)
      ) {
        const comments = ts.getLeadingCommentRanges(excel!.text, node.getFullStart()) ?? [];
        // Every ExcelApi version the member's comment names: its own, and those of parameters ('1.2 for options').
        for (const range of comments) {
          const versions = excel!.text.slice(range.pos, range.end).match(/\b1\.\d+\b/g) ?? [];
          const key = `${owner}.${node.name.text}`;
          if (/\[Api set: ExcelApi /.test(excel!.text.slice(range.pos, range.end)))
            declared.set(key, [...(declared.get(key) ?? []), ...versions]);
        }
        return;
      }
      ts.forEachChild(node, (child) => visit(child, owner));
    };
    visit(excel!, null);
    const mismatches = Object.entries(requirementOf)
      .filter(([member, version]) => !(declared.get(member) ?? []).includes(version))
      .map(([member, version]) => `${member}: host ${version}, types ${declared.get(member)}`);
    expect(mismatches).toEqual([]);
  });
});
