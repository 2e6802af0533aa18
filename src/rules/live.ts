import type { InstanceProbes } from '../model/probes.js';
import type { InstanceContext, InstanceRule, Message, Report } from './legacy.js';

/**
 * A rule's check of live observations (`check --probe`), kept apart from its offline check: the
 * rule reports both, so one report shows the configuration and what IMS really answered side by
 * side. Evidence of a live report points at the endpoint (`at.live`), never at a file.
 */
export interface LiveCheck<L extends string> {
  messages: Record<L, Message>;
  check(probes: InstanceProbes, context: InstanceContext): Report<L>[];
}

export function withLiveCheck<M extends string, L extends string>(rule: InstanceRule<M>, live: LiveCheck<L>): InstanceRule<M | L> {
  return {
    ...rule,
    messages: { ...rule.messages, ...live.messages } as Record<M | L, Message>,
    check: (context) => {
      const offline: Report<M | L>[] = rule.check(context);
      const probes = context.instance.probes;
      return probes ? [...offline, ...live.check(probes, context)] : offline;
    },
  };
}
