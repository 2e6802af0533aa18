import type { LogsResult } from '../analyzers/log-scan.js';
import { dx } from '../i18n/diagnose.js';
import { ui } from '../i18n/ui.js';
import { causeLines, colors, problemLines } from './diagnose-shared.js';

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
    c.bold(dx(lang, 'logsHeading')),
    dx(lang, 'logsScanned', { files: result.files.length, size: size(result.bytes), hits: n(result.hits) }),
  ];
  for (const dir of result.emptyFolders) lines.push(c.dim(dx(lang, 'logsEmptyFolder', { dir })));
  lines.push('');

  if (result.hits === 0) {
    lines.push(dx(lang, 'logsNothing'), '');
    lines.push(...problemLines(c, lang, result.problems));
    return lines.join('\n').replace(/\n+$/, '') + '\n';
  }

  lines.push(c.bold(dx(lang, 'logsByMessage')));
  const countWidth = Math.max(...result.signatures.map((signature) => n(signature.count).length));
  for (const signature of result.signatures) {
    const label = signature.severity === 'warn' ? c.bold(c.yellow(ui(lang, 'statusWarn'))) : c.dim(dx(lang, 'logsRoutine'));
    const inferred = signature.source === 'I' ? c.dim(` ${dx(lang, 'logsInferred')}`) : '';
    const encoding = signature.encoding === 'euc-kr' ? c.dim(' [EUC-KR]') : '';
    lines.push(`  ${n(signature.count).padStart(countWidth)}  ${JSON.stringify(signature.text)}${encoding}  ${label}  ${c.cyan(signature.symptom)}${inferred}`);
    const when = signature.first ? `, ${dx(lang, 'logsBetween', { first: signature.first, last: signature.last ?? signature.first })}` : '';
    lines.push(c.dim(`  ${' '.repeat(countWidth)}  ${dx(lang, 'logsUsers', { count: n(signature.users) })}${when}`));
    for (const sample of signature.samples) lines.push(c.dim(`  ${' '.repeat(countWidth)}  › ${dx(lang, 'logsSample', sample)}`));
  }
  lines.push('');

  if (result.users.length > 0) {
    const shown = result.users.slice(0, USERS_SHOWN);
    lines.push(c.bold(dx(lang, 'logsByUser', { shown: shown.length, total: n(result.users.length) })));
    const width = Math.max(...shown.map((user) => user.user.length));
    for (const user of shown) {
      const detail = Object.entries(user.bySignature).map(([id, count]) => `${id} ${n(count)}`).join(', ');
      lines.push(`  ${user.user.padEnd(width)}  ${n(user.count).padStart(6)}  ${c.dim(detail)}`);
    }
    if (result.withoutUser > 0) lines.push(c.dim(`  ${dx(lang, 'logsWithoutUser', { count: n(result.withoutUser) })}`));
    lines.push('');
  }

  lines.push(c.bold(dx(lang, 'logsByHour')));
  const most = Math.max(...result.hours.map((hour) => hour.count));
  for (const hour of result.hours) {
    const bar = '█'.repeat(Math.max(1, Math.round((hour.count / most) * BAR)));
    lines.push(`  ${(hour.hour === 'unknown' ? dx(lang, 'logsUnknownHour') : `${hour.hour}:00`).padEnd(16)}  ${n(hour.count).padStart(8)}  ${c.dim(bar)}`);
  }
  lines.push('');

  lines.push(c.bold(dx(lang, 'logsSymptoms')));
  for (const symptom of result.symptoms) {
    lines.push(`  ${c.cyan(symptom.id)}  ${symptom.title}  ${c.dim(`(${dx(lang, 'logsLines', { count: n(symptom.count) })}, ${dx(lang, 'logsUsers', { count: n(symptom.users) })})`)}`);
    lines.push(...causeLines(c, lang, symptom.causes, '    '));
    for (const text of symptom.tellApart) lines.push(c.dim(`    • ${text}`));
    lines.push('');
  }
  lines.push(...problemLines(c, lang, result.problems));
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
