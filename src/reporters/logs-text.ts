import type { LogsResult } from '../analyzers/log-scan.js';
import { formatFor } from '../i18n/catalogue.js';
import { dxText } from '../i18n/diagnose.js';
import { uiText } from '../i18n/ui.js';
import { causeLines, colors, problemLines } from './diagnose-shared.js';
import { hideSecrets, neutralizeControls } from '../security/sensitive.js';
import { block, hang, padEnd, viewWidth, widest } from './layout.js';

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
export function renderLogsText(result: LogsResult, options: { color: boolean; width?: number }): string {
  const c = colors(options.color);
  const { lang } = result;
  const width = viewWidth(options.width);
  // The catalogue's digit grouping: toLocaleString would load ICU's data for one number.
  const format = formatFor(lang);
  const n = (value: number): string => format.n(value);
  const lines: string[] = [
    ...block(dxText(lang, { id: 'logsHeading' }), width, '', '', c.bold),
    ...block(dxText(lang, { id: 'logsScanned', params: { files: result.files.length, size: size(result.bytes), hits: result.hits } }), width, '', '  '),
  ];
  for (const dir of result.emptyFolders) lines.push(...block(dxText(lang, { id: 'logsEmptyFolder', params: { dir } }), width, '', '  ', c.dim));
  lines.push('');

  if (result.hits === 0) {
    lines.push(...block(dxText(lang, { id: 'logsNothing' }), width, ''), '');
    lines.push(...problemLines(c, lang, result.problems, width));
    return lines.join('\n').replace(/\n+$/, '') + '\n';
  }

  lines.push(c.bold(dxText(lang, { id: 'logsByMessage' })));
  const countWidth = Math.max(...result.signatures.map((signature) => n(signature.count).length));
  for (const signature of result.signatures) {
    const label = signature.severity === 'warn' ? c.bold(c.yellow(uiText(lang, { id: 'statusWarn' }))) : c.dim(dxText(lang, { id: 'logsRoutine' }));
    const inferred = signature.source === 'I' ? c.dim(` ${dxText(lang, { id: 'logsInferred' })}`) : '';
    const encoding = signature.encoding === 'euc-kr' ? c.dim(' [EUC-KR]') : '';
    const inner = ' '.repeat(countWidth + 4);
    lines.push(
      ...hang(
        `  ${n(signature.count).padStart(countWidth)}  `,
        `${JSON.stringify(signature.text)}${encoding}  ${label}  ${c.cyan(signature.symptom)}${inferred}`,
        width,
        inner,
      ),
    );
    const when = signature.first ? `, ${dxText(lang, { id: 'logsBetween', params: { first: signature.first, last: signature.last ?? signature.first } })}` : '';
    lines.push(...block(`${dxText(lang, { id: 'logsUsers', params: { count: signature.users } })}${when}`, width, inner, inner, c.dim));
    // Log text is untrusted: secrets hidden and control characters made visible, also when a caller built the samples itself.
    // Tabs between a log line's columns become one space: a terminal would widen them unpredictably.
    for (const sample of signature.samples) {
      const text = neutralizeControls(hideSecrets(sample.text)).replace(/\t+/g, ' ');
      const safe = { file: neutralizeControls(sample.file), offset: sample.offset, text };
      lines.push(...hang(`${inner}› `, dxText(lang, { id: 'logsSample', params: safe }), width, `${inner}  `, { quotedValues: false }).map(c.dim));
    }
  }
  lines.push('');

  if (result.users.length > 0) {
    const shown = result.users.slice(0, USERS_SHOWN);
    lines.push(...block(dxText(lang, { id: 'logsByUser', params: { shown: shown.length, total: result.users.length } }), width, '', '  ', c.bold));
    // Display width: "박지수" takes six columns, not three.
    const names = shown.map((user) => neutralizeControls(user.user));
    const nameWidth = Math.min(widest(names), Math.max(12, width - 30));
    for (const [index, user] of shown.entries()) {
      const detail = Object.entries(user.bySignature)
        .map(([id, count]) => `${id} ${n(count)}`)
        .join(', ');
      lines.push(...hang(`  ${padEnd(names[index]!, nameWidth)}  ${n(user.count).padStart(6)}  `, c.dim(detail), width, ' '.repeat(nameWidth + 12)));
    }
    if (result.withoutUser > 0)
      lines.push(...block(dxText(lang, { id: 'logsWithoutUser', params: { count: result.withoutUser } }), width, '  ', '    ', c.dim));
    lines.push('');
  }

  lines.push(...block(dxText(lang, { id: 'logsByHour' }), width, '', '  ', c.bold));
  const most = Math.max(...result.hours.map((hour) => hour.count));
  const hourLabels = result.hours.map((hour) => (hour.hour === 'unknown' ? dxText(lang, { id: 'logsUnknownHour' }) : `${hour.hour}:00`));
  const hourWidth = Math.max(16, widest(hourLabels));
  const bar = Math.max(10, Math.min(BAR, width - hourWidth - 14));
  for (const [index, hour] of result.hours.entries()) {
    const length = Math.max(1, Math.round((hour.count / most) * bar));
    lines.push(`  ${padEnd(hourLabels[index]!, hourWidth)}  ${n(hour.count).padStart(8)}  ${c.dim('█'.repeat(length))}`);
  }
  lines.push('');

  lines.push(...block(dxText(lang, { id: 'logsSymptoms' }), width, '', '  ', c.bold));
  for (const symptom of result.symptoms) {
    const counts = `(${dxText(lang, { id: 'logsLines', params: { count: symptom.count } })}, ${dxText(lang, { id: 'logsUsers', params: { count: symptom.users } })})`;
    lines.push(...hang(`  ${c.cyan(symptom.id)}  `, `${symptom.title} ${c.dim(counts)}`, width, '    '));
    lines.push(...causeLines(c, lang, symptom.causes, '    ', width));
    for (const text of symptom.tellApart) lines.push(...block(text, width, '    • ', '      ', c.dim));
    lines.push('');
  }
  lines.push(...problemLines(c, lang, result.problems, width));
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
