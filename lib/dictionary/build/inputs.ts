/**
 * The build's input files, read in one place so the build script, the staleness test and
 * the bench all build from exactly the same bytes: the seed speeches, the dated corpus
 * (seeds/corpus/) and the general-language baseline (seeds/baseline/). Nothing under
 * tests/ is an input: the everyday texts there are the negative test set only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusDocument } from '../../corpus/assemble';
import { CORPUS_DIR, readCorpusDocuments } from './corpus-inputs';

/** The seed speeches, relative to the project root. */
const SEED_FILE = 'seeds/speeches.txt';
/** jieba's word frequencies: general Chinese, for keyness. */
const BASELINE_FILE = 'seeds/baseline/jieba-freq.tsv';
/** Everyday texts (recipe, review, sports …): the negative TEST set, never a build input. */
export const EVERYDAY_DIR = 'tests/fixtures/everyday';
/** The compact artifact the content script loads. */
export const DICTIONARY_FILE = 'seeds/dictionary.json';
/** Every path the build reads (for the staleness hash). */
export const INPUT_PATHS = [SEED_FILE, BASELINE_FILE, CORPUS_DIR];

/** Everything the build reads. */
export interface BuildInputs {
  seedText: string;
  /** Seed speeches (seed-1…) then the manifest's documents, with families. */
  documents: CorpusDocument[];
  baselineTsv: string;
}

/** Read the seed file, the corpus and the baseline. */
export function readBuildInputs(root: string): BuildInputs {
  return {
    seedText: readFileSync(join(root, SEED_FILE), 'utf8'),
    documents: readCorpusDocuments(root, SEED_FILE),
    baselineTsv: readFileSync(join(root, BASELINE_FILE), 'utf8'),
  };
}
