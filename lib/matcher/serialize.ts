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

/** [state, value, …] for the states where `a` is not -1 (or where the map has a value). */
function sparse(a: Int32Array | ReadonlyMap<number, number>): number[] {
  const out: number[] = [];
  if (a instanceof Int32Array) {
    for (let i = 0; i < a.length; i++) if (a[i] !== -1) out.push(i, a[i]!);
  } else for (const [i, v] of a) out.push(i, v);
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
  const dense: Partial<Record<(typeof DENSE)[number], ArrayLike<number>>> = {};
  for (const k of DENSE) {
    const v = s[k];
    if (!isNumbers(v) || v.length !== n) return null;
    dense[k] = v;
  }
  const pairs: Partial<Record<(typeof SPARSE)[number], ArrayLike<number>>> = {};
  for (const k of SPARSE) {
    const v = s[k];
    if (!isNumbers(v) || v.length % 2 !== 0) return null;
    for (let i = 0; i < v.length; i += 2) if (v[i] !== (v[i]! | 0) || v[i]! < 0 || v[i]! >= n) return null;
    pairs[k] = v;
  }
  const int32 = (v: ArrayLike<number>) => (v instanceof Int32Array ? v : new Int32Array(v));
  const spread = (v: ArrayLike<number>) => {
    const a = new Int32Array(n).fill(-1);
    for (let i = 0; i < v.length; i += 2) a[v[i]!] = v[i + 1]!;
    return a;
  };
  const map = (v: ArrayLike<number>) => {
    const m = new Map<number, number>();
    for (let i = 0; i < v.length; i += 2) m.set(v[i]!, v[i + 1]!);
    return m;
  };
  return {
    classOf,
    base: int32(dense.base!),
    check: int32(dense.check!),
    fail: int32(dense.fail!),
    // Depth fits 16 bits (the build refuses longer keys); half the memory of the stored i32.
    depth: Uint16Array.from(dense.depth!),
    outPattern: spread(pairs.outPattern!),
    patternAt: spread(pairs.patternAt!),
    outAnchor: map(pairs.outAnchor!),
    anchorAt: map(pairs.anchorAt!),
  };
}

/** Build the automaton for `patterns` exactly as `buildMatcher` does, as plain data. */
export function serializeMatcher(patterns: readonly MatcherPattern[]): SerializedMatcher {
  return encodeAutomaton(compilePatterns(patterns).automaton, patternsFingerprint(patterns));
}
