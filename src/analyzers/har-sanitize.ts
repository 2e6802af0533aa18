import { createHmac, randomBytes } from 'node:crypto';
import { isSecretName, JWT } from '../security/sensitive.js';
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

  private secret(value: unknown): unknown {
    if (typeof value !== 'string' || value === '' || /^redacted-[0-9a-f]{8}$/.test(value)) return value;
    return this.token(value);
  }

  sanitize(har: Har): Har {
    const log = har.log;
    for (const entry of log.entries) if (entry && typeof entry === 'object') this.entry(entry);
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
          if (/json|text|html|xml|javascript|x-www-form-urlencoded/i.test(mime)) {
            const decoded = Buffer.from(content.text, 'base64').toString('utf8');
            const cleaned = this.body(decoded, mime);
            if (cleaned !== decoded) content.text = Buffer.from(cleaned, 'utf8').toString('base64');
          }
        } else {
          content.text = this.body(content.text, mime);
        }
      }
    }
  }

  private pairs(list: HarNameValue[] | undefined): void {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (item && typeof item.name === 'string' && isSecretName(item.name)) item.value = this.secret(item.value) as string;
      else if (item && typeof item.value === 'string') item.value = this.jwts(item.value);
    }
  }

  private cookies(list: HarNameValue[] | undefined): void {
    if (!Array.isArray(list)) return;
    for (const cookie of list) if (cookie && typeof cookie === 'object') cookie.value = this.secret(cookie.value) as string;
  }

  private headers(list: HarNameValue[] | undefined): void {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (!item || typeof item.name !== 'string' || typeof item.value !== 'string') continue;
      const name = item.name.toLowerCase();
      if (name === 'cookie') item.value = this.cookieHeader(item.value);
      else if (name === 'set-cookie') item.value = item.value.split('\n').map((line) => this.setCookie(line)).join('\n');
      else if (name === 'authorization' || name === 'proxy-authorization') item.value = this.authorization(item.value);
      else if (isSecretName(name)) item.value = this.secret(item.value) as string;
      else if (/^(location|referer|content-location|link|refresh)$/.test(name) || /^https?:\/\//i.test(item.value)) item.value = this.url(item.value);
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
    return match ? `${match[1]}${this.secret(match[2]!.trim())}` : (this.secret(value) as string);
  }

  /** A URL with secret-named query and fragment values replaced (the token of the decoded value, as in queryString). */
  url(url: string): string {
    return this.jwts(url.replace(/([?&#;])([^=&#;?]+)=([^&#;]*)/g, (whole, lead: string, name: string, value: string) => {
      if (value === '' || !isSecretName(safeDecode(name))) return whole;
      return `${lead}${name}=${this.secret(safeDecode(value.replace(/\+/g, ' ')))}`;
    }));
  }

  /** A form, JSON, XML or other text body. */
  body(text: string, mime: string): string {
    const trimmed = text.trimStart();
    if (/json/i.test(mime) || ((trimmed.startsWith('{') || trimmed.startsWith('[')) && !/html|xml/i.test(mime))) {
      try {
        const data: unknown = JSON.parse(text);
        return JSON.stringify(this.json(data), null, text.includes('\n  ') ? 2 : undefined);
      } catch {
        // not JSON after all: treat it as text
      }
    }
    if (/x-www-form-urlencoded/i.test(mime)) return this.url(`?${text}`).slice(1);
    let result = text;
    if (/xml|soap/i.test(mime) || trimmed.startsWith('<')) {
      // <sPassword xsi:type="xsd:string">…</sPassword>, <input name="code" value="…">
      result = result.replace(/<((?:[\w.-]+:)?([\w.-]+))(\s[^>]*)?>([^<]+)<\/\1>/g, (whole, tag: string, local: string, attributes: string | undefined, value: string) =>
        isSecretName(local) ? `<${tag}${attributes ?? ''}>${this.secret(value)}</${tag}>` : whole,
      );
      result = result.replace(/(<input\b[^>]*\bname=["']([^"']+)["'][^>]*\bvalue=["'])([^"']*)(["'])/gi, (whole, head: string, name: string, value: string, tail: string) =>
        isSecretName(name) && value !== '' ? `${head}${this.secret(value)}${tail}` : whole,
      );
      result = result.replace(/(<input\b[^>]*\bvalue=["'])([^"']*)(["'][^>]*\bname=["']([^"']+)["'])/gi, (whole, head: string, value: string, tail: string, name: string) =>
        isSecretName(name) && value !== '' ? `${head}${this.secret(value)}${tail}` : whole,
      );
    }
    // URLs and `name=value` pairs inside any text (a form post page, a script).
    result = result.replace(/([?&#;])([A-Za-z0-9_.-]{1,64})=([^&#;\s"'<>\\]+)/g, (whole, lead: string, name: string, value: string) =>
      isSecretName(name) ? `${lead}${name}=${this.secret(safeDecode(value))}` : whole,
    );
    return this.jwts(result);
  }

  private json(value: unknown, key?: string): unknown {
    if (typeof value === 'string') return key !== undefined && isSecretName(key) ? this.secret(value) : this.jwts(value);
    if (Array.isArray(value)) return value.map((item) => this.json(item, key));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value)) out[name] = this.json(item, name);
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
          // Binary bodies (images, fonts) stay as they are.
          if (name === 'text' && record.encoding === 'base64') continue;
          record[name] = visit(record[name]);
        }
      }
      return value;
    };
    visit(node);
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
