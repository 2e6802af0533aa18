import { SaxesParser } from 'saxes';
import type { ProblemRef, XmlSyntaxKind } from '../i18n/problems.js';
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

/** Deeper than any Campaign package or serverConf nests; beyond it the tree walks would recurse too deep. */
export const MAX_XML_DEPTH = 256;

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
  const fail = (problem: ProblemRef, line = parser.line, column = parser.column + 1): never => {
    throw new InputError(file, problem, line, column);
  };
  parser.on('error', (error) => fail({ id: 'xmlSyntax', params: { kind: xmlSyntaxKind(error.message) } }));
  parser.on('doctype', (doctype) => {
    if (ENTITY_DECLARATION.test(doctype)) fail({ id: 'xmlEntities' });
  });
  parser.on('opentagstart', (tag) => {
    pending = { name: tag.name, line: parser.line, column: Math.max(1, parser.column - tag.name.length), attributes: new Map(), children: [], parent: current };
  });
  parser.on('attribute', (attribute) => {
    if (!pending) return;
    const width = attribute.name.length + attribute.value.length + 3;
    pending.attributes.set(attribute.name, { value: attribute.value, line: parser.line, column: Math.max(1, parser.column - width + 1) });
  });
  let depth = 0;
  parser.on('opentag', (tag) => {
    const element = pending;
    pending = undefined;
    if (!element) return;
    if (!tag.isSelfClosing && ++depth > MAX_XML_DEPTH) fail({ id: 'tooDeep', params: { limit: MAX_XML_DEPTH } }, element.line, element.column);
    if (current) current.children.push(element);
    else root = element;
    current = element;
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) depth--;
    current = current?.parent;
  });
  parser.write(text).close();
  if (!root) fail({ id: 'xmlNoElement' }, 1, 1);
  return root as XmlElement;
}

/**
 * What saxes complained about, from its message; the message itself is not kept, as it may quote
 * names or text of the source (a secret included).
 */
export function xmlSyntaxKind(message: string): XmlSyntaxKind {
  const text = message.replace(/^.*?:\d+:\d+: /, '').toLowerCase();
  const kinds: [RegExp, XmlSyntaxKind][] = [
    [/^unclosed tag/, 'unclosed-tag'],
    [/unmatched closing tag|unexpected close tag|weird empty close tag/, 'mismatched-tag'],
    [/^duplicate attribute/, 'duplicate-attribute'],
    [/attribute|value must be quoted|value required|name\/value pairs/, 'attribute'],
    [/entity/, 'entity'],
    [/namespace|prefix/, 'namespace'],
    [/disallowed character in (tag|closing tag|processing instruction) name|malformed name|tag name/, 'bad-name'],
    [/disallowed character|\]\]>/, 'bad-character'],
    [/outside of root|only one root/, 'outside-root'],
    [/must contain a root element/, 'no-root'],
    [/^unexpected end/, 'unexpected-end'],
    [/xml declaration|version|encoding|standalone|doctype|processing instruction/, 'declaration'],
    [/comment/, 'comment'],
  ];
  return kinds.find(([pattern]) => pattern.test(text))?.[1] ?? 'syntax';
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
