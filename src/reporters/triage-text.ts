import type { TriageResult } from '../analyzers/triage.js';
import { dx, type DxKey } from '../i18n/diagnose.js';
import { causeLines, colors, problemLines } from './diagnose-shared.js';

const VIA_KEY: Record<string, DxKey> = { exact: 'viaExact', phrase: 'viaPhrase', keywords: 'viaKeywords' };

/** For people at a terminal: each recognised symptom with its ranked causes, then what tells them apart. */
export function renderTriageText(result: TriageResult, options: { color: boolean }): string {
  const c = colors(options.color);
  const { lang } = result;
  const lines: string[] = [c.bold(dx(lang, 'triageHeading', { query: result.query })), ''];

  if (result.matched.length === 0) {
    lines.push(dx(lang, 'triageNoMatch', { query: result.query }));
    for (const symptom of result.known) lines.push(`  ${c.cyan(symptom.id.padEnd(24))} ${symptom.title}`);
    return lines.join('\n') + '\n';
  }

  lines.push(result.workspace ? dx(lang, 'triageWorkspace', { workspace: result.workspace }) : c.dim(dx(lang, 'triageNoWorkspace')), '');
  for (const symptom of result.matched) {
    lines.push(c.bold(dx(lang, 'triageSymptom', { title: symptom.title })) + c.dim(`  [${symptom.id}]`));
    lines.push(c.dim(`  ${dx(lang, 'triageVia', { kind: dx(lang, VIA_KEY[symptom.via.kind]!), text: symptom.via.text, score: symptom.score })}`), '');
    lines.push(`  ${c.bold(dx(lang, 'causesHeading'))}`);
    lines.push(...causeLines(c, lang, symptom.causes, '    '), '');
    if (symptom.tellApart.length > 0) {
      lines.push(`  ${c.bold(dx(lang, 'tellApartHeading'))}`);
      for (const text of symptom.tellApart) lines.push(`    • ${text}`);
      lines.push('');
    }
    if (!result.workspace && symptom.checklist.length > 0) {
      lines.push(`  ${c.bold(dx(lang, 'checklistHeading'))}`);
      for (const text of symptom.checklist) lines.push(`    ☐ ${text}`);
      lines.push('');
    }
  }
  lines.push(...problemLines(c, lang, result.problems));
  if (result.workspace) {
    const causes = result.matched.flatMap((symptom) => symptom.causes);
    const count = (verdict: string): number => causes.filter((cause) => cause.verdict === verdict).length;
    lines.push(c.bold(dx(lang, 'triageSummary', { confirmed: count('confirmed'), possible: count('possible'), unchecked: count('unchecked'), ruledOut: count('ruled-out') })));
  }
  return lines.join('\n') + '\n';
}
