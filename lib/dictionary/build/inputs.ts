/**
 * The build's input files, read in one place so the build script, the staleness test and
 * the bench all build from exactly the same bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed speeches, relative to the project root: the positive evidence. */
export const SEED_FILE = 'seeds/speeches.txt';
/** Everyday texts (recipe, review, sports …): negative evidence, and the density test's corpus. */
export const EVERYDAY_DIR = 'tests/fixtures/everyday';
/** The compact artifact the content script loads. */
export const DICTIONARY_FILE = 'seeds/dictionary.json';
/** The provenance artifact the background and extension pages load. */
export const PROVENANCE_FILE = 'seeds/provenance.json';

/** Everything the build reads. */
export interface BuildInputs {
  seedText: string;
  everydayTexts: string[];
}

/** Read the seed file and the everyday texts (sorted by name, so the order is stable). */
export function readBuildInputs(root: string): BuildInputs {
  const dir = join(root, EVERYDAY_DIR);
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  return {
    seedText: readFileSync(join(root, SEED_FILE), 'utf8'),
    everydayTexts: names.map((n) => readFileSync(join(dir, n), 'utf8')),
  };
}
