import type { BenchCase } from '../lib.js';
import { adminConsole, adminConsoleByteScan } from './admin-console.js';
import { har } from './har.js';
import { logs } from './logs.js';
import { startup } from './startup.js';
import { umapi } from './umapi.js';
import { serveExplain } from './serve-explain.js';
import { fleetLive, fleetOffline } from './fleet.js';

/** Every benchmark `npm run bench` runs, in order. Add a case here. */
export const CASES: BenchCase[] = [startup, adminConsole, adminConsoleByteScan, har, logs, umapi, fleetOffline, fleetLive, serveExplain];
