/**
 * `npm run build:dict`: build seeds/dictionary.json from the dated corpus (seed speeches +
 * seeds/corpus/) and the general-language baseline. The next steps are seeds/provenance.json,
 * every entry's occurrences in the corpus (scripts/build-provenance.ts), and seeds/matcher.bin.gz,
 * the asset the content script fetches (scripts/build-matcher-asset.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDictionary, dictionaryJson, DICTIONARY_FILE, readBuildInputs } from '../lib/dictionary/build';
import { buildInputsHash } from '../lib/dictionary/build/input-hash';

const root = process.cwd();
const started = performance.now();
const built = buildDictionary(readBuildInputs(root));
const dictionary = { ...built.dictionary, inputsHash: buildInputsHash(root) };
const dictionaryText = dictionaryJson(dictionary);
writeFileSync(join(root, DICTIONARY_FILE), dictionaryText);
const ms = Math.round(performance.now() - started);
const kb = (Buffer.byteLength(dictionaryText) / 1024).toFixed(1);
const counts = new Map<string, number>();
for (const e of dictionary.entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
const kinds = [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
console.log(`dictionary ${dictionary.version}: ${dictionary.entries.length} entries (${kinds}), ${kb} KB, built in ${ms} ms`);
