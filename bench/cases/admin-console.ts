import { createWriteStream, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { BIN, RSS_PROBE, ROOT, dataDir, type BenchCase } from '../lib.js';
import { NAMES, PROFILES } from './population.js';

const USERS = 1_000_000;

/** A realistic export: BOM, CRLF, quoted multi-profile cells, Korean names, a few near misses. */
async function generate(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write(
    '\ufeffIdentity Type,Username,Domain,Email,First Name,Last Name,Country Code,ID,Product Configurations,Admin Roles,Product Configurations Administered,User Groups,User Groups Administered,Products Administered,Developer Access\r\n',
  );
  const profiles = [...PROFILES, 'campaign - acme - campaign_managers'];
  const names = NAMES;
  let buffer = '';
  for (let i = 0; i < USERS; i++) {
    const first = profiles[i % profiles.length]!;
    const cell = i % 3 === 0 ? `"${first},${profiles[(i + 1) % profiles.length]}"` : first;
    const [given, family] = names[i % names.length]!;
    buffer += `Federated ID,user${i}@acme.example,acme.example,user${i}@acme.example,${given},${family},KR,${(1e12 + i).toString(16).toUpperCase()}@AcmeFed,${cell},,,,,,\r\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

const dir = path.join(ROOT, 'bench/.data/users-1m');
const csv = path.join(dir, 'users.csv');

/** (b) A million-user Admin Console export through a whole check, against a bare line-splitting pass. */
export const adminConsole: BenchCase = {
  name: 'check with a 1,000,000-user Admin Console export vs a bare Node line split',
  target: '≤ 5×, peak RSS < 1 GB',
  maxRatio: 5,
  maxRssMb: 1024,
  runs: 3,
  async prepare() {
    dataDir();
    const { mkdirSync, cpSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    if (!existsSync(csv)) await generate(csv);
    // The ACME workspace, its user export swapped for the big one.
    cpSync(path.join(ROOT, 'examples/acme'), dir, { recursive: true, filter: (source) => !source.endsWith('users.csv') });
    const yaml = path.join(dir, 'ims-doctor.yaml');
    const { readFileSync } = await import('node:fs');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('admin-console/users.csv', 'users.csv'));
  },
  baseline: {
    label: 'node line split',
    argv: [
      process.execPath,
      '-e',
      `let n=0,r='';const s=require('fs').createReadStream(${JSON.stringify(csv)},{encoding:'utf8'});s.on('data',c=>{const p=(r+c).split('\\n');r=p.pop();n+=p.length});s.on('end',()=>console.log(n))`,
    ],
  },
  subject: {
    label: 'ims-doctor check (1M users)',
    argv: [process.execPath, '--import', RSS_PROBE, BIN, 'check', dir, '--format', 'json'],
    okCodes: [0, 3, 4],
  },
};

/**
 * (b') The same check against the floor of reading the file at all: a Node loop counting `\n` in the
 * read buffers (no decoding, no strings), beside the line-splitting baseline above.
 */
export const adminConsoleByteScan: BenchCase = {
  ...adminConsole,
  name: 'check with a 1,000,000-user Admin Console export vs a bare Node byte scan',
  target: '≤ 4×, peak RSS < 512 MB',
  maxRatio: 4,
  maxRssMb: 512,
  // The export is made (and the workspace copied) by the case above when it runs first.
  baseline: {
    label: 'node byte scan',
    argv: [
      process.execPath,
      '-e',
      `let n=0;const s=require('fs').createReadStream(${JSON.stringify(csv)});s.on('data',b=>{for(let i=0;i<b.length;i++)if(b[i]===10)n++});s.on('end',()=>console.log(n))`,
    ],
  },
};
