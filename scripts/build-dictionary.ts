/**
 * `npm run build:dict`: build seeds/dictionary.json and seeds/provenance.json from the seed
 * speeches (and the everyday texts, as negative evidence), then seeds/matcher.bin.gz from the
 * dictionary file (scripts/build-matcher-asset.ts: the asset the content script fetches).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildDictionary,
  dictionaryJson,
  DICTIONARY_FILE,
  provenanceJson,
  PROVENANCE_FILE,
  readBuildInputs,
} from '../lib/dictionary/build';
import { SHIPPED_ASSET } from '../lib/dictionary/shipped';
import { writeMatcherAsset } from './build-matcher-asset';

const root = process.cwd();
const started = performance.now();
const { seedText, everydayTexts } = readBuildInputs(root);
const { dictionary, provenance } = buildDictionary(seedText, { everydayTexts });
const dictionaryText = dictionaryJson(dictionary);
writeFileSync(join(root, DICTIONARY_FILE), dictionaryText);
writeFileSync(join(root, PROVENANCE_FILE), provenanceJson(provenance));
writeMatcherAsset(join(root, DICTIONARY_FILE), join(root, 'seeds', SHIPPED_ASSET));
const ms = Math.round(performance.now() - started);
const kb = (Buffer.byteLength(dictionaryText) / 1024).toFixed(1);
console.log(`dictionary ${dictionary.version}: ${dictionary.entries.length} entries, ${kb} KB, built in ${ms} ms`);
