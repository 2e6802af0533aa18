import { createReadStream } from 'node:fs';
import { inferSchema, initParser, type Parser } from 'udsv';
import type { AdminConsolePlane, AdminConsoleProfile, UserGroupMapping } from '../model/snapshot.js';
import { ADMIN_CONSOLE_COLUMNS } from '../domain/facts.js';
import { closest } from '../domain/similarity.js';
import { InputError } from '../inputs/input-error.js';
import { asInputError, assertRegularFile, assertText } from '../inputs/read-text.js';

export interface AdminConsoleReadOptions {
  /** Keep only the users this accepts (profile counts still cover everybody): one person among millions. */
  /** Keeps only the users it accepts; a kept user then carries their first and last name (a full run holds no names). */
  keepUser?: (email: string, username: string, firstName: string, lastName: string) => boolean;
  /** The workspace's user group → profiles mapping: a mapped group's profiles count as held by its members. */
  userGroupMapping?: { source: string; groups: UserGroupMapping[] };
  /** Called with every kept user's first and last name (the plane keeps no names): the web UI's people index. */
  onNames?: (index: number, first: string, last: string) => void;
}

interface Columns {
  email: number;
  username: number;
  profiles: number;
  userGroups: number;
  firstName: number;
  lastName: number;
}

/**
 * Streams an Admin Console user export (`,` or `;`, BOM or not, CRLF or LF, quoted multi-name
 * cells) into the people plane: each distinct profile / user group once, users pointing at them.
 * A million users stay well under a gigabyte: names are interned and users hold indexes.
 */
