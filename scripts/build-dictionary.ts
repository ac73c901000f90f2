/**
 * `npm run build:dict`: build seeds/dictionary.json and seeds/provenance.json from the dated
 * corpus (seed speeches + seeds/corpus/) and the general-language baseline, and
 * seeds/automaton.json, the dictionary's matcher serialised for the content script to load
 * instead of building.
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
import { toMatcherPatterns } from '../lib/dictionary/patterns';
import { serializedMatcherJson, serializeMatcher } from '../lib/matcher';

const root = process.cwd();
const started = performance.now();
const { dictionary, provenance } = buildDictionary(readBuildInputs(root));
const dictionaryText = dictionaryJson(dictionary);
writeFileSync(join(root, DICTIONARY_FILE), dictionaryText);
writeFileSync(join(root, PROVENANCE_FILE), provenanceJson(provenance));
writeFileSync(join(root, 'seeds/automaton.json'), serializedMatcherJson(serializeMatcher(toMatcherPatterns(dictionary.entries))));
const ms = Math.round(performance.now() - started);
const kb = (Buffer.byteLength(dictionaryText) / 1024).toFixed(1);
console.log(`dictionary ${dictionary.version}: ${dictionary.entries.length} entries, ${kb} KB, built in ${ms} ms`);
