/**
 * Golden-file comparison that cannot pass by writing its own answer: a missing golden file
 * fails; only `UPDATE_GOLDEN=1` writes one (read the diff before committing it).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';

/** The golden text of `file`, written from `actual` first only when `update` is set; throws when missing. */
export function readGolden(file: URL, actual: string, update = Boolean(process.env.UPDATE_GOLDEN)): string {
  if (update) {
    mkdirSync(dirname(fileURLToPath(file)), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) {
    throw new Error(`golden file missing: ${fileURLToPath(file)} (run with UPDATE_GOLDEN=1 to write it, then review the diff)`);
  }
  return readFileSync(file, 'utf8');
}
