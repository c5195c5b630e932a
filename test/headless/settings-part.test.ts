/**
 * The add-in's settings part, written as Office writes it (compared with the parts of a workbook saved
 * by Excel, test/fixtures/office-webextension/), naming this add-in's manifest id so that Excel hands
 * the settings saved by the command line to the add-in however it was installed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ADD_IN_ID, ADD_IN_VERSION, readExtras, writeExtras } from '../../src/headless/ooxml';
import { attrOf, childOf, childrenOf, elementsOf, localName, parseXml, type XmlElement } from '../../src/headless/ooxml/xml';

const fixtures = join(__dirname, '..', 'fixtures', 'office-webextension');
const officeExtension = readFileSync(join(fixtures, 'webextension1.xml'), 'utf8');
const officeTaskpanes = readFileSync(join(fixtures, 'taskpanes.xml'), 'utf8');
const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');

async function writtenParts(): Promise<{ extension: string; taskpanes: string }> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Talous');
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const saved = await writeExtras(bytes, { charts: [], settings: { 'budget-monitor.settings': '{"version":1}' }, names: [], kept: [] });
  const zip = await JSZip.loadAsync(saved);
  return {
    extension: await zip.file('xl/webextensions/webextension1.xml')!.async('string'),
    taskpanes: await zip.file('xl/webextensions/taskpanes.xml')!.async('string'),
  };
}

/** An element's shape: its name, namespace declarations, attribute names and its children's shapes. */
function shape(element: XmlElement): unknown {
  return {
    name: element.name,
    namespaces: Object.entries(element.attrs).filter(([name]) => name.startsWith('xmlns')),
    attributes: Object.keys(element.attrs).filter((name) => !name.startsWith('xmlns')).sort(),
    children: elementsOf(element).filter((child) => localName(child.name) !== 'property' && localName(child.name) !== 'reference').map(shape),
  };
}

describe('the settings part', () => {
  it('has the elements, namespaces and attributes of the part Excel saved, in the same order', async () => {
    const { extension } = await writtenParts();
    const ours = parseXml(extension);
    const office = parseXml(officeExtension);
    expect(shape(ours)).toEqual(shape(office));
    expect(elementsOf(ours).map((child) => child.name)).toEqual(elementsOf(office).map((child) => child.name));
    expect(Object.keys(childOf(ours, 'reference')!.attrs)).toEqual(Object.keys(childOf(office, 'reference')!.attrs));
    expect(attrOf(ours, 'id')).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
    expect(attrOf(office, 'id')).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
    expect(extension.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
  });

  it('names this add-in by its manifest id and version, from Centralized Deployment and, as an alternate, a sideload', async () => {
    const ours = parseXml((await writtenParts()).extension);
    expect(ADD_IN_ID).toBe(/<Id>([^<]+)<\/Id>/.exec(manifest)![1].toLowerCase());
    expect(ADD_IN_VERSION).toBe(/<Version>([^<]+)<\/Version>/.exec(manifest)![1]);
    const references = [childOf(ours, 'reference')!, ...childrenOf(childOf(ours, 'alternateReferences'), 'reference')];
    expect(references.map((reference) => reference.attrs)).toEqual([
      { id: ADD_IN_ID, version: ADD_IN_VERSION, store: 'EXCatalog', storeType: 'EXCatalog' },
      { id: ADD_IN_ID, version: ADD_IN_VERSION, store: 'developer', storeType: 'Registry' },
    ]);
  });

  it('refers to it from a task pane part shaped as Excel writes it', async () => {
    const ours = parseXml((await writtenParts()).taskpanes);
    const office = parseXml(officeTaskpanes);
    expect(shape(ours)).toEqual(shape(office));
    const pane = childOf(ours, 'taskpane')!;
    expect(Object.keys(pane.attrs)).toEqual(Object.keys(childOf(office, 'taskpane')!.attrs));
    expect(pane.attrs).toMatchObject({ dockstate: 'right', visibility: '0' });
  });

  it('reads the settings of a part that names this add-in only among its alternate references, as Office may save it', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Talous');
    const saved = await writeExtras(new Uint8Array(await workbook.xlsx.writeBuffer()), {
      charts: [],
      settings: { 'budget-monitor.settings': '{"version":1,"language":"sv"}' },
      names: [],
      kept: [],
    });
    const zip = await JSZip.loadAsync(saved);
    const path = 'xl/webextensions/webextension1.xml';
    const xml = await zip.file(path)!.async('string');
    // As Office writes a store add-in: another primary reference, ours as the alternate.
    zip.file(path, xml.replace(/<we:reference id="[^"]+" version="[^"]+" store="EXCatalog" storeType="EXCatalog"\/>/, '<we:reference id="wa104381504" version="1.0.0.0" store="en-US" storeType="OMEX"/>'));
    const edited = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    expect((await readExtras(edited)).settings).toEqual({ 'budget-monitor.settings': '{"version":1,"language":"sv"}' });
  });
});
