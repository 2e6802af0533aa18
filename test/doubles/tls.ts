import 'reflect-metadata';
import { webcrypto } from 'node:crypto';

type CryptoKeyPair = webcrypto.CryptoKeyPair;
import * as x509 from '@peculiar/x509';

/**
 * A throwaway certificate authority made at test time, and server certificates it signs. Tests
 * trust it explicitly (the `ca` option, or NODE_EXTRA_CA_CERTS for a child process): TLS
 * verification stays on everywhere.
 */
export interface TestCertificate {
  key: string;
  cert: string;
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

function pemKey(der: ArrayBuffer): string {
  const base64 = Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n');
  return `-----BEGIN PRIVATE KEY-----\n${base64}\n-----END PRIVATE KEY-----\n`;
}

export class TestCa {
  private constructor(
    readonly cert: string,
    private readonly keys: CryptoKeyPair,
    private readonly name: string,
  ) {}

  static async create(name = 'ims-doctor test CA'): Promise<TestCa> {
    const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
    const now = Date.now();
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: '01',
      name: `CN=${name}`,
      notBefore: new Date(now - 3600_000),
      notAfter: new Date(now + 7 * 86400_000),
      keys,
      signingAlgorithm: ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      ],
    });
    return new TestCa(cert.toString('pem'), keys, `CN=${name}`);
  }

  /** A server certificate for these names (DNS names and IP addresses), valid `days` from now (negative: expired). */
  async issue(names: string[], options: { days?: number; notBeforeDays?: number } = {}): Promise<TestCertificate> {
    const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
    const now = Date.now();
    const days = options.days ?? 30;
    const notBefore = new Date(now + (options.notBeforeDays ?? -1) * 86400_000);
    const notAfter = new Date(now + days * 86400_000);
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: Buffer.from(webcrypto.getRandomValues(new Uint8Array(8)))
        .toString('hex')
        .replace(/^[89a-f]/, '1'),
      subject: `CN=${names[0] ?? 'localhost'}`,
      issuer: this.name,
      notBefore: days < 0 ? new Date(notAfter.getTime() - 10 * 86400_000) : notBefore,
      notAfter,
      signingKey: this.keys.privateKey,
      publicKey: keys.publicKey,
      signingAlgorithm: ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(false),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
        new x509.SubjectAlternativeNameExtension(names.map((value) => ({ type: /^[\d.]+$|:/.test(value) ? 'ip' : 'dns', value }))),
      ],
    });
    return { cert: `${cert.toString('pem').trim()}\n${this.cert.trim()}\n`, key: pemKey(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)) };
  }
}
