/**
 * How Campaign reads the association mask (`imsRightsMask`) of the external account, and why a
 * given Admin Console profile name does or does not grant an operator group: the checklist's
 * `<association mask> + <operator group internal name> = <profile name>` (section 4).
 *
 * Pure functions over names, so that rules (every profile of a million-user export, once each)
 * and a command walking one user's login share one reading of the mask.
 */
import { MASK_MATCH_IS_CASE_SENSITIVE, MASK_REGEX_FORM, OPERATOR_GROUP_NAME_IS_CASE_SENSITIVE, RENAME_EXTENDS_OLD_NAME } from './facts.js';
import { closest, editDistance } from './similarity.js';
import { escapeRegex, wholeStringRegex, type WholeStringRegex } from './urls.js';

export type MaskForm = 'prefix' | 'regex';

export type Mask =
  | {
      ok: true;
      raw: string;
      form: 'prefix' | 'regex';
      caseSensitive: boolean;
      /** The literal text a profile name starts with: the whole prefix mask, or what precedes a regex's group when it is plain text. */
      literal: string | undefined;
      /** Regex form: the whole-string regex as Campaign applies it, and its case-insensitive twin (to explain case misses). */
      regex: WholeStringRegex | undefined;
      regexIgnoringCase: WholeStringRegex | undefined;
    }
  | { ok: false; raw: string; problem: 'empty' }
  | { ok: false; raw: string; problem: 'invalid-regex'; error: string };

/** Reads a mask as Campaign does (see facts: MASK_REGEX_FORM, MASK_MATCH_IS_CASE_SENSITIVE). */
export function compileMask(raw: string, caseSensitive: boolean = MASK_MATCH_IS_CASE_SENSITIVE): Mask {
  if (raw === '') return { ok: false, raw, problem: 'empty' };
  if (!MASK_REGEX_FORM.test(raw)) {
    return { ok: true, raw, form: 'prefix', caseSensitive, literal: raw, regex: undefined, regexIgnoringCase: undefined };
  }
  const compiled = wholeStringRegex(raw, caseSensitive ? '' : 'i');
  if ('error' in compiled) return { ok: false, raw, problem: 'invalid-regex', error: compiled.error };
  const ignoringCase = wholeStringRegex(raw, 'i');
  return {
    ok: true,
    raw,
    form: 'regex',
    caseSensitive,
    literal: regexLiteralPrefix(raw),
    regex: compiled.regex,
    regexIgnoringCase: 'regex' in ignoringCase ? ignoringCase.regex : undefined,
  };
}

/** The text before a regex's first group when it is plain text (`^Campaign - acme - (.*)` → `Campaign - acme - `). */
function regexLiteralPrefix(source: string): string | undefined {
  const open = source.search(MASK_REGEX_FORM);
  let literal = '';
  for (let i = source.startsWith('^') ? 1 : 0; i < open; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[++i];
      if (next === undefined || /[A-Za-z0-9]/.test(next)) return undefined;
      literal += next;
    } else if ('.*+?[]{}|$^'.includes(c)) {
      return undefined;
    } else {
      literal += c;
    }
  }
  return literal === '' ? undefined : literal;
}

/** The operator group a profile name grants under the mask, or undefined when the name does not match. */
export function matchProfile(mask: Mask, name: string): string | undefined {
  if (!mask.ok) return undefined;
  if (mask.form === 'regex') return groupOf(mask.regex!.exec(name));
  const literal = mask.literal!;
  const head = name.slice(0, literal.length);
  if (head === literal || (!mask.caseSensitive && head.toLowerCase() === literal.toLowerCase())) return name.slice(literal.length);
  return undefined;
}

function groupOf(match: (string | undefined)[] | null): string | undefined {
  return match ? (match[1] ?? '') : undefined;
}

/** Another instance's mask in the same workspace: a profile it matches belongs there, it is no near miss here. */
export interface OtherMask {
  instance: string;
  mask: Mask;
}

