import { describe, expect, it } from 'vitest';
import { toMatcherPatterns } from '../../../lib/dictionary/patterns';
import { loadMatcher, serializedMatcherJson, serializeMatcher } from '../../../lib/matcher';
import { dictionary, readRootFile } from './artifacts';

const patterns = toMatcherPatterns(dictionary.entries);

describe('the committed automaton artifact', () => {
  it('is not stale: serialising the committed dictionary gives the committed bytes (run npm run build:dict)', () => {
    expect(serializedMatcherJson(serializeMatcher(patterns))).toBe(readRootFile('seeds/automaton.json'));
  });

  it('loads for the committed dictionary from its text, as the content script imports it', () => {
    expect(loadMatcher(readRootFile('seeds/automaton.json'), patterns)).not.toBeNull();
  });

  it('serialises deterministically: a second run is byte-identical', () => {
    expect(serializedMatcherJson(serializeMatcher(patterns))).toBe(serializedMatcherJson(serializeMatcher(patterns)));
  });
});
