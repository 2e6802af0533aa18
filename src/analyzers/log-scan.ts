import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, createReadStream } from 'node:fs';
import path from 'node:path';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import { LOG_SIGNATURES, LOG_USER_PATTERNS, SYMPTOMS, type LogSignature, type SymptomId } from '../domain/symptoms.js';
import { InputError } from '../inputs/input-error.js';
import { asInputError, assertRegular } from '../inputs/read-text.js';
import type { SourceProblem } from '../model/snapshot.js';
import type { CheckResult, ResultProblem } from '../model/finding.js';
import { resultProblem } from '../engine/run-rules.js';
import type { Lang } from '../i18n/lang.js';
import { hideSecrets, neutralizeControls } from '../security/sensitive.js';
import { TOOL_VERSION } from '../version.js';
import { rankCauses, type RankedCause } from './causes.js';

/**
 * Streams Campaign logs (logins.log, logins.yy-mm-dd.log, web.log, web_2.log, gzipped or not) and
 * finds the lines carrying a known IMS signature (symptoms.ts: LOG_SIGNATURES). The line layout is
 * not public, so nothing is read by column: each signature is searched as bytes over whole chunks
 * with Buffer.indexOf, and only the lines that hit are decoded and parsed (time, user). Memory does
 * not grow with the file: one reused buffer per file, and bounded samples.
 */

/** Files a folder contributes: Campaign's log names, rolled (`_2`), dated, numbered or gzipped. */
export const LOG_FILE_NAME = /\.log(?:\.\d+)?(?:\.gz)?$/i;

/** Bytes read at a time: small enough to stay in the CPU cache while every signature is searched in it. */
const CHUNK = 256 * 1024;
/** A line longer than this is cut (a log line never is; a binary file might be). */
const MAX_LINE = 64 * 1024;
const SAMPLES_PER_SIGNATURE = 3;
const SAMPLE_CHARS = 300;

export interface LogHit {
  signature: LogSignature;
  file: string;
  /** Byte offset of the line in the (decompressed) file. */
  offset: number;
  line: string;
  /** `YYYY-MM-DD HH` as written in the line (no time zone conversion); null when the line has no time. */
  hour: string | null;
  time: string | null;
  user: string | null;
}

interface Needle {
  bytes: Buffer;
  signature: LogSignature;
  /** Where the anchor starts inside the needle. */
  anchorAt: number;
}

interface Anchor {
  bytes: Buffer;
  needles: Needle[];
}

/**
 * The byte pattern actually searched for each signature: the needle from its first character that
 * is not a lower-case letter or a space. Buffer.indexOf is fastest when the first byte is rare
 * (`_client` rather than `invalid_client`), and needles sharing that tail share one search.
 */
function compileAnchors(signatures: readonly LogSignature[]): Anchor[] {
  const anchors = new Map<string, Anchor>();
  for (const signature of signatures) {
    const bytes = signature.encoding === 'euc-kr' ? encodeEucKr(signature.text) : Buffer.from(signature.text, 'utf8');
    if (!bytes) continue;
    let at = 0;
    while (at < bytes.length - 4 && ((bytes[at]! >= 0x61 && bytes[at]! <= 0x7a) || bytes[at] === 0x20)) at++;
    const anchorBytes = bytes.subarray(at);
    const key = anchorBytes.toString('hex');
    let anchor = anchors.get(key);
    if (!anchor) anchors.set(key, (anchor = { bytes: anchorBytes, needles: [] }));
    anchor.needles.push({ bytes, signature, anchorAt: at });
  }
  return [...anchors.values()];
}

let eucKrTable: Map<string, number> | undefined;

