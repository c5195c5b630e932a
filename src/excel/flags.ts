/**
 * Colour flags as conditional formats: they lie on top of the user's own fills and fonts and
 * never replace them, so removing them gives back the workbook exactly as it was. Flagging and
 * clearing each take three syncs whatever the workbook's size: the list of sheets with their
 * protection, their conditional formats, then all deletions and additions at once. Nothing is
 * deleted or added when a sheet to be written is protected.
 *
 * Each rectangle of cells gets its own rule through `getRange`, never a multi-area `getRanges`
 * list: Excel on Windows and Mac split such a list at the locale's list separator, ';' in fi-FI and
 * sv-SE, and refuse the comma (OfficeDev/office-js #1167, #1985); one A1 area has no separator.
 */
import { parseA1 } from '../core/address';
import { flagFill, flagFont } from '../core/colours';
import type { FlagPlan, TrafficLight } from '../core/plan';
import { rangeA1 } from '../core/address';
import { cellsToAreas, type CellPosition } from './cell-areas';
import { flagRuleFormula, isFlagRuleFormula } from './markers';
import { requireFormattableSheets, sheetProtectionPaths } from './preconditions';
import { RequestBudget } from './request-budget';
import type { ClearResult, FlagResult } from './types';

/** A rule's actions in a request (add, formula, fill, font; or a delete) take a few hundred bytes. */
const requestBytesPerRule = 600;

const severity: Readonly<Record<TrafficLight, number>> = { green: 0, yellow: 1, red: 2 };
const trafficLights: readonly TrafficLight[] = ['red', 'yellow', 'green'];

export async function flag(context: Excel.RequestContext, plan: FlagPlan): Promise<FlagResult> {
  const { sheets, rules } = await loadFlagRules(context);
  const sheetsByName = new Map(sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const planned = cellsBySheet(plan);
  const written = [...planned.keys()].flatMap((name) => sheetsByName.get(name.toLowerCase()) ?? []);
  requireFormattableSheets([...rules.map((rule) => rule.sheet), ...written]);
  // Flagging again replaces the old flags instead of piling new rules on them.
  rules.forEach((rule) => rule.format.delete());
  let flagged = 0;
  const budget = new RequestBudget(context);
  await budget.reserve(rules.length * requestBytesPerRule);
  for (const [sheetName, cells] of planned) {
    const sheet = sheetsByName.get(sheetName.toLowerCase());
    // A sheet renamed or deleted since the check: its flags have nowhere to go.
    if (!sheet) continue;
    flagged += cells.size;
    for (const colour of trafficLights) {
      const positions = [...cells.values()].filter((cell) => cell.colour === colour);
      if (positions.length === 0) continue;
      for (const area of cellsToAreas(positions)) {
        // Only a plan of hundreds of thousands of scattered cells fills a request.
        await budget.reserve(requestBytesPerRule);
        addFlagRule(sheet.getRange(rangeA1(area.top, area.left, area.bottom, area.right)).conditionalFormats, colour);
      }
    }
  }
  await context.sync();
  return { flagged };
}

export async function clearFlags(context: Excel.RequestContext): Promise<ClearResult> {
  const { rules } = await loadFlagRules(context);
  requireFormattableSheets(rules.map((rule) => rule.sheet));
  rules.forEach((rule) => rule.format.delete());
  await context.sync();
  return { removed: rules.length };
}

function addFlagRule(formats: Excel.ConditionalFormatCollection, colour: TrafficLight): void {
  const rule = formats.add('Custom');
  rule.custom.rule.formula = flagRuleFormula;
  rule.custom.format.fill.color = flagFill[colour];
  rule.custom.format.font.color = flagFont[colour];
}

interface FlagRule {
  readonly sheet: Excel.Worksheet;
  readonly format: Excel.ConditionalFormat;
}

/** The sheets with their protection and the add-in's flag rules on each, found by the marker in their formula (two syncs). */
async function loadFlagRules(context: Excel.RequestContext): Promise<{ sheets: Excel.Worksheet[]; rules: FlagRule[] }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load(sheetProtectionPaths);
  await context.sync();
  // The whole sheet's range: a flag rule may have been copied anywhere with its cells.
  const collections = worksheets.items.map((sheet) => {
    const formats = sheet.getRange().conditionalFormats;
    // customOrNullObject: loading `custom` of a rule of another type would fail the whole sync.
    formats.load('items/type,items/customOrNullObject/rule/formula');
    return { sheet, formats };
  });
  await context.sync();
  const rules = collections.flatMap(({ sheet, formats }) =>
    formats.items
      .filter(
        (rule) =>
          rule.type === 'Custom' &&
          !rule.customOrNullObject.isNullObject &&
          isFlagRuleFormula(rule.customOrNullObject.rule.formula),
      )
      .map((format) => ({ sheet, format })),
  );
  return { sheets: worksheets.items, rules };
}

interface PlannedCell extends CellPosition {
  readonly colour: TrafficLight;
}

/** The plan's cells per sheet, one colour per cell: where two flags meet, the more severe shows. */
function cellsBySheet(plan: FlagPlan): Map<string, Map<string, PlannedCell>> {
  const sheets = new Map<string, Map<string, PlannedCell>>();
  for (const entry of plan.flags) {
    const position = parseA1(entry.cell);
    if (!position) throw new Error(`Flag plan names '${entry.cell}' on '${entry.sheet}', which is not a cell address`);
    const cells = sheets.get(entry.sheet) ?? new Map<string, PlannedCell>();
    sheets.set(entry.sheet, cells);
    const key = `${position.row}:${position.column}`;
    const previous = cells.get(key);
    if (!previous || severity[entry.colour] > severity[previous.colour])
      cells.set(key, { ...position, colour: entry.colour });
  }
  return sheets;
}
