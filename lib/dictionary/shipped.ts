/**
 * The dictionary as the extension ships it to pages: one binary asset (lib/matcher/asset.ts)
 * holding the serialised automaton and the dictionary's JSON, so one fetch gives a frame both,
 * always from the same build step, and the content script itself carries no data.
 */
import { decodeMatcherAsset, encodeMatcherAsset } from '../matcher/asset';
import type { Automaton } from '../matcher/automaton';
import { decodeAutomaton, serializeMatcher } from '../matcher/serialize';
import { encodeEntryLines, lazyEntries, type EntryLinesMeta } from './lazy-entries';
import { toMatcherPatterns } from './patterns';
import type { DictionaryArtifact, DictionaryEntry } from './types';

/**
 * The file name of the asset in the built extension and under seeds/: gzip of the bytes below
 * (a quarter of their size; a frame inflates it with `DecompressionStream`, in native code).
 */
export const SHIPPED_ASSET = 'matcher.bin.gz';

/**
 * What a frame gets from the asset: the dictionary (its entries made on first use) and the
 * automaton built for them, decoded once: the serialised arrays are not kept beside it.
 */
export interface ShippedDictionary {
  dictionary: DictionaryArtifact;
  automaton: Automaton;
}

/** The asset's bytes for `dictionary`, before gzip (build time: scripts/build-matcher-asset.ts). */
export function shippedAssetBytes(dictionary: DictionaryArtifact): Uint8Array {
  const { meta, lines } = encodeEntryLines(dictionary);
  const head = new TextEncoder().encode(`${JSON.stringify(meta)}\n`); // JSON escapes every newline in it
  const payload = new Uint8Array(head.length + lines.length);
  payload.set(head);
  payload.set(lines, head.length);
  return encodeMatcherAsset(serializeMatcher(toMatcherPatterns(dictionary.entries)), payload);
}

/** The dictionary and automaton from the asset's (inflated) bytes, or null when they are not a well-formed asset. */
export function readShippedAsset(bytes: ArrayBuffer): ShippedDictionary | null {
  const asset = decodeMatcherAsset(bytes);
  if (!asset) return null;
  try {
    const nl = asset.payload.indexOf(10);
    const meta = JSON.parse(new TextDecoder().decode(asset.payload.subarray(0, nl))) as EntryLinesMeta;
    if (nl < 0 || !Array.isArray(meta?.ends) || !Array.isArray(meta.keysets)) return null;
    const entries = lazyEntries(meta, asset.payload.slice(nl + 1)) as DictionaryEntry[];
    const automaton = decodeAutomaton(asset.matcher);
    return automaton ? { dictionary: { ...meta.artifact, entries } as DictionaryArtifact, automaton } : null;
  } catch {
    return null;
  }
}