/** Encodes Hangul text as EUC-KR (CP949) by inverting the built-in decoder over the KS X 1001 range. */
function encodeEucKr(text: string): Buffer | undefined {
  if (!eucKrTable) {
    eucKrTable = new Map();
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder('euc-kr');
    } catch {
      return undefined; // a Node without full ICU: the UTF-8 needle still works
    }
    for (let lead = 0xb0; lead <= 0xc8; lead++) {
      for (let trail = 0xa1; trail <= 0xfe; trail++) {
        const character = decoder.decode(Uint8Array.of(lead, trail));
        if (character.length === 1 && !eucKrTable.has(character)) eucKrTable.set(character, (lead << 8) | trail);
      }
    }
  }
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = eucKrTable.get(character);
      if (pair === undefined) return undefined;
      bytes.push(pair >> 8, pair & 0xff);
    }
  }
  return Buffer.from(bytes);
}

const DATE_TIME = /(\d{4})[-/.](\d{2})[-/.](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/;
const TIME_ONLY = /(?:^|[^\d:])(\d{2}):(\d{2}):(\d{2})(?![\d:])/;
/** `logins.26-10-02.log`: the day of a daily file whose lines may carry only the time [V: file naming; I: yy-mm-dd order]. */
const DAILY_FILE = /\.(\d{2})-(\d{2})-(\d{2})\.log/;

function userOf(line: string): string | null {
  for (const pattern of LOG_USER_PATTERNS) {
    const match = pattern.exec(line);
    if (match) return (match[1] ?? match[0]).trim();
  }
  return null;
}

/** Searches one file's bytes for every anchor; hands each line that holds a signature to `onHit` once per signature. */
class ChunkScanner {
  private readonly buffer = Buffer.allocUnsafe(CHUNK + MAX_LINE);
  private length = 0;
  /** File offset of buffer[0]. */
  private base = 0;
  private readonly day: string | null;
  private readonly eucKr: TextDecoder;
  bytes = 0;

  constructor(
    private readonly file: string,
    private readonly anchors: Anchor[],
    private readonly onHit: (hit: LogHit) => void,
  ) {
    const daily = DAILY_FILE.exec(path.basename(file));
    this.day = daily ? `20${daily[1]}-${daily[2]}-${daily[3]}` : null;
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder('euc-kr');
    } catch {
      decoder = new TextDecoder('utf-8'); // without full ICU, EUC-KR lines are shown as UTF-8
    }
    this.eucKr = decoder;
  }

  /** Free room at the end of the buffer, for a reader to fill. */
  room(): Buffer {
    return this.buffer.subarray(this.length, CHUNK + MAX_LINE);
  }

  /** `count` bytes were written into `room()`. */
  filled(count: number): void {
    this.length += count;
    this.bytes += count;
    if (this.length >= CHUNK) this.flush(false);
  }

  /** Copies a chunk in (a decompressed stream's output), scanning as the buffer fills. */
  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      const room = this.room();
      const count = Math.min(room.length, chunk.length - at);
      chunk.copy(room, 0, at, at + count);
      at += count;
      this.filled(count);
    }
  }

  end(): void {
    this.flush(true);
  }

  /** Scans the complete lines held (all of them at the end), keeps the partial last line for the next read. */
  private flush(final: boolean): void {
    const buffer = this.buffer;
    let end = final ? this.length : buffer.lastIndexOf(10, this.length - 1) + 1;
    // A line longer than the buffer: scan what there is (it cannot be a log line anyway).
    if (end <= 0) end = this.length;
    if (end > 0) this.scan(0, end);
    buffer.copyWithin(0, end, this.length);
    this.base += end;
    this.length -= end;
  }

  private scan(start: number, end: number): void {
    const buffer = this.buffer;
    const region = start === 0 && end === buffer.length ? buffer : buffer.subarray(start, end);
    for (const anchor of this.anchors) {
      let at = region.indexOf(anchor.bytes);
      while (at !== -1) {
        let lineEnd = region.indexOf(10, at);
        if (lineEnd === -1) lineEnd = region.length;
        const lineStart = region.lastIndexOf(10, at) + 1;
        for (const needle of anchor.needles) {
          const from = at - needle.anchorAt;
          if (from < lineStart) continue;
          if (needle.anchorAt > 0 && region.compare(needle.bytes, 0, needle.anchorAt, from, at) !== 0) continue;
          this.hit(needle.signature, region, lineStart, lineEnd);
        }
        at = lineEnd + 1 < region.length ? region.indexOf(anchor.bytes, lineEnd + 1) : -1;
      }
    }
  }

  private hit(signature: LogSignature, region: Buffer, lineStart: number, lineEnd: number): void {
    const end = lineEnd > lineStart && region[lineEnd - 1] === 13 ? lineEnd - 1 : lineEnd;
    const raw = region.subarray(lineStart, Math.min(end, lineStart + MAX_LINE));
    const line = signature.encoding === 'euc-kr' ? this.eucKr.decode(raw) : raw.toString('utf8');
    let time: string | null = null;
    let hour: string | null = null;
    const full = DATE_TIME.exec(line);
    if (full) {
      time = `${full[1]}-${full[2]}-${full[3]} ${full[4]}:${full[5]}${full[6] ? `:${full[6]}` : ''}`;
      hour = `${full[1]}-${full[2]}-${full[3]} ${full[4]}`;
    } else if (this.day) {
      const clock = TIME_ONLY.exec(line);
      if (clock) {
        time = `${this.day} ${clock[1]}:${clock[2]}:${clock[3]}`;
        hour = `${this.day} ${clock[1]}`;
      }
    }
    this.onHit({
      signature,
      file: this.file,
      offset: this.base + region.byteOffset - this.buffer.byteOffset + lineStart,
      line,
      hour,
      time,
      user: userOf(line),
    });
  }
}

