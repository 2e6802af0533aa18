import type { TriageResult } from '../analyzers/triage.js';
import { dxText } from '../i18n/diagnose.js';
import { causeLines, colors, problemLines } from './diagnose-shared.js';
import { block, hang, padEnd, viewWidth } from './layout.js';

/** For people at a terminal: each recognised symptom with its ranked causes, then what tells them apart. Wrapped to the terminal. */
export function renderTriageText(result: TriageResult, options: { color: boolean; width?: number }): string {
  const c = colors(options.color);
  const { lang } = result;
  const width = viewWidth(options.width);
  const lines: string[] = [...block(dxText(lang, { id: 'triageHeading', params: { query: result.query } }), width, '', '  ', c.bold), ''];

  if (result.matched.length === 0) {
    lines.push(...block(dxText(lang, { id: 'triageNoMatch', params: { query: result.query } }), width, ''));
    for (const symptom of result.known) lines.push(...hang(`  ${c.cyan(padEnd(symptom.id, 24))} `, symptom.title, width, ' '.repeat(27)));
    if (result.suggestCheck !== null)
      lines.push('', ...block(dxText(lang, { id: 'triageSuggestCheck', params: { workspace: result.suggestCheck } }), width, ''));
    return lines.join('\n') + '\n';
  }

  lines.push(
    ...(result.workspace
      ? block(dxText(lang, { id: 'triageWorkspace', params: { workspace: result.workspace } }), width, '', '  ')
      : block(dxText(lang, { id: 'triageNoWorkspace' }), width, '', '  ', c.dim)),
    '',
  );
  for (const symptom of result.matched) {
    lines.push(...block(`${c.bold(dxText(lang, { id: 'triageSymptom', params: { title: symptom.title } }))} ${c.dim(`[${symptom.id}]`)}`, width, '', '  '));
    lines.push(
      ...block(dxText(lang, { id: 'triageVia', params: { kind: symptom.via.kind, text: symptom.via.text, score: symptom.score } }), width, '  ', '    ', c.dim),
      '',
    );
    lines.push(`  ${c.bold(dxText(lang, { id: 'causesHeading' }))}`);
    lines.push(...causeLines(c, lang, symptom.causes, '    ', width), '');
    if (symptom.tellApart.length > 0) {
      lines.push(`  ${c.bold(dxText(lang, { id: 'tellApartHeading' }))}`);
      for (const text of symptom.tellApart) lines.push(...hang('    • ', text, width, '      '));
      lines.push('');
    }
    if (!result.workspace && symptom.checklist.length > 0) {
      lines.push(`  ${c.bold(dxText(lang, { id: 'checklistHeading' }))}`);
      for (const text of symptom.checklist) lines.push(...hang('    ☐ ', text, width, '      '));
      lines.push('');
    }
  }
  lines.push(...problemLines(c, lang, result.problems, width));
  if (result.workspace) {
    const causes = result.matched.flatMap((symptom) => symptom.causes);
    const count = (verdict: string): number => causes.filter((cause) => cause.verdict === verdict).length;
    const summary = dxText(lang, {
      id: 'triageSummary',
      params: { confirmed: count('confirmed'), possible: count('possible'), unchecked: count('unchecked'), ruledOut: count('ruled-out') },
    });
    lines.push(...block(summary, width, '', '', c.bold));
  }
  return lines.join('\n') + '\n';
}
