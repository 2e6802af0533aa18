import { collectWorkspace } from '../../src/collectors/collect.js';
import { runRules } from '../../src/engine/run-rules.js';
import { RULES } from '../../src/rules/index.js';
import { planFixes } from '../../src/fix/plan.js';
import { planMarkdown } from '../../src/fix/render.js';
import { ACME } from '../support/workspace.js';

const snapshot = await collectWorkspace(ACME);
const result = runRules(snapshot, RULES, { lang: 'en' });
const plan = planFixes(snapshot, result, { now: new Date('2026-10-05T10:00:00Z') });
console.log(JSON.stringify(plan.changes.map((c) => [c.order, c.id, c.from, c.to, c.fixes, c.alternative?.why]), null, 0));
console.log(planMarkdown(plan, process.argv[2] === 'ko' ? 'ko' : 'en'));