/** Why a profile name does not match the mask, from the closest miss to the farthest. */
export type MissReason =
  /** It matches the mask of another instance of the workspace. */
  | { kind: 'other-instance'; instance: string; mask: string; group: string }
  /** It would match if upper/lower case were ignored. */
  | { kind: 'case'; prefix: string; group: string }
  /** It would match if spaces (spaces, tabs, no-break spaces) were ignored; `alsoCase` when the case differs too. */
  | { kind: 'spaces'; prefix: string; group: string; alsoCase: boolean }
  /** Its prefix is a few edits away from the mask. */
  | { kind: 'typo'; prefix: string; group: string; distance: number }
  /** It has the shape of a profile of the same product for another instance or tenant, not in the workspace. */
  | { kind: 'other-prefix'; prefix: string }
  | { kind: 'unrelated' };

export type ProfileExplanation = { matches: true; group: string } | { matches: false; why: MissReason };

/** True for the misses that look like a mistake for this instance (case, spaces, typo). */
export function isNearMiss(why: MissReason): why is Extract<MissReason, { kind: 'case' | 'spaces' | 'typo' }> {
  return why.kind === 'case' || why.kind === 'spaces' || why.kind === 'typo';
}

const MISS_RANK: Record<MissReason['kind'], number> = { case: 0, spaces: 1, typo: 2, 'other-instance': 3, 'other-prefix': 4, unrelated: 5 };

/** Orders misses from the nearest: case, spaces, typo (fewest edits first), another instance, another prefix. */
export function compareMisses(a: MissReason, b: MissReason): number {
  const rank = MISS_RANK[a.kind] - MISS_RANK[b.kind];
  if (rank !== 0) return rank;
  return a.kind === 'typo' && b.kind === 'typo' ? a.distance - b.distance : 0;
}

/** Why a profile name does (with the group it names) or does not (with the nearest reason) match the mask. */
export function explainProfile(mask: Mask, name: string, others: readonly OtherMask[] = []): ProfileExplanation {
  const group = matchProfile(mask, name);
  if (group !== undefined) return { matches: true, group };
  for (const other of others) {
    const otherGroup = other.mask.ok && other.mask.raw !== mask.raw ? matchProfile(other.mask, name) : undefined;
    if (otherGroup !== undefined) return { matches: false, why: { kind: 'other-instance', instance: other.instance, mask: other.mask.raw, group: otherGroup } };
  }
  if (!mask.ok) return { matches: false, why: { kind: 'unrelated' } };
  if (mask.form === 'regex' && mask.caseSensitive) {
    const caseGroup = groupOf(mask.regexIgnoringCase?.exec(name) ?? null);
    if (caseGroup !== undefined) return { matches: false, why: { kind: 'case', prefix: name.slice(0, name.length - caseGroup.length), group: caseGroup } };
  }
  const why = mask.literal === undefined ? undefined : literalMiss(mask.literal, name, mask.caseSensitive);
  return { matches: false, why: why ?? { kind: 'unrelated' } };
}

const SPACE = /[\s\u00a0]/;

function literalMiss(literal: string, name: string, caseSensitive: boolean): MissReason | undefined {
  const head = name.slice(0, literal.length);
  if (caseSensitive && head.toLowerCase() === literal.toLowerCase()) return { kind: 'case', prefix: head, group: name.slice(literal.length) };

  const end = endIgnoringSpaces(literal, name);
  if (end !== -1) {
    const group = name.slice(end).replace(/^[\s\u00a0]+/, '');
    // The rest must read as one internal name: "campaign - acme-stage - admin" is no spacing slip of "campaign - acme - ".
    if (group !== '' && !SPACE.test(group)) {
      const prefix = name.slice(0, name.length - group.length);
      const squeeze = (value: string): string => value.replace(/[\s\u00a0]+/g, '');
      return { kind: 'spaces', prefix, group, alsoCase: squeeze(prefix) !== squeeze(literal) };
    }
  }

  // A profile is `<prefix><internal name>`, and internal names hold no spaces.
  const prefix = name.replace(/[^\s\u00a0]+$/, '');
  if (prefix === '') return undefined;
  const distance = editDistance(literal.toLowerCase(), prefix.toLowerCase());
  if (distance > 0 && distance <= typoBudget(literal)) return { kind: 'typo', prefix, group: name.slice(prefix.length), distance };
  if (firstWord(prefix) !== '' && firstWord(prefix) === firstWord(literal)) return { kind: 'other-prefix', prefix };
  return undefined;
}

