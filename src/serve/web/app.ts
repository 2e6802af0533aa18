/**
 * The page of `ims-doctor serve`: lays out what the server's API returns (the engine's data and the
 * catalogues' sentences) and decides nothing itself. Bundled by esbuild into dist/web/app.js and
 * served by the server itself (no CDN, no inline script: the CSP allows none).
 */

type Lang = 'en' | 'ko';
type Texts = Record<string, string>;
type Json = Record<string, unknown>;

interface FindingData {
  rule: string;
  instance: string | null;
  status: string;
  suppressed?: unknown;
}

const root = document.getElementById('app')!;
let lang: Lang =
  (localStorage.getItem('ims-doctor-lang') as Lang | null) ?? (navigator.language.toLowerCase().startsWith('ko') ? 'ko' : (root.dataset.lang as Lang) || 'en');
let t: Texts = {};
let statusLabel: Texts = {};
let tab = location.hash.slice(1) || 'overview';
let version = -1;

/** An element with attributes and children; text is always text (never parsed as markup). */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined) element.append(child);
  return element;
}

function badge(status: string): HTMLElement {
  return h('span', { class: `badge ${status}` }, statusLabel[status] ?? status);
}

async function api<T = Json>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`, { credentials: 'same-origin', ...init });
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok || (body.error && !('suggestions' in body))) throw new Error(body.error ?? String(response.status));
  return body;
}

function errorBox(error: unknown): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error));
}

/** Copy buttons of the report's cards (hidden until a script can run them). */
function enableCopy(scope: HTMLElement): void {
  for (const button of Array.from(scope.querySelectorAll<HTMLButtonElement>('button.copy'))) {
    button.hidden = false;
    button.textContent = t.pageCopy ?? button.textContent;
    button.addEventListener('click', () => {
      let code = button.previousElementSibling;
      while (code && code.tagName !== 'CODE') code = code.previousElementSibling;
      if (!code) return;
      void navigator.clipboard?.writeText(code.textContent ?? '').then(() => {
        button.textContent = t.pageCopied ?? '';
        setTimeout(() => (button.textContent = t.pageCopy ?? ''), 1500);
      });
    });
  }
}

/** A value to type, with its own Copy button. */
function copyable(value: string): HTMLElement {
  const code = h('code', { class: 'exact' }, value);
  const button = h('button', { type: 'button', class: 'copy' }, t.pageCopy ?? 'Copy');
  button.addEventListener('click', () => void navigator.clipboard?.writeText(value).then(() => (button.textContent = t.pageCopied ?? '')));
  return h('span', { class: 'paste' }, '"', code, '"', button);
}

// ---- Shell ----

const TABS = ['overview', 'explain', 'triage', 'har', 'fix', 'diff'] as const;
const TAB_TEXT: Record<(typeof TABS)[number], string> = {
  overview: 'pageOverview',
  explain: 'pageExplain',
  triage: 'pageTriage',
  har: 'pageHar',
  fix: 'pageFix',
  diff: 'pageDiff',
};

const statusLine = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite', id: 'status' });
const main = h('main', { id: 'main', tabindex: '-1' });
const heading = h('h1', {}, 'ims-doctor');
const summary = h('p', { class: 'totals', id: 'summary-line' });

async function loadTexts(): Promise<void> {
  const body = await api<{ texts: Texts; status: Texts }>('/api/texts');
  t = body.texts;
  statusLabel = body.status;
  document.documentElement.lang = lang;
}

function shell(): void {
  const select = h(
    'select',
    { id: 'lang' },
    h('option', { value: 'en', selected: lang === 'en' }, 'English'),
    h('option', { value: 'ko', selected: lang === 'ko' }, '한국어'),
  );
  select.addEventListener('change', () => {
    lang = select.value as Lang;
    localStorage.setItem('ims-doctor-lang', lang);
    void start();
  });
  const rerun = h('button', { type: 'button', class: 'act light', id: 'rerun' }, t.pageRerun ?? '');
  rerun.addEventListener('click', () => void api('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
  const probe = h('button', { type: 'button', class: 'act light', id: 'rerun-probe', hidden: true }, t.pageRerunProbe ?? '');
  probe.addEventListener('click', () => void api('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"probe":true}' }));
  const nav = h('nav', { class: 'tabs', 'aria-label': t.pageNav ?? '' });
  for (const id of TABS) {
    const button = h('button', { type: 'button', id: `tab-${id}`, 'aria-current': tab === id ? 'page' : undefined }, t[TAB_TEXT[id]] ?? id);
    button.addEventListener('click', () => {
      location.hash = id;
    });
    nav.append(button);
  }
  root.replaceChildren(
    h('a', { class: 'skip-link', href: '#main' }, t.pageSkip ?? ''),
    h(
      'header',
      { class: 'top' },
      h('div', { class: 'bar' }, heading, h('div', { class: 'tools' }, h('label', { for: 'lang' }, t.pageLanguage ?? ''), select, rerun, probe)),
      summary,
      statusLine,
    ),
    nav,
    main,
  );
}

function show(): void {
  for (const id of TABS) {
    const button = document.getElementById(`tab-${id}`);
    if (id === tab) button?.setAttribute('aria-current', 'page');
    else button?.removeAttribute('aria-current');
  }
  const view = VIEWS[tab as (typeof TABS)[number]] ?? VIEWS.overview;
  main.replaceChildren();
  void view(main);
}

window.addEventListener('hashchange', () => {
  tab = location.hash.slice(1) || 'overview';
  show();
});

// ---- Overview ----

interface StateBody {
  progress: { version: number; phase: string };
  probeAllowed: boolean;
  updated: string | null;
  error: string | null;
  workspace?: string;
  summaryLine?: string;
  rules?: { id: string; title: string; scope: string }[];
  result: { findings: FindingData[]; instances: { name: string; role: string }[]; problems: { message: string; file: string }[] } | null;
  cards?: string[];
}

const filters = { status: 'all', instance: 'all' };

async function overview(into: HTMLElement): Promise<void> {
  const body = await api<StateBody>('/api/state');
  version = body.progress.version;
  document.getElementById('rerun-probe')!.hidden = !body.probeAllowed;
  heading.textContent = body.workspace ? `ims-doctor — ${body.workspace}` : 'ims-doctor';
  document.title = heading.textContent;
  summary.textContent = body.summaryLine ?? '';
  statusLine.textContent = body.updated ?? '';
  if (!body.result) {
    into.append(h('p', { class: 'error', role: 'alert' }, body.error ?? ''));
    return;
  }
  const result = body.result;
  const rows: { key: string; label: string; instance: string | null }[] = [
    ...result.instances.map((instance) => ({ key: `i:${instance.name}`, label: `${instance.name} (${instance.role})`, instance: instance.name })),
    { key: 'w', label: t.pageAllInstances ?? '', instance: null },
  ];
  const rules = (body.rules ?? []).filter((rule) => result.findings.some((finding) => finding.rule === rule.id));

  const statusSelect = h('select', { id: 'filter-status' }, h('option', { value: 'all' }, t.pageAll ?? ''));
  for (const status of ['error', 'fail', 'warn', 'pass', 'skip'])
    statusSelect.append(h('option', { value: status, selected: filters.status === status }, statusLabel[status] ?? status));
  const instanceSelect = h('select', { id: 'filter-instance' }, h('option', { value: 'all' }, t.pageAll ?? ''));
  for (const row of rows) instanceSelect.append(h('option', { value: row.key, selected: filters.instance === row.key }, row.label));
  const filterForm = h(
    'form',
    { class: 'filters', 'aria-label': t.pageGrid ?? '' },
    h('label', {}, t.pageFilterStatus ?? '', statusSelect),
    h('label', {}, t.pageFilterInstance ?? '', instanceSelect),
  );
  filterForm.addEventListener('submit', (event) => event.preventDefault());

  const detail = h(
    'section',
    { id: 'detail', 'aria-labelledby': 'detail-h' },
    h('h2', { id: 'detail-h' }, t.pageDetail ?? ''),
    h('p', { class: 'note' }, t.pagePickCell ?? ''),
  );
  const table = h('table', { class: 'grid summary', id: 'grid' });
  const draw = (): void => {
    const head = h('tr', {}, h('th', { scope: 'col' }, t.pageInstanceColumn ?? ''));
    for (const rule of rules) head.append(h('th', { scope: 'col', class: 'rulecol', title: rule.title }, rule.id));
    const tbody = h('tbody');
    for (const row of rows) {
      if (filters.instance !== 'all' && filters.instance !== row.key) continue;
      const tr = h('tr', { 'data-instance': row.key }, h('th', { scope: 'row' }, row.label));
      for (const rule of rules) {
        const here = result.findings
          .map((finding, index) => ({ finding, index }))
          .filter(({ finding }) => finding.rule === rule.id && finding.instance === row.instance);
        const counted = here.filter(({ finding }) => !finding.suppressed);
        const worst = ['error', 'fail', 'warn', 'pass', 'skip'].find((status) => counted.some(({ finding }) => finding.status === status));
        if (here.length === 0 || (filters.status !== 'all' && worst !== filters.status)) {
          tr.append(h('td', {}, ''));
          continue;
        }
        const shown = worst ?? 'skip';
        const button = h(
          'button',
          {
            type: 'button',
            class: 'cell',
            'aria-pressed': 'false',
            'data-rule': rule.id,
            'data-instance': row.key,
            'aria-label': `${rule.id} — ${row.label}: ${statusLabel[shown]}`,
          },
          badge(shown),
        );
        button.addEventListener('click', () => {
          for (const other of Array.from(table.querySelectorAll('button.cell'))) other.setAttribute('aria-pressed', 'false');
          button.setAttribute('aria-pressed', 'true');
          const cards = h('div', { class: 'cards' });
          // The report's own cards, escaped by the reporter on the server.
          cards.innerHTML = here.map(({ index }) => body.cards![index]!).join('\n');
          for (const details of Array.from(cards.querySelectorAll('details'))) details.open = true;
          enableCopy(cards);
          detail.replaceChildren(h('h2', { id: 'detail-h', tabindex: '-1' }, `${rule.title} — ${row.label}`), cards);
          (detail.firstElementChild as HTMLElement).focus();
        });
        tr.append(h('td', {}, button));
      }
      tbody.append(tr);
    }
    table.replaceChildren(h('caption', {}, t.pageGrid ?? ''), h('thead', {}, head), tbody);
  };
  statusSelect.addEventListener('change', () => {
    filters.status = statusSelect.value;
    draw();
  });
  instanceSelect.addEventListener('change', () => {
    filters.instance = instanceSelect.value;
    draw();
  });
  draw();
  const problems = result.problems.length ? h('ul', { class: 'problems' }, ...result.problems.map((problem) => h('li', {}, problem.message))) : null;
  into.append(h('h2', {}, t.pageOverview ?? ''), filterForm, h('div', { class: 'scroll' }, table), problems ?? '', detail);
}

// ---- Explain ----

interface Suggestion {
  email: string;
  username: string;
  name: string;
}

function explain(into: HTMLElement): Promise<void> {
  const input = h('input', {
    type: 'search',
    id: 'who',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'who-list',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = h('ul', { id: 'who-list', role: 'listbox', 'aria-label': t.pageSuggestions ?? '', hidden: true });
  const out = h('div', { id: 'explain-out', 'aria-live': 'polite' });
  let options: Suggestion[] = [];
  let active = -1;
  let asked = 0;
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const mark = (): void => {
    Array.from(list.children).forEach((item, index) => item.setAttribute('aria-selected', String(index === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', `who-${active}`);
  };
  const pick = (suggestion: Suggestion): void => {
    input.value = suggestion.email || suggestion.username;
    close();
    void run();
  };
  input.addEventListener('input', () => {
    const mine = ++asked;
    const q = input.value;
    if (q.trim() === '') return close();
    void api<{ suggestions: Suggestion[] }>(`/api/people?q=${encodeURIComponent(q)}`).then((body) => {
      if (mine !== asked) return;
      options = body.suggestions;
      list.replaceChildren(
        ...(options.length
          ? options.map((option, index) => {
              const item = h(
                'li',
                { id: `who-${index}`, role: 'option', 'aria-selected': 'false' },
                option.email || option.username,
                option.name ? h('span', { class: 'sub' }, option.name) : null,
              );
              item.addEventListener('mousedown', (event) => {
                event.preventDefault();
                pick(option);
              });
              return item;
            })
          : [h('li', { role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, t.pageNoSuggestion ?? '')]),
      );
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
    });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden || options.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length;
      mark();
    } else if (event.key === 'Escape') close();
    else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
      event.preventDefault();
      pick(options[active]!);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  const run = async (): Promise<void> => {
    close();
    out.replaceChildren(h('p', { class: 'note' }, t.pageWorking ?? ''));
    try {
      out.replaceChildren(renderExplain(await api(`/api/explain?who=${encodeURIComponent(input.value)}`)));
    } catch (error) {
      out.replaceChildren(errorBox(error));
    }
  };
  const form = h(
    'form',
    { role: 'search', class: 'row' },
    h('div', { class: 'combo' }, h('label', { for: 'who' }, t.pageWho ?? ''), input, list),
    h('button', { type: 'submit', class: 'act' }, t.pageExplainButton ?? ''),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  into.append(h('h2', {}, t.pageExplain ?? ''), form, out);
  input.focus();
  return Promise.resolve();
}

function step(title: string, status: string, message: string, ...more: (Node | null)[]): HTMLElement {
  return h('li', { class: `finding ${status}` }, h('h3', {}, badge(status), ' ', title), h('p', {}, message), ...more);
}

interface WalkStep {
  status: string;
  message: string;
  whyWarn?: string | null;
}

/** A step of the walk as `explain` prints it: a warning says why it is one (and not a failure). */
function walkStep(title: string, item: WalkStep, ...more: (Node | null)[]): HTMLElement {
  const why = item.status === 'warn' && item.whyWarn ? h('p', { class: 'why-warn' }, h('strong', {}, `${t.explainWhyWarnLabel ?? ''} `), item.whyWarn) : null;
  return step(title, item.status, item.message, why, ...more);
}

function renderExplain(result: Json): HTMLElement {
  const person = result.person as WalkStep;
  const memberships = result.memberships as WalkStep;
  const summaryStep = result.summary as WalkStep;
  const steps = h('ol', { class: 'steps', id: 'explain-steps' }, walkStep(t.pageStepPerson ?? '', person));
  if (memberships.message) steps.append(walkStep(t.pageStepProfiles ?? '', memberships));
  for (const instance of result.instances as Json[]) {
    const prerequisites = instance.prerequisites as WalkStep;
    const mask = instance.mask as { value: string } | null;
    const profiles = instance.profiles as WalkStep[];
    const outcome = instance.outcome as WalkStep & { shown: Record<Lang, string> | null; fix: string | null };
    const block = h(
      'li',
      { class: 'instance' },
      h('h3', {}, `${String(instance.name)} (${String(instance.role)})`),
      h(
        'ol',
        { class: 'steps' },
        walkStep(t.pageStepPrerequisites ?? '', prerequisites),
        mask ? h('li', {}, h('strong', {}, `${t.pageStepMask ?? ''}: `), copyable(mask.value)) : null,
        ...profiles.map((profile) => walkStep(t.pageStepProfiles ?? '', profile)),
        walkStep(
          t.pageStepOutcome ?? '',
          outcome,
          outcome.shown ? h('p', {}, h('strong', {}, `${t.pageShown ?? ''}: `), h('q', {}, outcome.shown.en)) : null,
          // What to change for this person here, as `explain` says it.
          outcome.fix ? h('p', { class: 'fix' }, h('strong', {}, `${t.explainFixLabel ?? ''} `), outcome.fix) : null,
        ),
      ),
    );
    steps.append(block);
  }
  return h('div', {}, h('p', { class: 'message', id: 'explain-summary' }, badge(summaryStep.status), ' ', summaryStep.message), steps);
}

// ---- Triage ----

function triageView(into: HTMLElement): Promise<void> {
  const text = h('textarea', { id: 'triage-text' });
  const out = h('div', { id: 'triage-out', 'aria-live': 'polite' });
  const form = h(
    'form',
    {},
    h('label', { for: 'triage-text' }, t.pageTriageLabel ?? ''),
    h('br'),
    text,
    h('br'),
    h('button', { type: 'submit', class: 'act' }, t.pageTriageButton ?? ''),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    out.replaceChildren(h('p', { class: 'note' }, t.pageWorking ?? ''));
    api('/api/triage', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: text.value }) }).then(
      (result) => out.replaceChildren(renderTriage(result)),
      (error) => out.replaceChildren(errorBox(error)),
    );
  });
  into.append(h('h2', {}, t.pageTriage ?? ''), form, out);
  return Promise.resolve();
}

function renderTriage(result: Json): HTMLElement {
  const matched = result.matched as {
    title: string;
    causes: { title: string; id: string; verdict: string; why: string; instances: string[]; steps: string[] }[];
    tellApart: string[];
  }[];
  if (matched.length === 0) {
    return h('div', {}, h('p', {}, t.pageNoSymptom ?? ''), h('ul', {}, ...(result.known as { title: string }[]).map((known) => h('li', {}, known.title))));
  }
  const verdictStatus: Record<string, string> = { confirmed: 'fail', possible: 'warn', unchecked: 'skip', 'ruled-out': 'pass', ruledOut: 'pass' };
  return h(
    'div',
    { id: 'triage-result' },
    ...matched.map((symptom) =>
      h(
        'section',
        {},
        h('h3', {}, symptom.title),
        h('h4', {}, t.pageCauses ?? ''),
        h(
          'ol',
          { class: 'steps' },
          ...symptom.causes.map((cause) =>
            h(
              'li',
              { class: `finding ${verdictStatus[cause.verdict] ?? 'skip'}`, 'data-cause': cause.id },
              h('strong', {}, cause.title),
              ' ',
              h('code', { class: 'rule' }, cause.id),
              h('p', {}, cause.why),
              cause.steps.length ? h('ol', {}, ...cause.steps.map((item) => h('li', {}, item))) : null,
            ),
          ),
        ),
        symptom.tellApart.length ? h('div', {}, h('h4', {}, t.pageTellApart ?? ''), h('ul', {}, ...symptom.tellApart.map((item) => h('li', {}, item)))) : null,
      ),
    ),
  );
}

// ---- HAR ----

async function harView(into: HTMLElement): Promise<void> {
  const file = h('input', { type: 'file', id: 'har-file', accept: '.har,application/json' });
  const drop = h('label', { class: 'drop', for: 'har-file', id: 'har-drop' }, t.pageHarDrop ?? '');
  const out = h('div', { id: 'har-out', 'aria-live': 'polite' });
  const analyse = async (name: string, body: Blob): Promise<void> => {
    out.replaceChildren(h('p', { class: 'note' }, t.pageWorking ?? ''));
    try {
      const analysis = await api(`/api/har?name=${encodeURIComponent(name)}`, { method: 'POST', body });
      const sanitize = h('button', { type: 'button', class: 'act light', id: 'har-sanitize' }, t.pageSanitize ?? '');
      sanitize.addEventListener('click', () => void sanitizeHar(name, body, out));
      out.replaceChildren(renderHar(analysis), sanitize);
    } catch (error) {
      out.replaceChildren(errorBox(error));
    }
  };
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) void analyse(chosen.name, chosen);
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    const dropped = event.dataTransfer?.files[0];
    if (dropped) void analyse(dropped.name, dropped);
  });
  const listed = h('ul', { id: 'har-workspace' });
  into.append(h('h2', {}, t.pageHar ?? ''), h('p', { class: 'note' }, t.pageHarLocal ?? ''), drop, file, h('h3', {}, t.pageHarWorkspace ?? ''), listed, out);
  const { files } = await api<{ files: string[] }>('/api/har/workspace');
  for (const name of files) {
    const button = h('button', { type: 'button', class: 'act light' }, name);
    button.addEventListener('click', () => {
      out.replaceChildren(h('p', { class: 'note' }, t.pageWorking ?? ''));
      api('/api/har/workspace', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ file: name }) }).then(
        (analysis) => out.replaceChildren(renderHar(analysis)),
        (error) => out.replaceChildren(errorBox(error)),
      );
    });
    listed.append(h('li', {}, button));
  }
}

async function sanitizeHar(name: string, body: Blob, out: HTMLElement): Promise<void> {
  const response = await fetch(`/api/har/sanitize?lang=${lang}&name=${encodeURIComponent(name)}`, { method: 'POST', body, credentials: 'same-origin' });
  if (!response.ok) {
    out.append(errorBox(((await response.json()) as { error?: string }).error ?? String(response.status)));
    return;
  }
  const blob = await response.blob();
  const link = h(
    'a',
    { href: URL.createObjectURL(blob), download: name.replace(/\.har$/i, '') + '.safe.har', id: 'har-safe' },
    name.replace(/\.har$/i, '') + '.safe.har',
  );
  out.append(h('p', { role: 'status' }, decodeURIComponent(response.headers.get('x-ims-doctor-sanitized') ?? ''), ' ', link));
  link.click();
}

function renderHar(analysis: Json): HTMLElement {
  const verdict = analysis.verdict as { status: string; message: string };
  const findings = analysis.findings as { status: string; message: string; remediation: string | null; evidence: { label: string; value: string }[] }[];
  const flows = analysis.flows as { steps: { method: string; url: string; status: number }[] }[];
  const last = flows[flows.length - 1];
  return h(
    'div',
    { id: 'har-result' },
    h('h3', {}, t.pageHarVerdict ?? ''),
    h('p', { class: 'message', id: 'har-verdict' }, badge(verdict.status), ' ', verdict.message),
    h(
      'ol',
      { class: 'steps' },
      ...findings.map((finding) =>
        step(
          '',
          finding.status,
          finding.message,
          finding.remediation ? h('p', { class: 'fix' }, finding.remediation) : null,
          finding.evidence.length
            ? h(
                'table',
                { class: 'evidence' },
                h(
                  'tbody',
                  {},
                  ...finding.evidence.map((item) => h('tr', {}, h('th', { scope: 'row' }, item.label), h('td', {}, h('code', { class: 'value' }, item.value)))),
                ),
              )
            : null,
        ),
      ),
    ),
    last
      ? h(
          'div',
          {},
          h('h3', {}, t.pageHarSteps ?? ''),
          h('ol', {}, ...last.steps.map((item) => h('li', {}, h('code', {}, `${item.method} ${item.status} ${item.url}`)))),
        )
      : null,
  );
}

// ---- Fix ----

async function fixView(into: HTMLElement): Promise<void> {
  into.append(h('h2', {}, t.pageFix ?? ''));
  try {
    const body = await api<{
      plan: { accepted: boolean };
      changes: { id: string; order: number; text: string; how: string; values: unknown }[];
      access: string[];
      unaddressed: string[];
      rejections: string[];
      downloads: string[];
      instances: string[];
    }>('/api/fix');
    into.append(
      ...[
        h('p', { class: 'message', id: 'fix-verdict' }, body.plan.accepted ? (t.pageFixAccepted ?? '') : (t.pageFixRejected ?? '')),
        body.rejections.length ? h('ul', {}, ...body.rejections.map((item) => h('li', { class: 'error' }, item))) : null,
        h('h3', {}, t.pageFixChanges ?? ''),
        body.changes.length
          ? h(
              'ol',
              { class: 'steps', id: 'fix-changes' },
              ...body.changes.map((change) =>
                h(
                  'li',
                  { 'data-change': change.id },
                  h('p', {}, change.text),
                  typeof change.values === 'string' ? h('p', {}, copyable(change.values)) : null,
                  h('p', { class: 'note' }, `${t.pageFixHow ?? ''}: ${change.how}`),
                ),
              ),
            )
          : h('p', {}, t.pageFixNone ?? ''),
        h('h3', {}, t.pageFixAccess ?? ''),
        body.access.length ? h('ul', { id: 'fix-access' }, ...body.access.map((item) => h('li', {}, item))) : h('p', {}, t.pageNone ?? ''),
        body.unaddressed.length
          ? h('div', {}, h('h3', {}, t.pageFixUnaddressed ?? ''), h('ul', {}, ...body.unaddressed.map((item) => h('li', {}, item))))
          : null,
        h('h3', {}, t.pageDownloads ?? ''),
        h(
          'p',
          { class: 'downloads', id: 'fix-downloads' },
          ...body.downloads.map((name) =>
            h('a', { href: `/api/fix/file?path=${encodeURIComponent(name)}&lang=${lang}`, download: name.replace(/\//g, '-') }, name),
          ),
        ),
      ].filter((node) => node !== null),
    );
  } catch (error) {
    into.append(errorBox(error));
  }
  const whatIf = h('input', { type: 'text', id: 'whatif', spellcheck: 'false', size: '48', placeholder: 'stage.imsRightsMask=campaign - acme-stage - ' });
  const out = h('pre', { class: 'out', id: 'whatif-out', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'row' },
    h('label', {}, t.pageWhatIfLabel ?? '', whatIf),
    h('button', { type: 'submit', class: 'act' }, t.pageWhatIfButton ?? ''),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    api<{ text: string }>('/api/whatif', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: whatIf.value }),
    }).then(
      (result) => (out.textContent = result.text),
      (error: Error) => (out.textContent = error.message),
    );
  });
  into.append(h('h3', {}, t.pageWhatIf ?? ''), form, out);
}

// ---- Diff ----

async function diffView(into: HTMLElement): Promise<void> {
  const a = h('input', { type: 'file', id: 'diff-a', accept: '.json,application/json' });
  const b = h('input', { type: 'file', id: 'diff-b', accept: '.json,application/json' });
  const out = h('pre', { class: 'out', id: 'diff-out', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'row' },
    h('label', {}, t.pageDiffA ?? '', a),
    h('label', {}, t.pageDiffB ?? '', b),
    h('button', { type: 'submit', class: 'act' }, t.pageDiffButton ?? ''),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData();
    if (a.files?.[0]) data.append('a', a.files[0]);
    if (b.files?.[0]) data.append('b', b.files[0]);
    out.textContent = t.pageWorking ?? '';
    api<{ text: string }>('/api/diff', { method: 'POST', body: data }).then(
      (result) => (out.textContent = result.text),
      (error: Error) => (out.textContent = error.message),
    );
  });
  into.append(
    h('h2', {}, t.pageDiff ?? ''),
    h('p', {}, h('a', { href: `/api/snapshot?lang=${lang}`, download: 'snapshot.json', id: 'snapshot-download' }, t.pageDownloadSnapshot ?? '')),
    form,
    out,
  );
  return Promise.resolve();
}

const VIEWS: Record<(typeof TABS)[number], (into: HTMLElement) => Promise<void>> = {
  overview,
  explain,
  triage: triageView,
  har: harView,
  fix: fixView,
  diff: diffView,
};

// ---- Live: progress of a run, and a new reading when files change ----

const PHASE_TEXT: Record<string, string> = {
  reading: 'pagePhaseReading',
  probing: 'pagePhaseProbing',
  checking: 'pagePhaseChecking',
  done: 'pagePhaseDone',
  failed: 'pagePhaseFailed',
};
let events: EventSource | null = null;

function listen(): void {
  events?.close();
  events = new EventSource('/api/events');
  events.addEventListener('progress', (event) => {
    const progress = JSON.parse((event as MessageEvent<string>).data) as { version: number; phase: string };
    const key = PHASE_TEXT[progress.phase];
    if (progress.phase !== 'done' && progress.phase !== 'failed' && key) statusLine.textContent = t[key] ?? '';
    if ((progress.phase === 'done' || progress.phase === 'failed') && version !== -1 && progress.version !== version) {
      version = progress.version;
      if (tab === 'overview') show();
      statusLine.textContent = `${t.pageChanged ?? ''} ${t[key ?? ''] ?? ''}`;
    }
  });
}

async function start(): Promise<void> {
  await loadTexts();
  shell();
  show();
  listen();
}

void start().catch((error: unknown) => root.replaceChildren(errorBox(error)));
