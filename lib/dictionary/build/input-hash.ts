/**
 * A hash of everything the dictionary build reads and runs: the input files (seed speeches,
 * corpus, baseline) and the build's own code. The artifact carries it, so a test can tell a
 * stale artifact from a fresh one in milliseconds instead of rebuilding for a minute.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sha256Hex } from './ids';
import { INPUT_PATHS } from './inputs';

/** Code whose change changes the artifact: the build, the dictionary and matcher it uses,
 *  the corpus reader, and jieba's version. */
const BUILD_CODE_PATHS = ['lib/dictionary', 'lib/corpus', 'lib/matcher', 'node_modules/jieba-wasm/package.json', 'node_modules/opencc-js/package.json'];

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).sort().flatMap((name) => filesUnder(root, relative(root, join(full, name))));
}

/** SHA-256 over the path and bytes of every input and build-code file, in sorted order. */
export function buildInputsHash(root: string): string {
  const files = [...INPUT_PATHS, ...BUILD_CODE_PATHS].flatMap((p) => filesUnder(root, p)).map((p) => p.split('\\').join('/')).sort();
  const parts = files.map((p) => `${p}\n${sha256Hex(readFileSync(join(root, p), 'latin1'))}`);
  return sha256Hex(parts.join('\n'));
}
