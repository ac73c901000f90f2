/**
 * The dictionary build, for Node only (jieba-wasm, OpenCC, node:crypto): the build script,
 * the report, the tests and the bench import it; the extension never does.
 */
export { buildDictionary } from './build-dictionary';
export { dictionaryJson, provenanceJson } from './artifact-json';
export { readBuildInputs, EVERYDAY_DIR, DICTIONARY_FILE } from './inputs';
export type { ScoredCandidate } from './select';
export { segment, wordBoundaries } from './segment';
