/**
 * Colour flags as conditional formats: they lie on top of the user's own fills and fonts and
 * never replace them, so removing them gives back the workbook exactly as it was. Flagging and
 * clearing each take three syncs whatever the workbook's size: the list of sheets with their
 * protection, their conditional formats, then all deletions and additions at once. Nothing is
 * deleted or added when a sheet to be written is protected.
 *
 * One rule per colour covers many rectangles through a multi-area `getRanges` list. Excel on
 * Windows and Mac split such a list at the locale's list separator, ';' in fi-FI and sv-SE, and
 * refuse the comma that Excel on the web takes (OfficeDev/office-js #1167, #1985): so the separator
 * is asked of Excel itself with a read-only request before anything is written, and where neither
 * works (or without ExcelApi 1.9) each rectangle gets its own rule through `getRange`, whose single
 * A1 area has no separator.
 */
import { parseA1, flagFill, flagFont, type FlagPlan, type TrafficLight, rangeA1 } from '../core';
import { areaAddresses, cellsToAreas, type CellPosition, type ListSeparator } from './cell-areas';
import { flagRuleFormula, isFlagRuleFormula } from './markers';
import { requireFormattableSheets, sheetProtectionPaths } from './preconditions';
import type { DegradedFeature } from './requirements';
import { RequestBudget } from './request-budget';
import type { ClearResult, FlagResult } from './types';

/** Measured on the host's request serialisation: adding a rule (range, add, formula, fill, font) ~1 150 bytes, deleting one ~215. */
const requestBytesPerRule = 1_300;
const requestBytesPerDeletion = 250;

const severity: Readonly<Record<TrafficLight, number>> = { green: 0, yellow: 1, red: 2 };
const trafficLights: readonly TrafficLight[] = ['red', 'yellow', 'green'];

export async function flag(
  context: Excel.RequestContext,
  plan: FlagPlan,
  degraded: ReadonlySet<DegradedFeature>,
): Promise<FlagResult> {
  const { sheets, rules } = await loadFlagRules(context);
  const sheetsByName = new Map(sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const planned = cellsBySheet(plan);
  const written = [...planned.keys()].flatMap((name) => sheetsByName.get(name.toLowerCase()) ?? []);
  requireFormattableSheets([...rules.map((rule) => rule.sheet), ...written]);
  const separator = written.length > 0 && !degraded.has('flag-areas') ? await listSeparator(context, written[0]) : null;
  // Flagging again replaces the old flags instead of piling new rules on them.
  rules.forEach((rule) => rule.format.delete());
  let flagged = 0;
  const budget = new RequestBudget(context);
  await budget.reserve(rules.length * requestBytesPerDeletion);
  for (const [sheetName, cells] of planned) {
    const sheet = sheetsByName.get(sheetName.toLowerCase());
    // A sheet renamed or deleted since the check: its flags have nowhere to go.
    if (!sheet) continue;
    flagged += cells.size;
    for (const colour of trafficLights) {
      const positions = [...cells.values()].filter((cell) => cell.colour === colour);
      if (positions.length === 0) continue;
      const areas = cellsToAreas(positions);
      if (separator) {
        for (const address of areaAddresses(areas, separator)) {
          // Only a plan of hundreds of thousands of scattered cells fills a request.
          await budget.reserve(address.length + requestBytesPerRule);
          addFlagRule(sheet.getRanges(address).conditionalFormats, colour);
        }
      } else {
        for (const area of areas) {
          await budget.reserve(requestBytesPerRule);
          addFlagRule(sheet.getRange(rangeA1(area.top, area.left, area.bottom, area.right)).conditionalFormats, colour);
        }
      }
    }
  }
  await context.sync();
  return { flagged };
}

/**
 * Removes every flag rule of the add-in. The count is of cells, as flagging counts them, so that
 * "41 cells flagged" is undone by "41 cells' flags removed": each rule's cells are loaded in the
 * same sync as its deletion (a request runs in order, so the load sees the rule before it goes).
 */
export async function clearFlags(
  context: Excel.RequestContext,
  degraded: ReadonlySet<DegradedFeature>,
): Promise<ClearResult> {
  const { rules } = await loadFlagRules(context);
  requireFormattableSheets(rules.map((rule) => rule.sheet));
  // Before ExcelApi 1.9 a rule has one area (getRanges and RangeAreas do not exist yet).
  const single = degraded.has('flag-areas')
    ? rules.map((rule) => rule.format.getRangeOrNullObject().load('cellCount'))
    : [];
  const areas = degraded.has('flag-areas') ? [] : rules.map((rule) => rule.format.getRanges().load('cellCount'));
  rules.forEach((rule) => rule.format.delete());
  await context.sync();
  const removed =
    single.reduce((sum, range) => sum + (range.isNullObject ? 0 : range.cellCount), 0) +
    areas.reduce((sum, area) => sum + area.cellCount, 0);
  return { removed };
}

/**
 * The separator this Excel's getRanges takes between areas, found by asking for a two-area range in
 * a read-only request (a failed read changes nothing): ',' first, as on the web, then ';'; null when
 * neither gives two areas.
 */
async function listSeparator(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<ListSeparator | null> {
  for (const separator of [',', ';'] as const) {
    const probe = sheet.getRanges(`A1${separator}A3`);
    probe.load('areaCount');
    try {
      // At most two probes, each its own request: a separator Excel refuses fails its whole sync.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (probe.areaCount === 2) return separator;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'InvalidArgument') throw error;
    }
  }
  return null;
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
