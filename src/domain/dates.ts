import { MAX_UTC_OFFSET_HOURS } from './facts.js';

/** An instant read from a date as written, and whether the text said which time zone it is in. */
export interface ParsedDate {
  /** Milliseconds since the epoch, the text read as UTC when it names no zone. */
  ms: number;
  /** False when the text names no zone (no `Z`, no `±hh:mm`): the instant is then uncertain by the zone's offset. */
  zoned: boolean;
}

// `2026-10-02 09:10:03.000Z` (Campaign), `2026-10-01T06:00:00Z`, `…+09:00`, `…+0900`; seconds and fraction optional.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads a date-time as Campaign writes it in exports or as ISO 8601 writes it. Returns undefined
 * for anything else (a date without a time, an impossible day or hour), so that the caller can quote it.
 * `zonelessIsUtc`: the source is known to write UTC, so a missing zone is not an uncertainty.
 */
export function parseCampaignDate(text: string, zonelessIsUtc = false): ParsedDate | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((index) => Number(match[index] ?? '0')) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const fraction = Number(`0.${match[7] ?? '0'}`);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) + Math.round(fraction * 1000);
  // Date.UTC rolls 31 September over to 1 October: reject days the month does not have.
  if (new Date(utc).getUTCDate() !== day) return undefined;
  const zone = match[8];
  if (!zone) return { ms: utc, zoned: zonelessIsUtc };
  if (zone.toUpperCase() === 'Z') return { ms: utc, zoned: true };
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  const offsetMinutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0');
  if (offsetMinutes > MAX_UTC_OFFSET_HOURS * 60) return undefined;
  return { ms: utc - sign * offsetMinutes * 60_000, zoned: true };
}
