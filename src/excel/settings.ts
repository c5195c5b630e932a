/**
 * The user's settings stored in the workbook (`workbook.settings`, saved with the file), as JSON
 * under one key. What is read back is checked part by part: content written by an older or a
 * broken version keeps every part that is still valid and takes the defaults for the rest.
 */
import {
  type ColumnKind,
  columnKinds,
  defaultSettings,
  type BindingItem,
  type BindingUnit,
  type RecognitionOverride,
  type Settings,
  type Threshold,
  type Thresholds,
  storedMappings,
} from '../core';
import { isLanguage } from '../i18n/language';

export const settingsKey = 'budget-monitor.settings';
/** Bumped when the stored shape changes; older content is read part by part all the same. */
export const settingsVersion = 1;

export async function loadSettings(context: Excel.RequestContext): Promise<Settings> {
  const item = context.workbook.settings.getItemOrNullObject(settingsKey);
  item.load('value');
  await context.sync();
  return item.isNullObject ? defaultSettings : parseStoredSettings(item.value);
}

export async function saveSettings(context: Excel.RequestContext, settings: Settings): Promise<void> {
  context.workbook.settings.add(settingsKey, serializeSettings(settings));
  await context.sync();
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify({ version: settingsVersion, ...settings });
}

/** Whatever was stored (JSON text, or an object where a host parsed it) → valid Settings. */
export function parseStoredSettings(stored: unknown): Settings {
  let data: unknown = stored;
  if (typeof stored === 'string') {
    try {
      data = JSON.parse(stored);
    } catch {
      return defaultSettings;
    }
  }
  if (!isRecord(data)) return defaultSettings;
  const mappings = storedMappings(data.mappings);
  return {
    thresholds: thresholdsOf(data.thresholds),
    bindingUnits: bindingUnitsOf(data.bindingUnits),
    ...(data.bindingMode === 'net' || data.bindingMode === 'gross' ? { bindingMode: data.bindingMode } : {}),
    language: isLanguage(data.language) ? data.language : defaultSettings.language,
    overrides: Array.isArray(data.overrides) ? data.overrides.flatMap(overrideOf) : defaultSettings.overrides,
    ...(mappings.length > 0 ? { mappings } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function thresholdsOf(value: unknown): Thresholds {
  const fallback = defaultSettings.thresholds;
  if (!isRecord(value)) return fallback;
  const yellow = thresholdOf(value.yellow, fallback.yellow);
  const red = thresholdOf(value.red, fallback.red);
  // Red must not be reachable before yellow; a pair that contradicts itself is not the user's intent.
  if (red.relative < yellow.relative || red.absolute < yellow.absolute) return fallback;
  return { yellow, red };
}

function thresholdOf(value: unknown, fallback: Threshold): Threshold {
  if (!isRecord(value)) return fallback;
  return {
    relative: isAmount(value.relative) ? value.relative : fallback.relative,
    absolute: isAmount(value.absolute) ? value.absolute : fallback.absolute,
  };
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

const bindingItems: readonly BindingItem[] = ['margin', 'expenses', 'income'];

function bindingUnitsOf(value: unknown): readonly BindingUnit[] | null {
  if (!Array.isArray(value)) return defaultSettings.bindingUnits;
  return value.flatMap((entry): BindingUnit[] => {
    if (!isRecord(entry) || typeof entry.unit !== 'string' || entry.unit.trim() === '') return [];
    const item = bindingItems.find((candidate) => candidate === entry.item);
    return item ? [{ unit: entry.unit, item }] : [];
  });
}

function overrideOf(value: unknown): RecognitionOverride[] {
  if (!isRecord(value) || typeof value.sheet !== 'string' || value.sheet === '') return [];
  const columns: Record<string, ColumnKind | 'none'> = {};
  if (isRecord(value.columns)) {
    for (const [letters, kind] of Object.entries(value.columns)) {
      const known = kind === 'none' ? kind : columnKinds.find((candidate) => candidate === kind);
      if (known && /^[A-Z]{1,3}$/.test(letters)) columns[letters] = known;
    }
  }
  const costSign = value.costSign === 'positive' || value.costSign === 'negative' ? value.costSign : undefined;
  return [
    {
      sheet: value.sheet,
      ...(Object.keys(columns).length > 0 ? { columns } : {}),
      ...(costSign ? { costSign } : {}),
    },
  ];
}
