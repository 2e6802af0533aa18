import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { umapiProgressPrinter } from '../../src/cli/progress-umapi.js';
import type { UmapiProgress } from '../../src/collectors/live/umapi.js';

const at = (over: Partial<UmapiProgress>): UmapiProgress => ({
  list: 'users',
  pagesRead: 1,
  pageCount: 5000,
  usersRead: 200,
  totalUsers: 1_000_000,
  waitingMs: 0,
  waitedMs: 0,
  elapsedMs: 0,
  done: false,
  ...over,
});

describe('UMAPI progress line on stderr', () => {
  it('stays silent when stderr is not a terminal', () => {
    assert.equal(umapiProgressPrinter('en', { isTTY: false, write: () => true }), undefined);
  });

  it('redraws one line at most every interval, always shows waits and the end', () => {
    const written: string[] = [];
    let clock = 0;
    const print = umapiProgressPrinter('en', { isTTY: true, columns: 200, write: (text) => written.push(text) }, 250, () => clock)!;
    print(at({ pagesRead: 1 }));
    clock = 100;
    print(at({ pagesRead: 2 }));
    print(at({ pagesRead: 2, waitingMs: 38_000 }));
    clock = 400;
    print(at({ pagesRead: 3 }));
    print(at({ pagesRead: 5000, usersRead: 1_000_000, done: true, elapsedMs: 12_000_000, waitedMs: 11_000_000 }));
    assert.equal(written.length, 4);
    assert.ok(written.every((text) => text.startsWith('\r\u001b[2K')));
    assert.match(written[1]!, /waiting 38 s/);
    assert.match(written[3]!, /1,000,000 users read in 3 h 20 min.*\n$/);
  });

  it('fits the line to the terminal, Korean characters counted two columns wide', () => {
    const written: string[] = [];
    umapiProgressPrinter('ko', { isTTY: true, columns: 30, write: (text) => written.push(text) })!(at({ waitingMs: 38_000 }));
    const line = written[0]!.replace('\r\u001b[2K', '');
    const width = [...line].reduce((sum, char) => sum + (/[\uac00-\ud7a3]/.test(char) ? 2 : 1), 0);
    assert.ok(width <= 29, `${line} is ${width} columns wide`);
    assert.ok(line.endsWith('…'));
  });
});
