import type { AdminConsolePlane, AdminConsoleUser } from '../model/snapshot.js';

/** Suggestions returned per keystroke: enough to pick from, few enough to read. */
const MAX_SUGGESTIONS = 8;
/** Keys looked at past the first match of a prefix before giving up (a prefix like "a" matches a million). */
const MAX_SCAN = 2000;

export interface PersonSuggestion {
  email: string;
  username: string;
  name: string;
  line: number;
}

/**
 * The Admin Console users, indexed once so that each lookup in the web UI costs a map read and
 * each keystroke a binary search: exact email or username (any case) → the person's rows, and a
 * sorted list of lower-case keys (email, username, first name, last name, "first last") for
 * suggestions by prefix. Names are kept beside the plane, which has none.
 */
export class PeopleIndex {
  private readonly exact = new Map<string, number[]>();
  private keys: string[] = [];
  private postings: number[][] = [];

  constructor(
    private readonly plane: AdminConsolePlane,
    /** "First Last" of each user, by index into plane.users (AdminConsoleReadOptions.onNames). */
    private readonly names: readonly string[] = [],
  ) {}

  /** Builds the maps once the plane is read. */
  build(): this {
    const byKey = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, key: string, index: number): void => {
      if (key === '') return;
      const list = map.get(key);
      if (!list) map.set(key, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    };
    this.plane.users.forEach((user, index) => {
      const email = user.email.toLowerCase();
      const username = user.username.toLowerCase();
      add(this.exact, email, index);
      add(this.exact, username, index);
      add(byKey, email, index);
      add(byKey, username, index);
      const name = (this.names[index] ?? '').toLowerCase();
      if (name !== '') {
        add(byKey, name, index);
        for (const part of name.split(' ')) add(byKey, part, index);
      }
    });
    this.keys = [...byKey.keys()].sort();
    this.postings = this.keys.map((key) => byKey.get(key)!);
    return this;
  }

  get size(): number {
    return this.plane.users.length;
  }

  /** The rows of the person with this email or username, any case (explain then prefers the exact spelling). */
  find(query: string): AdminConsoleUser[] {
    return (this.exact.get(query.trim().toLowerCase()) ?? []).map((index) => this.plane.users[index]!);
  }

  /** People whose email, username or name starts with what was typed. */
  suggest(prefix: string): PersonSuggestion[] {
    const q = prefix.trim().toLowerCase();
    if (q === '') return [];
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keys[middle]! < q) low = middle + 1;
      else high = middle;
    }
    const seen = new Set<number>();
    const out: PersonSuggestion[] = [];
    for (let at = low; at < this.keys.length && at < low + MAX_SCAN && out.length < MAX_SUGGESTIONS; at++) {
      if (!this.keys[at]!.startsWith(q)) break;
      for (const index of this.postings[at]!) {
        if (seen.has(index) || out.length >= MAX_SUGGESTIONS) continue;
        seen.add(index);
        const user = this.plane.users[index]!;
        out.push({ email: user.email, username: user.username, name: this.names[index] ?? '', line: user.line });
      }
    }
    return out;
  }
}
