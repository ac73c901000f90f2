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
export const MATCHER_FORMAT = 3;

/**
 * Int32 arrays with one value per state, in the order the asset stores them. They are stored as
 * the page uses them, so loading them is a copy, not a loop over every state in cold code.
 */
export const DENSE_ARRAYS = ['base', 'check', 'fail', 'outPattern', 'patternAt'] as const;
const DENSE = DENSE_ARRAYS;
/** The few frame-anchor states: stored as [state, value, state, value, …]. */
export const SPARSE_ARRAYS = ['outAnchor', 'anchorAt'] as const;
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
  /** One 16-bit value per state. */
  depth: ArrayLike<number>;
  outPattern: ArrayLike<number>;
  patternAt: ArrayLike<number>;
  outAnchor: ArrayLike<number>;
  anchorAt: ArrayLike<number>;
}

const isNumbers = (v: unknown): v is ArrayLike<number> => Array.isArray(v) || v instanceof Int32Array || v instanceof Uint16Array;

/** [state, value, …] for the states the map has a value for. */
function sparse(m: ReadonlyMap<number, number>): number[] {
  const out: number[] = [];
  for (const [i, v] of m) out.push(i, v);
  return out;
}

/** Plain data for `a`, tagged with the fingerprint of the patterns it was built from. */
function encodeAutomaton(a: Automaton, fingerprint: string): SerializedMatcher {
  const alphabet: number[] = [];
  for (let u = 0; u < a.classOf.length; u++) if (a.classOf[u]! > 0) alphabet[a.classOf[u]! - 1] = u;
  const [base, check, fail, outPattern, patternAt] = DENSE.map((k) => Array.from(a[k])) as [number[], number[], number[], number[], number[]];
  const [outAnchor, anchorAt] = SPARSE.map((k) => sparse(a[k])) as [number[], number[]];
  const states = a.base.length;
  const depth = Array.from(a.depth);
  return { format: MATCHER_FORMAT, fingerprint, states, alphabet, base, check, fail, depth, outPattern, patternAt, outAnchor, anchorAt };
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
  const dense: Partial<Record<(typeof DENSE)[number], Int32Array>> = {};
  for (const k of DENSE) {
    const v = s[k];
    if (!isNumbers(v) || v.length !== n) return null;
    dense[k] = v instanceof Int32Array ? v : new Int32Array(v);
  }
  if (!isNumbers(s.depth) || s.depth.length !== n) return null;
  const depth = s.depth instanceof Uint16Array ? s.depth : Uint16Array.from(s.depth);
  const maps: Partial<Record<(typeof SPARSE)[number], Map<number, number>>> = {};
  for (const k of SPARSE) {
    const v = s[k];
    if (!isNumbers(v) || v.length % 2 !== 0) return null;
    const m = new Map<number, number>();
    for (let i = 0; i < v.length; i += 2) {
      if (v[i] !== (v[i]! | 0) || v[i]! < 0 || v[i]! >= n) return null;
      m.set(v[i]!, v[i + 1]!);
    }
    maps[k] = m;
  }
  const { base, check, fail, outPattern, patternAt } = dense as Required<typeof dense>;
  return { classOf, base, check, fail, depth, outPattern, patternAt, outAnchor: maps.outAnchor!, anchorAt: maps.anchorAt! };
}

/** Build the automaton for `patterns` exactly as `buildMatcher` does, as plain data. */
export function serializeMatcher(patterns: readonly MatcherPattern[]): SerializedMatcher {
  return encodeAutomaton(compilePatterns(patterns).automaton, patternsFingerprint(patterns));
}
