import { SaxesParser } from 'saxes';
import { InputError } from './input-error.js';
import { decodeText, readBytes } from './read-text.js';

export interface XmlAttribute {
  value: string;
  line: number;
  column: number;
}

/** A small element tree that remembers the line and column of every element and attribute. */
export interface XmlElement {
  name: string;
  line: number;
  column: number;
  attributes: Map<string, XmlAttribute>;
  children: XmlElement[];
  parent: XmlElement | undefined;
}

/** A doctype may declare entities; ims-doctor never expands them, so it refuses any. */
const ENTITY_DECLARATION = /<!ENTITY/i;

export async function readXmlFile(file: string): Promise<XmlElement> {
  const bytes = await readBytes(file);
  const head = bytes.subarray(0, 200).toString('latin1');
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  return parseXml(file, decodeText(file, bytes, declared));
}

/**
 * Parses XML with saxes: a conforming, non-validating parser that never fetches external
 * entities. Entity declarations are refused outright, so no expansion (and no "billion laughs")
 * can happen.
 */
export function parseXml(file: string, text: string): XmlElement {
  const parser = new SaxesParser({ position: true, fileName: file });
  let root: XmlElement | undefined;
  let current: XmlElement | undefined;
  let pending: XmlElement | undefined;
  const fail = (message: string, line = parser.line, column = parser.column + 1): never => {
    throw new InputError(file, message, line, column);
  };
  parser.on('error', (error) => {
    const message = error.message.replace(/^.*?:\d+:\d+: /, '').replace(/\.$/, '');
    fail(`is not well-formed XML: ${message}.`);
  });
  parser.on('doctype', (doctype) => {
    if (ENTITY_DECLARATION.test(doctype)) fail('declares XML entities; ims-doctor does not expand entities (they can hide or multiply content). Export the package again from Campaign.');
  });
  parser.on('opentagstart', (tag) => {
    pending = { name: tag.name, line: parser.line, column: Math.max(1, parser.column - tag.name.length), attributes: new Map(), children: [], parent: current };
  });
  parser.on('attribute', (attribute) => {
    if (!pending) return;
    const width = attribute.name.length + attribute.value.length + 3;
    pending.attributes.set(attribute.name, { value: attribute.value, line: parser.line, column: Math.max(1, parser.column - width + 1) });
  });
  parser.on('opentag', () => {
    const element = pending;
    pending = undefined;
    if (!element) return;
    if (current) current.children.push(element);
    else root = element;
    current = element;
  });
  parser.on('closetag', () => {
    current = current?.parent;
  });
  parser.write(text).close();
  if (!root) fail('holds no XML element.', 1, 1);
  return root as XmlElement;
}

export function attribute(element: XmlElement, name: string): XmlAttribute | undefined {
  return element.attributes.get(name);
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return name ? element.children.filter((child) => child.name === name) : element.children;
}

/** Every element named `name` anywhere below `element`. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of node.children) {
      if (child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}
