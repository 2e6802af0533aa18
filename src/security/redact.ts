/**
 * Removes known secret values (passwords, tokens) from any text before it is shown or stored:
 * error messages built from a server's answer may quote what was sent, in any of the encodings a
 * server writes it back in (URL, base64, XML/HTML entities, JSON string escapes).
 */
export class Redactor {
  /** Values of 4 characters or more: hidden wherever they appear. */
  private readonly secrets = new Set<string>();
  /** Shorter values: hidden only as a whole token, so that "ab" does not blank out every "about". */
  private readonly shortSecrets = new Set<string>();

  add(secret: string | undefined): this {
    if (!secret) return this;
    for (const form of encodings(secret)) (form.length >= 4 ? this.secrets : this.shortSecrets).add(form);
    return this;
  }

  redact(text: string): string {
    let result = text;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) result = result.split(secret).join('***');
    for (const secret of [...this.shortSecrets].sort((a, b) => b.length - a.length)) {
      result = result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(secret)}(?![\\p{L}\\p{N}])`, 'gu'), '***');
    }
    return result;
  }
}

/** The forms a value takes when a server or a library writes it back. */
function encodings(secret: string): string[] {
  const xml = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const forms = [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2), // form encoding: spaces as +
    Buffer.from(secret, 'utf8').toString('base64'),
    xml,
    xml.replace(/"/g, '&quot;').replace(/'/g, '&apos;'),
    xml.replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
    xml.replace(/"/g, '&#34;').replace(/'/g, '&#39;'),
    JSON.stringify(secret).slice(1, -1),
  ];
  return [...new Set(forms)];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
