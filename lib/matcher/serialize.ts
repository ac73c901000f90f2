/**
 * The built automaton as plain arrays, made at dictionary-build time so the content script
 * loads it instead of building it (a cold-JIT build was one > 50 ms task on every page).
 * asset.ts writes it as a binary file; the decoder takes number arrays or typed arrays.
 */
import type { Automaton } from './automaton';
import { compilePatterns } from './compile';
import { patternsFingerprint } from './fingerprint';
import type { MatcherPattern } from './types';

/** Bump whenever the automaton's layout or the meaning of one of its arrays changes. */
export const MATCHER_FORMAT = 2;

/** Arrays with one value per state, in the order the asset stores them. */
export const DENSE_ARRAYS = ['base', 'check', 'fail', 'depth'] as const;
const DENSE = DENSE_ARRAYS;
/** Arrays that are -1 at most states: stored as [state, value, state, value, …]. */
export const SPARSE_ARRAYS = ['outPattern', 'outAnchor', 'patternAt', 'anchorAt'] as const;
const SPARSE = SPARSE_ARRAYS;

/** A serialised automaton: see `Automaton` for what each array means. */
export interface SerializedMatcher {
  format: number;
  /** `patternsFingerprint` of the patterns it was built from. */
  fingerprint: string;
  states: number;
  /** The code unit of every class, class 1 first (any other unit is class 0). */
  alphabet: ArrayLike<number>;
  base: ArrayLike<number>;
  check: ArrayLike<number>;
  fail: ArrayLike<number>;
  depth: ArrayLike<number>;
  outPattern: ArrayLike<number>;
  outAnchor: ArrayLike<number>;
  patternAt: ArrayLike<number>;
  anchorAt: ArrayLike<number>;
}

const isNumbers = (v: unknown): v is ArrayLike<number> => Array.isArray(v) || v instanceof Int32Array || v instanceof Uint16Array;

function sparse(a: Int32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== -1) out.push(i, a[i]!);
  return out;
}

/** Plain data for `a`, tagged with the fingerprint of the patterns it was built from. */
function encodeAutomaton(a: Automaton, fingerprint: string): SerializedMatcher {
  const alphabet: number[] = [];
  for (let u = 0; u < a.classOf.length; u++) if (a.classOf[u]! > 0) alphabet[a.classOf[u]! - 1] = u;
  const dense = (k: (typeof DENSE)[number]) => Array.from(a[k]);
  const [base, check, fail, depth] = DENSE.map(dense) as [number[], number[], number[], number[]];
  const [outPattern, outAnchor, patternAt, anchorAt] = SPARSE.map((k) => sparse(a[k])) as [number[], number[], number[], number[]];
  const states = a.base.length;
  return { format: MATCHER_FORMAT, fingerprint, states, alphabet, base, check, fail, depth, outPattern, outAnchor, patternAt, anchorAt };
}

/**
 * The automaton back from `s`, or null when `s` is not a well-formed one of this format.
 * Checks shapes and indices, not every number (that doubled the ~1 ms decode in Chromium):
 * the artifact is a build output, and a unit test holds it byte-identical to a fresh build.
 */
export function decodeAutomaton(s: SerializedMatcher): Automaton | null {
  const n = s.states;
  if (s.format !== MATCHER_FORMAT || !Number.isInteger(n) || n < 1) return null;
  if (!isNumbers(s.alphabet) || s.alphabet.length >= 0x10000) return null;
  const classOf = new Uint16Array(0x10000);
  for (let c = 0; c < s.alphabet.length; c++) {
    const u = s.alphabet[c]!;
    if (u !== (u & 0xffff) || classOf[u] !== 0) return null;
    classOf[u] = c + 1;
  }
  const arrays: Partial<Record<(typeof DENSE)[number] | (typeof SPARSE)[number], Int32Array>> = {};
  for (const k of DENSE) {
    const v = s[k];
    if (!isNumbers(v) || v.length !== n) return null;
    arrays[k] = v instanceof Int32Array ? v : new Int32Array(v);
  }
  for (const k of SPARSE) {
    const v = s[k];
    if (!isNumbers(v) || v.length % 2 !== 0) return null;
    const a = new Int32Array(n).fill(-1);
    for (let i = 0; i < v.length; i += 2) {
      const at = v[i]!;
      if (at !== (at | 0) || at < 0 || at >= n) return null;
      a[at] = v[i + 1]!;
    }
    arrays[k] = a;
  }
  const { base, check, fail, depth, outPattern, outAnchor, patternAt, anchorAt } = arrays as Required<typeof arrays>;
  return { classOf, base, check, fail, depth, outPattern, outAnchor, patternAt, anchorAt };
}

/** Build the automaton for `patterns` exactly as `buildMatcher` does, as plain data. */
export function serializeMatcher(patterns: readonly MatcherPattern[]): SerializedMatcher {
  return encodeAutomaton(compilePatterns(patterns).automaton, patternsFingerprint(patterns));
}
