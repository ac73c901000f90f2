import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importsOf } from '../conventions/import-graph';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function filesUnder(dir: string): string[] {
  const abs = join(ROOT, dir);
  return readdirSync(abs).flatMap((name) => {
    const path = join(abs, name);
    return statSync(path).isDirectory() ? filesUnder(relative(ROOT, path)) : /\.(ts|tsx)$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

const NOTES_CODE = [...filesUnder('lib/notes'), ...filesUnder('components/notes'), ...filesUnder('entrypoints/notes')];
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('notes code conventions', () => {
  it('keeps files small (split before 300 lines)', () => {
    const long = NOTES_CODE.filter((f) => read(f).split('\n').length > 200);
    expect(long).toEqual([]);
  });

  it('gives every exported declaration in lib/notes a doc comment saying why', () => {
    const missing: string[] = [];
    for (const file of filesUnder('lib/notes')) {
      const lines = read(file).split('\n');
      lines.forEach((line, i) => {
        if (!/^export (async )?(function|class|const|interface|type|abstract) (?!\{)/.test(line)) return;
        const before = lines.slice(Math.max(0, i - 12), i).join('\n');
        if (!/\*\/\s*$/.test(before)) missing.push(`${file}:${i + 1}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('never renders text as HTML', () => {
    const offenders = NOTES_CODE.filter((f) => /innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('keeps IndexedDB out of content scripts: they reach notes through lib/messaging', () => {
    const content = filesUnder('entrypoints/content').concat(filesUnder('lib/highlighter'));
    // Each import judged on its own: a type-only import of lib/notes is erased, any other loads it.
    const offenders = content.flatMap((f) => importsOf(f).filter((e) => !e.typeOnly && e.target?.startsWith('lib/notes/')).map((e) => `${f}:${e.line}`));
    expect(offenders).toEqual([]);
  });

  it('imports nothing from entrypoints, and no browser API or messaging: the notes page\'s service is in its entrypoint', () => {
    const fromEntrypoints = NOTES_CODE.filter((f) => !f.startsWith('entrypoints/') && /from ['"][./]*entrypoints\//.test(read(f)));
    expect(fromEntrypoints).toEqual([]);
    const browserUsers = filesUnder('lib/notes').filter((f) => /from ['"][^'"]*(wxt\/browser|\/messaging\/)/.test(read(f)));
    expect(browserUsers).toEqual([]);
    expect(read('entrypoints/notes/notes-service.ts')).toMatch(/from ['"][^'"]*\/messaging\//); // the pattern still finds a use
  });

  it('gives every migration its own file, in order, matching the schema version', async () => {
    const { MIGRATIONS } = await import('../../../lib/notes/db/migrations');
    const { NOTES_DB_VERSION } = await import('../../../lib/notes/db/schema');
    const files = readdirSync(join(ROOT, 'lib/notes/db/migrations')).filter((f) => /^v\d+\.ts$/.test(f)).sort();
    expect(MIGRATIONS).toHaveLength(NOTES_DB_VERSION);
    expect(files).toEqual(Array.from({ length: NOTES_DB_VERSION }, (_, i) => `v${i + 1}.ts`));
  });
});
