/**
 * Just enough XML for the package parts we read back: a small parser into a tree that keeps
 * each element's offsets in the source (so a part can be patched in place without
 * re-serialising what ExcelJS wrote), and escaping for what we write.
 *
 * Elements are matched by local name: the parts we read use fixed, well-known namespaces,
 * and prefixes differ between writers (Excel, LibreOffice, ExcelJS).
 */

export interface XmlElement {
  /** Qualified name as written ('c:barChart'). */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** Offset of '<' of the start tag and offset just after the end tag (or of '/>'). */
  readonly start: number;
  readonly end: number;
}

export type XmlNode = XmlElement | string;

export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

interface OpenElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  start: number;
}

const attributePattern = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses a whole XML document and returns its root element. */
export function parseXml(text: string): XmlElement {
  const stack: OpenElement[] = [];
  let root: XmlElement | null = null;
  let at = 0;
  const append = (node: XmlNode): void => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else if (typeof node !== 'string') root = node;
  };
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt < 0) {
      if (stack.length > 0) append(decodeEntities(text.slice(at)));
      break;
    }
    if (lt > at && stack.length > 0) append(decodeEntities(text.slice(at, lt)));
    if (text.startsWith('<?', lt)) {
      at = indexAfter(text, '?>', lt);
    } else if (text.startsWith('<!--', lt)) {
      at = indexAfter(text, '-->', lt);
    } else if (text.startsWith('<![CDATA[', lt)) {
      const close = indexAfter(text, ']]>', lt);
      if (stack.length > 0) append(text.slice(lt + 9, close - 3));
      at = close;
    } else if (text.startsWith('<!', lt)) {
      at = indexAfter(text, '>', lt);
    } else if (text.startsWith('</', lt)) {
      const gt = indexAfter(text, '>', lt);
      const name = text.slice(lt + 2, gt - 1).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlSyntaxError(`Unexpected </${name}> at ${lt}`);
      append({ name: open.name, attrs: open.attrs, children: open.children, start: open.start, end: gt });
      at = gt;
    } else {
      const gt = endOfTag(text, lt);
      const selfClosing = text[gt - 2] === '/';
      const inner = text.slice(lt + 1, selfClosing ? gt - 2 : gt - 1);
      const nameMatch = /^[^\s/>]+/.exec(inner);
      if (!nameMatch) throw new XmlSyntaxError(`Malformed tag at ${lt}`);
      const attrs: Record<string, string> = {};
      for (const match of inner.slice(nameMatch[0].length).matchAll(attributePattern)) {
        if (Object.hasOwn(attrs, match[1])) throw new XmlSyntaxError(`Duplicate attribute ${match[1]} at ${lt}`);
        attrs[match[1]] = decodeEntities(match[2] ?? match[3] ?? '');
      }
      if (selfClosing) append({ name: nameMatch[0], attrs, children: [], start: lt, end: gt });
      else stack.push({ name: nameMatch[0], attrs, children: [], start: lt });
      at = gt;
    }
  }
  if (stack.length > 0) throw new XmlSyntaxError(`Unclosed <${stack[stack.length - 1].name}>`);
  if (!root) throw new XmlSyntaxError('No root element');
  return root;
}

function indexAfter(text: string, token: string, from: number): number {
  const found = text.indexOf(token, from);
  if (found < 0) throw new XmlSyntaxError(`Unterminated markup at ${from}`);
  return found + token.length;
}

/** The offset after the '>' closing the start tag at `lt`, skipping '>' inside quoted attribute values. */
function endOfTag(text: string, lt: number): number {
  let quote: string | null = null;
  for (let i = lt + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
  }
  throw new XmlSyntaxError(`Unterminated tag at ${lt}`);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    switch (entity) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    }
  });
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function elementsOf(element: XmlElement): XmlElement[] {
  return element.children.filter((node): node is XmlElement => typeof node !== 'string');
}

/** The first child element with this local name. */
export function childOf(element: XmlElement | null | undefined, local: string): XmlElement | null {
  if (!element) return null;
  return elementsOf(element).find((child) => localName(child.name) === local) ?? null;
}

export function childrenOf(element: XmlElement | null | undefined, local: string): XmlElement[] {
  if (!element) return [];
  return elementsOf(element).filter((child) => localName(child.name) === local);
}

/** Follows a path of local names through first children: pathOf(chart, 'title', 'tx', 'rich'). */
export function pathOf(element: XmlElement | null, ...locals: string[]): XmlElement | null {
  let current = element;
  for (const local of locals) current = childOf(current, local);
  return current;
}

/** Every descendant element with this local name, in document order. */
export function descendantsOf(element: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of elementsOf(node)) {
      if (localName(child.name) === local) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

/** The concatenated text of an element and its descendants. */
export function textOf(element: XmlElement | null): string {
  if (!element) return '';
  return element.children.map((node) => (typeof node === 'string' ? node : textOf(node))).join('');
}

/** An attribute by local name (r:id and id are told apart by the caller passing 'r:id'). */
export function attrOf(element: XmlElement | null, name: string): string | null {
  if (!element) return null;
  return element.attrs[name] ?? null;
}

/** Attribute whose local name is `local`, whatever its prefix (the relationships namespace is not always 'r'). */
export function prefixedAttrOf(element: XmlElement | null, local: string): string | null {
  if (!element) return null;
  for (const [name, value] of Object.entries(element.attrs)) {
    if (name.includes(':') && localName(name) === local && !name.startsWith('xmlns:')) return value;
  }
  return null;
}

// XML 1.0 forbids most C0 controls even as character references; text we are given may hold them.
// eslint-disable-next-line no-control-regex
const forbiddenCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// eslint-disable-next-line no-control-regex
const needsEscape = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Escapes text content (a carriage return as a reference: parsers turn a literal one into a line feed). */
export function escapeText(text: string): string {
  // Most texts need nothing: spare them the passes below (a report writes a hundred thousand).
  if (!needsEscape.test(text)) return text;
  return text
    .replace(forbiddenCharacters, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

// eslint-disable-next-line no-control-regex
const cellTextSpecials = /[<>&'"\u007F\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
// eslint-disable-next-line no-control-regex
const cellTextDropped = /[\u007F\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/**
 * Escapes a cell's text (a string, a formula) exactly as ExcelJS's writer does, so that sheets the
 * host writes itself read back as those ExcelJS wrote: the five markup characters as named
 * entities, the controls XML forbids dropped, tab, line feed and carriage return literal (ExcelJS's
 * reader knows named entities only; a parser turns the carriage return into a line feed).
 */
export function escapeCellText(text: string): string {
  if (!cellTextSpecials.test(text)) return text;
  return text
    .replace(cellTextDropped, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Escapes an attribute value. Tabs and line breaks become character references because a
 * parser normalises literal ones inside attributes to spaces, and settings must come back exactly.
 */
export function escapeAttr(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}
