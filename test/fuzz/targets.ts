/**
 * Property-based fuzzing of every parser and reader (issue 10, "Prove it"): random and mutated
 * inputs never throw anything but an InputError (exit 2, never exit 1), end within a time bound,
 * and a secret planted in the input never appears in what is produced or in an error's sentence.
 * `fuzz.test.ts` runs a few cases of each in `npm test`; `run.ts` runs them for minutes (`npm run fuzz`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { analyzeHar } from '../../src/analyzers/har-analysis.js';
import { readHar } from '../../src/analyzers/har-file.js';
import { scanLogFiles } from '../../src/analyzers/log-scan.js';
import { collectAdminConsoleUsers } from '../../src/collectors/admin-console-users.js';
import { collectCampaignPackage } from '../../src/collectors/campaign-package.js';
import { collectWorkspace } from '../../src/collectors/collect.js';
import { collectDeveloperConsoleExport, collectImsClientFile } from '../../src/collectors/ims-client.js';
import { collectServerConf } from '../../src/collectors/server-conf.js';
import { loadSnapshot } from '../../src/collectors/snapshot-file.js';
import { readWorkspaceConfig } from '../../src/collectors/workspace-config.js';
import { runRules } from '../../src/engine/run-rules.js';
import { InputError } from '../../src/inputs/input-error.js';
import { RULES } from '../../src/rules/index.js';
import { ACME, ROOT } from '../support/workspace.js';

/** The secret planted in every seed that has a secret field. */
export const PLANTED = 'p8e-FUZZ-PLANTED-S3CRET-4a7f19c2';

/** One case may take this long (inputs are a few KiB; a hang or a quadratic blow-up takes far more). */
export const CASE_BUDGET_MS = 3000;

export interface Target {
  name: string;
  /** The file name the input is written to (the extension matters to some readers). */
  file: string;
  seeds: () => Promise<Buffer[]>;
  /** Reads the file; returns what it produced (JSON-able), which must not hold the planted secret. */
  read: (file: string) => Promise<unknown>;
  /** JSON inputs: also mutated as values (one value anywhere replaced by any JSON), which keeps them parseable. */
  json?: boolean;
}

const acme = (file: string): Buffer => readFileSync(path.join(ACME, file));
const planted = (file: string, from: string | RegExp, to = PLANTED): Buffer => Buffer.from(acme(file).toString('utf8').replace(from, to));

let snapshotSeed: Buffer | undefined;

export const TARGETS: Target[] = [
  {
    name: 'package XML',
    file: 'prod.xml',
    seeds: async () => [planted('campaign/prod.xml', /@Zk3qWm9vT1lYb2JmR0hRbUlpUkxtc0Z4bEE9PQ==/g), acme('campaign/stage.xml')],
    read: collectCampaignPackage,
  },
  {
    name: 'serverConf',
    file: 'serverConf.xml',
    seeds: async () => [acme('campaign/prod-serverConf.xml'), acme('campaign/stage-serverConf.xml')],
    read: collectServerConf,
  },
  {
    name: 'workspace YAML',
    file: 'ims-doctor.yaml',
    seeds: async () => [acme('ims-doctor.yaml')],
    read: readWorkspaceConfig,
  },
  {
    name: 'IMS client YAML',
    file: 'client.yaml',
    seeds: async () => [
      Buffer.from(`${acme('ims/client.yaml').toString('utf8')}clientSecret: ${PLANTED}\n`),
      Buffer.from(`clientSecret: |\n  ${PLANTED}\nclientId: x\n`),
    ],
    read: collectImsClientFile,
  },
  {
    name: 'console JSON',
    file: 'console.json',
    seeds: async () => [planted('ims/console.json', 'p8e-PROD-U3VwZXJTZWNyZXRQcm9kdWN0aW9uS2V5')],
    read: collectDeveloperConsoleExport,
    json: true,
  },
  {
    name: 'Admin Console CSV',
    file: 'users.csv',
    seeds: async () => [acme('admin-console/users.csv')],
    read: async (file) => {
      const plane = await collectAdminConsoleUsers(file);
      return { users: plane.users.length, profiles: plane.profiles.map((profile) => profile.name) };
    },
  },
  {
    name: 'HAR',
    file: 'login.har',
    json: true,
    seeds: async () => [
      readFileSync(path.join(ROOT, 'test/fixtures/har/no-matching-right.har')),
      Buffer.from(
        '{"log":{"entries":[{"request":{"url":"https://ims-na1.adobelogin.com/ims/authorize/v2?client_id=a&redirect_uri=https%3A%2F%2Fx"},"response":{"status":302,"headers":[{"name":"Location","value":"https://x/?code=1"}]}}]}}',
      ),
    ],
    read: async (file) => {
      const har = readHar(file);
      const analysis = analyzeHar(file, har, 'en');
      return { verdict: (analysis as { verdict?: unknown }).verdict ?? null };
    },
  },
  {
    name: 'logs',
    file: 'logins.log',
    seeds: async () => [readFileSync(path.join(ROOT, 'test/fixtures/logs/logins.log')), readFileSync(path.join(ROOT, 'test/fixtures/logs/web.log'))],
    read: async (file) => {
      const scan = await scanLogFiles([file]);
      if (scan.problems.length > 0) throw new InputError(scan.problems[0]!.file, scan.problems[0]!.problem as never);
      return { hits: scan.hits, users: scan.users.map((user) => user.user) };
    },
  },
  {
    name: 'snapshot',
    file: 'snapshot.json',
    json: true,
    seeds: async () => {
      snapshotSeed ??= Buffer.from(JSON.stringify(await collectWorkspace(ACME), null, 2));
      return [snapshotSeed];
    },
    read: async (file) => {
      const snapshot = await loadSnapshot(file);
      // A snapshot that loads must be one the rules can run on.
      const result = runRules(snapshot, RULES, { lang: 'en' });
      return { findings: result.findings.length };
    },
  },
];

