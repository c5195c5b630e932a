/**
 * Defined names in xl/workbook.xml, which ExcelJS only partly keeps: it drops sheet scope
 * (localSheetId), comments and names that are not cell references. The host owns the names and
 * they are written here; Excel's own `_xlnm.*` names (print areas, filters) stay as ExcelJS wrote them.
 */
import type { DefinedNamePart } from './types';
import type { WorkbookInfo } from './package';
import { attrOf, childOf, childrenOf, elementsOf, escapeAttr, escapeText, localName, textOf } from './xml';

/** CT_Workbook's children in schema order (ECMA-376 Part 1, 18.2.27): where a new child must go. */
const workbookChildOrder = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
] as const;

/** The CT_Workbook children that stand after `child`: a new `child` goes before the first of them present. */
export function workbookChildrenAfter(child: (typeof workbookChildOrder)[number]): ReadonlySet<string> {
  return new Set(workbookChildOrder.slice(workbookChildOrder.indexOf(child) + 1));
}

const afterDefinedNames = workbookChildrenAfter('definedNames');

const isExcelName = (name: string): boolean => name.startsWith('_xlnm.');

export function readDefinedNames(workbook: WorkbookInfo): DefinedNamePart[] {
  return childrenOf(childOf(workbook.root, 'definedNames'), 'definedName').flatMap((element) => {
    const name = attrOf(element, 'name') ?? '';
    if (isExcelName(name)) return [];
    const scope = attrOf(element, 'localSheetId');
    return [
      {
        name,
        formula: textOf(element),
        comment: attrOf(element, 'comment'),
        sheet: scope === null ? null : (workbook.sheets[Number(scope)]?.name ?? null),
      },
    ];
  });
}

/** workbook.xml with <definedNames> holding `names` plus the `_xlnm.*` names already there. */
export function writeDefinedNames(workbook: WorkbookInfo, names: readonly DefinedNamePart[]): string {
  const { xml, root } = workbook;
  const existing = childOf(root, 'definedNames');
  const kept = childrenOf(existing, 'definedName')
    .filter((element) => isExcelName(attrOf(element, 'name') ?? ''))
    .map((element) => xml.slice(element.start, element.end));
  const written = names.map((name) => {
    let scope = '';
    if (name.sheet !== null) {
      const sheet = workbook.sheets.find((candidate) => candidate.name === name.sheet);
      if (!sheet) throw new Error(`Defined name ${name.name} is scoped to a sheet that does not exist: ${name.sheet}`);
      scope = ` localSheetId="${sheet.index}"`;
    }
    const comment = name.comment === null ? '' : ` comment="${escapeAttr(name.comment)}"`;
    const formula = name.formula.replace(/^=/, '');
    return `<definedName name="${escapeAttr(name.name)}"${scope}${comment}>${escapeText(formula)}</definedName>`;
  });
  const all = [...kept, ...written];
  const element = all.length > 0 ? `<definedNames>${all.join('')}</definedNames>` : '';
  if (existing) return xml.slice(0, existing.start) + element + xml.slice(existing.end);
  const next = elementsOf(root).find((child) => afterDefinedNames.has(localName(child.name)));
  const at = next ? next.start : xml.lastIndexOf('</', root.end);
  return xml.slice(0, at) + element + xml.slice(at);
}
