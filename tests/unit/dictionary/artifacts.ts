/** The committed artifacts and the seed file, as the tests read them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DictionaryArtifact } from '../../../lib/dictionary';

/** The project root (three levels up from this folder). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Read a file under the project root as UTF-8. */
export function readRootFile(path: string): string {
  return readFileSync(`${ROOT}${path}`, 'utf8');
}

/** seeds/dictionary.json as committed. */
export const dictionary: DictionaryArtifact = JSON.parse(readRootFile('seeds/dictionary.json'));

/** The committed entry with this canonical text, if any. */
export function entryByText(text: string) {
  return dictionary.entries.find((e) => e.text === text);
}
