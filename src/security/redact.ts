/**
 * Removes known secret values (passwords, tokens) from any text before it is shown or stored:
 * error messages built from a server's answer may quote what was sent.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined): this {
    // Very short values would blank out ordinary words; they are not worth hiding that way.
    if (secret && secret.length >= 4) {
      this.secrets.add(secret);
      this.secrets.add(encodeURIComponent(secret));
      this.secrets.add(Buffer.from(secret, 'utf8').toString('base64'));
    }
    return this;
  }

  redact(text: string): string {
    let result = text;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) result = result.split(secret).join('***');
    return result;
  }
}
