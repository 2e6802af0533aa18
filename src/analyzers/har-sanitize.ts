import { createHmac, randomBytes } from 'node:crypto';
import { isSecretName, JWT, nestedUrl } from '../security/sensitive.js';
import type { Har, HarEntry, HarNameValue } from './har-file.js';

/**
 * Replaces every secret in a HAR by a stable token, keeping everything else — and valid HAR 1.2:
 * cookies (request and response, `Cookie` and `Set-Cookie` headers), authorization headers,
 * secret-named query, form, fragment, JSON and XML values (codes, tokens, passwords, client
 * secrets), and any JWT. The token is `redacted-` + 8 hex digits of an HMAC of the value under a
 * key made for this run: the same value gets the same token everywhere, so equality stays visible,
 * and nobody can test a guess against a shared file. Then every copy of a replaced value left
 * anywhere else (initiators, page titles, bodies) is replaced too.
 */
export class HarSanitizer {
  private readonly key: Buffer;
  /** value → token, for every secret replaced. */
  private readonly tokens = new Map<string, string>();
  replaced = 0;

  constructor(key: Buffer = randomBytes(32)) {
    this.key = key;
  }

  get values(): number {
    return this.tokens.size;
  }

  token(value: string): string {
    let token = this.tokens.get(value);
    if (token === undefined) {
      token = `redacted-${createHmac('sha256', this.key).update(value, 'utf8').digest('hex').slice(0, 8)}`;
      this.tokens.set(value, token);
    }
    this.replaced++;
    return token;
  }

  private secret(value: string): string;
  private secret(value: unknown): unknown;
  private secret(value: unknown): unknown {
    if (typeof value !== 'string' || value === '' || SANITIZED.test(value)) return value;
    return this.token(value);
  }

  sanitize(har: Har): Har {
    const log = har.log;
    for (const entry of log.entries) if (entry && typeof entry === 'object') this.entry(entry);
    // A page's title is often its URL, fragment (#access_token=…) included.
    const pages = (log as { pages?: unknown }).pages;
    if (Array.isArray(pages)) {
      for (const page of pages as unknown[]) {
        if (page && typeof page === 'object' && typeof (page as { title?: unknown }).title === 'string') {
          const titled = page as { title: string };
          titled.title = this.body(this.url(titled.title), '');
        }
      }
    }
    // Copies of the secrets wherever else they were written.
    const copies = this.copiesPattern();
    if (copies) this.everywhere(har, copies);
    return har;
  }

  private entry(entry: HarEntry): void {
    const request = entry.request;
    if (request) {
      if (typeof request.url === 'string') request.url = this.url(request.url);
      this.headers(request.headers);
      this.cookies(request.cookies);
      this.pairs(request.queryString);
      const post = request.postData;
      if (post) {
        this.pairs(post.params);
        if (typeof post.text === 'string') post.text = this.body(post.text, post.mimeType ?? '');
      }
    }
    const response = entry.response;
    if (response) {
      this.headers(response.headers);
      this.cookies(response.cookies);
      if (typeof response.redirectURL === 'string' && response.redirectURL !== '') response.redirectURL = this.url(response.redirectURL);
      const content = response.content;
      if (content && typeof content.text === 'string' && content.text !== '') {
        const mime = content.mimeType ?? '';
        if (content.encoding === 'base64') {
          // Any mime type: a body labelled octet-stream may be JSON with a token. Text only: binary stays as it is.
          const decoded = base64Text(content.text);
          if (decoded !== undefined) {
            const cleaned = this.body(decoded, mime);
            if (cleaned !== decoded) content.text = Buffer.from(cleaned, 'utf8').toString('base64');
          }
        } else {
          content.text = this.body(content.text, mime);
        }
      }
    }
    const extra = entry as Record<string, unknown>;
    // Chrome's own members: the initiator's URLs and call stack, WebSocket frames.
    if (extra._initiator && typeof extra._initiator === 'object') this.urlsIn(extra._initiator, 0);
    if (Array.isArray(extra._webSocketMessages)) {
      for (const message of extra._webSocketMessages as unknown[]) {
        if (message && typeof message === 'object' && typeof (message as { data?: unknown }).data === 'string') {
          const frame = message as { data: string };
          frame.data = this.body(frame.data, '');
        }
      }
    }
  }

  /** Every `url` member (and any string that is a URL) under a value, sanitized as a URL. */
  private urlsIn(value: unknown, depth: number): void {
    if (depth > MAX_DEPTH || !value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    for (const name of Object.keys(record)) {
      const item = record[name];
      if (typeof item === 'string') record[name] = name === 'url' || /^[a-z][\w+.-]*:\/\//i.test(item) ? this.url(item) : this.jwts(item);
      else this.urlsIn(item, depth + 1);
    }
  }

  private pairs(list: HarNameValue[] | undefined): void {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (item && typeof item.name === 'string' && isSecretName(item.name)) item.value = this.secret(item.value);
      else if (item && typeof item.value === 'string') item.value = this.jwts(item.value);
    }
  }

