/**
 * Bounds on live work in a fleet: how many tasks run at once, and how many requests are in flight
 * to one host. First come, first served; no timers (deadlines are the scheduler's).
 */
export class Limiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly max: number) {}

  /** Waits for a free place and returns the function that frees it (call it once). */
  async acquire(): Promise<() => void> {
    if (this.running >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      const next = this.waiting.shift();
      // The place goes straight to the next in line: `running` stays the same.
      if (next) next();
      else this.running--;
    };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await task();
    } finally {
      release();
    }
  }
}

/** One Limiter per host (`name:port`), made when the host is first asked for. */
export class HostLimits {
  private readonly hosts = new Map<string, Limiter>();

  constructor(readonly perHost: number) {}

  /** The shape NetOptions.hostSlot takes. */
  readonly slot = (host: string): Promise<() => void> => {
    let limiter = this.hosts.get(host);
    if (!limiter) this.hosts.set(host, (limiter = new Limiter(this.perHost)));
    return limiter.acquire();
  };
}

/** Runs `task` on every item, at most `max` at once, keeping the items' order in the answers. */
export async function mapLimited<T, R>(items: readonly T[], max: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const limiter = new Limiter(max);
  return Promise.all(items.map((item, index) => limiter.run(() => task(item, index))));
}
