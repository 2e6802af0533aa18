import type { TriageResult } from '../analyzers/triage.js';
import { dxText } from '../i18n/diagnose.js';
import { causeLines, colors, problemLines } from './diagnose-shared.js';

/** For people at a terminal: each recognised symptom with its ranked causes, then what tells them apart. */
export function renderTriageText(result: TriageResult, options: { color: boolean }): string {
  const c = colors(options.color);
  const { lang } = result;
  const lines: string[] = [c.bold(dxText(lang, { id: 'triageHeading', params: { query: result.query } })), ''];

  if (result.matched.length === 0) {
    lines.push(dxText(lang, { id: 'triageNoMatch', params: { query: result.query } }));
    for (const symptom of result.known) lines.push(`  ${c.cyan(symptom.id.padEnd(24))} ${symptom.title}`);
    if (result.suggestCheck !== null) lines.push('', dxText(lang, { id: 'triageSuggestCheck', params: { workspace: result.suggestCheck } }));
    return lines.join('\n') + '\n';
  }

  lines.push(
    result.workspace ? dxText(lang, { id: 'triageWorkspace', params: { workspace: result.workspace } }) : c.dim(dxText(lang, { id: 'triageNoWorkspace' })),
    '',
  );
  for (const symptom of result.matched) {
    lines.push(c.bold(dxText(lang, { id: 'triageSymptom', params: { title: symptom.title } })) + c.dim(`  [${symptom.id}]`));
    lines.push(c.dim(`  ${dxText(lang, { id: 'triageVia', params: { kind: symptom.via.kind, text: symptom.via.text, score: symptom.score } })}`), '');
    lines.push(`  ${c.bold(dxText(lang, { id: 'causesHeading' }))}`);
    lines.push(...causeLines(c, lang, symptom.causes, '    '), '');
    if (symptom.tellApart.length > 0) {
      lines.push(`  ${c.bold(dxText(lang, { id: 'tellApartHeading' }))}`);
      for (const text of symptom.tellApart) lines.push(`    • ${text}`);
      lines.push('');
    }
    if (!result.workspace && symptom.checklist.length > 0) {
      lines.push(`  ${c.bold(dxText(lang, { id: 'checklistHeading' }))}`);
      for (const text of symptom.checklist) lines.push(`    ☐ ${text}`);
      lines.push('');
    }
  }
  lines.push(...problemLines(c, lang, result.problems));
  if (result.workspace) {
    const causes = result.matched.flatMap((symptom) => symptom.causes);
    const count = (verdict: string): number => causes.filter((cause) => cause.verdict === verdict).length;
    lines.push(
      c.bold(
        dxText(lang, {
          id: 'triageSummary',
          params: { confirmed: count('confirmed'), possible: count('possible'), unchecked: count('unchecked'), ruledOut: count('ruled-out') },
        }),
      ),
    );
  }
  return lines.join('\n') + '\n';
}
