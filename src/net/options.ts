import type { LookupFunction } from 'node:net';

/** Network settings of the live features; kept apart from the client so that offline runs load no network code. */

/** Route a host:port to another address, keeping the name for TLS and Host (like curl's --connect-to). */
export interface ConnectTo {
  host: string;
  port: number | undefined;
  toHost: string;
  toPort: number | undefined;
}

export interface NetOptions {
  /** Deadline of one request (connect, answer and body), in milliseconds. */
  timeoutMs: number;
  /** Retries of a GET/HEAD/OPTIONS request after a transient failure (connection reset, 502/503/504, refused); other methods are never retried. */
  retries: number;
  /** First back-off delay; doubled each retry. */
  backoffMs?: number;
  /** The environment proxies are read from (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** Trusted CAs replacing Node's store (tests); by default Node's store plus NODE_EXTRA_CA_CERTS. */
  ca?: string | string[];
  connectTo?: ConnectTo[];
  /** Name resolution (tests); default: the system resolver. */
  lookup?: LookupFunction;
  /** Largest body read, in bytes. */
  maxBodyBytes?: number;
  /**
   * Waits for a free place among the requests in flight to this host (a fleet's per-host limit,
   * src/fleet/limits.ts) and returns the function that frees it.
   */
  hostSlot?: (host: string) => Promise<() => void>;
  /** Ends the request at once (an instance's deadline in a fleet). */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRIES = 2;

/** Parses `HOST1:PORT1:HOST2:PORT2` (either port may be empty), like curl's --connect-to. */
export function parseConnectTo(value: string): ConnectTo | undefined {
  const match = /^([^:]+):(\d*):([^:]+|\[[^\]]+\]):(\d*)$/.exec(value.trim());
  if (!match) return undefined;
  const [, host, port, toHost, toPort] = match;
  return { host: host!, port: port ? Number(port) : undefined, toHost: toHost!.replace(/^\[|\]$/g, ''), toPort: toPort ? Number(toPort) : undefined };
}
