import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './workspace.js';

export const BIN = path.join(ROOT, 'dist/bin/ims-doctor.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built, bundled binary exactly as a user would. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Every secret in the ACME example, as written in its files: none may ever be printed. */
export const ACME_SECRETS = [
  'p8e-PROD-U3VwZXJTZWNyZXRQcm9kdWN0aW9uS2V5',
  'p8e-STAGE-Q29uZmlkZW50aWFsU3RhZ2VTZWNyZXQ',
  '@Zk3qWm9vT1lYb2JmR0hRbUlpUkxtc0Z4bEE9PQ==',
  '@cGxhY2Vob2xkZXItc3RhZ2Utc2VjcmV0LWVuY3J5cHRlZA==',
];
