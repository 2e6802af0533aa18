import type { AccessChange } from '../fix/types.js';

/** A cell as RFC 4180 quotes it; a leading = + - @ is prefixed so a spreadsheet never runs it as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The plan's access changes as CSV, one person × instance a row: what a colleague checks in a spreadsheet. */
export function accessCsv(access: readonly AccessChange[]): string {
  const rows = [['person', 'instance', 'before', 'after', 'gained', 'lost']];
  for (const item of access)
    rows.push([item.person, item.instance, item.before.join('; '), item.after.join('; '), item.gained.join('; '), item.lost.join('; ')]);
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
