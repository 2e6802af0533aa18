import fleetCallbackCollision from './fleet-callback-collision.js';
import fleetClientReuse from './fleet-client-reuse.js';
import fleetDuplicateInstance from './fleet-duplicate-instance.js';
import type { Rule } from './rule.js';

/** The rules across the workspaces of a fleet, run only when one run checks several workspaces (src/fleet/). */
export const FLEET_RULES: readonly Rule[] = [fleetClientReuse, fleetCallbackCollision, fleetDuplicateInstance];
