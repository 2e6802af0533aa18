/**
 * A unified diff of two texts, line by line (Myers' O(ND) algorithm), as `patch -p0` and
 * `git apply -p0` read it: `--- path` / `+++ path` headers, hunks with three lines of context,
 * and "\ No newline at end of file" where a text ends without one.
 */

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Splits a text into lines that keep their line ending, so CRLF files stay CRLF. */
export function splitLines(text: string): string[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g);
  return lines ?? [];
}

function editScript(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max;
  let v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
    v = next;
  }
  // Walk the trace back from the end.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const w = trace[d]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && w[offset + k - 1]! < w[offset + k + 1]!) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : w[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      ops.push({ kind: ' ', line: a[--x]! });
      y--;
    }
    if (d === 0) break;
    if (x === previousX) ops.push({ kind: '+', line: b[--y]! });
    else ops.push({ kind: '-', line: a[--x]! });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', line: a[--x]! });
    y--;
  }
  return ops.reverse();
}

const CONTEXT = 3;

/** The unified diff of `before` and `after`, both named `path`; empty when they are the same. */
export function unifiedDiff(path: string, before: string, after: string): string {
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = editScript(a, b);
  const changed = ops.map((op) => op.kind !== ' ');
  if (!changed.includes(true)) return '';
  const out: string[] = [`--- ${path}\n`, `+++ ${path}\n`];
  let index = 0;
  while (index < ops.length) {
    if (!changed[index]) {
      index++;
      continue;
    }
    // A hunk: from CONTEXT lines before the first change to CONTEXT lines after the last one not farther than 2 × CONTEXT.
    const start = Math.max(0, index - CONTEXT);
    let end = index;
    let last = index;
    while (end < ops.length) {
      if (changed[end]) last = end;
      else if (end - last > 2 * CONTEXT) break;
      end++;
    }
    const stop = Math.min(ops.length, last + CONTEXT + 1);
    let lineA = 1;
    let lineB = 1;
    for (let i = 0; i < start; i++) {
      if (ops[i]!.kind !== '+') lineA++;
      if (ops[i]!.kind !== '-') lineB++;
    }
    const hunk = ops.slice(start, stop);
    const countA = hunk.filter((op) => op.kind !== '+').length;
    const countB = hunk.filter((op) => op.kind !== '-').length;
    out.push(`@@ -${countA === 0 ? lineA - 1 : lineA},${countA} +${countB === 0 ? lineB - 1 : lineB},${countB} @@\n`);
    for (const op of hunk) out.push(op.kind + op.line + (op.line.endsWith('\n') ? '' : '\n\\ No newline at end of file\n'));
    index = stop;
  }
  return out.join('');
}
