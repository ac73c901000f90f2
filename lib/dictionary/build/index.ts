/**
 * The dictionary build, for Node only (jieba-wasm, OpenCC, node:crypto): the build script,
 * the report, the tests and the bench import it; the extension never does.
 */
export { buildDictionary, FORMAT_VERSION, type BuildOptions, type BuildResult } from './build-dictionary';
export { dictionaryJson, provenanceJson } from './artifact-json';
export { readBuildInputs, SEED_FILE, EVERYDAY_DIR, DICTIONARY_FILE, PROVENANCE_FILE, type BuildInputs } from './inputs';
export { KEEP_THRESHOLD } from './score';
export type { ScoredCandidate } from './select';
export { segment, wordBoundaries, type Token } from './segment';
export { readEvalSet, locateLabel, EVAL_DIR, type EvalCase, type EvalSplit, type LabelSpan } from './eval-set';
export { evaluateCase, labelConflicts, type CaseResult } from './evaluate';
