import { nearMiss, type NearMiss } from './near-miss.js';

/** Client IDs, in one place: the client-id rule and the HAR analysis compare them through these. */

/** [I] IMS compares client IDs as written: case-sensitively, nothing trimmed. */
export function sameClientId(a: string, b: string): boolean {
  return a === b;
}

/** How a client ID differs from the expected one when the slip is one people make by hand (near-miss.ts), else null. */
export function clientIdMiss(found: string, expected: string): NearMiss | null {
  return nearMiss(found, expected) ?? null;
}

/** The same client ID but for spaces at either end: enough to tell which instance a recording is of, never a verdict. */
export function looselySameClientId(a: string, b: string): boolean {
  return sameClientId(a, b) || nearMiss(a, b) === 'edgeSpaces';
}