/** Edits still read as a typo of the mask: 1 for short masks, up to 3 ("campaign - acme - " allows 3). */
function typoBudget(literal: string): number {
  return Math.min(3, Math.max(1, Math.floor(literal.trim().length / 6)));
}

function firstWord(value: string): string {
  return (/^[\s\u00a0]*([\p{L}\p{N}_]+)/u.exec(value)?.[1] ?? '').toLowerCase();
}

/** Where `literal` ends in `name` when whitespace is skipped on both sides and case is ignored; -1 when it does not align. */
function endIgnoringSpaces(literal: string, name: string): number {
  let j = 0;
  for (let i = 0; i < literal.length; i++) {
    const c = literal[i]!;
    if (SPACE.test(c)) continue;
    while (j < name.length && SPACE.test(name[j]!)) j++;
    if (j >= name.length || name[j]!.toLowerCase() !== c.toLowerCase()) return -1;
    j++;
  }
  return j;
}

/** One profile name judged against the mask and Campaign's operator groups. */
export interface ProfileVerdict {
  name: string;
  explanation: ProfileExplanation;
  /** For a matching profile: whether Campaign has the operator group it names. */
  groupExists: boolean;
}

/** Campaign's operator group names, looked up as Campaign does (see facts: OPERATOR_GROUP_NAME_IS_CASE_SENSITIVE). */
export class OperatorGroups {
  private readonly keys: Set<string>;

  constructor(
    readonly names: readonly string[],
    private readonly caseSensitive: boolean = OPERATOR_GROUP_NAME_IS_CASE_SENSITIVE,
  ) {
    this.keys = new Set(names.map((name) => this.key(name)));
  }

  private key(name: string): string {
    return this.caseSensitive ? name : name.toLowerCase();
  }

  has(name: string): boolean {
    return this.keys.has(this.key(name));
  }

  /** The existing group a missing name most likely meant: same letters once case, `_`, `-`, `.` and spaces are ignored, else the fewest edits. */
  closest(name: string): string | undefined {
    const squeeze = (value: string): string => value.toLowerCase().replace(/[\s\u00a0_.-]+/g, '');
    const same = this.names.find((candidate) => squeeze(candidate) === squeeze(name));
    if (same !== undefined) return same;
    // A rename that extends the old name (delivery → deliveryOps): the shortest existing group starting with it.
    const old = squeeze(name);
    const extended =
      RENAME_EXTENDS_OLD_NAME && old.length >= 3
        ? this.names.filter((candidate) => squeeze(candidate).startsWith(old)).sort((a, b) => a.length - b.length)[0]
        : undefined;
    if (extended !== undefined) return extended;
    const lower = new Map(this.names.map((candidate) => [candidate.toLowerCase(), candidate]));
    const near = closest(name.trim().toLowerCase(), lower.keys());
    return near ? lower.get(near.value) : undefined;
  }
}

/** Judges every profile name once; rules then map users to these verdicts by index. */
export function explainProfiles(mask: Mask, names: readonly string[], groups: OperatorGroups, others: readonly OtherMask[] = []): ProfileVerdict[] {
  return names.map((name) => {
    const explanation = explainProfile(mask, name, others);
    return { name, explanation, groupExists: explanation.matches && groups.has(explanation.group) };
  });
}

export type MaskSpacingIssue = 'leading' | 'double' | 'tab' | 'no-break' | 'other-whitespace';

/** Spaces nobody types on purpose in a mask: leading, doubled, tabs, no-break spaces, other invisible whitespace. */
export function maskSpacingIssues(mask: string): MaskSpacingIssue[] {
  const issues: MaskSpacingIssue[] = [];
  if (/^[\s\u00a0]/.test(mask)) issues.push('leading');
  if (/ {2,}/.test(mask)) issues.push('double');
  if (mask.includes('\t')) issues.push('tab');
  if (mask.includes('\u00a0')) issues.push('no-break');
  if (/[^\S \t\u00a0]/.test(mask)) issues.push('other-whitespace');
  return issues;
}

/** The mask that would match a near-miss profile prefix, in the form of the current mask. */
export function suggestedMask(mask: Mask, prefix: string): string {
  if (!mask.ok || mask.form === 'prefix') return prefix;
  return `${escapeRegex(prefix)}(.*)`;
}
