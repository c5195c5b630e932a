import { defaultSettings, type Settings } from '../../src/core/settings';
import { parseStoredSettings, serializeSettings } from '../../src/excel/settings';

const custom: Settings = {
  thresholds: { yellow: { relative: 0.03, absolute: 10_000 }, red: { relative: 0.1, absolute: 100_000 } },
  bindingUnits: [{ unit: 'Sivistyksen palvelualue', item: 'expenses' }],
  language: 'sv',
  overrides: [{ sheet: 'Budjetti 2024', columns: { D: 'forecast', E: 'none' }, costSign: 'negative' }],
};

describe('settings stored as JSON in the workbook', () => {
  it('round-trips every field', () => {
    expect(parseStoredSettings(serializeSettings(custom))).toEqual(custom);
  });

  it('gives the defaults for text that is not JSON, or not an object', () => {
    expect(parseStoredSettings('{broken')).toEqual(defaultSettings);
    expect(parseStoredSettings('[1,2]')).toEqual(defaultSettings);
    expect(parseStoredSettings(null)).toEqual(defaultSettings);
  });

  it('keeps the valid parts of old or damaged content and defaults the rest', () => {
    const stored = JSON.stringify({
      thresholds: { yellow: { relative: 0.04, absolute: 'lots' }, red: { relative: 0.2, absolute: 300_000 } },
      bindingUnits: [{ unit: 'Tekninen', item: 'margin' }, { unit: '', item: 'margin' }, { unit: 'X', item: 'profit' }],
      language: 'de',
      overrides: [{ sheet: 'TA', columns: { C: 'budget', D: 'nonsense', e1: 'forecast' } }, { columns: {} }],
    });
    expect(parseStoredSettings(stored)).toEqual({
      thresholds: { yellow: { relative: 0.04, absolute: 50_000 }, red: { relative: 0.2, absolute: 300_000 } },
      bindingUnits: [{ unit: 'Tekninen', item: 'margin' }],
      language: null,
      overrides: [{ sheet: 'TA', columns: { C: 'budget' } }],
    });
  });

  it('refuses thresholds where red comes before yellow', () => {
    const stored = JSON.stringify({ thresholds: { yellow: { relative: 0.1, absolute: 1 }, red: { relative: 0.05, absolute: 1 } } });
    expect(parseStoredSettings(stored).thresholds).toEqual(defaultSettings.thresholds);
  });

  it('accepts an object where a host already parsed the JSON', () => {
    expect(parseStoredSettings({ ...custom, version: 1 })).toEqual(custom);
  });
});
