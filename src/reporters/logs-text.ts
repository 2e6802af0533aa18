import type { LogsResult } from '../analyzers/log-scan.js';
import { dxText } from '../i18n/diagnose.js';
import { uiText } from '../i18n/ui.js';
import { causeLines, colors, problemLines } from './diagnose-shared.js';
import { hideSecrets, neutralizeControls } from '../security/sensitive.js';

const USERS_SHOWN = 20;
const BAR = 40;

function size(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

/** For people at a terminal: counts per message, per user, per hour, then the symptoms they point to. */
export function renderLogsText(result: LogsResult, options: { color: boolean }): string {
  const c = colors(options.color);
  const { lang } = result;
  const n = (value: number): string => value.toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-US');
  const lines: string[] = [
    c.bold(dxText(lang, { id: 'logsHeading' })),
    dxText(lang, { id: 'logsScanned', params: { files: result.files.length, size: size(result.bytes), hits: result.hits } }),
  ];
  for (const dir of result.emptyFolders) lines.push(c.dim(dxText(lang, { id: 'logsEmptyFolder', params: { dir } })));
  lines.push('');

  if (result.hits === 0) {
    lines.push(dxText(lang, { id: 'logsNothing' }), '');
    lines.push(...problemLines(c, lang, result.problems));
    return lines.join('\n').replace(/\n+$/, '') + '\n';
  }

  lines.push(c.bold(dxText(lang, { id: 'logsByMessage' })));
  const countWidth = Math.max(...result.signatures.map((signature) => n(signature.count).length));
  for (const signature of result.signatures) {
    const label = signature.severity === 'warn' ? c.bold(c.yellow(uiText(lang, { id: 'statusWarn' }))) : c.dim(dxText(lang, { id: 'logsRoutine' }));
    const inferred = signature.source === 'I' ? c.dim(` ${dxText(lang, { id: 'logsInferred' })}`) : '';
    const encoding = signature.encoding === 'euc-kr' ? c.dim(' [EUC-KR]') : '';
    lines.push(`  ${n(signature.count).padStart(countWidth)}  ${JSON.stringify(signature.text)}${encoding}  ${label}  ${c.cyan(signature.symptom)}${inferred}`);
    const when = signature.first ? `, ${dxText(lang, { id: 'logsBetween', params: { first: signature.first, last: signature.last ?? signature.first } })}` : '';
    lines.push(c.dim(`  ${' '.repeat(countWidth)}  ${dxText(lang, { id: 'logsUsers', params: { count: signature.users } })}${when}`));
    // Log text is untrusted: secrets hidden and control characters made visible, also when a caller built the samples itself.
    for (const sample of signature.samples) {
      const safe = { file: neutralizeControls(sample.file), offset: sample.offset, text: neutralizeControls(hideSecrets(sample.text)) };
      lines.push(c.dim(`  ${' '.repeat(countWidth)}  › ${dxText(lang, { id: 'logsSample', params: safe })}`));
    }
  }
  lines.push('');

  if (result.users.length > 0) {
    const shown = result.users.slice(0, USERS_SHOWN);
    lines.push(c.bold(dxText(lang, { id: 'logsByUser', params: { shown: shown.length, total: result.users.length } })));
    const width = Math.max(...shown.map((user) => user.user.length));
    for (const user of shown) {
      const detail = Object.entries(user.bySignature)
        .map(([id, count]) => `${id} ${n(count)}`)
        .join(', ');
      lines.push(`  ${neutralizeControls(user.user).padEnd(width)}  ${n(user.count).padStart(6)}  ${c.dim(detail)}`);
    }
    if (result.withoutUser > 0) lines.push(c.dim(`  ${dxText(lang, { id: 'logsWithoutUser', params: { count: result.withoutUser } })}`));
    lines.push('');
  }

  lines.push(c.bold(dxText(lang, { id: 'logsByHour' })));
  const most = Math.max(...result.hours.map((hour) => hour.count));
  for (const hour of result.hours) {
    const bar = '█'.repeat(Math.max(1, Math.round((hour.count / most) * BAR)));
    lines.push(
      `  ${(hour.hour === 'unknown' ? dxText(lang, { id: 'logsUnknownHour' }) : `${hour.hour}:00`).padEnd(16)}  ${n(hour.count).padStart(8)}  ${c.dim(bar)}`,
    );
  }
  lines.push('');

  lines.push(c.bold(dxText(lang, { id: 'logsSymptoms' })));
  for (const symptom of result.symptoms) {
    lines.push(
      `  ${c.cyan(symptom.id)}  ${symptom.title}  ${c.dim(`(${dxText(lang, { id: 'logsLines', params: { count: symptom.count } })}, ${dxText(lang, { id: 'logsUsers', params: { count: symptom.users } })})`)}`,
    );
    lines.push(...causeLines(c, lang, symptom.causes, '    '));
    for (const text of symptom.tellApart) lines.push(c.dim(`    • ${text}`));
    lines.push('');
  }
  lines.push(...problemLines(c, lang, result.problems));
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
