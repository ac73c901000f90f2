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
import { buildInputsHash } from '../lib/dictionary/build/input-hash';
import { toMatcherPatterns } from '../lib/dictionary/patterns';
import { serializedMatcherJson, serializeMatcher } from '../lib/matcher';

const root = process.cwd();
const started = performance.now();
const built = buildDictionary(readBuildInputs(root));
const { provenance } = built;
const dictionary = { ...built.dictionary, inputsHash: buildInputsHash(root) };
const dictionaryText = dictionaryJson(dictionary);
writeFileSync(join(root, DICTIONARY_FILE), dictionaryText);
writeFileSync(join(root, PROVENANCE_FILE), provenanceJson(provenance));
writeFileSync(join(root, 'seeds/automaton.json'), serializedMatcherJson(serializeMatcher(toMatcherPatterns(dictionary.entries))));
const ms = Math.round(performance.now() - started);
const kb = (Buffer.byteLength(dictionaryText) / 1024).toFixed(1);
const counts = new Map<string, number>();
for (const e of dictionary.entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
const kinds = [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
console.log(`dictionary ${dictionary.version}: ${dictionary.entries.length} entries (${kinds}), ${kb} KB, built in ${ms} ms`);
