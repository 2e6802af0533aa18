import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { tooDeepAt } from '../../src/inputs/json-document.js';

/** The plain reading: one character at a time, escapes skipped inside strings. */
function reference(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '"') break;
      }
    } else if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return -1;
}

test('tooDeepAt finds the first bracket past the limit, skipping strings and their escapes, as a character-by-character reading does', () => {
  assert.equal(tooDeepAt('[[["\\"[[[["]]]', 3), -1);
  assert.equal(tooDeepAt('[[["\\\\"[', 3), 7); // an escaped backslash does not escape the quote after it
  assert.equal(tooDeepAt('{"a":"[[[[[["}', 2), -1);
  const pieces = fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', ',', ':', ' ');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 60 }), fc.integer({ min: 0, max: 5 }), (chars, limit) => {
      const text = chars.join('');
      // A string never closed: the reference runs to the end (-1 unless too deep before it); so does tooDeepAt.
      assert.equal(tooDeepAt(text, limit), reference(text, limit), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});