  private cookies(list: HarNameValue[] | undefined): void {
    if (!Array.isArray(list)) return;
    for (const cookie of list) if (cookie && typeof cookie === 'object') cookie.value = this.secret(cookie.value);
  }

  private headers(list: HarNameValue[] | undefined): void {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (!item || typeof item.name !== 'string' || typeof item.value !== 'string') continue;
      const name = item.name.toLowerCase();
      if (name === 'cookie') item.value = this.cookieHeader(item.value);
      else if (name === 'set-cookie')
        item.value = item.value
          .split('\n')
          .map((line) => this.setCookie(line))
          .join('\n');
      else if (name === 'authorization' || name === 'proxy-authorization') item.value = this.authorization(item.value);
      // URL-valued headers first (HTTP/2's :path holds the query; Refresh is `5; url=…`, not a token).
      else if (/^(location|referer|content-location|link|refresh|:path)$/.test(name) || /^https?:\/\//i.test(item.value)) item.value = this.url(item.value);
      else if (isSecretName(name)) item.value = this.secret(item.value);
      else item.value = this.jwts(item.value);
    }
  }

  /** `a=1; b=2`: each value replaced, names kept. */
  private cookieHeader(value: string): string {
    return value
      .split(';')
      .map((part) => {
        const at = part.indexOf('=');
        return at === -1 ? part : `${part.slice(0, at + 1)}${this.secret(part.slice(at + 1).trim())}`;
      })
      .join(';');
  }

  /** `name=value; Path=/; Secure`: the value replaced, the attributes kept. */
  private setCookie(line: string): string {
    const end = line.indexOf(';');
    const pair = end === -1 ? line : line.slice(0, end);
    const at = pair.indexOf('=');
    if (at === -1) return line;
    return `${pair.slice(0, at + 1)}${this.secret(pair.slice(at + 1).trim())}${end === -1 ? '' : line.slice(end)}`;
  }

  /** `Bearer <token>`, `Basic <base64>`: the scheme kept. */
  private authorization(value: string): string {
    const match = /^(\s*[A-Za-z][\w-]*\s+)(\S[\s\S]*)$/.exec(value);
    return match ? `${match[1]}${this.secret(match[2]!.trim())}` : this.secret(value);
  }

