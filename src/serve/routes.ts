import { mkdtemp, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { candidateRules } from '../analyzers/causes.js';
import { explainLogin } from '../analyzers/explain.js';
import { analyzeHar } from '../analyzers/har-analysis.js';
import { readHar } from '../analyzers/har-file.js';
import { HarSanitizer } from '../analyzers/har-sanitize.js';
import { matchSymptoms, triage } from '../analyzers/triage.js';
import { loadSnapshot } from '../collectors/snapshot-file.js';
import { diffSnapshots } from '../diff/diff.js';
import { diffText } from '../diff/render.js';
import { symptomById } from '../domain/symptoms.js';
import { runRules } from '../engine/run-rules.js';
import { fixOutputs } from '../fix/outputs.js';
import { planFixes } from '../fix/plan.js';
import { describeChange, howTo, whatIfText } from '../fix/render.js';
import { parseWhatIf, whatIf, whatIfChange } from '../fix/what-if.js';
import { formatFor, render } from '../i18n/catalogue.js';
import { dxText } from '../i18n/diagnose.js';
import { FIX } from '../i18n/fix.js';
import type { Lang } from '../i18n/lang.js';
import { pageTexts, serveText } from '../i18n/serve.js';
import { uiText } from '../i18n/ui.js';
import { InputError } from '../inputs/input-error.js';
import { instanceContext } from '../model/instance-context.js';
import { findingCard } from '../reporters/html.js';
import { STATUS_KEY } from '../reporters/shared.js';
import { RULES } from '../rules/index.js';
import { STATUSES } from '../model/finding.js';
import { refuse } from './guard.js';
import { langOfRequest } from './lang.js';
import type { WorkspaceState } from './workspace-state.js';
import { accessCsv } from './downloads.js';

/** HAR files listed from the workspace: a bounded walk, so a huge tree cannot stall the page. */
const MAX_LISTED = 200;
const MAX_DEPTH = 4;

export interface RouteContext {
  state: WorkspaceState;
  /** Every JSON or text body passes through it: a secret read live never leaves the server. */
  redact: (text: string) => string;
}

/**
 * The JSON API over the engine. Each route calls the functions the CLI commands call (collect, run
 * the rules, explain, triage, analyse a HAR, plan, what-if, diff) and returns their data with the
 * sentences the catalogues made; the page only lays them out.
 */
export function addRoutes(app: Hono, { state, redact }: RouteContext): void {
  const json = (c: Context, data: unknown, status: 200 | 400 | 404 = 200): Response =>
    c.body(redact(JSON.stringify(data)), status, { 'content-type': 'application/json; charset=utf-8' });
  const download = (c: Context, name: string, type: string, content: string | Buffer): Response =>
    c.body(typeof content === 'string' ? redact(content) : new Uint8Array(Buffer.from(redact(content.toString('latin1')), 'latin1')), 200, {
      'content-type': type,
      'content-disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`,
    });
  const inputError = (c: Context, error: unknown, lang: Lang): Response => {
    if (error instanceof InputError) return json(c, { error: error.text(lang) }, 400);
    throw error;
  };
  const loaded = (c: Context): NonNullable<WorkspaceState['current']> | Response =>
    state.current ?? json(c, { error: state.progress.error?.[langOfRequest(c)] ?? serveText(langOfRequest(c), { id: 'noWorkspace' }) }, 400);

  app.get('/api/texts', (c) => {
    const lang = langOfRequest(c);
    const status = Object.fromEntries(STATUSES.map((s) => [s, uiText(lang, { id: STATUS_KEY[s] })]));
    // The labels explain's terminal walk puts before a fix and a warning's reason: the same words on the page.
    const labels = { explainFixLabel: dxText(lang, { id: 'explainFixLabel' }), explainWhyWarnLabel: dxText(lang, { id: 'explainWhyWarnLabel' }) };
    return json(c, { lang, texts: { ...pageTexts(lang), ...labels }, status });
  });

  app.get('/api/state', (c) => {
    const lang = langOfRequest(c);
    const result = state.result(lang);
    const progress = state.progress;
    const base = {
      lang,
      progress,
      probeAllowed: state.probeAllowed,
      updated: progress.at
        ? serveText(lang, { id: 'updatedAt', params: { time: new Date(progress.at).toLocaleTimeString(lang), version: progress.version } })
        : null,
      error: progress.error?.[lang] ?? null,
    };
    if (!result) return json(c, { ...base, result: null });
    const rules = RULES.map((rule) => ({
      id: rule.id,
      title: result.findings.find((finding) => finding.rule === rule.id)?.title ?? rule.id,
      scope: rule.scope,
    }));
    const cards = result.findings.map((finding, at) => findingCard(finding, lang, `finding-${at + 1}`));
    return json(c, {
      ...base,
      workspace: result.workspace,
      summaryLine: uiText(lang, { id: 'summaryLine', params: { ...result.summary } }),
      rules,
      result,
      cards,
    });
  });

  app.post('/api/run', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { probe?: unknown };
    void state.run({ probe: body.probe === true }).catch(() => undefined);
    return json(c, { started: true, probe: body.probe === true && state.probeAllowed });
  });

  app.get('/api/progress', (c) => json(c, state.progress));

  // Server-sent events: the progress of a run, and each new reading (a change on disk included).
  app.get('/api/events', (c) =>
    streamSSE(c, async (stream) => {
      let closed = false;
      const off = state.onProgress((progress) => void stream.writeSSE({ event: 'progress', data: redact(JSON.stringify(progress)) }).catch(() => undefined));
      stream.onAbort(() => {
        closed = true;
        off();
      });
      await stream.writeSSE({ event: 'progress', data: redact(JSON.stringify(state.progress)) });
      while (!closed) await stream.sleep(15_000).then(() => (closed ? undefined : stream.writeSSE({ event: 'ping', data: '' })));
    }),
  );

  app.get('/api/people', (c) => {
    const current = loaded(c);
    if (current instanceof Response) return current;
    if (!current.people) return json(c, { error: serveText(langOfRequest(c), { id: 'noExport' }), suggestions: [] });
    return json(c, { suggestions: current.people.suggest(c.req.query('q') ?? '') });
  });

  app.get('/api/explain', (c) => {
    const lang = langOfRequest(c);
    const who = (c.req.query('who') ?? '').trim();
    if (who === '') return json(c, { error: serveText(lang, { id: 'badRequest', params: { what: 'who' } }) }, 400);
    const current = loaded(c);
    if (current instanceof Response) return current;
    const { snapshot, people } = current;
    // The index hands explain the person's rows only; a person not found gets the whole export, for its near misses.
    let view = snapshot;
    if (people && snapshot.adminConsole.state === 'ok') {
      const rows = people.find(who);
      if (rows.length > 0) view = { ...snapshot, adminConsole: { state: 'ok', data: { ...snapshot.adminConsole.data, users: rows } } };
    }
    return json(c, explainLogin(who, view, lang));
  });

  app.post('/api/triage', async (c) => {
    const lang = langOfRequest(c);
    const body = (await c.req.json().catch(() => ({}))) as { text?: unknown };
    const text = typeof body.text === 'string' ? body.text : '';
    if (text.trim() === '') return json(c, { error: serveText(lang, { id: 'badRequest', params: { what: 'text' } }) }, 400);
    const current = state.current;
    const symptoms = matchSymptoms(text).map((match) => symptomById(match.id)!);
    const rules = candidateRules(symptoms);
    const result = current ? runRules(current.snapshot, rules.length > 0 ? RULES : [], { lang, only: rules }) : undefined;
    return json(c, triage(text, lang, result));
  });

  /** A HAR uploaded as the request body, read by the CLI's reader from a private temporary file. */
  const withUpload = async <T>(c: Context, name: string, use: (file: string) => Promise<T> | T): Promise<T> => {
    const folder = await mkdtemp(path.join(tmpdir(), 'ims-doctor-serve-'));
    try {
      const file = path.join(folder, path.basename(name) || 'upload');
      await writeFile(file, new Uint8Array(await c.req.arrayBuffer()), { mode: 0o600 });
      return await use(file);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
  const compareWith = () => {
    const current = state.current;
    if (!current) return undefined;
    const { snapshot, config } = current;
    return { workspace: config.file, contexts: snapshot.instances.map((instance) => instanceContext(snapshot, instance)) };
  };
  const uploadName = (c: Context): string => path.basename(c.req.query('name') ?? 'recording.har').replace(/[^\w.\- ]/g, '_') || 'recording.har';

  app.post('/api/har', async (c) => {
    const lang = langOfRequest(c);
    const name = uploadName(c);
    try {
      return json(c, await withUpload(c, name, (file) => analyzeHar(name, readHar(file), lang, compareWith())));
    } catch (error) {
      return inputError(c, error, lang);
    }
  });

  app.post('/api/har/sanitize', async (c) => {
    const lang = langOfRequest(c);
    const name = uploadName(c);
    try {
      const { text, sanitizer } = await withUpload(c, name, (file) => {
        const har = readHar(file);
        const sanitizer = new HarSanitizer();
        sanitizer.sanitize(har);
        return { text: JSON.stringify(har, null, 2) + '\n', sanitizer };
      });
      c.header(
        'x-ims-doctor-sanitized',
        encodeURIComponent(serveText(lang, { id: 'sanitized', params: { values: sanitizer.values, replaced: sanitizer.replaced } })),
      );
      return download(c, name.replace(/\.har$/i, '') + '.safe.har', 'application/json', text);
    } catch (error) {
      return inputError(c, error, lang);
    }
  });

  app.get('/api/har/workspace', async (c) => {
    const folder = state.folder;
    return json(c, { files: folder ? await harFilesUnder(folder) : [] });
  });

  app.post('/api/har/workspace', async (c) => {
    const lang = langOfRequest(c);
    const body = (await c.req.json().catch(() => ({}))) as { file?: unknown };
    const asked = typeof body.file === 'string' ? body.file : '';
    const file = await insideWorkspace(state.folder, asked);
    if (file === null || !/\.har$/i.test(file)) return refuse(c, 404, { id: 'refusedPath', params: { file: asked } });
    try {
      return json(c, analyzeHar(asked, readHar(file), lang, compareWith()));
    } catch (error) {
      return inputError(c, error, lang);
    }
  });

  const planOf = (lang: Lang) => {
    const current = state.current!;
    return { current, plan: planFixes(current.snapshot, state.result(lang)!, {}) };
  };

  app.get('/api/fix', (c) => {
    const lang = langOfRequest(c);
    const current = loaded(c);
    if (current instanceof Response) return current;
    const { plan } = planOf(lang);
    const f = formatFor(lang);
    const say = (ref: Parameters<typeof f.say<typeof FIX>>[1]): string => f.say(FIX, ref);
    return json(c, {
      plan,
      changes: plan.changes.map((change) => ({
        id: change.id,
        order: change.order,
        instance: change.instance,
        applyWith: change.applyWith,
        text: describeChange(change, f),
        how: howTo(change, f),
        values: change.to,
      })),
      access: plan.access.map((item) => say({ id: 'mdAccessItem', params: item })),
      unaddressed: plan.unaddressed.map((item) => `${say({ id: 'mdUnaddressedItem', params: item })}: ${say(item.reason)}`),
      rejections: plan.rejections.map((rejection) => say(rejection.reason)),
      downloads: downloadsOf(current.snapshot.instances.map((instance) => instance.name)),
      instances: current.snapshot.instances.map((instance) => instance.name),
    });
  });

  app.post('/api/whatif', async (c) => {
    const lang = langOfRequest(c);
    const current = loaded(c);
    if (current instanceof Response) return current;
    const body = (await c.req.json().catch(() => ({}))) as { text?: unknown };
    const names = current.snapshot.instances.map((instance) => instance.name);
    const parsed = parseWhatIf(typeof body.text === 'string' ? body.text : '', names);
    if (!parsed.ok) return json(c, { error: render(FIX, parsed.error, lang) }, 400);
    const change = whatIfChange(current.snapshot, parsed.value);
    if (!change.ok) return json(c, { error: render(FIX, change.error, lang) }, 400);
    const result = whatIf(current.snapshot, state.result('en')!, [change.value]);
    return json(c, { result, text: whatIfText(result, lang) });
  });

  app.get('/api/fix/file', async (c) => {
    const lang = langOfRequest(c);
    const current = loaded(c);
    if (current instanceof Response) return current;
    const asked = c.req.query('path') ?? '';
    const { plan } = planOf(lang);
    if (asked === 'access.csv') return download(c, 'access.csv', 'text/csv; charset=utf-8', accessCsv(plan.access));
    // Only the files `fix --output-dir` writes, by their names there; nothing is read from a path the request gives.
    const files = await fixOutputs(plan, current.snapshot, { lang });
    const file = files.find((candidate) => candidate.path === asked);
    if (!file) return refuse(c, 404, { id: 'notFound' });
    const type = file.path.endsWith('.md') ? 'text/markdown; charset=utf-8' : file.path.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return download(c, file.path.replace(/\//g, '-'), type, typeof file.content === 'string' ? file.content : Buffer.from(file.content));
  });

  app.get('/api/snapshot', (c) => {
    const current = loaded(c);
    if (current instanceof Response) return current;
    return download(c, 'snapshot.json', 'application/json', JSON.stringify(current.snapshot, null, 2) + '\n');
  });

  app.post('/api/diff', async (c) => {
    const lang = langOfRequest(c);
    const form = await c.req.parseBody();
    const a = form.a;
    const b = form.b;
    if (!(a instanceof File) || !(b instanceof File)) return json(c, { error: serveText(lang, { id: 'badRequest', params: { what: 'a, b' } }) }, 400);
    const folder = await mkdtemp(path.join(tmpdir(), 'ims-doctor-serve-'));
    try {
      const read = async (file: File, side: string) => {
        const where = path.join(folder, `${side}-${path.basename(file.name).replace(/[^\w.-]/g, '_') || 'snapshot.json'}`);
        await writeFile(where, new Uint8Array(await file.arrayBuffer()), { mode: 0o600 });
        return loadSnapshot(where);
      };
      const before = await read(a, 'a');
      const after = await read(b, 'b');
      const check = (snapshot: typeof before) => runRules(snapshot, RULES, { lang });
      const diff = diffSnapshots(before, after, { a: check(before), b: check(after) });
      return json(c, { diff, text: diffText(diff, lang).replaceAll(folder + path.sep, '') });
    } catch (error) {
      return inputError(c, error, lang);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
}

/** The files the page offers to download, as `fix --output-dir` names them. */
function downloadsOf(instances: string[]): string[] {
  return [
    'plan.md',
    'plan.json',
    'access.csv',
    ...instances.flatMap((name) => [`campaign/${name}.xml`, `server-conf/${name}.patch`, `server-conf/${name}.xml`]),
  ];
}

/** The real path of `relative` when it lies inside the workspace folder (links resolved), else null. */
export async function insideWorkspace(folder: string | null, relative: string): Promise<string | null> {
  if (folder === null || relative === '' || relative.includes('\0') || path.isAbsolute(relative)) return null;
  try {
    const root = await realpath(folder);
    const real = await realpath(path.resolve(root, relative));
    return real.startsWith(root + path.sep) ? real : null;
  } catch {
    return null;
  }
}

async function harFilesUnder(folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || found.length >= MAX_LISTED) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((x, y) => x.name.localeCompare(y.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, depth + 1);
      else if (entry.isFile() && /\.har$/i.test(entry.name) && found.length < MAX_LISTED) found.push(path.relative(folder, full).split(path.sep).join('/'));
    }
  };
  await walk(folder, 0);
  return found;
}
