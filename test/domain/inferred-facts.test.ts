import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../support/workspace.js';

// Issue 9, done when: every [I] fact of facts.ts names its reason, and the docs say which verdicts depend
// on it (a rule's page naming the constant is that rule's verdict depending on it).

interface InferredFact {
  names: string[];
  comment: string;
  line: number;
}

/** Each doc comment of facts.ts marked [I], with the constants declared right after it. */
function inferredFacts(): InferredFact[] {
  const text = readFileSync(path.join(ROOT, 'src/domain/facts.ts'), 'utf8');
  const facts: InferredFact[] = [];
  const block = /\/\*\*([\s\S]*?)\*\/\n((?:export (?:const|function) \w+[^\n]*\n(?:(?!export |\/\*\*|\/\/)[^\n]*\n)*)+)/g;
  for (const match of text.matchAll(block)) {
    const comment = match[1]!.replace(/\n\s*\* ?/g, ' ');
    if (!comment.includes('[I]')) continue;
    const names = [...match[2]!.matchAll(/^export (?:const|function) (\w+)/gm)].map((name) => name[1]!);
    facts.push({ names, comment, line: text.slice(0, match.index).split('\n').length });
  }
  return facts;
}

function ruleDocs(lang: 'en' | 'ko'): Map<string, string> {
  const dir = path.join(ROOT, 'docs/rules');
  const docs = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    if (file === 'README.md' || !file.endsWith('.md') || file.endsWith('.ko.md') !== (lang === 'ko')) continue;
    docs.set(file.replace(/(\.ko)?\.md$/, ''), readFileSync(path.join(dir, file), 'utf8'));
  }
  return docs;
}

describe('[I] facts: a reason each, and the verdicts that depend on them documented', () => {
  const facts = inferredFacts();

  it('finds the [I] facts of facts.ts', () => {
    assert.ok(facts.length >= 30, `only ${facts.length} [I] facts found: the parser no longer reads facts.ts`);
    assert.ok(facts.some((fact) => fact.names.includes('NATIVE_LOGIN_REMOVED_FROM_BUILD')));
  });

  it('every [I] fact says why it is believed ("Reason: …")', () => {
    const without = facts.filter((fact) => !/reason: \S/i.test(fact.comment)).map((fact) => `facts.ts:${fact.line} ${fact.names.join(', ')}`);
    assert.deepEqual(without, []);
  });

  it('every [I] fact is named by the page of each rule whose verdict depends on it, in English and Korean (or, with no verdict, by a guide)', () => {
    const [en, ko] = [ruleDocs('en'), ruleDocs('ko')];
    const missing: string[] = [];
    const guides = readdirSync(path.join(ROOT, 'docs'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => readFileSync(path.join(ROOT, 'docs', file), 'utf8'));
    for (const fact of facts) {
      for (const name of fact.names) {
        // A fact no verdict depends on (a live read's pacing) is documented where that read is.
        if (/Verdicts?: none/.test(fact.comment)) {
          if (!guides.some((text) => text.includes(`\`${name}\``))) missing.push(`${name}: no docs/*.md names it`);
          continue;
        }
        const pages = [...en].filter(([, text]) => text.includes(`\`${name}\``)).map(([rule]) => rule);
        if (pages.length === 0) missing.push(`${name}: no docs/rules/*.md names it`);
        for (const rule of pages) if (!ko.get(rule)?.includes(`\`${name}\``)) missing.push(`${name}: docs/rules/${rule}.ko.md does not name it`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
