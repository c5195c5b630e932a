/**
 * Office add-in settings as Office keeps them in a workbook ([MS-OWEXML]): a web extension part
 * (`xl/webextensions/webextension1.xml`, we:webextension) naming the add-in by its manifest id and
 * holding one we:property per setting, whose value is the setting's JSON text; a task pane part
 * (`xl/webextensions/taskpanes.xml`) that refers to it; the package relationship to the task pane
 * part; and their content types. Real Excel reads these as `Office.context.document.settings`.
 */
import type JSZip from 'jszip';
import {
  addContentTypeOverride,
  addRelationship,
  contentType,
  freePartPath,
  insertBeforeClose,
  namespace,
  readPart,
  readRelationships,
  relationshipType,
  writePart,
} from './package';
import { attrOf, childOf, childrenOf, escapeAttr, parseXml, type XmlElement } from './xml';

/** The add-in's id and version as in manifest.xml (<Id>, <Version>); Office matches settings to the add-in by the id. */
export const ADD_IN_ID = '155d2c91-cfdc-4831-b18c-82056cb7c1a2';
export const ADD_IN_VERSION = '0.1.0.0';

const webExtensionNamespace = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const taskpanesNamespace = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';

/** Any fixed instance id will do: a workbook holds one instance of the add-in. */
const instanceId = '{7A3C9E21-5B4D-4F1A-9C2E-B0D41E6F8A35}';

/**
 * Where Office finds the add-in a document names: an administrator's Centralized Deployment (how the
 * cities install it), else a sideloaded copy. "The following example shows how add-ins are inserted
 * from the Centralized Deployment catalog using the EXCatalog store version" (Automatically open a
 * task pane with a document); `store="developer" storeType="Registry"` is what Office writes for a
 * sideloaded add-in. Office lists other places the same add-in may come from in alternateReferences,
 * as in the Office-saved part kept in test/fixtures/office-webextension/.
 */
export const addInStores = [
  { store: 'EXCatalog', storeType: 'EXCatalog' },
  { store: 'developer', storeType: 'Registry' },
] as const;

export function webExtensionXml(settings: Record<string, string>): string {
  const properties = Object.entries(settings)
    .map(([name, value]) => `<we:property name="${escapeAttr(name)}" value="${escapeAttr(value)}"/>`)
    .join('');
  const [primary, ...alternates] = addInStores.map(
    ({ store, storeType }) =>
      `<we:reference id="${ADD_IN_ID}" version="${ADD_IN_VERSION}" store="${store}" storeType="${storeType}"/>`,
  );
  return (
    `<we:webextension xmlns:we="${webExtensionNamespace}" id="${instanceId}">${primary}` +
    `<we:alternateReferences>${alternates.join('')}</we:alternateReferences><we:properties>${properties}</we:properties>` +
    `<we:bindings/><we:snapshot xmlns:r="${namespace.relationships}"/></we:webextension>`
  );
}

function taskpanesXml(webExtensionRelationshipId: string): string {
  return `<wetp:taskpanes xmlns:wetp="${taskpanesNamespace}">${taskpaneXml(webExtensionRelationshipId, false)}</wetp:taskpanes>`;
}

/** `declareNamespace` for a pane inserted into another add-in's part, whose prefix for the namespace may differ. */
function taskpaneXml(webExtensionRelationshipId: string, declareNamespace: boolean): string {
  const declaration = declareNamespace ? ` xmlns:wetp="${taskpanesNamespace}"` : '';
  // Not visible: opening the workbook should not force the pane open; the settings are there when it opens.
  return (
    `<wetp:taskpane${declaration} dockstate="right" visibility="0" width="350" row="0">` +
    `<wetp:webextensionref xmlns:r="${namespace.relationships}" r:id="${webExtensionRelationshipId}"/>` +
    '</wetp:taskpane>'
  );
}

/**
 * Writes the settings parts: the add-in's own web extension part when the package has one (a
 * workbook the add-in saved before), else a new one, in the package's task pane part when another
 * add-in has one, else in a new task pane part. Other add-ins' parts are left as they are.
 */
export async function writeSettings(zip: JSZip, settings: Record<string, string>): Promise<void> {
  const own = await ownWebExtension(zip);
  if (own) {
    writePart(zip, own, webExtensionXml(settings));
    return;
  }
  if (Object.keys(settings).length === 0) return;
  const rootRelationships = await readRelationships(zip, '');
  const existing = rootRelationships.find((rel) => rel.type === relationshipType.webExtensionTaskpanes);
  const taskpanesPath = existing?.target ?? 'xl/webextensions/taskpanes.xml';
  const webExtensionPath = freePartPath(zip, 'xl/webextensions/webextension', '.xml');
  writePart(zip, webExtensionPath, webExtensionXml(settings));
  const webExtensionId = await addRelationship(zip, taskpanesPath, relationshipType.webExtension, webExtensionPath);
  const taskpanes = existing ? await readPart(zip, taskpanesPath) : null;
  writePart(
    zip,
    taskpanesPath,
    taskpanes === null ? taskpanesXml(webExtensionId) : insertBeforeClose(taskpanes, taskpaneXml(webExtensionId, true)),
  );
  if (!existing) await addRelationship(zip, '', relationshipType.webExtensionTaskpanes, taskpanesPath);
  await addContentTypeOverride(zip, taskpanesPath, contentType.webExtensionTaskpanes);
  await addContentTypeOverride(zip, webExtensionPath, contentType.webExtension);
}

/** The path of this add-in's web extension part, or null. */
async function ownWebExtension(zip: JSZip): Promise<string | null> {
  for (const { path, root } of await webExtensions(zip)) if (namesAddIn(root)) return path;
  return null;
}

async function webExtensions(zip: JSZip): Promise<{ path: string; root: XmlElement }[]> {
  const taskpanes = (await readRelationships(zip, '')).find(
    (rel) => rel.type === relationshipType.webExtensionTaskpanes,
  );
  if (!taskpanes) return [];
  const found: { path: string; root: XmlElement }[] = [];
  for (const rel of await readRelationships(zip, taskpanes.target)) {
    if (rel.type !== relationshipType.webExtension || rel.external) continue;
    const xml = await readPart(zip, rel.target);
    if (xml !== null) found.push({ path: rel.target, root: parseXml(xml) });
  }
  return found;
}

/** Whether a web extension part names this add-in, by its manifest id, from whichever store it names first or as an alternate. */
function namesAddIn(root: XmlElement): boolean {
  const references = [childOf(root, 'reference'), ...childrenOf(childOf(root, 'alternateReferences'), 'reference')];
  return references.some(
    (reference) => (attrOf(reference, 'id') ?? '').replace(/[{}]/g, '').toLowerCase() === ADD_IN_ID,
  );
}

/** The settings of this add-in's web extension; {} when the workbook has none. Other add-ins' settings are not ours. */
export async function readSettings(zip: JSZip): Promise<Record<string, string>> {
  for (const { root } of await webExtensions(zip)) {
    if (!namesAddIn(root)) continue;
    // fromEntries makes every key an own property, '__proto__' included.
    return Object.fromEntries(
      childrenOf(childOf(root, 'properties'), 'property').flatMap((property) => {
        const name = attrOf(property, 'name');
        return name === null ? [] : [[name, attrOf(property, 'value') ?? '']];
      }),
    );
  }
  return {};
}
