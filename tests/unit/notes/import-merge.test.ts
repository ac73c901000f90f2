import { describe, expect, it } from 'vitest';
import { importNotesText } from '../../../lib/notes/import';
import { exportNotesJson } from '../../../lib/notes/export/json';
import { exportNotesAnnotations } from '../../../lib/notes/export/annotation';
import { mergeOutcome } from '../../../lib/notes/import/merge';
import type { Note } from '../../../lib/notes/types';
import { SAMPLE_DICTIONARY } from '../../fixtures/notes/sample-notes';
import { freshRepository, makeNote, uuid } from './support/notes';

const file = (notes: Note[]) => exportNotesJson(notes, SAMPLE_DICTIONARY);

describe('import merges by id', () => {
  it('adds new notes, lets the newer copy win, and skips older and identical ones', async () => {
    const { repo } = await freshRepository();
    await repo.importNotes([makeNote(1), makeNote(2), makeNote(3)]);
    const incoming = [
      makeNote(1, { body: '更新的版本', updated: makeNote(1).updated + 1_000 }),
      makeNote(2, { body: '旧版本', created: makeNote(2).updated - 2_000, updated: makeNote(2).updated - 1_000 }),
      makeNote(3),
      makeNote(4),
    ];
    const result = await importNotesText(repo, file(incoming));
    expect(result).toEqual({
      ok: true,
      format: 'tifa',
      summary: { added: 1, updated: 1, keptBoth: 0, skipped: 2, skippedOlder: 1, skippedIdentical: 1, skippedForeign: 0 },
      settings: { personalPhrases: [], hiddenEntries: [] },
    });
    expect((await repo.get(uuid(1)))?.body).toBe('更新的版本');
    expect((await repo.get(uuid(2)))?.body).toBe('第 2 条笔记');
    expect((await repo.list()).total).toBe(4);
  });

  it('keeps both when the times tie but the content differs, under a new id', async () => {
    const { repo } = await freshRepository();
    await repo.importNotes([makeNote(1)]);
    const result = await importNotesText(repo, file([makeNote(1, { body: '另一台电脑上的同一时刻' })]));
    expect(result.ok && result.summary).toMatchObject({ added: 0, keptBoth: 1, updated: 0 });
    const all = await repo.all();
    expect(all.map((n) => n.body).sort()).toEqual(['另一台电脑上的同一时刻', '第 1 条笔记'].sort());
    expect(new Set(all.map((n) => n.id)).size).toBe(2);
  });

  it('skips Web Annotations from other tools, saying why', async () => {
    const { repo } = await freshRepository();
    const ours = JSON.parse(exportNotesAnnotations([makeNote(5)], SAMPLE_DICTIONARY));
    ours.first.items.push({
      type: 'Annotation',
      id: 'https://hypothes.is/a/abc',
      body: { type: 'TextualBody', value: 'hello' },
      target: { source: 'https://example.com/', selector: [{ type: 'TextQuoteSelector', exact: 'x' }, { type: 'RangeSelector' }] },
    });
    const result = await importNotesText(repo, JSON.stringify(ours));
    expect(result.ok && result.summary).toMatchObject({ added: 1, skipped: 1, skippedForeign: 1 });
    expect(await repo.get(uuid(5))).toEqual(makeNote(5));
  });

  it('stores HTML in fields as text, exactly', async () => {
    const { repo } = await freshRepository();
    const hostile = makeNote(6, { body: '<img src=x onerror=alert(1)>', page: { url: 'https://a.gov.cn/', title: '<script>x</script>' }, site: 'a.gov.cn' });
    await importNotesText(repo, file([hostile]));
    expect(await repo.get(uuid(6))).toEqual(hostile);
  });

  it('decides each case by updated time and content', () => {
    const note = makeNote(1);
    expect(mergeOutcome(undefined, note)).toBe('add');
    expect(mergeOutcome(note, { ...note, updated: note.updated + 1 })).toBe('update');
    expect(mergeOutcome(note, { ...note, updated: note.updated - 1 })).toBe('skip-older');
    expect(mergeOutcome(note, { ...note })).toBe('skip-identical');
    expect(mergeOutcome(note, { ...note, tags: ['x'] })).toBe('keep-both');
  });
});
