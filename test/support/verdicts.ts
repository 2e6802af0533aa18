import type { Finding } from '../../src/model/finding.js';

/** A provenance, whatever key holds it: file:line:col of a file, or the endpoint of a live read. */
function isProvenance(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.includes('endpoint') || (keys.includes('file') && keys.every((key) => ['file', 'line', 'column', 'path', 'defaulted'].includes(key)));
}

/**
 * What findings say, without where their values were read (file:line or endpoint, under any key,
 * and `omit`'s keys): rule, instance, status, messageId and params, to compare two sources of the same facts.
 */
export function verdicts(findings: Finding[], omit: readonly string[] = []): unknown[] {
  const strip = (value: unknown): unknown =>
    JSON.parse(
      JSON.stringify(value, (key, item: unknown) => (key === 'at' || key === 'source' || omit.includes(key) || isProvenance(item) ? undefined : item)),
    );
  return findings.map((finding) => ({
    rule: finding.rule,
    instance: finding.instance,
    status: finding.status,
    messageId: finding.messageId,
    params: strip(finding.params),
  }));
}
