import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * The one finished download ending in `suffix` in Firefox's download folder. Firefox first
 * writes an empty placeholder under the final name and the bytes to a `.part` file, so a
 * file only counts once no `.part` is left and it has content.
 */
export async function finishedDownload(dir: string, suffix: string): Promise<{ name: string; text: string }> {
  let found: { name: string; text: string } | null = null;
  await expect.poll(async () => {
    const names = await readdir(dir);
    const matching = names.filter((n) => n.endsWith(suffix));
    if (names.some((n) => n.endsWith('.part')) || matching.length !== 1) return false;
    const text = await readFile(join(dir, matching[0]!), 'utf8');
    found = text ? { name: matching[0]!, text } : null;
    return !!found;
  }, { timeout: 10_000 }).toBe(true);
  return found!;
}
