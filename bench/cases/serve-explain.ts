import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { BIN, ROOT, median, type BenchCase } from '../lib.js';
import { adminConsole } from './admin-console.js';

const dir = path.join(ROOT, 'bench/.data/users-1m');
const WHO = 'user987654@acme.example';

let server: ChildProcess | undefined;
/** The explain URL with the cookie the token was exchanged for, filled in by prepare(). */
const target = { url: '', cookie: '' };

/** Starts `ims-doctor serve` on the million-user workspace (it reads and indexes once), and trades its token for the cookie. */
async function startServe(): Promise<void> {
  await adminConsole.prepare!();
  server = spawn(process.execPath, [BIN, 'serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
  process.once('exit', () => server?.kill());
  const first: string = await new Promise((resolve, reject) => {
    createInterface({ input: server!.stdout! }).once('line', resolve);
    server!.once('exit', (code) => reject(new Error(`ims-doctor serve exited with ${code}`)));
  });
  // The server must not keep the bench alive: its pipe is let go, and it is stopped when the bench exits.
  server.stdout!.destroy();
  server.unref();
  const url = new URL(first);
  const cookie: string = await new Promise((resolve, reject) => {
    request(url, (res) => {
      res.resume();
      resolve(String(res.headers['set-cookie']).split(';')[0]!);
    })
      .on('error', reject)
      .end();
  });
  target.url = `${url.origin}/api/explain?who=${encodeURIComponent(WHO)}&lang=en`;
  target.cookie = cookie;
  // The lookup alone, without a process start: what the page waits for.
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = process.hrtime.bigint();
    await (await fetch(target.url, { headers: { cookie } })).json();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  process.stdout.write(`  (one lookup through the API, in process: median ${median(times).toFixed(1)} ms)\n`);
  // The subject's argv is read when the case runs, after prepare: it is filled in here.
  // node:http, not fetch: fetch loads undici (about 100 ms), a cost of this client, not of the UI's answer.
  serveExplain.subject.argv.push(
    '-e',
    `require('node:http').get(${JSON.stringify(target.url)},{headers:{cookie:${JSON.stringify(cookie)}}},(r)=>{let d='';r.on('data',(c)=>(d+=c));r.on('end',()=>{const b=JSON.parse(d);if(!b.person||!b.person.found)process.exit(1)})}).on('error',()=>process.exit(1))`,
  );
}

/**
 * (f) One person among a million through the web UI's API (the server indexed the export once) vs
 * the CLI `explain` for the same person (which streams the export each time). Both are measured as
 * a process: the subject is a bare Node that asks the running server, so it pays Node's start too.
 */
export const serveExplain: BenchCase = {
  name: 'explain one of 1,000,000 users through serve (indexed) vs the CLI explain',
  target: '≤ 0.1×',
  maxRatio: 0.1,
  runs: 5,
  prepare: startServe,
  baseline: {
    label: 'ims-doctor explain (1M users)',
    argv: [process.execPath, BIN, 'explain', WHO, dir, '--format', 'json'],
    okCodes: [0, 3, 4],
  },
  subject: { label: 'serve /api/explain', argv: [process.execPath] },
};
