import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { toMatcherPatterns } from '../../../lib/dictionary/patterns';
import { readShippedAsset, shippedAssetBytes, SHIPPED_ASSET } from '../../../lib/dictionary/shipped';
import { buildMatcher, loadMatcher, loadShippedMatcher } from '../../../lib/matcher';
import { decodeMatcherAsset } from '../../../lib/matcher/asset';
import { dictionary, readRootFile, ROOT } from './artifacts';

const patterns = toMatcherPatterns(dictionary.entries);
/** The committed asset, inflated (gzip bytes may differ between zlib builds; the content may not). */
const committed = () => new Uint8Array(gunzipSync(readFileSync(`${ROOT}seeds/${SHIPPED_ASSET}`)));

describe('the committed matcher asset (seeds/matcher.bin.gz)', () => {
  it('is not stale: encoding the committed dictionary gives the committed bytes (run npm run build:matcher)', () => {
    expect(Buffer.from(shippedAssetBytes(dictionary)).equals(Buffer.from(committed()))).toBe(true);
  });

  it('gives the committed dictionary and an automaton that loads for its entries, as the content script reads it', () => {
    const bytes = committed();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(readShippedAsset(buffer)?.dictionary).toEqual(dictionary);
    // Built for these very entries: the fingerprint check passes.
    expect(loadMatcher(decodeMatcherAsset(buffer)!.matcher, patterns)).not.toBeNull();
  });

  it('loaded as the content script loads it (frame patterns only, no fingerprint) finds what a built matcher finds', () => {
    const bytes = committed();
    const shipped = readShippedAsset(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))!;
    const loaded = loadShippedMatcher(shipped.automaton, toMatcherPatterns(shipped.dictionary.entries, true));
    const built = buildMatcher(patterns);
    const seeds = readRootFile('seeds/speeches.txt');
    const expected = built.scan(seeds);
    expect(expected.filter((m) => m.slots).length).toBeGreaterThan(0); // frames are in play
    expect(loaded.scan(seeds)).toEqual(expected);
  });

  it('is refused when it was built for another dictionary', () => {
    const other = { ...dictionary, entries: dictionary.entries.slice(1) };
    const bytes = shippedAssetBytes(other);
    expect(loadMatcher(decodeMatcherAsset(bytes.buffer.slice(0) as ArrayBuffer)!.matcher, patterns)).toBeNull();
  });

  it('encodes deterministically: a second run is byte-identical', () => {
    expect(Buffer.from(shippedAssetBytes(dictionary)).equals(Buffer.from(shippedAssetBytes(dictionary)))).toBe(true);
  });
});
