/**
 * `npm run build:dict`: build seeds/dictionary.json from the seed speeches (and the everyday
 * texts, as negative evidence), and seeds/automaton.json, the dictionary's matcher serialised
 * for the content script to load instead of building. seeds/provenance.json is the next step
 * (scripts/build-provenance.ts), over the whole dated corpus.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildDictionary,
  dictionaryJson,
  DICTIONARY_FILE,
  readBuildInputs,
} from '../lib/dictionary/build';
import { toMatcherPatterns } from '../lib/dictionary/patterns';
import { serializedMatcherJson, serializeMatcher } from '../lib/matcher';

const root = process.cwd();
const started = performance.now();
const { seedText, everydayTexts } = readBuildInputs(root);
const { dictionary } = buildDictionary(seedText, { everydayTexts });
const dictionaryText = dictionaryJson(dictionary);
writeFileSync(join(root, DICTIONARY_FILE), dictionaryText);
writeFileSync(join(root, 'seeds/automaton.json'), serializedMatcherJson(serializeMatcher(toMatcherPatterns(dictionary.entries))));
const ms = Math.round(performance.now() - started);
const kb = (Buffer.byteLength(dictionaryText) / 1024).toFixed(1);
console.log(`dictionary ${dictionary.version}: ${dictionary.entries.length} entries, ${kb} KB, built in ${ms} ms`);
