import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Provenance } from '../model/provenance.js';
import { closest } from '../domain/similarity.js';
import type { ProblemRef, YamlPlace } from '../i18n/problems.js';
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
    const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const first = document.errors[0];
    if (first) {
      // The library's message quotes the source, which may hold a secret: it only helps decide what to say.
      if (first.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(first.message)) {
        const { line, col } = lines.linePos(first.pos[0]);
        throw new InputError(file, { id: 'yamlTooDeep' }, line, col);
      }
      // An unclosed [ or { is reported where the text ends; the bracket that opened it is what to fix.
      const opener = /end with an? ([\]}])/.test(first.message) ? unclosedFlowAt(text, first.pos[0]) : -1;
      if (opener !== -1) {
        const { line, col } = lines.linePos(opener);
        throw new InputError(file, { id: 'yamlUnclosedFlow', params: { opener: text[opener] === '{' ? '{' : '[' } }, line, col);
      }
      const { line, col } = lines.linePos(first.pos[0]);
      throw new InputError(file, { id: 'yamlSyntax', params: { code: first.code } }, line, col);
    }
    // A value starting with `!` is a tag, and the text after it is lost (`clientSecret: !p8e-…` read as empty).
    const tag = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
    if (tag) {
      const { line, col } = lines.linePos(tag.pos[0]);
      throw new InputError(file, { id: 'yamlTag' }, line, col);
    }
    if (document.contents === null || (isScalar(document.contents) && document.contents.value === null)) {
      throw new InputError(file, { id: 'empty', params: { what: 'settings' } }, 1, 1);
    }
    return new YamlFile(file, document.contents, lines);
  }

  at(node: Node | null | undefined, path?: string): Provenance {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col, ...(path ? { path } : {}) };
  }

  fail(node: Node | null | undefined, problem: ProblemRef): never {
    const at = this.at(node);
    throw new InputError(this.file, problem, at.line, at.column);
  }

  /** The mapping's entries; an unknown key fails with the closest allowed key as a suggestion. */
  mapping(node: Node | null | undefined, place: YamlPlace, allowed: readonly string[]): Map<string, { key: Node; value: Node | null }> {
    if (!isMap(node)) this.fail(node, { id: 'notMapping', params: { place } });
    const entries = new Map<string, { key: Node; value: Node | null }>();
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const keyNode = pair.key;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      if (!allowed.includes(key)) {
        const suggestion = closest(key, allowed, Math.max(3, Math.floor(key.length / 2)));
        // A long "key" close to no known one may be a value pasted where a key goes (a secret): not quoted.
        const shown = key.length <= 24 || suggestion ? key : '…';
        this.fail(keyNode, { id: 'unknownKey', params: { place, key: shown, suggestion: suggestion?.value ?? null, known: [...allowed] } });
      }
      entries.set(key, { key: keyNode, value: pair.value ?? null });
    }
    return entries;
  }

  /**
   * A text as written: a plain scalar YAML would type as a number or a boolean keeps its source
   * (`clientId: 0012345` stays `0012345`, a 30-digit secret keeps its digits).
   */
  string(node: Node | null | undefined, place: YamlPlace): string {
    if (!isScalar(node) || node.value === null || typeof node.value === 'object') this.fail(node, { id: 'notText', params: { place } });
    const scalar = node as unknown as { value: unknown; source?: unknown };
    if (typeof scalar.value === 'string') return scalar.value;
    return typeof scalar.source === 'string' ? scalar.source : String(scalar.value);
  }

  sequence(node: Node | null | undefined, place: YamlPlace): Node[] {
    if (!isSeq(node)) this.fail(node, { id: 'notList', params: { place } });
    return (node as unknown as { items: Node[] }).items;
  }

  /** A list of texts, or one comma-separated text (both forms are common in client files). */
  stringList(node: Node | null | undefined, place: YamlPlace): { value: string; node: Node }[] {
    if (isSeq(node)) return this.sequence(node, place).map((item) => ({ value: this.string(item, { ...place, item: true }), node: item }));
    const text = this.string(node, place);
    return [{ value: text, node: node as Node }];
  }
}

/** `place` is where the owner is: a missing key is reported at the owner. */
export function requireKey<T>(yaml: YamlFile, entries: Map<string, T>, owner: Node | null | undefined, key: string, place: YamlPlace): T {
  const entry = entries.get(key);
  if (entry === undefined) yaml.fail(owner, { id: 'missingKey', params: { place, key } });
  return entry;
}

/**
 * The offset of the outermost flow bracket ([ or {) still open at `end`, or -1. Quoted text and
 * comments are skipped; a bracket inside a plain block scalar may mislead it, so it is asked only
 * when the reader already said a flow collection was never closed.
 */
function unclosedFlowAt(text: string, end: number): number {
  const open: number[] = [];
  for (let i = 0; i < Math.min(end, text.length); i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c && text[i] !== '\n'; i++) if (c === '"' && text[i] === '\\') i++;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '[' || c === '{') open.push(i);
    else if ((c === ']' || c === '}') && open.length > 0) open.pop();
  }
  return open[0] ?? -1;
}
