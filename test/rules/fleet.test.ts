import fleetCallbackCollision from '../../src/rules/fleet-callback-collision.js';
import fleetClientReuse from '../../src/rules/fleet-client-reuse.js';
import fleetDuplicateInstance from '../../src/rules/fleet-duplicate-instance.js';
import { ruleTester } from '../support/rule-tester.js';
import { CASES as callbackCollision } from './fleet-callback-collision.cases.js';
import { CASES as clientReuse } from './fleet-client-reuse.cases.js';
import { CASES as duplicateInstance } from './fleet-duplicate-instance.cases.js';

ruleTester(fleetClientReuse, clientReuse);
ruleTester(fleetCallbackCollision, callbackCollision);
ruleTester(fleetDuplicateInstance, duplicateInstance);