export interface LogFileSummary {
  file: string;
  compressed: boolean;
  /** Bytes scanned (after decompression). */
  bytes: number;
  hits: number;
}

export interface SignatureSummary {
  id: string;
  symptom: SymptomId;
  text: string;
  encoding: LogSignature['encoding'];
  /** [V] published, or [I] inferred (see symptoms.ts). */
  source: LogSignature['source'];
  severity: 'warn' | 'info';
  count: number;
  users: number;
  first: string | null;
  last: string | null;
  /** A few lines as they were written, secrets hidden, cut at 300 characters. */
  samples: { file: string; offset: number; text: string }[];
}

export interface UserSummary {
  user: string;
  count: number;
  bySignature: Record<string, number>;
  first: string | null;
  last: string | null;
}

export interface HourSummary {
  /** `YYYY-MM-DD HH`, or `unknown` for lines without a time. */
  hour: string;
  count: number;
  bySignature: Record<string, number>;
}

export interface LogScan {
  files: LogFileSummary[];
  problems: SourceProblem[];
  bytes: number;
  /** Lines that carried a known signature (a line with two signatures counts for each). */
  hits: number;
  signatures: SignatureSummary[];
  users: UserSummary[];
  hours: HourSummary[];
  /** Lines with a signature but no recognisable user. */
  withoutUser: number;
}

/** Expands folders into their log files (recursively, in name order); a missing path is bad input. */
export function listLogFiles(inputs: string[]): { files: string[]; empty: string[] } {
  const files: string[] = [];
  const empty: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = statSync(input);
    } catch (error) {
      throw asInputError(input, error);
    }
    if (!info.isDirectory()) {
      files.push(input);
      continue;
    }
    const found: string[] = [];
    const walk = (dir: string, depth: number): void => {
      let names: string[];
      try {
        names = readdirSync(dir).sort();
      } catch (error) {
        throw asInputError(dir, error);
      }
      for (const name of names) {
        const full = path.join(dir, name);
        const kind = statSync(full, { throwIfNoEntry: false });
        if (kind?.isDirectory() && depth < 8) walk(full, depth + 1);
        else if (kind?.isFile() && LOG_FILE_NAME.test(name)) found.push(full);
      }
    };
    walk(input, 0);
    if (found.length === 0) empty.push(input);
    files.push(...found);
  }
  return { files, empty };
}

