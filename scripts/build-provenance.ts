/**
 * `npm run build:dict`, second step: index every dictionary entry's occurrences in the dated
 * corpus (seeds/corpus/ plus the seed speeches) into seeds/provenance.json, format 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DictionaryArtifact } from '../lib/dictionary/types';
import { readCorpusDocuments } from '../lib/dictionary/build/corpus-inputs';
import { buildProvenanceIndex, provenanceIndexJson } from '../lib/provenance/build-index';

const root = process.cwd();
const started = performance.now();
const dictionary = JSON.parse(readFileSync(join(root, 'seeds/dictionary.json'), 'utf8')) as DictionaryArtifact;
const documents = readCorpusDocuments(root);
const artifact = buildProvenanceIndex(dictionary.version, dictionary.entries, documents);
const text = provenanceIndexJson(artifact);
writeFileSync(join(root, 'seeds/provenance.json'), text);
const found = Object.keys(artifact.occurrences).length;
const total = Object.values(artifact.occurrences).reduce((n, l) => n + l.length / 4, 0);
const ms = Math.round(performance.now() - started);
console.log(
  `provenance ${artifact.version}: ${documents.length} documents, ${found}/${dictionary.entries.length} entries found, ` +
    `${total} occurrences, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB, built in ${ms} ms`,
);
