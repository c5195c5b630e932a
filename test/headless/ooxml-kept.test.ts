/**
 * Drawing objects the host does not model (a user's line chart with its own parts, a text box)
 * are kept verbatim by readExtras and written back by writeExtras after ExcelJS dropped them.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readExtras, writeExtras, type PackageExtras } from '../../src/headless/ooxml';
import { foreignDrawingWorkbook, lineChartTitle, textBoxText } from '../helpers/foreign-drawing';
import { strategySheet, summarySheet } from '../helpers/ooxml-fixture';

async function resavedByExcelJS(xlsx: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ExcelJS.Buffer);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function text(zip: JSZip, path: string): Promise<string> {
  return zip.file(path)!.async('string');
}

describe('drawing objects kept verbatim', () => {
  let original: Uint8Array;
  let extras: PackageExtras;

  beforeAll(async () => {
    original = (await foreignDrawingWorkbook()).xlsx;
    extras = await readExtras(original);
  });

  test('the report chart is read as a chart; the line charts and the text box are kept; the image is left to ExcelJS', () => {
    expect(extras.charts.map((chart) => [chart.sheet, chart.name])).toEqual([[strategySheet, 'strategy-status']]);
    const kept = Object.fromEntries((extras.kept ?? []).map((drawing) => [drawing.sheet, drawing.anchors]));
    expect(Object.keys(kept).sort()).toEqual([strategySheet, summarySheet].sort());
    expect(kept[summarySheet]).toHaveLength(1);
    expect(kept[strategySheet]).toHaveLength(2);
    const [line, textBox] = kept[strategySheet];
    expect(line.xml).toContain('graphicFrame');
    expect(line.parts.map((part) => part.contentType)).toEqual([
      'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
      'application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml',
    ]);
    expect(textBox.xml).toContain(textBoxText);
    expect(textBox.parts).toEqual([]);
    expect(kept[strategySheet].some((anchor) => anchor.xml.includes('xdr:pic'))).toBe(false);
  });

  test('after ExcelJS dropped them, writeExtras puts them back whole, with their parts and relationships', async () => {
    const resaved = await resavedByExcelJS(original);
    expect((await readExtras(resaved)).kept).toEqual([]);
    const again = await writeExtras(resaved, extras);
    const back = await readExtras(again);
    expect(back.charts).toEqual(extras.charts);
    const anchorsOf = (value: PackageExtras, sheet: string) => value.kept?.find((drawing) => drawing.sheet === sheet)?.anchors ?? [];
    for (const sheet of [summarySheet, strategySheet]) {
      const before = anchorsOf(extras, sheet);
      const after = anchorsOf(back, sheet);
      expect(after).toHaveLength(before.length);
      after.forEach((anchor, i) => {
        expect(anchor.parts.map((part) => [part.contentType, Buffer.from(part.data).toString()])).toEqual(
          before[i].parts.map((part) => [part.contentType, Buffer.from(part.data).toString()]),
        );
      });
    }
    const zip = await JSZip.loadAsync(again);
    const lineCharts = await Promise.all(
      Object.keys(zip.files)
        .filter((path) => /^xl\/charts\/chart\d+\.xml$/.test(path))
        .map((path) => text(zip, path)),
    );
    expect(lineCharts.filter((xml) => xml.includes(lineChartTitle))).toHaveLength(2);
    // Every relationship resolves to a part that exists, and every part has a content type.
    const types = await text(zip, '[Content_Types].xml');
    for (const relsPath of Object.keys(zip.files).filter((path) => path.endsWith('.rels'))) {
      const folder = relsPath.replace(/_rels\/[^/]+$/, '');
      for (const match of (await text(zip, relsPath)).matchAll(/Target="([^"]+)"(?! TargetMode)/g)) {
        const target = match[1].startsWith('/') ? match[1].slice(1) : new URL(match[1], `http://x/${folder}`).pathname.slice(1);
        expect({ relsPath, target, exists: zip.file(target) !== null }).toEqual({ relsPath, target, exists: true });
        if (!target.endsWith('.png')) expect(types).toContain(`PartName="/${target}"`);
      }
    }
  });

  test('kept objects get fresh shape ids and relationship ids that point at their own parts', async () => {
    const again = await writeExtras(await resavedByExcelJS(original), extras);
    const zip = await JSZip.loadAsync(again);
    for (const drawingPath of Object.keys(zip.files).filter((path) => /^xl\/drawings\/drawing\d+\.xml$/.test(path))) {
      const xml = await text(zip, drawingPath);
      const ids = [...xml.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((match) => match[1]);
      expect(new Set(ids).size).toBe(ids.length);
      const rels = await text(zip, drawingPath.replace('drawings/', 'drawings/_rels/') + '.rels');
      for (const match of xml.matchAll(/r:(?:id|embed)="([^"]+)"/g)) expect(rels).toContain(`Id="${match[1]}"`);
    }
  });

  test('ExcelJS opens the package with the kept objects', async () => {
    const again = await writeExtras(await resavedByExcelJS(original), extras);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(again) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([summarySheet, strategySheet]);
  });
});