/** Bytes that break parsers: delimiters, quotes, brackets, escapes, invalid UTF-8, NUL, deep openers. */
const NASTY = [
  '"',
  "'",
  '<',
  '>',
  '&',
  '[',
  '{',
  ']',
  '}',
  ',',
  ';',
  ':',
  '!',
  '*',
  '&amp;',
  '<!ENTITY',
  '\n',
  '\r\n',
  '\\',
  '\u0000',
  '\u00a0',
  '\uFEFF',
  '\xff',
  '- ',
  '? ',
  '|',
  '0012345',
  '[[[[[[[[',
  '<a><a><a>',
  '"""',
  '=',
  '@',
  '\t',
];

type Edit =
  | { op: 'delete'; at: number; length: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'duplicate'; at: number; length: number; to: number }
  | { op: 'truncate'; at: number }
  | { op: 'byte'; at: number; value: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 16 }), fc.string({ unit: 'binary', maxLength: 8 })),
  }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 256 }), to: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('byte' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
);

function applyEdits(seed: Buffer, edits: readonly Edit[]): Buffer {
  let bytes = seed;
  for (const e of edits) {
    const at = bytes.length === 0 ? 0 : e.at % (bytes.length + 1);
    switch (e.op) {
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + e.length)]);
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.text, e.text.includes('\xff') ? 'latin1' : 'utf8'), bytes.subarray(at)]);
        break;
      case 'duplicate': {
        const to = e.to % (bytes.length + 1);
        bytes = Buffer.concat([bytes.subarray(0, to), bytes.subarray(at, at + e.length), bytes.subarray(to)]);
        break;
      }
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
      case 'byte':
        if (at < bytes.length) {
          bytes = Buffer.from(bytes);
          bytes[at] = e.value;
        }
        break;
    }
  }
  return bytes;
}

/** Every place of a JSON value (object keys and array indexes), up to a few thousand. */
function placesOf(value: unknown, limit = 5000): (string | number)[][] {
  const places: (string | number)[][] = [];
  const walk = (node: unknown, at: (string | number)[]): void => {
    if (places.length >= limit || node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      const place = [...at, Array.isArray(node) ? Number(key) : key];
      places.push(place);
      walk(child, place);
    }
  };
  walk(value, []);
  return places;
}

function replaced(seed: unknown, place: (string | number)[], value: unknown): Buffer {
  const copy = structuredClone(seed) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of place.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[place.at(-1)!] = value;
  return Buffer.from(JSON.stringify(copy, null, 1));
}

/** Inputs for a target: mostly mutations of its seeds, some random text; JSON seeds also mutated value by value. */
export function inputs(seeds: Buffer[], json = false): fc.Arbitrary<Buffer> {
  const parsed = json ? seeds.map((seed) => JSON.parse(seed.toString('utf8')) as unknown) : [];
  const places = parsed.map((value) => placesOf(value));
  const values = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom<unknown>(null, '', 0, -1, 1e308, [], {}, 'x', true, [[]], { value: 1 }));
  const valueEdits = json
    ? [
        {
          weight: 6,
          arbitrary: fc
            .tuple(fc.nat({ max: seeds.length - 1 }), fc.nat(), values)
            .map(([i, at, value]) => replaced(parsed[i], places[i]![at % places[i]!.length]!, value)),
        },
      ]
    : [];
  return fc.oneof(
    ...valueEdits,
    {
      weight: 8,
      arbitrary: fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 })).map(([i, edits]) => applyEdits(seeds[i]!, edits)),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }).map((text) => Buffer.from(text)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)) },
  );
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * One case: write, read, judge. Throws (failing the property) on anything but an InputError, on
 * a case over budget, or on the planted secret in an error sentence or (when the input holds it
 * once, under its key) in what was read.
 */
export async function runCase(target: Target, dir: string, input: Buffer): Promise<'read' | 'refused'> {
  const file = path.join(dir, target.file);
  writeFileSync(file, input);
  const started = performance.now();
  let outcome: 'read' | 'refused';
  try {
    const produced = await target.read(file);
    const text = JSON.stringify(produced) ?? '';
    const source = input.toString('utf8');
    if (occurrences(source, PLANTED) === 1 && /(clientSecret|client_secret)\W{0,8}p8e-FUZZ/.test(source) && text.includes(PLANTED)) {
      throw new Error(`${target.name}: the planted secret is in what was read`);
    }
    outcome = 'read';
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const lang of ['en', 'ko'] as const) {
      const sentence = error.text(lang);
      if (sentence.includes(PLANTED)) throw new Error(`${target.name}: the planted secret is in the sentence: ${sentence}`, { cause: error });
      if (/\[object Object\]|\bNaN\b|[:(]\s*undefined\b|\bundefined[.)]/.test(sentence))
        throw new Error(`${target.name}: a broken sentence: ${sentence}`, { cause: error });
    }
    outcome = 'refused';
  }
  const took = performance.now() - started;
  if (took > CASE_BUDGET_MS) throw new Error(`${target.name}: one case took ${Math.round(took)} ms (budget ${CASE_BUDGET_MS} ms)`);
  return outcome;
}

export function scratch(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ims-doctor-fuzz-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
