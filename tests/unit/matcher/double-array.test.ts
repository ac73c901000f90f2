import { describe, expect, it } from 'vitest';
import { buildAlphabet } from '../../../lib/matcher/alphabet';
import { layoutDoubleArray } from '../../../lib/matcher/double-array';
import { buildClassTrie } from '../../../lib/matcher/trie';

const KEYS = ['发展', '发展改革', '改革', '改革开放', '全面深化改革', '高质量发展', '一带一路', '一国两制', '𠮷野家', 'ab', 'abc', 'b'];

function walk(keys: string[], capacity?: number) {
  const alphabet = buildAlphabet(keys);
  const trie = buildClassTrie(keys, alphabet);
  const da = layoutDoubleArray(trie, alphabet.size, capacity);
  const reached = keys.map((key) => {
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const t = da.base[s]! + alphabet.classOf[key.charCodeAt(i)]!;
      if (da.check[t] !== s) return -1;
      s = t;
    }
    return s;
  });
  return { da, reached, alphabet };
}

describe('layoutDoubleArray', () => {
  it('gives every key its own path from the root', () => {
    const { reached } = walk(KEYS);
    expect(reached).not.toContain(-1);
    expect(new Set(reached).size).toBe(KEYS.length);
  });
  it('grows from a tiny capacity and lays out the same transitions', () => {
    const { reached } = walk(KEYS, 2);
    expect(reached).not.toContain(-1);
    expect(new Set(reached).size).toBe(KEYS.length);
  });
  it('keeps base + any class inside the arrays, so the scan never reads out of bounds', () => {
    const { da, alphabet } = walk(KEYS, 2);
    for (let s = 0; s < da.size; s++) expect(da.base[s]! + alphabet.size).toBeLessThan(da.size);
  });
  it('refuses a transition that no key spells', () => {
    const { da, alphabet } = walk(KEYS);
    const s = da.base[0]! + alphabet.classOf['发'.charCodeAt(0)]!;
    expect(da.check[da.base[s]! + alphabet.classOf['开'.charCodeAt(0)]!]).not.toBe(s);
  });
});