/** Scans every file; an unreadable, binary or corrupt file is a problem and the others are still scanned. */
export async function scanLogFiles(files: string[], signatures: readonly LogSignature[] = LOG_SIGNATURES): Promise<LogScan> {
  const anchors = compileAnchors(signatures);
  const severity = new Map(SYMPTOMS.map((symptom) => [symptom.id, symptom.logSeverity]));
  const bySignature = new Map<string, SignatureSummary & { userKeys: Set<string> }>();
  const byUser = new Map<string, UserSummary>();
  const byHour = new Map<string, HourSummary>();
  const scan: LogScan = { files: [], problems: [], bytes: 0, hits: 0, signatures: [], users: [], hours: [], withoutUser: 0 };
  const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);
  const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);

  const onHit = (hit: LogHit): void => {
    scan.hits++;
    const id = hit.signature.id;
    let summary = bySignature.get(id);
    if (!summary) {
      summary = {
        id,
        symptom: hit.signature.symptom,
        text: hit.signature.text,
        encoding: hit.signature.encoding,
        source: hit.signature.source,
        severity: severity.get(hit.signature.symptom) ?? 'warn',
        count: 0,
        users: 0,
        first: null,
        last: null,
        samples: [],
        userKeys: new Set(),
      };
      bySignature.set(id, summary);
    }
    summary.count++;
    summary.first = earlier(summary.first, hit.time);
    summary.last = later(summary.last, hit.time);
    if (summary.samples.length < SAMPLES_PER_SIGNATURE) {
      // Secrets hidden first (an escape could split a name from its value), then control characters made visible.
      const text = neutralizeControls(hideSecrets(hit.line));
      summary.samples.push({ file: hit.file, offset: hit.offset, text: text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS - 1)}…` : text });
    }
    if (hit.user !== null) {
      const key = hit.user.toLowerCase();
      summary.userKeys.add(key);
      let user = byUser.get(key);
      if (!user) byUser.set(key, (user = { user: hit.user, count: 0, bySignature: {}, first: null, last: null }));
      user.count++;
      user.bySignature[id] = (user.bySignature[id] ?? 0) + 1;
      user.first = earlier(user.first, hit.time);
      user.last = later(user.last, hit.time);
    } else {
      scan.withoutUser++;
    }
    const hourKey = hit.hour ?? 'unknown';
    let hour = byHour.get(hourKey);
    if (!hour) byHour.set(hourKey, (hour = { hour: hourKey, count: 0, bySignature: {} }));
    hour.count++;
    hour.bySignature[id] = (hour.bySignature[id] ?? 0) + 1;
  };

  for (const file of files) {
    const hitsBefore = scan.hits;
    try {
      const summary = await scanOne(file, anchors, onHit);
      scan.files.push({ ...summary, hits: scan.hits - hitsBefore });
      scan.bytes += summary.bytes;
    } catch (error) {
      const problem = asInputError(file, error);
      scan.problems.push(problem.toProblem());
    }
  }

  scan.signatures = [...bySignature.values()].map(({ userKeys, ...summary }) => ({ ...summary, users: userKeys.size })).sort((a, b) => b.count - a.count);
  scan.users = [...byUser.values()].sort((a, b) => b.count - a.count || a.user.localeCompare(b.user));
  scan.hours = [...byHour.values()].sort((a, b) => (a.hour === 'unknown' ? 1 : b.hour === 'unknown' ? -1 : a.hour.localeCompare(b.hour)));
  return scan;
}

async function scanOne(file: string, anchors: Anchor[], onHit: (hit: LogHit) => void): Promise<Omit<LogFileSummary, 'hits'>> {
  const scanner = new ChunkScanner(file, anchors, onHit);
  // Not blocking on a named pipe; anything but a regular file is refused before a byte is read.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  let compressed = false;
  try {
    assertRegular(file, fstatSync(fd));
    // The first read decides: gzip by its magic bytes (whatever the name), else text — or not a log at all.
    const head = Buffer.alloc(8192);
    const headLength = readSync(fd, head, 0, head.length, 0);
    compressed = headLength >= 2 && head[0] === 0x1f && head[1] === 0x8b;
    if (compressed) {
      closeSync(fd);
      await scanGzip(file, scanner);
    } else {
      assertLogText(file, head.subarray(0, headLength));
      let position = 0;
      for (;;) {
        const room = scanner.room();
        const count = readSync(fd, room, 0, room.length, position);
        if (count === 0) break;
        position += count;
        scanner.filled(count);
      }
      scanner.end();
    }
  } finally {
    if (!compressed) closeSync(fd);
  }
  return { file, compressed, bytes: scanner.bytes };
}

async function scanGzip(file: string, scanner: ChunkScanner): Promise<void> {
  const gunzip = createGunzip({ chunkSize: CHUNK });
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  let first = true;
  try {
    for await (const chunk of input.pipe(gunzip)) {
      if (first) {
        assertLogText(file, chunk as Buffer);
        first = false;
      }
      scanner.push(chunk as Buffer);
    }
  } catch (error) {
    input.destroy();
    if (error instanceof InputError) throw error;
    // zlib's code (Z_DATA_ERROR, Z_BUF_ERROR: truncated) says it in any language; its message is not quoted.
    throw new InputError(file, { id: 'gzipCorrupt', params: { code: (error as NodeJS.ErrnoException).code || null } });
  }
  scanner.end();
}

/** A log is text: NUL bytes (and no UTF-16 mark) mean a binary file was given. UTF-16 logs are refused with the way out. */
function assertLogText(file: string, head: Buffer): void {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new InputError(file, { id: 'utf16Log' }, 1, 1);
  }
  const nul = head.indexOf(0);
  if (nul !== -1) {
    const line = head.subarray(0, nul).toString('latin1').split('\n').length;
    throw new InputError(file, { id: 'binary', params: { format: 'log' } }, line, 1);
  }
}

export interface LogSymptom {
  id: SymptomId;
  title: string;
  severity: 'warn' | 'info';
  /** Lines, and distinct users, across the symptom's signatures. */
  count: number;
  users: number;
  signatures: string[];
  causes: RankedCause[];
  tellApart: string[];
}

export interface LogsResult extends Omit<LogScan, 'problems'> {
  problems: ResultProblem[];
  schemaVersion: 1;
  command: 'logs';
  tool: { name: 'ims-doctor'; version: string };
  lang: Lang;
  inputs: string[];
  /** Folders given that hold no log file. */
  emptyFolders: string[];
  workspace: string | null;
  /** Each symptom seen, linked to the catalogue: its causes (ranked by the rules when a workspace was given). */
  symptoms: LogSymptom[];
}

/** Links what the scan found to the symptom catalogue (and to the rules' verdicts when a check result is given). */
export function logsResult(inputs: string[], emptyFolders: string[], scan: LogScan, lang: Lang, result?: CheckResult): LogsResult {
  const symptoms: LogSymptom[] = [];
  for (const symptom of SYMPTOMS) {
    const seen = scan.signatures.filter((signature) => signature.symptom === symptom.id);
    if (seen.length === 0) continue;
    const ids = new Set(seen.map((signature) => signature.id));
    symptoms.push({
      id: symptom.id,
      title: symptom.title[lang],
      severity: symptom.logSeverity,
      count: seen.reduce((sum, signature) => sum + signature.count, 0),
      users: scan.users.filter((user) => Object.keys(user.bySignature).some((id) => ids.has(id))).length,
      signatures: [...ids],
      causes: rankCauses(symptom, lang, result),
      tellApart: symptom.tellApart.map((text) => text[lang]),
    });
  }
  symptoms.sort((a, b) => Number(a.severity === 'info') - Number(b.severity === 'info') || b.count - a.count);
  return {
    schemaVersion: 1,
    command: 'logs',
    tool: { name: 'ims-doctor', version: TOOL_VERSION },
    lang,
    inputs,
    emptyFolders,
    workspace: result?.workspace ?? null,
    ...scan,
    problems: [...scan.problems.map((problem) => resultProblem(problem, lang)), ...(result?.problems ?? [])],
    symptoms,
  };
}
