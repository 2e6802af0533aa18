import { visit } from 'jsonc-parser';
import { InputError, positionOf } from '../inputs/input-error.js';
import { MAX_JSON_DEPTH, tooDeepAt } from '../inputs/json-document.js';
import { asInputError, readRegularFileSync } from '../inputs/read-text.js';

/** The parts of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) ims-doctor reads; the rest is kept as is. */
export interface HarNameValue {
  name: string;
  value: string;
  [extra: string]: unknown;
}

export interface HarEntry {
  startedDateTime?: string;
  time?: number;
  pageref?: string;
  request?: {
    method?: string;
    url?: string;
    headers?: HarNameValue[];
    queryString?: HarNameValue[];
    cookies?: HarNameValue[];
    postData?: { mimeType?: string; text?: string; params?: HarNameValue[] };
    [extra: string]: unknown;
  };
  response?: {
    status?: number;
    statusText?: string;
    headers?: HarNameValue[];
    cookies?: HarNameValue[];
    content?: { size?: number; mimeType?: string; text?: string; encoding?: string };
    redirectURL?: string;
    /** Chrome: the network error of a failed request (`net::ERR_…`). */
    _error?: string | null;
    [extra: string]: unknown;
  };
  [extra: string]: unknown;
}

export interface Har {
  log: {
    version?: string;
    creator?: { name?: string; version?: string };
    pages?: { id?: string; title?: string; startedDateTime?: string }[];
    entries: HarEntry[];
    [extra: string]: unknown;
  };
}

/** The largest string V8 makes (~512 MiB of UTF-16 units, less a little); larger HARs cannot be parsed whole. */
const MAX_HAR_CHARS = 0x1fffffe8;

/**
 * Reads a HAR file: one `readFileSync` and one `JSON.parse`, nothing streamed (parsing is the cost;
 * the analysis after it is a cheap pass over the entries). Every way it can fail is an InputError
 * with the file and, for JSON errors, the line and column — never the text around it, which may hold secrets.
 */
export function readHar(file: string): Har {
  let text: string;
  try {
    // A folder, a named pipe or a device is refused before a byte is read.
    text = readRegularFileSync(file, 'har');
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException)?.code === 'ERR_STRING_TOO_LONG') {
      throw new InputError(file, { id: 'harTooLarge', params: { limit: MAX_HAR_CHARS } });
    }
    throw asInputError(file, error);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(file, { id: 'empty', params: { what: 'har' } }, 1, 1);
  const nul = text.slice(0, 8192).indexOf('\u0000');
  if (nul !== -1) {
    const { line, column } = positionOf(text, nul);
    throw new InputError(file, { id: 'binary', params: { format: 'har' } }, line, column);
  }
  // Nesting is bounded before parsing: every walk over a HAR (analysis, sanitizing) recurses.
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep !== -1) {
    const { line, column } = positionOf(text, deep);
    throw new InputError(file, { id: 'tooDeep', params: { limit: MAX_JSON_DEPTH } }, line, column);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw jsonError(file, text, error);
  }
  const log = (data as { log?: unknown } | null)?.log;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || typeof log !== 'object' || log === null) {
    throw new InputError(file, { id: 'harNoLog' }, 1, 1);
  }
  if (!Array.isArray((log as { entries?: unknown }).entries)) {
    throw new InputError(file, { id: 'harNoEntries' }, 1, 1);
  }
  return data as Har;
}

/** V8 says where JSON stops making sense ("… at position 1234") or that it ends too soon; the snippet it quotes is left out. */
function jsonError(file: string, text: string, error: unknown): InputError {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  // V8 gives no position for some errors ("Unexpected token …"): a second, slower parser finds it (bad input only).
  let offset = at ? Number(at[1]) : /end of JSON/i.test(message) ? text.length : firstErrorOffset(text);
  if (offset < 0) offset = text.length;
  const { line, column } = positionOf(text, Math.min(offset, text.length));
  const truncated = /end of JSON|Unterminated/i.test(message) || offset >= text.trimEnd().length;
  return truncated ? new InputError(file, { id: 'harTruncated' }, line, column) : new InputError(file, { id: 'harNotJson' }, line, column);
}

function firstErrorOffset(text: string): number {
  let offset = -1;
  visit(
    text,
    {
      onError: (_code, at) => {
        if (offset === -1) offset = at;
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return offset;
}
