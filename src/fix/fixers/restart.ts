import type { Provenance } from '../../model/provenance.js';
import type { ChangeDraft } from '../types.js';
import { none, options, type Fixer } from './fixer.js';

/** The restart that makes saved settings effective; the plan puts it last. */
export function restartOf(instance: string, startedAt: string | null, at: Provenance | null): ChangeDraft {
  return {
    plane: 'campaign',
    record: 'server',
    op: 'restart',
    instance,
    target: instance,
    field: 'serverStartedAt',
    from: startedAt,
    to: null,
    at,
    applyWith: 'steps',
    risk: [{ id: 'riskRestart', params: { instance } }],
  };
}

/** restart: the account changed after the server started. */
const fixer: Fixer = {
  rule: 'restart',
  propose({ finding, context }) {
    if (!context || (finding.status !== 'warn' && finding.status !== 'fail')) return none({ id: 'reasonNoFix' });
    const started = context.instance.serverStartedAt;
    return options([restartOf(context.instance.name, started?.value ?? null, started?.at ?? null)]);
  },
};

export default fixer;
