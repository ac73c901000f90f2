/**
 * Aho–Corasick over UTF-16 code units, laid out as a double array on Int32Arrays:
 * the transition s --c--> t exists iff `check[base[s] + c] === s`. Everything is a typed
 * array, so the build serialises it as is (serialize.ts) and the content script loads it.
 */
import { buildAlphabet } from './alphabet';
import { layoutDoubleArray } from './double-array';
import { buildClassTrie } from './trie';

/** `check[t] & STATE_MASK` is t's parent; the top bits hold t's output flags. */
export const STATE_MASK = 0x0fffffff;
/** `check[t] >>> FLAG_SHIFT`: bit 1, a contiguous pattern ends at t or on its fail chain; bit 2, a frame anchor does. */
export const FLAG_SHIFT = 28;

/** The compiled automaton; arrays are indexed by state (root = 0). */
export interface Automaton {
  classOf: Uint16Array;
  base: Int32Array;
  /**
   * Parent and output flags in one word, so the scan learns whether a state reports anything
   * from the load it makes anyway (a free slot is -1, whose masked value is no state).
   */
  check: Int32Array;
  fail: Int32Array;
  /** Length of the string that leads to each state (a key is at most 65,535 code units). */
  depth: Uint16Array;
  /** Nearest state (itself included) on the fail chain that ends a contiguous pattern, or -1. */
  outPattern: Int32Array;
  /** Nearest state (itself included) on the fail chain that ends a frame anchor, if any:
   *  a map, since a few hundred of tens of thousands of states have one (read on anchor hits only). */
  outAnchor: ReadonlyMap<number, number>;
  /** Payload of a state that ends a key: `patternOf` of that key, or -1. */
  patternAt: Int32Array;
  /** `anchorOf` of the key a state ends, where it is one. */
  anchorAt: ReadonlyMap<number, number>;
}

/** The states of `dense` that are not -1, with their values. */
function sparseMap(dense: Int32Array): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < dense.length; i++) if (dense[i] !== -1) out.set(i, dense[i]!);
  return out;
}

/**
 * Compile distinct, non-empty normalised keys. `patternOf[k]` / `anchorOf[k]` say what key k
 * reports (an entry index, an anchor-group index) or -1; a key may be both.
 */
export function buildAutomaton(
  keys: readonly string[],
  patternOf: readonly number[],
  anchorOf: readonly number[],
): Automaton {
  const alphabet = buildAlphabet(keys);
  const trie = buildClassTrie(keys, alphabet);
  const { base, check, stateOf, order, size } = layoutDoubleArray(trie, alphabet.size);
  const fail = new Int32Array(size);
  const depth = new Uint16Array(size);
  const flags = new Uint8Array(size);
  const outPattern = new Int32Array(size).fill(-1);
  const outAnchor = new Int32Array(size).fill(-1);
  const patternAt = new Int32Array(size).fill(-1);
  const anchorAt = new Int32Array(size).fill(-1);
  for (let i = 1; i < trie.size; i++) {
    const node = order[i]!;
    const t = stateOf[node]!;
    const s = check[t]!;
    const c = trie.label[node]!;
    if (depth[s] === 0xffff) throw new RangeError('key too long for the automaton');
    depth[t] = depth[s]! + 1;
    let f = 0;
    if (s !== 0) {
      for (let g = fail[s]!; ; g = fail[g]!) {
        const u = base[g]! + c;
        if (check[u] === g) {
          f = u;
          break;
        }
        if (g === 0) break;
      }
    }
    fail[t] = f;
    const k = trie.key[node]!;
    if (k >= 0) {
      patternAt[t] = patternOf[k]!;
      anchorAt[t] = anchorOf[k]!;
    }
    // BFS order guarantees the fail target's own links are final already.
    outPattern[t] = patternAt[t]! >= 0 ? t : outPattern[f]!;
    outAnchor[t] = anchorAt[t]! >= 0 ? t : outAnchor[f]!;
    flags[t] = (outPattern[t]! >= 0 ? 1 : 0) | (outAnchor[t]! >= 0 ? 2 : 0);
  }
  if (size > STATE_MASK) throw new RangeError('dictionary too large for the automaton');
  for (let t = 1; t < size; t++) if (check[t]! >= 0) check[t] = check[t]! | (flags[t]! << FLAG_SHIFT);
  const { classOf } = alphabet;
  return { classOf, base, check, fail, depth, outPattern, outAnchor: sparseMap(outAnchor), patternAt, anchorAt: sparseMap(anchorAt) };
}
