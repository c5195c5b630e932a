/**
 * A second, independent writer: LibreOffice opens the package writeExtras made and saves it
 * again as .xlsx. The charts survive (LibreOffice understood them as the chart types, series and
 * colours we wrote) and readExtras reads LibreOffice's own chart parts back the same.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readExtras, writeExtras, type ChartPart } from '../../src/headless/ooxml';
import { normaliseRef } from '../../src/headless/ooxml/refs';
import { sampleExtras, tableWorkbook } from '../helpers/ooxml-fixture';
import { resaveWithLibreOffice } from '../helpers/render';

jest.setTimeout(240_000);

const outDir = join(__dirname, '../../test-artifacts/render/roundtrip');

/**
 * LibreOffice spells refs without needless quotes and escapes '+' and '-' in number formats
 * (which Excel shows literally either way): compare references as references, formats as formats.
 */
function normalised(charts: ChartPart[]): ChartPart[] {
  return charts.map((chart) => ({
    ...chart,
    valueAxisNumberFormat: chart.valueAxisNumberFormat?.replace(/\\([+-])/g, '$1') ?? null,
    series: chart.series.map((series) => ({
      ...series,
      nameRef: series.nameRef && normaliseRef(series.nameRef),
      categoriesRef: series.categoriesRef && normaliseRef(series.categoriesRef),
      valuesRef: normaliseRef(series.valuesRef),
    })),
  }));
}

describe('a package saved again by LibreOffice', () => {
  test('keeps every chart (type, title, legend, axis format, anchors, series refs, cached values, colours) and the sheet-scoped names', async () => {
    mkdirSync(outDir, { recursive: true });
    const original = join(outDir, 'charts.xlsx');
    writeFileSync(original, await writeExtras(await tableWorkbook(), sampleExtras()));
    const resaved = await resaveWithLibreOffice(original, join(outDir, 'libreoffice'));
    const extras = await readExtras(new Uint8Array(readFileSync(resaved)));
    expect(normalised(extras.charts)).toEqual(normalised(sampleExtras().charts));
    // Sheet-scoped names (the report sheets' marker) survive with their formula; LibreOffice drops
    // name comments and the Office add-in settings, which are Office's own.
    expect(extras.names).toEqual(
      expect.arrayContaining(
        sampleExtras()
          .names!.filter((name) => name.sheet !== null)
          .map((name) => ({ ...name, comment: null })),
      ),
    );
    expect(extras.settings).toEqual({});
  });
});
