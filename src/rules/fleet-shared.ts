import type { InstanceContext } from '../model/instance-context.js';
import type { FleetContext } from './rule.js';

/** One instance of a fleet, with the label of its workspace: how fleet rules name it. */
export interface FleetInstance {
  workspace: string;
  context: InstanceContext;
}

/** Where an instance sits in a fleet, as messages quote it. */
export interface FleetPlace {
  workspace: string;
  instance: string;
}

export function fleetInstances(fleet: FleetContext): FleetInstance[] {
  return fleet.members.flatMap((member) => member.contexts.map((context) => ({ workspace: member.label, context })));
}

export const placeOf = (item: FleetInstance): FleetPlace => ({ workspace: item.workspace, instance: item.context.instance.name });

/** `workspace/instance`, as the fleet table shows it. */
export const placeText = (place: FleetPlace): string => `${place.workspace}/${place.instance}`;

/** Items grouped by a key, in first-seen order; items without a key ('') are left out. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === '') continue;
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/**
 * True when the items come from two workspaces or more. Fleet rules judge only what no single
 * workspace can see: inside one workspace the workspace's own rules (callback-url, org-id) judge
 * it, so a fleet's counts stay the sum of its workspaces' runs plus what lies between them.
 */
export function spansWorkspaces(items: readonly FleetInstance[]): boolean {
  return new Set(items.map((item) => item.workspace)).size > 1;
}
