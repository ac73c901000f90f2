/**
 * A throwaway first-child / next-sibling trie over class ids: the double array is laid out
 * from it breadth-first. Flat typed arrays keep building 20,000 keys to a few milliseconds.
 */
import type { Alphabet } from './alphabet';

/** Trie nodes as parallel arrays; node 0 is the root, `key[node]` is a key index or -1. */
export interface ClassTrie {
  size: number;
  label: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  key: Int32Array;
}

/** Insert every key (already normalised, non-empty, distinct) into a fresh trie. */
export function buildClassTrie(keys: readonly string[], alphabet: Alphabet): ClassTrie {
  let total = 1;
  for (const k of keys) total += k.length;
  const label = new Int32Array(total);
  const firstChild = new Int32Array(total).fill(-1);
  const nextSibling = new Int32Array(total).fill(-1);
  const key = new Int32Array(total).fill(-1);
  // The root has thousands of children: index them directly instead of walking siblings.
  const rootChild = new Int32Array(alphabet.size + 1).fill(-1);
  const { classOf } = alphabet;
  let size = 1;
  for (let k = 0; k < keys.length; k++) {
    const s = keys[k]!;
    let node = 0;
    for (let i = 0; i < s.length; i++) {
      const c = classOf[s.charCodeAt(i)]!;
      let child = node === 0 ? rootChild[c]! : firstChild[node]!;
      if (node !== 0) while (child >= 0 && label[child] !== c) child = nextSibling[child]!;
      if (child < 0) {
        child = size++;
        label[child] = c;
        if (node === 0) {
          rootChild[c] = child;
        } else {
          nextSibling[child] = firstChild[node]!;
          firstChild[node] = child;
        }
      }
      node = child;
    }
    key[node] = k;
  }
  // Thread the root's children as a sibling list too, in class order, for the layout pass.
  for (let c = alphabet.size; c >= 1; c--) {
    const child = rootChild[c]!;
    if (child < 0) continue;
    nextSibling[child] = firstChild[0]!;
    firstChild[0] = child;
  }
  return { size, label, firstChild, nextSibling, key };
}
