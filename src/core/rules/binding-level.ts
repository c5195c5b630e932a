/**
 * The binding level (sitovuustaso): which units the council binds, and whether net (the margin)
 * or gross (the costs as the appropriation and the income as the revenue estimate). Taken, in
 * this order, from
 * 1. the user's settings (pane, workbook): named units, each with its item, and a mode;
 * 2. the command line: `--binding net|gross`, `--binding-units "A;B"`;
 * 3. a binding marker column in the table (Sitovuus: B gross, N net), whose marked rows name
 *    the binding units;
 * 4. the defaults: the units one level below a single top unit; the top units when there are
 *    several (or the only unit); a binding unit with no figures of its own (a heading only)
 *    passes binding on to its children; a unit without a margin line binds gross.
 * A unit named in the settings or on the command line that no table has is a finding of its
 * own (binding-unit-not-found), never a binding-overrun.
 */
import type { BudgetTable, Unit } from '../model';
import { bindingItemsOf, type BindingItem, type BindingMode, type Settings } from '../settings';
import { indexTable } from './table-index';

export type BindingSource = 'settings' | 'command-line' | 'marker' | 'default';

export interface BindingTarget {
  readonly unit: Unit;
  /** null when the settings gave the items one by one rather than as net or gross. */
  readonly mode: BindingMode | null;
  readonly items: readonly BindingItem[];
  readonly source: BindingSource;
}

/** The units and items the council binds in one table, in table order. */
export function bindingTargets(table: BudgetTable, settings: Settings): BindingTarget[] {
  const index = indexTable(table);
  const markerMode = markerModes(table);
  const modeOf = (unit: Unit): BindingMode =>
    settings.bindingMode ??
    settings.commandLineBinding?.mode ??
    markerMode.get(unit.id) ??
    (index.rowOf(unit.id, 'margin') ? 'net' : 'gross');
  const target = (unit: Unit, source: BindingSource): BindingTarget => {
    const mode = modeOf(unit);
    return { unit, mode, items: bindingItemsOf[mode], source };
  };

  if (settings.bindingUnits !== null) {
    const targets: BindingTarget[] = [];
    for (const unit of table.units) {
      const entries = settings.bindingUnits.filter((binding) => namesUnit(binding.unit, unit));
      if (entries.length === 0) continue;
      const items = [...new Set(entries.map((entry) => entry.item))];
      for (const bound of withFigures(table, unit)) {
        targets.push({ unit: bound, mode: modeOfItems(items), items, source: 'settings' });
      }
    }
    return targets;
  }
  const commandLine = settings.commandLineBinding?.units ?? null;
  if (commandLine !== null) {
    return table.units
      .filter((unit) => commandLine.some((name) => namesUnit(name, unit)))
      .flatMap((unit) => withFigures(table, unit))
      .map((unit) => target(unit, 'command-line'));
  }
  if (markerMode.size > 0) {
    return table.units.filter((unit) => markerMode.has(unit.id)).map((unit) => target(unit, 'marker'));
  }
  return defaultBindingUnits(table).map((unit) => target(unit, 'default'));
}

function modeOfItems(items: readonly BindingItem[]): BindingMode | null {
  if (items.length === 1 && items[0] === 'margin') return 'net';
  if (items.length === 2 && items.includes('expenses') && items.includes('income')) return 'gross';
  return null;
}

/** Each marked unit's mode: the marker on its first marked row. */
function markerModes(table: BudgetTable): Map<string, BindingMode> {
  const modes = new Map<string, BindingMode>();
  const markers = table.bindingMarkers;
  if (!markers) return modes;
  for (const row of table.rows) {
    const marker = markers.byRow[row.row];
    if (marker && !modes.has(row.unitId)) modes.set(row.unitId, marker);
  }
  return modes;
}

/**
 * The default binding units: one level below a single top unit, else the top units; a unit
 * with no rows of its own (a heading) passes binding on to its children.
 */
export function defaultBindingUnits(table: BudgetTable): Unit[] {
  if (table.units.length === 0) return [];
  const index = indexTable(table);
  const topLevel = table.units.reduce((min, u) => Math.min(min, u.level), Infinity);
  const tops = table.units.filter((u) => u.level === topLevel);
  const children = (unit: Unit): readonly Unit[] => index.childrenOf.get(unit.id) ?? [];
  const candidates = tops.length === 1 && children(tops[0]).length > 0 ? children(tops[0]) : tops;
  return candidates.flatMap((unit) => withFigures(table, unit));
}

/** A unit with figures of its own binds itself; a heading only passes binding on to its children. */
function withFigures(table: BudgetTable, unit: Unit): Unit[] {
  const index = indexTable(table);
  const below = index.childrenOf.get(unit.id) ?? [];
  if (index.linesOf(unit.id) || below.length === 0) return [unit];
  return below.flatMap((child) => withFigures(table, child));
}

/**
 * The binding units the settings or the command line name that no table has (a misspelt or
 * renamed unit), each once, with where it was named: the binding-unit-not-found rule reports them.
 * Judged across all tables, since each unit lives in one of them.
 */
export function unmatchedBindingUnits(
  tables: readonly BudgetTable[],
  settings: Settings,
): { readonly unit: string; readonly source: 'settings' | 'command-line' }[] {
  const named =
    settings.bindingUnits !== null
      ? settings.bindingUnits.map((binding) => ({ unit: binding.unit, source: 'settings' as const }))
      : (settings.commandLineBinding?.units ?? []).map((unit) => ({ unit, source: 'command-line' as const }));
  if (named.length === 0 || tables.length === 0) return [];
  const known = new Set<string>();
  for (const table of tables) {
    for (const unit of table.units) {
      known.add(normalise(unit.id));
      known.add(normalise(unit.name));
    }
  }
  const seen = new Set<string>();
  return named.filter(
    ({ unit }) => !known.has(normalise(unit)) && !seen.has(normalise(unit)) && seen.add(normalise(unit)),
  );
}

function namesUnit(name: string, unit: Unit): boolean {
  const wanted = normalise(name);
  return (
    normalise(unit.id) === wanted ||
    normalise(unit.name) === wanted ||
    (unit.code !== null && normalise(unit.code) === wanted)
  );
}

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}
