import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { LOG_SIGNATURES } from '../../src/domain/symptoms.js';
import { BIN, RSS_PROBE, dataDir, type BenchCase } from '../lib.js';

const TARGET_BYTES = 1024 * 1024 * 1024;
const dir = path.join(dataDir(), 'logs-1g');
const file = path.join(dir, 'logins.log');
const patterns = path.join(dir, 'patterns.txt');

/** The needles as bytes, one a line, for `grep -F -f`: the same patterns ims-doctor looks for. */
function writePatterns(): void {
  const lines = LOG_SIGNATURES.map((signature) =>
    signature.encoding === 'euc-kr'
      ? Buffer.from('b7ceb1d7c0cebfa120c7a5c7f6bdc4b0fa20c0cfc4a1c7cfb4c220b1c7c7d1c0cc20bef8bdc0b4cfb4d9', 'hex')
      : Buffer.from(signature.text, 'utf8'),
  );
  writeFileSync(patterns, Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')])));
}

/** A day of a busy Campaign: mostly accepted logins and web requests, one line in ~500 a known signature. */
async function generate(): Promise<void> {
  const out = createWriteStream(file);
  const users = ['jane.doe', 'jisoo.park', 'minho.kim', 'lucas.martin', 'seoyeon.lee', 'sofia.garcia', 'yuna.choi', 'ops.bot'];
  let written = 0;
  let buffer = '';
  for (let i = 0; written < TARGET_BYTES; i++) {
    const time = new Date(Date.UTC(2026, 9, 2) + i * 11).toISOString().replace('T', ' ');
    const user = `${users[i % users.length]}${i % 97}@acme.example`;
    const r = i % 500;
    let line: string;
    if (r === 7)
      line = `${time}        4521        4533    1       error   log     Login does not have any right matching the expression (operator '${user}', IMS) (iRc=-1)`;
    else if (r === 123) line = `${time}        4521        4533    1       error   log     로그인에 표현식과 일치하는 권한이 없습니다. (운영자 '${user}')`;
    else if (r === 250)
      line = `${time}        4521        4533    1       warning log     Session of '${user}' closed: XSV-350008 Session has expired or is invalid. Please reconnect.`;
    else if (r === 311) line = `${time}        4521        4533    1       error   log     IMS token request failed: {"error":"invalid_client"}`;
    else if (i % 3 === 0)
      line = `${time}        4521        4533    1       info    log     Login '${user}' from 198.51.${i % 256}.${(i >> 8) % 256} accepted (IMS)`;
    else
      line = `${time}  web  info     GET /nl/jsp/soaprouter.jsp 200 ${(i * 7919) % 100000} bytes in ${i % 997} ms (session ${((i * 2654435761) >>> 0).toString(16)})`;
    buffer += line + '\n';
    if (buffer.length > 1 << 20) {
      const chunk = Buffer.from(buffer, 'utf8');
      written += chunk.length;
      buffer = '';
      if (!out.write(chunk)) await once(out, 'drain');
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/** (d) `logs` on a 1 GB log against `grep -c -F` with the same patterns: at least half grep's throughput, memory flat. */
export const logs: BenchCase = {
  name: 'logs on a 1 GB log vs grep -c -F with the same patterns',
  target: '≤ 2× (≥ half the throughput of grep), peak RSS < 200 MB',
  maxRatio: 2,
  maxRssMb: 200,
  runs: 5,
  async prepare() {
    mkdirSync(dir, { recursive: true });
    writePatterns();
    if (!existsSync(file) || statSync(file).size < TARGET_BYTES) await generate();
  },
  // The count goes to a file: with its output on /dev/null (as the harness runs commands) GNU grep
  // stops at the first match, which would measure nothing.
  baseline: {
    label: 'grep -c -F -f patterns',
    argv: ['sh', '-c', 'LC_ALL=C grep -c -F -f "$1" "$2" > "$3"', 'sh', patterns, file, path.join(dir, 'grep-count.txt')],
    okCodes: [0, 1],
  },
  subject: {
    label: 'ims-doctor logs (1 GB)',
    argv: [process.execPath, '--import', RSS_PROBE, BIN, 'logs', file, '--format', 'json'],
    okCodes: [0, 3, 4],
  },
};
