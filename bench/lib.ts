import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (bench runs from dist/bench/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Generated inputs live here (ignored by git). */
export const DATA = path.join(ROOT, 'bench/.data');
export const BIN = path.join(ROOT, 'dist/bin/ims-doctor.js');
/** Preloaded into a Node child to report its peak RSS when it exits. */
export const RSS_PROBE = path.join(ROOT, 'dist/bench/rss-probe.js');

export function dataDir(): string {
  mkdirSync(DATA, { recursive: true });
  return DATA;
}

export interface Command {
  label: string;
  argv: string[];
  /** Exit codes that count as a normal end (ims-doctor ends with 3 or 4 on findings). */
  okCodes?: number[];
}

export interface BenchCase {
  name: string;
  /** What the issue asks, e.g. "≤ 3×". */
  target: string;
  /** Largest acceptable ratio subject/baseline. */
  maxRatio: number;
  /** Largest acceptable peak RSS of the subject, in MB, if any. */
  maxRssMb?: number;
  runs: number;
  /** Run baseline and subject once before measuring, to warm the file cache (default true). */
  warmup?: boolean;
  prepare?: () => Promise<void>;
  /** The baseline runs a sample of the work: its time is multiplied by this before the ratio (say so in the case's name). */
  baselineScale?: number;
  baseline: Command;
  subject: Command;
}

export interface Sample {
  ms: number;
  rssMb: number | undefined;
}

/** Runs one command to its end: wall time, and peak RSS when the child is Node and preloads the probe. */
export function runOnce(command: Command): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const [file, ...args] = command.argv;
    const started = process.hrtime.bigint();
    const child = spawn(file!, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (!(command.okCodes ?? [0]).includes(code ?? -1)) {
        reject(new Error(`${command.label} exited with ${code}: ${stderr.slice(0, 500)}`));
        return;
      }
      const rss = /ims-doctor-bench-rss=(\d+)/.exec(stderr)?.[1];
      resolve({ ms, rssMb: rss ? Number(rss) / 1024 : undefined });
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Baseline and subject alternate, so that a noisy machine slows both alike; the ratio of medians is reported. */
export async function runCase(bench: BenchCase): Promise<{ baselineMs: number; subjectMs: number; ratio: number; rssMb: number | undefined; ok: boolean }> {
  await bench.prepare?.();
  if (bench.warmup !== false) {
    await runOnce(bench.baseline); // warm the file cache for both
    await runOnce(bench.subject);
  }
  const base: number[] = [];
  const subject: number[] = [];
  let rssMb: number | undefined;
  for (let i = 0; i < bench.runs; i++) {
    base.push((await runOnce(bench.baseline)).ms);
    const sample = await runOnce(bench.subject);
    subject.push(sample.ms);
    if (sample.rssMb !== undefined) rssMb = Math.max(rssMb ?? 0, sample.rssMb);
  }
  const baselineMs = median(base) * (bench.baselineScale ?? 1);
  const subjectMs = median(subject);
  const ratio = subjectMs / baselineMs;
  const ok = ratio <= bench.maxRatio && (bench.maxRssMb === undefined || (rssMb ?? 0) <= bench.maxRssMb);
  return { baselineMs, subjectMs, ratio, rssMb, ok };
}
