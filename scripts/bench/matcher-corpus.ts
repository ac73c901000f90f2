/**
 * Inputs for the matcher bench: the dictionary (the built artifact when there is one, else a
 * synthetic vocabulary cut from the seed speeches) and page-sized texts made of seed paragraphs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MatcherPattern } from '../../lib/matcher/types';

/** Where the bench's dictionary came from, for the report. */
export interface BenchDictionary {
  source: string;
  patterns: MatcherPattern[];
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = resolve(ROOT, 'seeds/speeches.txt');
const ARTIFACT = resolve(ROOT, 'seeds/dictionary.json');
const BREAK = /[\s,.:;!?，。、：；！？“”‘’"'（）()《》〈〉【】…—\-_/0-9a-zA-Z]+/;

/** The seed speeches as one string. */
export function readSeed(): string {
  return readFileSync(SEED, 'utf8');
}

/** Deterministic PRNG (mulberry32), so every run shuffles the same way. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` distinct 2–8-char substrings of the seed's punctuation-free segments, picked at
 * random (seeded) among those that recur: a stand-in for a political-phrase vocabulary.
 * (The most frequent ones would be mostly bigrams such as 工作, far denser than real entries.)
 */
export function syntheticVocabulary(seed: string, count: number): string[] {
  const freq = new Map<string, number>();
  for (const seg of seed.split(BREAK)) {
    for (let len = 2; len <= 8; len++) {
      for (let i = 0; i + len <= seg.length; i++) {
        const s = seg.slice(i, i + len);
        freq.set(s, (freq.get(s) ?? 0) + 1);
      }
    }
  }
  const random = seededRandom(7);
  const keyed = [...freq].map(([s, n]) => ({ s, key: (n >= 2 ? 0 : 1) + random() }));
  return keyed
    .sort((a, b) => a.key - b.key)
    .slice(0, count)
    .map((x) => x.s);
}

/** The synthetic vocabulary as matcher patterns, one entry per phrase. */
export function syntheticDictionary(seed: string, count: number): BenchDictionary {
  const words = syntheticVocabulary(seed, count);
  const patterns = words.map((w, entry) => ({ entry, forms: [w] }));
  return { source: `synthetic ${words.length}`, patterns };
}

/** The built artifact's entries as patterns (contiguous forms only), or null before a build. */
export function builtDictionary(): BenchDictionary | null {
  if (!existsSync(ARTIFACT)) return null;
  const art = JSON.parse(readFileSync(ARTIFACT, 'utf8')) as {
    entries: Array<{ text: string; variants?: string[]; frame?: unknown }>;
  };
  const patterns = art.entries
    .map((e, entry) => ({ entry, forms: e.frame ? [] : [e.text, ...(e.variants ?? [])] }))
    .filter((p) => p.forms.length > 0);
  return { source: `seeds/dictionary.json (${patterns.length})`, patterns };
}

/** Seed paragraphs, shuffled (seeded) and repeated until the text has `size` chars. */
export function benchText(seed: string, size: number, rngSeed = 42): string {
  const paragraphs = seed.split('\n').filter((p) => p.trim().length > 0);
  const random = seededRandom(rngSeed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const p = paragraphs[Math.floor(random() * paragraphs.length)]!;
    parts.push(p);
    length += p.length + 1;
  }
  return parts.join('\n').slice(0, size);
}
