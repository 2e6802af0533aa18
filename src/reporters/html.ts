import { createHash } from 'node:crypto';
import type { CheckResult, Evidence, Finding, Status } from '../model/finding.js';
import { formatProvenance } from '../model/provenance.js';
import { uiText, type UiRef } from '../i18n/ui.js';
import { exact, formatFor, renderWith, shown, type Format } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { messageParts } from './message-parts.js';
import { countFindings, escapeXml as esc, groupByInstance, isWebUrl, STATUS_KEY, STATUS_ORDER, worstStatus, type FindingGroup } from './shared.js';

/**
 * One self-contained page: inline CSS and script only, no request of any kind (a Content Security
 * Policy of `default-src 'none'` with hashes for the one style and the one script makes that a
 * browser-enforced fact, and keeps any markup that slipped into a value inert). It reads without
 * a server, prints, and filters by status and instance.
 */
export function renderHtml(result: CheckResult): string {
  const { lang } = result;
  const t = (ref: UiRef): string => esc(uiText(lang, ref));
  const groups = groupByInstance(result, { sort: true });
  const groupKey = (instance: string | null): string => (instance === null ? 'w' : `i:${instance}`);
  const groupName = (group: FindingGroup): string =>
    group.instance === null
      ? uiText(lang, { id: 'workspaceHeading' })
      : group.role
        ? uiText(lang, { id: 'instanceHeading', params: { name: group.instance, role: group.role } })
        : group.instance;

  const body: string[] = [];
  body.push(`<header class="top"><h1>${t({ id: 'heading', params: { workspace: result.workspace } })}</h1>`);
  body.push(`<p class="totals">${t({ id: 'summaryLine', params: { ...result.summary } })}</p></header>`);
  body.push('<main>');

  // Summary: one row per instance (and the cross-instance checks), one column per status.
  const columns: (Status | 'suppressed')[] = [...STATUS_ORDER, 'suppressed'];
  const label = (column: Status | 'suppressed'): string => t({ id: column === 'suppressed' ? 'suppressedColumn' : STATUS_KEY[column] });
  const cells = (counts: Record<Status | 'suppressed', number>): string =>
    columns.map((column) => `<td class="n${counts[column] > 0 ? ` has-${column}` : ''}">${counts[column]}</td>`).join('');
  body.push(`<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">${t({ id: 'summaryHeading' })}</h2>`);
  body.push(
    `<div class="scroll" tabindex="0" role="region" aria-labelledby="summary-h"><table class="summary"><thead><tr><th scope="col">${t({ id: 'instanceColumn' })}</th>${columns.map((c) => `<th scope="col" class="n">${label(c)}</th>`).join('')}</tr></thead><tbody>`,
  );
  for (const group of groups) {
    body.push(`<tr data-instance="${esc(groupKey(group.instance))}"><th scope="row">${esc(groupName(group))}</th>${cells(countFindings(group.findings))}</tr>`);
  }
  body.push(`</tbody><tfoot><tr><th scope="row">${t({ id: 'totalRow' })}</th>${cells(result.summary)}</tr></tfoot></table></div></section>`);

  // Contents: instance → rules, each row linking to the rule's first finding there.
  const ids = new Map<Finding, string>();
  let counter = 0;
  for (const group of groups) for (const finding of group.findings) ids.set(finding, `finding-${++counter}`);
  body.push(`<nav id="toc" aria-labelledby="toc-h"><h2 id="toc-h">${t({ id: 'tocHeading' })}</h2><ul>`);
  groups.forEach((group, at) => {
    body.push(`<li><a href="#group-${at + 1}">${esc(groupName(group))}</a><ul class="rules">`);
    const rules: string[] = [];
    for (const finding of group.findings) if (!rules.includes(finding.rule)) rules.push(finding.rule);
    for (const rule of rules) {
      const findings = group.findings.filter((finding) => finding.rule === rule);
      const counted = findings.filter((finding) => !finding.suppressed);
      const status: Status = worstStatus(counted);
      const suppressedNote = counted.length === 0 ? ` <span class="note">${t({ id: 'suppressedLabel' })}</span>` : '';
      body.push(
        `<li><a href="#${ids.get(findings[0]!)}"><span class="badge ${status}">${label(status)}</span> ${esc(findings[0]!.title)} <code class="rule">${esc(rule)}</code></a>${suppressedNote}</li>`,
      );
    }
    body.push('</ul></li>');
  });
  body.push(`</ul><p class="legend">${t({ id: 'htmlSpaceLegend' })}</p></nav>`);

  if (result.problems.length > 0) {
    body.push(`<section id="problems" class="problems" aria-labelledby="problems-h"><h2 id="problems-h">${t({ id: 'problemsHeading' })}</h2><ul>`);
    for (const problem of result.problems) body.push(`<li><code>${esc(formatProvenance(problem))}</code> ${esc(problem.message)}</li>`);
    body.push('</ul></section>');
  }

  // Filters: hidden until the script shows them, since without it they could not work.
  const statusCounts = new Map<Status, number>(
    STATUS_ORDER.map((status) => [status, result.findings.filter((f) => f.status === status && !f.suppressed).length]),
  );
  body.push(`<form id="filters" class="filters" hidden aria-label="${t({ id: 'filtersHeading' })}">`);
  body.push(`<fieldset><legend>${t({ id: 'filterStatus' })}</legend>`);
  for (const status of STATUS_ORDER) {
    body.push(
      `<label class="chip"><input type="checkbox" name="status" value="${status}" checked> <span class="badge ${status}">${label(status)}</span> <span class="count">${statusCounts.get(status)}</span></label>`,
    );
  }
  body.push(`</fieldset><fieldset><legend>${t({ id: 'filterInstance' })}</legend>`);
  for (const group of groups) {
    body.push(
      `<label class="chip"><input type="checkbox" name="instance" value="${esc(groupKey(group.instance))}" checked> ${esc(group.instance ?? uiText(lang, { id: 'workspaceHeading' }))} <span class="count">${group.findings.filter((f) => !f.suppressed).length}</span></label>`,
    );
  }
  body.push(
    `</fieldset><fieldset aria-label="${t({ id: 'suppressedColumn' })}"><label class="chip"><input type="checkbox" name="suppressed" checked> ${t({ id: 'filterSuppressed' })}</label></fieldset>`,
  );
  body.push(`<p class="shown" id="shown" role="status" data-template="${t({ id: 'filterShowing' })}"></p></form>`);

  body.push(`<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">${t({ id: 'findingsHeading' })}</h2>`);
  groups.forEach((group, at) => {
    const key = esc(groupKey(group.instance));
    body.push(`<section class="group" id="group-${at + 1}" data-instance="${key}"><h3>${esc(groupName(group))}</h3>`);
    for (const finding of group.findings) body.push(renderFinding(finding, key, ids.get(finding)!, t, lang));
    body.push('</section>');
  });
  body.push(`<p id="none" class="none" hidden>${t({ id: 'filterNone' })}</p></section>`);
  body.push('</main>');
  body.push(`<footer><p>${t({ id: 'reportGenerated', params: { version: result.tool.version, workspace: result.workspace } })}</p></footer>`);

  const csp = [
    "default-src 'none'",
    `style-src '${sha256(STYLE)}'`,
    `script-src '${sha256(SCRIPT)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="ims-doctor ${esc(result.tool.version)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<link rel="icon" href="data:,">',
    `<title>${t({ id: 'reportTitle', params: { workspace: result.workspace } })}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

type Translate = (ref: UiRef) => string;

/** One finding as the report's card (for `serve`, which shows the same card on its page with the report's STYLE). */
export function findingCard(finding: Finding, lang: Lang, id: string): string {
  const t = (ref: UiRef): string => esc(uiText(lang, ref));
  return renderFinding(finding, finding.instance === null ? 'w' : esc(`i:${finding.instance}`), id, t, lang);
}

/** The report's style sheet, shared with `serve`'s page. */
export const REPORT_STYLE = (): string => STYLE;

function renderFinding(finding: Finding, instanceKey: string, id: string, t: Translate, lang: Lang): string {
  const status = finding.status;
  const suppressed = !!finding.suppressed;
  // Passes and suppressed findings are folded: the page opens on what needs doing.
  const open = !suppressed && status !== 'pass';
  const doc = docLink(finding.docUrl);
  const out: string[] = [];
  out.push(
    `<article class="finding ${status}${suppressed ? ' suppressed' : ''}" id="${id}" data-status="${status}" data-instance="${instanceKey}" data-suppressed="${suppressed}" data-rule="${esc(finding.rule)}"><details${open ? ' open' : ''}>`,
  );
  // No link inside <summary> (a control inside a control, axe nested-interactive): the rule's page is the Docs line's link.
  const rule = `<code class="rule">${esc(finding.rule)}</code>`;
  out.push(
    `<summary><span class="badge ${status}">${t({ id: STATUS_KEY[status] })}</span> ${rule} <span class="title">${esc(finding.title)}</span> <span class="section">${t({ id: 'sectionLabel', params: { section: finding.section } })}</span></summary>`,
  );
  if (finding.suppressed) out.push(`<p class="suppressed-note">${t({ id: 'suppressedBecause', params: { reason: finding.suppressed.reason } })}</p>`);
  if (finding.message) out.push(`<div class="message">${marked(finding, 'message', lang, t)}</div>`);
  if (finding.evidence.length > 0) {
    out.push(
      `<table class="evidence"><thead><tr><th scope="col">${t({ id: 'evidenceColumn' })}</th><th scope="col">${t({ id: 'valueColumn' })}</th><th scope="col">${t({ id: 'sourceColumn' })}</th></tr></thead><tbody>`,
    );
    for (const item of finding.evidence) out.push(renderEvidence(item, t));
    out.push('</tbody></table>');
  }
  if (finding.remediation) {
    const fix = marked(finding, 'remediation', lang, t);
    const label = `<strong>${t({ id: 'fixLabel' })}:</strong> `;
    // One paragraph (every fix today) stays one <p class="fix">; a fix with a list part becomes a block.
    out.push(
      /^<p>((?:(?!<p>).)*)<\/p>$/s.test(fix) ? `<p class="fix">${label}${fix.slice(3)}` : `<div class="fix">${fix.replace(/^<p>/, `<p>${label}`)}</div>`,
    );
  }
  if (finding.docUrl) {
    const link = doc ? `<a href="${doc}" rel="noopener noreferrer">${esc(finding.docUrl)}</a>` : `<span>${esc(finding.docUrl)}</span>`;
    out.push(`<p class="doc">${t({ id: 'docLabel' })} (${t({ id: 'sectionLabel', params: { section: finding.section } })}): ${link}</p>`);
  }
  out.push('</details></article>');
  return out.join('\n');
}

/** The rule's page: a web link, or the page shipped with ims-doctor (file:); anything else is no link. */
function docLink(url: string): string | null {
  return isWebUrl(url) || /^file:\/\/\/[^\s]+$/i.test(url) ? esc(url) : null;
}

// Private-use characters around the values of a message rendered for HTML: a value quoted from
// an input (V) and a value to type or paste (C). Found again after escaping, they become markup.
const V_OPEN = '\uE002';
const V_CLOSE = '\uE003';
const C_OPEN = '\uE000';
const C_CLOSE = '\uE001';
const htmlFormats = new Map<Lang, Format>();

function htmlFormat(lang: Lang): Format {
  let format = htmlFormats.get(lang);
  if (format) return format;
  const text = formatFor(lang);
  const html: Format = {
    ...text,
    v: (value) => `${V_OPEN}${value}${V_CLOSE}`,
    code: (value) => `${C_OPEN}${value}${C_CLOSE}`,
    say: (table, ref) => renderWith(table, ref, html),
  };
  htmlFormats.set(lang, (format = html));
  return format;
}

const MARKED = /\uE000([^\uE000-\uE003]*)\uE001|\uE002([^\uE000-\uE003]*)\uE003/g;

/** A message's values as markup: a quoted value shows its spaces faithfully, a value to paste is a code element with a Copy button. */
function values(escaped: string, t: Translate): string {
  return escaped.replace(MARKED, (_all, code?: string, value?: string) =>
    code !== undefined
      ? `<span class="paste">"<code class="exact">${spaces(code)}</code>"<button type="button" class="copy" data-done="${t({ id: 'copiedLabel' })}" hidden>${t({ id: 'copyLabel' })}</button></span>`
      : `"<span class="v">${spaces(value!)}</span>"`,
  );
}

/**
 * A finding's message or remediation as HTML paragraphs and lists: rendered once more from its
 * catalogue entry with the HTML format (values marked, list parts apart: message-parts.ts). Used
 * only when it reads exactly as the text the result carries (same words, same values); otherwise
 * that text, escaped, in one paragraph.
 */
function marked(finding: Finding, which: 'message' | 'remediation', lang: Lang, t: Translate): string {
  const plain = (text: string): string => text.replace(MARKED, (_all, code?: string, value?: string) => (code !== undefined ? exact(code) : shown(value!)));
  return messageParts(finding, which, htmlFormat(lang), plain)
    .map((part) =>
      part.kind === 'text'
        ? `<p>${values(esc(part.text), t)}</p>`
        : `<ul class="items">${part.items.map((item) => `<li>${values(esc(item), t)}</li>`).join('')}${part.more ? `<li class="more">${esc(part.more)}</li>` : ''}</ul>`,
    )
    .join('');
}

/** Escaped text with its telling spaces (at either end, or doubled) marked, each still a real space to copy. */
function spaces(escaped: string): string {
  return escaped.replace(/^ +| +$| {2,}/g, (run) => run.replace(/ /g, '<span class="sp"> </span>'));
}

function renderEvidence(item: Evidence, t: Translate): string {
  const where = formatProvenance(item.at);
  const notes: string[] = [];
  if (item.at.path) notes.push(`<span class="path">${esc(item.at.path)}</span>`);
  if (item.at.defaulted) notes.push(`<span class="note">${t({ id: 'defaultedNote' })}</span>`);
  if (item.at.live) notes.push(`<span class="note">${t({ id: 'liveNote' })}</span>`);
  const source = [where ? `<code>${esc(where)}</code>` : '', ...notes].filter(Boolean).join('<br>');
  return `<tr><th scope="row">${esc(item.label)}</th><td><code class="value">${spaces(esc(item.value))}</code></td><td>${source}</td></tr>`;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const STYLE = `
:root{--fg:#1d2330;--muted:#5b6475;--line:#d8dce3;--bg:#fff;--panel:#f6f7f9;--pass:#1b7f3b;--warn:#8a5a00;--fail:#b3261e;--error:#8e24aa;--skip:#5b6475}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;padding:24px;font:15px/1.5 system-ui,-apple-system,"Segoe UI","Apple SD Gothic Neo","Malgun Gothic","Noto Sans KR","Noto Sans CJK KR",Roboto,sans-serif;color:var(--fg);background:var(--bg);max-width:1100px;margin-inline:auto;word-break:keep-all;overflow-wrap:anywhere}
h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.2rem;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:1.05rem;margin:22px 0 8px}
code{font:0.9em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"D2Coding",monospace}
.totals{margin:0;color:var(--muted)}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:var(--panel)}
table.summary{width:auto;min-width:60%}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.has-fail{color:var(--fail);font-weight:700}td.has-error{color:var(--error);font-weight:700}td.has-warn{color:var(--warn);font-weight:700}td.has-pass{color:var(--pass)}
.badge{display:inline-block;min-width:4.5em;text-align:center;padding:1px 6px;border-radius:4px;font-size:.8rem;font-weight:700;color:#fff;background:var(--skip);-webkit-print-color-adjust:exact;print-color-adjust:exact}
.badge.pass{background:var(--pass)}.badge.warn{background:var(--warn)}.badge.fail{background:var(--fail)}.badge.error{background:var(--error)}.badge.skip{background:var(--skip)}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start;margin:20px 0 0;padding:12px;background:var(--panel);border:1px solid var(--line);border-radius:6px}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.filters legend{font-weight:600;margin-right:6px;float:left}
.chip{display:inline-flex;gap:4px;align-items:center;padding:2px 8px;border:1px solid var(--line);border-radius:14px;background:var(--bg);cursor:pointer;user-select:none}
.count{color:var(--muted);font-size:.85em}
.shown{flex-basis:100%;margin:0;color:var(--muted)}
.finding{border:1px solid var(--line);border-left:6px solid var(--skip);border-radius:6px;padding:10px 14px;margin:10px 0;break-inside:avoid;page-break-inside:avoid}
.finding.pass{border-left-color:var(--pass)}.finding.warn{border-left-color:var(--warn)}.finding.fail{border-left-color:var(--fail)}.finding.error{border-left-color:var(--error)}
.finding.suppressed{border-style:dashed;background:var(--panel)}
.finding .title{font-weight:600}.finding .section{color:var(--muted);font-size:.85em;margin-left:auto}
.finding p{margin:8px 0}
.evidence{margin:8px 0;font-size:.92em}.evidence th[scope=row]{font-weight:500;width:28%}
.evidence .path,.evidence .note{color:var(--muted);font-size:.88em}
.message p,.fix p{margin:8px 0}.fix p{margin:4px 0}
ul.items{margin:4px 0 8px;padding-left:1.4em}ul.items li{margin:2px 0}ul.items li.more{list-style:none;color:var(--muted)}
.fix{background:#eef6ee;border-radius:4px;padding:6px 10px;margin:8px 0;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.doc{font-size:.9em;color:var(--muted)}
.problems li{color:var(--fail)}
.none{color:var(--muted);font-style:italic}
footer{margin-top:32px;color:var(--muted);font-size:.85em;border-top:1px solid var(--line);padding-top:8px}
.scroll{overflow-x:auto;max-width:100%}
table.summary th{white-space:nowrap;overflow-wrap:normal;word-break:normal}
table.fleet td{white-space:nowrap}table.fleet a{color:inherit}table.fleet tr.status-fail th{border-left:4px solid var(--fail)}table.fleet tr.status-error th{border-left:4px solid var(--error)}table.fleet tr.status-warn th{border-left:4px solid var(--warn)}table.fleet tr.status-pass th{border-left:4px solid var(--pass)}
.finding summary{display:flex;flex-wrap:wrap;gap:8px;align-items:baseline;cursor:pointer}
.finding summary::marker,.finding summary::-webkit-details-marker{color:var(--muted)}
.finding details:not([open]) summary{margin:0}
.v,.exact,code.value{white-space:pre-wrap;overflow-wrap:anywhere;word-break:normal}
.sp{background:#f3c26b;border-radius:2px;box-shadow:inset 0 -2px 0 #a35f00;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.exact{background:#fff;border:1px solid var(--line);border-radius:3px;padding:0 3px}
.copy{margin-left:4px;font:inherit;font-size:.8em;padding:0 6px;border:1px solid var(--line);border-radius:4px;background:var(--bg);cursor:pointer}
#toc ul{list-style:none;padding-left:0;margin:4px 0}#toc ul.rules{padding-left:16px;columns:2 22em;column-gap:24px}
#toc li{margin:2px 0;break-inside:avoid}#toc a{color:inherit;text-decoration:none}#toc a:hover .title,#toc a:hover{text-decoration:underline}
#toc code{white-space:nowrap}#toc .note{color:var(--muted);font-size:.85em}
.legend{color:var(--muted);font-size:.88em}
@media (max-width:600px){body{padding:12px;font-size:14px}.finding{padding:8px 10px}.finding .section{margin-left:0}.evidence th[scope=row]{width:auto}}
@media print{.copy{display:none!important}body{padding:0;font-size:10pt;max-width:none}.filters{display:none!important}.finding{border-left-width:4px}a{color:inherit}h2{break-after:avoid}}
`;

// Filters: only hides and shows what is already on the page; reads nothing else.
const SCRIPT = `
(function () {
  var form = document.getElementById('filters');
  var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('section.group'));
  var shown = document.getElementById('shown');
  var none = document.getElementById('none');
  function checked(name) {
    var set = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (input) { if (input.checked) set[input.value] = true; });
    return set;
  }
  function apply() {
    var statuses = checked('status');
    var instances = checked('instance');
    var withSuppressed = form.querySelector('input[name="suppressed"]').checked;
    var count = 0;
    findings.forEach(function (finding) {
      var visible = statuses[finding.getAttribute('data-status')] === true && instances[finding.getAttribute('data-instance')] === true && (withSuppressed || finding.getAttribute('data-suppressed') !== 'true');
      finding.hidden = !visible;
      if (visible) count++;
    });
    groups.forEach(function (group) { group.hidden = !group.querySelector('article.finding:not([hidden])'); });
    shown.textContent = shown.getAttribute('data-template').replace('{shown}', String(count)).replace('{total}', String(findings.length));
    none.hidden = count > 0;
  }
  // A link to a folded finding (from the contents) unfolds it.
  function unfold() {
    var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    var details = target && target.querySelector('details');
    if (details) details.open = true;
  }
  window.addEventListener('hashchange', unfold);
  unfold();
  // Copy buttons: the exact value of the code element before them, spaces included.
  Array.prototype.forEach.call(document.querySelectorAll('button.copy'), function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var code = button.previousElementSibling;
      while (code && code.tagName !== 'CODE') code = code.previousElementSibling;
      if (!code) return;
      var value = code.textContent;
      var done = function () {
        var label = button.textContent;
        button.textContent = button.getAttribute('data-done');
        setTimeout(function () { button.textContent = label; }, 1500);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(value).then(done, function () { select(code); });
      } else select(code);
    });
  });
  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try { document.execCommand('copy'); } catch (error) { /* left selected for the user to copy */ }
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
`;
