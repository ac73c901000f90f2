/**
 * `npm run build:dict`: build seeds/dictionary.json; the next steps are seeds/provenance.json,
 * every entry's occurrences in the dated corpus (scripts/build-provenance.ts), and
 * seeds/matcher.bin.gz, the asset the content script fetches (scripts/build-matcher-asset.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildDictionary,
  dictionaryJson,
  DICTIONARY_FILE,
  readBuildInputs,
} from '../lib/dictionary/build';

const root = process.cwd();
const started = performance.now();
const { seedText, everydayTexts } = readBuildInputs(root);
const { dictionary } = buildDictionary(seedText, { everydayTexts });
const dictionaryText = dictionaryJson(dictionary);
writeFileSync(join(root, DICTIONARY_FILE), dictionaryText);
const ms = Math.round(performance.now() - started);
const kb = (Buffer.byteLength(dictionaryText) / 1024).toFixed(1);
console.log(`dictionary ${dictionary.version}: ${dictionary.entries.length} entries, ${kb} KB, built in ${ms} ms`);