export async function collectAdminConsoleUsers(file: string, options: AdminConsoleReadOptions = {}): Promise<AdminConsolePlane> {
  const profiles: AdminConsoleProfile[] = [];
  const profileIndex = new Map<string, number>();
  const userGroups: AdminConsoleProfile[] = [];
  const groupIndex = new Map<string, number>();
  const plane: AdminConsolePlane = { source: file, userCount: 0, profiles, users: [], userGroups };
  if (options.userGroupMapping) plane.userGroupMapping = options.userGroupMapping;
  const mapped = new Map((options.userGroupMapping?.groups ?? []).map((entry) => [entry.group, entry]));
  const NONE: number[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parser: Parser | undefined;
  let columns: Columns | undefined;
  // uDSV skips the header line itself; data starts on line 2.
  let line = 1;
  let pending = '';

  const profileIndexOf = (name: string, userLine: number, at?: AdminConsoleProfile['at']): number => {
    let index = profileIndex.get(name);
    if (index === undefined) {
      index = profiles.length;
      profileIndex.set(name, index);
      profiles.push({ name, at: at ?? { file, line: userLine, path: 'Product Configurations' }, userCount: 0 });
    }
    return index;
  };
  const groupIndexOf = (name: string, userLine: number): number => {
    let index = groupIndex.get(name);
    if (index === undefined) {
      index = userGroups.length;
      groupIndex.set(name, index);
      userGroups.push({ name, at: { file, line: userLine, path: 'User Groups' }, userCount: 0 });
    }
    return index;
  };

  // Users mostly hold one of a few profile combinations, written the same way: each distinct pair of
  // cells is split once, and its users share one array of profile indexes.
  // User groups are not profiles: they carry profiles, known only through the workspace's mapping.
  interface Held {
    profiles: number[];
    groups: number[];
  }
  const byProfileCell = new Map<string, Held>();
  const byBothCells = new Map<string, Held>();
  const profilesOf = (profileCell: string, groupCell: string, userLine: number): Held => {
    // Most users have no user group: their profile cell alone is the key, with no string to build.
    const sets = groupCell === '' ? byProfileCell : byBothCells;
    const key = groupCell === '' ? profileCell : `${profileCell}\u0000${groupCell}`;
    let held = sets.get(key);
    if (!held) {
      const indexes: number[] = [];
      const groups: number[] = [];
      const add = (index: number): void => {
        if (!indexes.includes(index)) indexes.push(index);
      };
      for (const raw of profileCell.split(',')) {
        const name = raw.trim();
        if (name !== '') add(profileIndexOf(name, userLine));
      }
      for (const raw of groupCell.split(',')) {
        const name = raw.trim();
        if (name === '') continue;
        const index = groupIndexOf(name, userLine);
        if (!groups.includes(index)) groups.push(index);
        for (const profile of mapped.get(name)?.profiles ?? []) add(profileIndexOf(profile, userLine, mapped.get(name)!.at));
      }
      held = { profiles: indexes, groups: groups.length > 0 ? groups : NONE };
      sets.set(key, held);
    }
    for (const index of held.profiles) profiles[index]!.userCount++;
    for (const index of held.groups) userGroups[index]!.userCount++;
    return held;
  };

  const onRow = (row: string[]): void => {
    line++;
    const c = columns!;
    const email = (row[c.email] ?? '').trim();
    const username = (row[c.username] ?? '').trim();
    const userLine = line;
    // A quoted cell may span lines; keep later line numbers true. Until the raw bytes show a quoted
    // field running past its line, no cell holds one: 15 scans a row saved.
    if (quotes.multiline) for (let i = 0; i < row.length; i++) line += countNewlines(row[i]!);
    if (email === '' && username === '' && row.length <= 1) return;
    plane.userCount++;
    const held = profilesOf(row[c.profiles] ?? '', row[c.userGroups] ?? '', userLine);
    const firstName = options.keepUser && c.firstName !== -1 ? (row[c.firstName] ?? '').trim() : '';
    const lastName = options.keepUser && c.lastName !== -1 ? (row[c.lastName] ?? '').trim() : '';
    if (!options.keepUser || options.keepUser(email, username, firstName, lastName)) {
      const user: AdminConsolePlane['users'][number] = {
        email: detach(email),
        username: username === email ? '' : detach(username),
        line: userLine,
        profiles: held.profiles,
      };
      if (held.groups.length > 0) user.userGroups = held.groups;
      if (firstName !== '') user.firstName = detach(firstName);
      if (lastName !== '') user.lastName = detach(lastName);
      plane.users.push(user);
      options.onNames?.(plane.users.length - 1, (row[c.firstName] ?? '').trim(), (row[c.lastName] ?? '').trim());
    }
  };

  const start = (text: string): void => {
    const newline = text.indexOf('\n');
    const headerLine = (newline === -1 ? text : text.slice(0, newline)).replace(/\r$/, '');
    const separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
    columns = findColumns(
      file,
      headerLine.split(separator).map((name) => name.trim().replace(/^"|"$/g, '')),
    );
    // Rows end with \n: CRLF is made LF as the text is read (toLf), so a file mixing both reads as one.
    const schema = inferSchema(text, { col: separator, row: '\n', encl: '"', esc: '"', trim: false });
    parser = initParser(schema);
  };

  // A file saved by two tools may mix CRLF and LF (uDSV, told one, fails on the other). A "\r" at
  // the end of a chunk waits for the next one, which may start with its "\n".
  let heldCr = '';
  const toLf = (decoded: string, last = false): string => {
    let text = heldCr + decoded;
    heldCr = '';
    if (!last && text.endsWith('\r')) {
      heldCr = '\r';
      text = text.slice(0, -1);
    }
    return text.includes('\r') ? text.replaceAll('\r\n', '\n') : text;
  };

  let first = true;
  const quotes = new QuoteTracker();
  await assertRegularFile(file);
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      const bytes = chunk as Buffer;
      if (first) {
        assertText(file, bytes);
        first = false;
      }
      let text: string;
      try {
        text = toLf(decoder.decode(bytes, { stream: true }));
      } catch {
        const at = quotes.positionOf(bytes, firstInvalidUtf8(bytes));
        throw new InputError(file, { id: 'notUtf8', params: { what: 'userExport' } }, at.line, at.column);
      }
      quotes.feed(bytes);
      if (!parser) {
        pending += text;
        if (!pending.includes('\n') && pending.length < 1 << 16) continue;
        text = pending;
        pending = '';
        start(text);
      }
      parser!.chunk<string[]>(text, parser!.stringArrs, onRow);
    }
    const rest = pending + toLf(decoder.decode(), true);
    if (!parser) {
      if (rest.trim() === '') throw new InputError(file, { id: 'empty', params: { what: 'userExport' } }, 1, 1);
      start(rest);
      parser!.chunk<string[]>(rest, parser!.stringArrs, onRow);
    } else if (rest) {
      parser.chunk<string[]>(rest, parser.stringArrs, onRow);
    }
    parser!.end();
    // uDSV drops every row after a quote that never closes: the users below it would vanish in silence.
    if (quotes.inside) {
      const at = quotes.openedAt();
      throw new InputError(file, { id: 'csvUnclosedQuote' }, at.line, at.column);
    }
  } catch (error) {
    if (error instanceof TypeError && /encoded data|decode/i.test(error.message)) {
      throw new InputError(file, { id: 'notUtf8', params: { what: 'userExport' } }, line + 1, 1);
    }
    throw asInputError(file, error);
  }
  return plane;
}

