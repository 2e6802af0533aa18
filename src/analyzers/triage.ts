import type { CheckResult } from '../model/finding.js';
import { SYMPTOMS, type Symptom, type SymptomId } from '../domain/symptoms.js';
import type { Lang } from '../i18n/lang.js';
import { LANGS } from '../i18n/lang.js';
import { hideSecrets } from '../security/sensitive.js';
import { TOOL_VERSION } from '../version.js';
import { rankCauses, type RankedCause } from './causes.js';

/** How a text was recognised as a symptom. */
export interface MatchVia {
  kind: 'exact' | 'phrase' | 'keywords';
  /** The catalogue text that matched (a message, a code, a paraphrase, or the keywords found). */
  text: string;
}

export interface SymptomMatch {
  id: SymptomId;
  /** 0–1: 1 for an exact message or code, less for paraphrases and keywords. */
  score: number;
  via: MatchVia;
}

/** Below this a text is not taken as naming the symptom. */
export const MATCH_THRESHOLD = 0.6;

const SCORE = { exact: 1, insideExact: 0.9, phrase: 0.9, phraseLoose: 0.85, keywords: 0.75 } as const;

/** Lower case, compatibility forms, straight quotes, single spaces: how two people's texts compare. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Character pairs of a text without spaces and punctuation: compares Korean (spacing varies) and English alike. */
function bigrams(text: string): Set<string> {
  const squeezed = text.replace(/[\s\p{P}]+/gu, '');
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < squeezed.length; i++) pairs.add(squeezed.slice(i, i + 2));
  return pairs;
}

/** The share of `part`'s pairs found in `whole`. */
function containment(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let found = 0;
  for (const pair of part) if (whole.has(pair)) found++;
  return found / part.size;
}

function hasKeyword(text: string, keyword: string): boolean {
  const k = normalizeText(keyword);
  // ASCII words start on a word boundary ("org" is not in "forgot"); Korean words are matched as written.
  if (/^[\x20-\x7e]+$/.test(k)) return new RegExp(`(?<![a-z0-9])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text);
  return text.includes(k);
}

/** How well `text` names `symptom`; undefined below the threshold. */
export function matchSymptom(symptom: Symptom, text: string): SymptomMatch | undefined {
  const input = normalizeText(text);
  if (input === '') return undefined;
  const squeezed = input.replace(/\s+/g, '');
  const candidates: { score: number; via: MatchVia }[] = [];

  for (const exact of symptom.exact) {
    const e = normalizeText(exact);
    if (input.includes(e)) candidates.push({ score: SCORE.exact, via: { kind: 'exact', text: exact } });
    else if (input.length >= 10 && e.includes(input.replace(/[.!]+$/, ''))) candidates.push({ score: SCORE.insideExact, via: { kind: 'exact', text: exact } });
  }

  const inputPairs = bigrams(input);
  for (const lang of LANGS) {
    for (const phrase of symptom.phrases[lang]) {
      const p = normalizeText(phrase);
      if (squeezed.includes(p.replace(/\s+/g, ''))) {
        candidates.push({ score: SCORE.phrase, via: { kind: 'phrase', text: phrase } });
        continue;
      }
      // Part of a phrase ("권한이 없습니다" of "일치하는 권한이 없습니다"): the larger the part, the surer.
      const phraseSqueezed = p.replace(/\s+/g, '');
      if (squeezed.length >= 6 && phraseSqueezed.includes(squeezed)) {
        candidates.push({ score: 0.6 + 0.3 * (squeezed.length / phraseSqueezed.length), via: { kind: 'phrase', text: phrase } });
        continue;
      }
      const phrasePairs = bigrams(p);
      let share = containment(phrasePairs, inputPairs);
      // A short text that is mostly inside a longer phrase ("login page does not open" in a paraphrase).
      if (inputPairs.size >= 8) share = Math.max(share, containment(inputPairs, phrasePairs));
      if (share >= 0.75) candidates.push({ score: SCORE.phraseLoose * share, via: { kind: 'phrase', text: phrase } });
    }
  }

  const hits = symptom.keywords.map((group) => group.find((keyword) => hasKeyword(input, keyword)));
  if (hits.length > 0 && hits.every((hit) => hit !== undefined)) candidates.push({ score: SCORE.keywords, via: { kind: 'keywords', text: hits.join(' + ') } });

  const best = candidates.sort((a, b) => b.score - a.score)[0];
  return best && best.score >= MATCH_THRESHOLD ? { id: symptom.id, score: Math.round(best.score * 100) / 100, via: best.via } : undefined;
}

/** Every symptom the text names, best first. */
export function matchSymptoms(text: string, catalogue: readonly Symptom[] = SYMPTOMS): SymptomMatch[] {
  return catalogue
    .map((symptom) => matchSymptom(symptom, text))
    .filter((match): match is SymptomMatch => match !== undefined)
    .sort((a, b) => b.score - a.score);
}

export interface TriagedSymptom {
  id: SymptomId;
  title: string;
  score: number;
  via: MatchVia;
  /** Ranked: confirmed, possible, unchecked, ruled out; then by prior likelihood. */
  causes: RankedCause[];
  /** The next piece of evidence that tells the causes apart. */
  tellApart: string[];
  /** What to check by hand (printed when no workspace was given). */
  checklist: string[];
}

export interface TriageResult {
  schemaVersion: 1;
  command: 'triage';
  tool: { name: 'ims-doctor'; version: string };
  lang: Lang;
  query: string;
  /** The workspace whose rules ranked the causes, or null: the checklist is printed instead. */
  workspace: string | null;
  instances: { name: string; role: string }[];
  matched: TriagedSymptom[];
  /** Every symptom ims-doctor knows (id and title): what to try when nothing matched. */
  known: { id: SymptomId; title: string }[];
  problems: CheckResult['problems'];
  /** The candidate rules that were run, and what they found (null without a workspace). */
  rulesRun: string[];
  summary: CheckResult['summary'] | null;
  /** When no symptom is recognised: the workspace to run the whole checklist on (`ims-doctor check <it>`). */
  suggestCheck: string | null;
}

/** Recognises the symptom in a text, and ranks its causes by what the candidate rules found (when a result is given). */
export function triage(query: string, lang: Lang, result?: CheckResult): TriageResult {
  const matched = matchSymptoms(query).map((match): TriagedSymptom => {
    const symptom = SYMPTOMS.find((item) => item.id === match.id)!;
    return {
      id: symptom.id,
      title: symptom.title[lang],
      score: match.score,
      via: match.via,
      causes: rankCauses(symptom, lang, result),
      tellApart: symptom.tellApart.map((text) => text[lang]),
      checklist: symptom.checklist.map((text) => text[lang]),
    };
  });
  return {
    schemaVersion: 1,
    command: 'triage',
    tool: { name: 'ims-doctor', version: TOOL_VERSION },
    lang,
    // What the user pasted may carry a code or a token (a URL from the address bar): never echoed.
    query: hideSecrets(query),
    workspace: result?.workspace ?? null,
    instances: result?.instances ?? [],
    matched,
    known: SYMPTOMS.map((symptom) => ({ id: symptom.id, title: symptom.title[lang] })),
    problems: result?.problems ?? [],
    rulesRun: result ? [...new Set(result.findings.map((finding) => finding.rule))] : [],
    summary: result?.summary ?? null,
    suggestCheck: matched.length === 0 ? (result?.workspace ?? '<workspace>') : null,
  };
}
