/**
 * The dictionary as the extension ships it to pages: one binary asset (lib/matcher/asset.ts)
 * holding the serialised automaton and the dictionary's JSON, so one fetch gives a frame both,
 * always from the same build step, and the content script itself carries no data.
 */
import { decodeMatcherAsset, encodeMatcherAsset } from '../matcher/asset';
import { serializeMatcher, type SerializedMatcher } from '../matcher/serialize';
import { toMatcherPatterns } from './patterns';
import type { DictionaryArtifact } from './types';

/**
 * The file name of the asset in the built extension and under seeds/: gzip of the bytes below
 * (a quarter of their size; a frame inflates it with `DecompressionStream`, in native code).
 */
export const SHIPPED_ASSET = 'matcher.bin.gz';

/** What a frame gets from the asset: the dictionary and the automaton built for its entries. */
export interface ShippedDictionary {
  dictionary: DictionaryArtifact;
  automaton: SerializedMatcher;
}

/** The asset's bytes for `dictionary`, before gzip (build time: scripts/build-matcher-asset.ts). */
export function shippedAssetBytes(dictionary: DictionaryArtifact): Uint8Array {
  return encodeMatcherAsset(serializeMatcher(toMatcherPatterns(dictionary.entries)), JSON.stringify(dictionary));
}

/** The dictionary and automaton from the asset's (inflated) bytes, or null when they are not a well-formed asset. */
export function readShippedAsset(bytes: ArrayBuffer): ShippedDictionary | null {
  const asset = decodeMatcherAsset(bytes);
  if (!asset) return null;
  try {
    const dictionary = JSON.parse(asset.payload) as DictionaryArtifact;
    return Array.isArray(dictionary?.entries) ? { dictionary, automaton: asset.matcher } : null;
  } catch {
    return null;
  }
}
