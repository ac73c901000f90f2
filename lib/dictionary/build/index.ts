/**
 * The dictionary build, for Node only (jieba-wasm, OpenCC, node:crypto): the build script,
 * the report, the tests and the bench import it; the extension never does.
 */
export { buildDictionary, matcherHits, FORMAT_VERSION, type BuildResult } from './build-dictionary';
export { dictionaryJson, provenanceJson } from './artifact-json';
export {
  readBuildInputs, SEED_FILE, BASELINE_FILE, EVERYDAY_DIR, DICTIONARY_FILE, PROVENANCE_FILE, INPUT_PATHS, type BuildInputs,
} from './inputs';
export { KEEP_THRESHOLD } from './score';
export type { ScoredCandidate } from './select';
export { segment, wordBoundaries, type Token } from './segment';
