import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Provenance } from '../model/provenance.js';
import { closest } from '../domain/similarity.js';
import { InputError } from './input-error.js';
import { decodeText, readBytes } from './read-text.js';

/**
 * A YAML file read with positions, and typed accessors that turn any surprise (wrong type,
 * unknown key, missing key) into an InputError naming the line and column.
 */
export class YamlFile {
  private constructor(
    readonly file: string,
    readonly root: Node | null,
    private readonly lines: LineCounter,
  ) {}

  static async read(file: string): Promise<YamlFile> {
    return YamlFile.parse(file, decodeText(file, await readBytes(file)));
  }

  static parse(file: string, text: string): YamlFile {
    const lines = new LineCounter();
    const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true});
    const first = document.errors[0];
    if (first) {
      const { line, col } = lines.linePos(first.pos[0]);
      const message = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '').replace(/\.$/, '');
      throw new InputError(file, `is not valid YAML: ${message}.`, line, col);
    }
    if (document.contents === null || (isScalar(document.contents) && document.contents.value === null)) {
      throw new InputError(file, 'is empty: it holds no settings.', 1, 1);
    }
    return new YamlFile(file, document.contents as Node, lines);
  }

  at(node: Node | null | undefined, path?: string): Provenance {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col, ...(path ? { path } : {}) };
  }

  fail(node: Node | null | undefined, message: string): never {
    const at = this.at(node);
    throw new InputError(this.file, message, at.line, at.column);
  }

  /** The mapping's entries; an unknown key fails with the closest allowed key as a suggestion. */
  mapping(node: Node | null | undefined, what: string, allowed: readonly string[]): Map<string, { key: Node; value: Node | null }> {
    if (!isMap(node)) this.fail(node, `${what} should be a mapping (key: value lines).`);
    const entries = new Map<string, { key: Node; value: Node | null }>();
    for (const pair of (node as YAMLMap).items as Pair<Node, Node | null>[]) {
      const keyNode = pair.key;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      if (!allowed.includes(key)) {
        const suggestion = closest(key, allowed, Math.max(3, Math.floor(key.length / 2)));
        const hint = suggestion ? ` Did you mean "${suggestion.value}"?` : ` Known keys: ${allowed.join(', ')}.`;
        this.fail(keyNode, `unknown key "${key}" in ${what}.${hint}`);
      }
      entries.set(key, { key: keyNode, value: pair.value ?? null });
    }
    return entries;
  }

  string(node: Node | null | undefined, what: string): string {
    if (!isScalar(node) || node.value === null || typeof node.value === 'object') this.fail(node, `${what} should be a text value.`);
    return String((node as { value: unknown }).value);
  }

  sequence(node: Node | null | undefined, what: string): Node[] {
    if (!isSeq(node)) this.fail(node, `${what} should be a list.`);
    return (node as unknown as { items: Node[] }).items;
  }

  /** A list of texts, or one comma-separated text (both forms are common in client files). */
  stringList(node: Node | null | undefined, what: string): { value: string; node: Node }[] {
    if (isSeq(node)) return this.sequence(node, what).map((item) => ({ value: this.string(item, `each item of ${what}`), node: item }));
    const text = this.string(node, what);
    return [{ value: text, node: node as Node }];
  }
}

export function requireKey<T>(yaml: YamlFile, entries: Map<string, T>, owner: Node | null | undefined, key: string, what: string): T {
  const entry = entries.get(key);
  if (entry === undefined) yaml.fail(owner, `${what} is missing the key "${key}".`);
  return entry as T;
}
