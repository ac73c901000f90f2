/** Bytes of every content script in a built extension: what a top frame evaluates, all of it. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function contentScriptBytes(extensionDir: string): number {
  const dir = join(extensionDir, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}
