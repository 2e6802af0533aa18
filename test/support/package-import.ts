import { SaxesParser } from 'saxes';

/**
 * Merges a Campaign package into a package export the way Campaign's import does (domain.md
 * "Package exports"): records are found by their `_key` (XPaths of attributes, `@name`), and
 * `_operation` says what to do: `update` sets only the attributes the package lists (the record
 * must exist), `delete` removes the record, `insert` adds it, `insertOrUpdate` (the default) does
 * either. `_key` and `_operation` themselves are not stored. Like a save in Campaign, an update of
 * an `nms:extAccount` stamps its lastModified when `now` is given.
 */

interface Node {
  name: string;
  attributes: [string, string][];
  children: (Node | string)[];
}

function parse(text: string): Node {
  const parser = new SaxesParser();
  const stack: Node[] = [];
  let root: Node | undefined;
  parser.on('opentag', (tag) => {
    const node: Node = { name: tag.name, attributes: Object.entries(tag.attributes as Record<string, string>), children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (value) => stack[stack.length - 1]?.children.push(value));
  parser.on('closetag', () => stack.pop());
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
  if (!root) throw new Error('no root element');
  return root;
}

const escape = (value: string, attribute: boolean): string =>
  value.replace(
    attribute ? /[&<>"\t\n\r]/g : /[&<>]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c]!,
  );

function serialize(node: Node): string {
  const attributes = node.attributes.map(([key, value]) => ` ${key}="${escape(value, true)}"`).join('');
  if (node.children.length === 0) return `<${node.name}${attributes}/>`;
  return `<${node.name}${attributes}>${node.children.map((child) => (typeof child === 'string' ? escape(child, false) : serialize(child))).join('')}</${node.name}>`;
}

const get = (node: Node, key: string): string | undefined => node.attributes.find(([name]) => name === key)?.[1];

function set(node: Node, key: string, value: string): void {
  const existing = node.attributes.find(([name]) => name === key);
  if (existing) existing[1] = value;
  else node.attributes.push([key, value]);
}

const elements = (node: Node): Node[] => node.children.filter((child): child is Node => typeof child !== 'string');

export interface ImportOptions {
  /** Stamps lastModified of the nms:extAccount records written, as Campaign does (its format: `2026-10-02 09:10:03.000Z`). */
  now?: Date;
}

/** The export after importing the package, as UTF-8 XML text. */
export function importPackage(exportXml: string, packageXml: string, options: ImportOptions = {}): string {
  const target = parse(exportXml);
  const source = parse(packageXml);
  if (target.name !== 'package' || source.name !== 'package') throw new Error('both documents must be packages');
  for (const entities of elements(source).filter((node) => node.name === 'entities')) {
    const schema = get(entities, 'schema') ?? '';
    let block = elements(target).find((node) => node.name === 'entities' && get(node, 'schema') === schema);
    if (!block) {
      block = { name: 'entities', attributes: [['schema', schema]], children: [] };
      target.children.push(block);
    }
    for (const record of elements(entities)) {
      const operation = get(record, '_operation') ?? 'insertOrUpdate';
      const keys = (get(record, '_key') ?? '@name').split(',').map((key) => key.trim().replace(/^@/, ''));
      const matches = (candidate: Node): boolean => candidate.name === record.name && keys.every((key) => get(candidate, key) === get(record, key));
      const found = elements(block).filter(matches);
      const stored = record.attributes.filter(([key]) => key !== '_key' && key !== '_operation');
      const stamp = (node: Node): void => {
        if (options.now && schema === 'nms:extAccount') set(node, 'lastModified', options.now.toISOString().replace('T', ' '));
      };
      if (operation === 'delete') {
        block.children = block.children.filter((child) => typeof child === 'string' || !matches(child));
      } else if (operation === 'update' || (operation === 'insertOrUpdate' && found.length > 0)) {
        if (found.length === 0)
          throw new Error(`update of a ${record.name} that does not exist: ${keys.map((key) => `${key}=${get(record, key)}`).join(', ')}`);
        for (const node of found) {
          for (const [key, value] of stored) set(node, key, value);
          stamp(node);
        }
      } else if (operation === 'insert' || operation === 'insertOrUpdate') {
        const node: Node = { name: record.name, attributes: stored.map(([key, value]) => [key, value]), children: record.children };
        stamp(node);
        block.children.push(node);
      } else if (operation !== 'none') {
        throw new Error(`unknown _operation ${operation}`);
      }
    }
  }
  return `<?xml version='1.0' encoding='UTF-8'?>\n${serialize(target)}\n`;
}

/** A package file's text, decoded as its XML declaration says (exports may be ISO-8859-1). */
export function decodePackage(bytes: Buffer): string {
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(bytes.subarray(0, 200).toString('latin1'))?.[1] ?? 'utf-8';
  return /^(iso-8859-1|latin-?1)$/i.test(declared) ? bytes.toString('latin1') : bytes.toString('utf8');
}