function findColumns(file: string, header: string[]): Columns {
  const indexOf = (name: string): number => header.findIndex((column) => column.toLowerCase() === name.toLowerCase());
  const columns: Columns = {
    email: indexOf(ADMIN_CONSOLE_COLUMNS.email),
    username: indexOf(ADMIN_CONSOLE_COLUMNS.username),
    profiles: indexOf(ADMIN_CONSOLE_COLUMNS.profiles),
    userGroups: indexOf(ADMIN_CONSOLE_COLUMNS.userGroups),
    firstName: indexOf(ADMIN_CONSOLE_COLUMNS.firstName),
    lastName: indexOf(ADMIN_CONSOLE_COLUMNS.lastName),
  };
  const missing: string[] = [];
  if (columns.email === -1 && columns.username === -1) missing.push(ADMIN_CONSOLE_COLUMNS.email);
  if (columns.profiles === -1 && columns.userGroups === -1) missing.push(ADMIN_CONSOLE_COLUMNS.profiles);
  if (missing.length > 0) {
    const lacks = missing.map((column) => ({ column, found: closest(column, header, 6)?.value ?? null }));
    throw new InputError(file, { id: 'notUserExport', params: { missing: lacks } }, 1, 1);
  }
  return columns;
}

/**
 * A copy of a string that does not keep the chunk it was cut from alive: V8 represents
 * substrings as slices of their parent, so a million kept emails would pin the whole file.
 */
function detach(value: string): string {
  // Slicing a concatenation flattens it into a string of its own: one copy of the value, no UTF-8 round trip.
  return value.length < 13 ? value : (' ' + value).slice(1);
}

function count(text: string, character: string): number {
  let n = 0;
  for (let i = text.indexOf(character); i !== -1; i = text.indexOf(character, i + 1)) n++;
  return n;
}

function countNewlines(cell: string): number {
  return cell.length > 0 && cell.includes('\n') ? count(cell, '\n') : 0;
}

interface OpenQuote {
  line: number;
  /** The chunk holding the quote, the quote's offset in it and where its line starts (negative: in an earlier chunk). */
  chunk: Buffer;
  at: number;
  lineStart: number;
}

/**
 * Follows the quotes of the raw bytes beside the parser (two memchr scans per chunk): where the
 * last quoted field opened, on which physical line, and whether the file ends inside it.
 */
class QuoteTracker {
  inside = false;
  private line = 1;
  /** Absolute offset of the current line's first byte, and of the bytes fed so far. */
  private lineStart = 0;
  private offset = 0;
  private open: OpenQuote = { line: 1, chunk: Buffer.alloc(0), at: 0, lineStart: 0 };
  private spanning: OpenQuote | undefined;

  /** A quoted field ran past its line somewhere in the bytes fed so far. */
  get multiline(): boolean {
    return this.spanning !== undefined;
  }

  feed(bytes: Buffer): void {
    let quote = bytes.indexOf(0x22);
    let newline = bytes.indexOf(0x0a);
    while (quote !== -1 || newline !== -1) {
      if (newline !== -1 && (quote === -1 || newline < quote)) {
        // The first quoted field that runs past its line: where a quote left open shows first.
        if (this.inside && this.spanning === undefined) this.spanning = this.open;
        this.line++;
        this.lineStart = this.offset + newline + 1;
        newline = bytes.indexOf(0x0a, newline + 1);
      } else {
        this.inside = !this.inside;
        if (this.inside) this.open = { line: this.line, chunk: bytes, at: quote, lineStart: this.lineStart - this.offset };
        quote = bytes.indexOf(0x22, quote + 1);
      }
    }
    this.offset += bytes.length;
  }

  /** Line and column of the quote left open: the first field that ran past its line, else the last one opened. */
  openedAt(): { line: number; column: number } {
    const open = this.spanning ?? this.open;
    return { line: open.line, column: column(open.chunk, open.lineStart, open.at) };
  }

  /** Line and column of a byte of the chunk about to be fed. */
  positionOf(bytes: Buffer, at: number): { line: number; column: number } {
    let line = this.line;
    let lineStart = this.lineStart - this.offset;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < at; i = bytes.indexOf(0x0a, i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: column(bytes, lineStart, at) };
  }
}

/** The 1-based column, in characters, of a byte; a line begun in an earlier chunk counts from this chunk's start. */
function column(bytes: Buffer, lineStart: number, at: number): number {
  const from = Math.max(0, lineStart);
  const prefix = bytes
    .subarray(from, at)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return prefix.length + 1;
}

/** The offset of the first byte that is not well-formed UTF-8 (continuation bytes a previous chunk began are skipped). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < 3 && i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1]!;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}