  /** A URL with secret-named query and fragment values replaced (the token of the decoded value, as in queryString). */
  url(url: string, depth = 0): string {
    return this.jwts(
      url.replace(/([?&#;])([^=&#;?]+)=([^&#;]*)/g, (whole, lead: string, name: string, value: string) => {
        if (value === '') return whole;
        if (!isSecretName(safeDecode(name))) {
          // A URL inside a parameter (redirect_uri=https%3A%2F%2F…%3Fcode%3D…): its own secrets, encoded back.
          const nested = depth < MAX_DEPTH ? nestedUrl(value) : undefined;
          if (nested === undefined) return whole;
          const cleaned = this.url(nested, depth + 1);
          return cleaned === nested ? whole : `${lead}${name}=${encodeURIComponent(cleaned)}`;
        }
        return `${lead}${name}=${this.secret(safeDecode(value.replace(/\+/g, ' ')))}`;
      }),
    );
  }

  /** A form, multipart, JSON, XML, HTML, script or other text body. */
  body(text: string, mime: string, depth = 0): string {
    // `)]}'` before JSON (anti-JSON-hijacking prefix): the JSON after it is sanitized, the prefix kept.
    const prefix = /^\)\]\}'?,?\s*\n?/.exec(text)?.[0] ?? '';
    const json = prefix ? text.slice(prefix.length) : text;
    const trimmed = json.trimStart();
    if (/json/i.test(mime) || ((trimmed.startsWith('{') || trimmed.startsWith('[')) && !/html|xml/i.test(mime))) {
      try {
        const data: unknown = JSON.parse(json);
        const cleaned = JSON.stringify(this.json(data, undefined, depth), null, json.includes('\n  ') ? 2 : undefined);
        // Unchanged JSON keeps its own layout.
        return cleaned === JSON.stringify(data, null, json.includes('\n  ') ? 2 : undefined) ? text : prefix + cleaned;
      } catch {
        // not JSON after all: treat it as text
      }
    }
    if (/x-www-form-urlencoded/i.test(mime)) return this.url(`?${text}`).slice(1);
    if (/multipart\//i.test(mime) || /^--[^\r\n]{1,200}\r?\n[Cc]ontent-[Dd]isposition:/.test(text)) return this.multipart(text, mime);
    let result = text;
    if (/xml|soap|html/i.test(mime) || trimmed.startsWith('<')) result = this.inputs(this.elements(result));
    // Script and JSON-like pairs: `accessToken = "…"`, `"client_secret": "…"`, `token: '…'` (quoted values only).
    result = result.replace(SCRIPT_PAIR, (whole, quote: string, name: string, separator: string, open: string, value: string) =>
      isSecretName(name) && value !== '' && !SANITIZED.test(value) ? `${quote}${name}${quote}${separator}${open}${this.secret(value)}${open}` : whole,
    );
    // URLs and `name=value` pairs inside any text (a form post page, a script).
    result = result.replace(/([?&#;])([A-Za-z0-9_.-]{1,64})=([^&#;\s"'<>\\]+)/g, (whole, lead: string, name: string, value: string) =>
      isSecretName(name) ? `${lead}${name}=${this.secret(safeDecode(value))}` : whole,
    );
    return this.jwts(result);
  }

  /** `multipart/form-data`: the body of each part whose name is a secret replaced, headers and boundaries kept. */
  private multipart(text: string, mime: string): string {
    const boundary = /boundary="?([^";]+)"?/i.exec(mime)?.[1] ?? /^--([^\r\n]+)\r?\n/.exec(text)?.[1];
    if (!boundary) return this.jwts(text);
    const delimiter = `--${boundary}`;
    return text
      .split(delimiter)
      .map((part) => {
        const headEnd = part.search(/\r?\n\r?\n/);
        if (headEnd === -1) return part;
        const newline = part.slice(headEnd).startsWith('\r\n\r\n') ? '\r\n\r\n' : '\n\n';
        const head = part.slice(0, headEnd);
        const rest = part.slice(headEnd + newline.length);
        const tail = /\r?\n$/.exec(rest)?.[0] ?? '';
        const value = rest.slice(0, rest.length - tail.length);
        const name = /\bname="([^"]*)"/i.exec(head)?.[1] ?? /\bname=([^;\s]+)/i.exec(head)?.[1] ?? '';
        const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? '';
        const cleaned = isSecretName(name) && value !== '' ? this.secret(value) : this.body(value, type);
        return `${head}${newline}${cleaned}${tail}`;
      })
      .join(delimiter);
  }

  /**
   * `<sPassword xsi:type="xsd:string">…</sPassword>`: the text of elements named as secrets. One
   * pass with indexOf (never a regular expression spanning tags), so that unclosed tags cost linear time.
   */
  private elements(text: string): string {
    let out = '';
    let at = 0;
    for (;;) {
      const open = text.indexOf('<', at);
      if (open === -1) break;
      NAME.lastIndex = open + 1;
      const name = NAME.exec(text);
      const close = name ? text.indexOf('>', NAME.lastIndex) : -1;
      if (!name || close === -1) {
        if (name && close === -1) break; // no '>' anywhere after: no later tag can close either
        out += text.slice(at, open + 1);
        at = open + 1;
        continue;
      }
      const contentEnd = text.indexOf('<', close + 1);
      const tag = name[1]!;
      const local = tag.includes(':') ? tag.slice(tag.indexOf(':') + 1) : tag;
      const closing = `</${tag}>`;
      if (contentEnd > close + 1 && text[close - 1] !== '/' && text.startsWith(closing, contentEnd) && isSecretName(local)) {
        out += text.slice(at, close + 1) + this.secret(text.slice(close + 1, contentEnd));
        at = contentEnd;
      } else {
        out += text.slice(at, close + 1);
        at = close + 1;
      }
    }
    return out + text.slice(at);
  }

  /** `<input name="code" value="…">`, `<input value=… name=code>`: quoted or not, either order, in linear time. */
  private inputs(text: string): string {
    let out = '';
    let at = 0;
    const lower = text.toLowerCase();
    for (;;) {
      const open = lower.indexOf('<input', at);
      if (open === -1) break;
      const close = text.indexOf('>', open);
      if (close === -1) break; // an unclosed tag: nothing after it is a tag either
      const tag = text.slice(open, close + 1);
      out += text.slice(at, open) + this.inputTag(tag);
      at = close + 1;
    }
    return out + text.slice(at);
  }

  private inputTag(tag: string): string {
    const attributes = [...tag.matchAll(ATTRIBUTE)];
    const name = attributes.find((match) => match[1]!.toLowerCase() === 'name');
    const nameValue = name ? (name[2] ?? name[3] ?? name[4] ?? '') : '';
    if (!isSecretName(nameValue)) return tag;
    const value = attributes.find((match) => match[1]!.toLowerCase() === 'value');
    const raw = value ? (value[2] ?? value[3] ?? value[4] ?? '') : '';
    if (!value || raw === '' || SANITIZED.test(raw)) return tag;
    const quote = value[2] !== undefined ? '"' : value[3] !== undefined ? "'" : '';
    const start = value.index;
    return `${tag.slice(0, start)}value=${quote}${this.secret(raw)}${quote}${tag.slice(start + value[0].length)}`;
  }

  /**
   * A JSON value: under a secret-named key every scalar is a secret (strings, numbers, booleans,
   * also nested in objects and arrays); a string holding JSON, a form or a URL is sanitized as such.
   */
  private json(value: unknown, key: string | undefined, depth: number, secret = false): unknown {
    const hidden = secret || (key !== undefined && isSecretName(key));
    // Deeper than anything real: the whole subtree becomes one token rather than being left unread.
    if (depth > MAX_DEPTH)
      return typeof value === 'string' || (value !== null && typeof value === 'object') || hidden ? this.secret(JSON.stringify(value)) : value;
    if (typeof value === 'string') return hidden ? this.secret(value) : this.body(value, '', depth + 1);
    if ((typeof value === 'number' || typeof value === 'boolean') && hidden) return this.secret(String(value));
    if (Array.isArray(value)) return value.map((item) => this.json(item, key, depth + 1, hidden));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value)) out[name] = this.json(item, name, depth + 1, hidden);
      return out;
    }
    return value;
  }

  private jwts(text: string): string {
    return text.includes('eyJ') ? text.replace(JWT, (token) => this.token(token)) : text;
  }

  /** One alternation of every replaced value (and its URL-encoded form), longest first; short values are left alone. */
  private copiesPattern(): RegExp | undefined {
    const forms = new Set<string>();
    for (const value of this.tokens.keys()) {
      // Only values that cannot be ordinary words: replacing "password" everywhere would rewrite JSON keys.
      if (!(value.length >= 12 || (value.length >= 8 && /\d/.test(value) && /[A-Za-z]/.test(value)))) continue;
      forms.add(value);
      const encoded = encodeURIComponent(value);
      if (encoded !== value) forms.add(encoded);
    }
    if (forms.size === 0) return undefined;
    const sorted = [...forms].sort((a, b) => b.length - a.length).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(sorted.join('|'), 'g');
  }

  private everywhere(node: unknown, copies: RegExp): void {
    const byForm = new Map<string, string>();
    for (const [value, token] of this.tokens) {
      byForm.set(value, token);
      byForm.set(encodeURIComponent(value), token);
    }
    const fixBase64 = (data: string): string => {
      const decoded = base64Text(data);
      if (decoded === undefined) return data;
      const fixed = fix(decoded);
      return fixed === decoded ? data : Buffer.from(fixed, 'utf8').toString('base64');
    };
    const fix = (text: string): string => {
      copies.lastIndex = 0;
      if (!copies.test(text)) return text;
      copies.lastIndex = 0;
      return text.replace(copies, (found) => {
        this.replaced++;
        return byForm.get(found) ?? found;
      });
    };
    const visit = (value: unknown): unknown => {
      if (typeof value === 'string') return fix(value);
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) value[i] = visit(value[i]);
        return value;
      }
      if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        for (const name of Object.keys(record)) {
          // Base64 bodies: fixed in their decoded text; binary ones (images, fonts) stay as they are.
          if (name === 'text' && record.encoding === 'base64' && typeof record.text === 'string') {
            record.text = fixBase64(record.text);
            continue;
          }
          record[name] = visit(record[name]);
        }
      }
      return value;
    };
    visit(node);
  }
}

/** Nesting followed (JSON in JSON, URL in URL) before a value is taken whole. */
const MAX_DEPTH = 64;
/** A value this sanitizer already wrote. */
const SANITIZED = /^redacted-[0-9a-f]{8}$/;
/** An XML or HTML tag name, at a '<'. */
const NAME = /([A-Za-z_][\w.-]{0,63}(?::[A-Za-z_][\w.-]{0,63})?)/y;
/** One attribute of a tag: name, then a double-quoted, single-quoted or bare value. */
const ATTRIBUTE = /([^\s=/<>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
/** `name = "value"`, `"name": 'value'` in scripts and JSON-like text (the name optionally quoted, the value quoted). */
const SCRIPT_PAIR = /(["']?)([A-Za-z_$][\w$.-]{0,63})\1(\s{0,16}[:=]\s{0,16})(["'])([^"'\\\r\n]{1,4096})\4/g;

/** The text of a base64 body when it is UTF-8 text (not an image or a font); undefined otherwise. */
function base64Text(data: string): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(data, 'base64'));
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
