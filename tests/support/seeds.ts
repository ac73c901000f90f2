import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The real seed file, as the dictionary build reads it. */
const SEED_PATH = fileURLToPath(new URL('../../seeds/speeches.txt', import.meta.url));

/** The seed file's text. */
export function readSeedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}
