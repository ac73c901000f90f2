/**
 * `npm run build:matcher`, also the last step of `npm run build:dict`: write seeds/matcher.bin.gz
 * (the serialised automaton and the dictionary, one binary asset the content script fetches)
 * from seeds/dictionary.json as it stands, whatever built that file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { SHIPPED_ASSET, shippedAssetBytes } from '../lib/dictionary/shipped';
import type { DictionaryArtifact } from '../lib/dictionary/types';

/** Write the asset for the dictionary at `dictionaryFile` to `assetFile`; returns its size in bytes. */
export function writeMatcherAsset(dictionaryFile: string, assetFile: string): number {
  const dictionary = JSON.parse(readFileSync(dictionaryFile, 'utf8')) as DictionaryArtifact;
  const bytes = gzipSync(shippedAssetBytes(dictionary), { level: 9 });
  writeFileSync(assetFile, bytes);
  return bytes.length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = process.cwd();
  const size = writeMatcherAsset(join(root, 'seeds/dictionary.json'), join(root, 'seeds', SHIPPED_ASSET));
  console.log(`seeds/${SHIPPED_ASSET}: ${(size / 1024).toFixed(1)} KB`);
}
