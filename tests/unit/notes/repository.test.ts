import { describe, expect, it } from 'vitest';
import { freshRepository, makeNote, uuid } from './support/notes';
import { NoteNotFoundError } from '../../../lib/notes/repository';
import { newestPageFromIndex } from '../../../lib/notes/repository-query';
import { newestFirst, pageOf } from '../../../lib/notes/query';

const draft = {
  entryId: 'e1',
  phrase: '真抓实干',
  page: { url: 'https://www.example.gov.cn/a.html', title: '一篇讲话' },
  anchor: {
    quote: { type: 'TextQuoteSelector' as const, exact: '真抓实干', prefix: '要', suffix: '，' },
    position: { type: 'TextPositionSelector' as const, start: 3, end: 7 },
  },
  body: '注意出处',
  tags: [' 作风 ', '作风', '', '基层'],
};

describe('NotesRepository', () => {
  it('adds a note with id, times, site, clean tags and the dictionary version', async () => {
    const { repo } = await freshRepository();
    const note = await repo.add(draft, { version: '1.2.0+ff', seedHash: 'ff' });
    expect(note).toMatchObject({
      id: uuid(1000),
      site: 'example.gov.cn',
      tags: ['作风', '基层'],
      created: Date.UTC(2025, 5, 1),
      updated: Date.UTC(2025, 5, 1),
      dictionaryVersion: '1.2.0+ff',
      orphaned: false,
    });
    expect(await repo.get(note.id)).toEqual(note);
  });

  it('keeps a note on a phrase as a whole (no page, no anchor)', async () => {
    const { repo } = await freshRepository();
    const note = await repo.add({ entryId: 'e9', phrase: '两个维护', body: '整体', anchor: draft.anchor });
    expect(note.page).toBeNull();
    expect(note.anchor).toBeNull();
    expect(note.site).toBeNull();
    expect((await repo.forEntry('e9')).map((n) => n.id)).toEqual([note.id]);
  });

  it('edits body and tags, bumps updated, keeps created', async () => {
    let now = Date.UTC(2025, 5, 1);
    const { repo } = await freshRepository({ now: () => now });
    const note = await repo.add(draft);
    now += 5_000;
    const edited = await repo.update(note.id, { body: '改过', tags: ['新'] });
    expect(edited).toMatchObject({ body: '改过', tags: ['新'], created: note.created, updated: note.updated + 5_000 });
    expect(await repo.get(note.id)).toEqual(edited);
  });

  it('refuses to edit a note that is gone, and changes nothing', async () => {
    const { repo } = await freshRepository();
    await expect(repo.update(uuid(42), { body: 'x' })).rejects.toBeInstanceOf(NoteNotFoundError);
    expect((await repo.list()).total).toBe(0);
  });

  it('deletes and restores exactly (undo)', async () => {
    const { repo } = await freshRepository();
    const note = await repo.add(draft);
    const deleted = await repo.delete(note.id);
    expect(deleted).toEqual(note);
    expect(await repo.get(note.id)).toBeUndefined();
    expect(await repo.delete(note.id)).toBeNull();
    await repo.restore(deleted!);
    expect(await repo.get(note.id)).toEqual(note);
    await expect(repo.restore(deleted!)).rejects.toThrow();
  });

  it('records a lost or moved anchor without counting it as an edit', async () => {
    const { repo } = await freshRepository();
    const note = await repo.add(draft);
    const lost = await repo.setAnchor(note.id, null);
    expect(lost).toMatchObject({ orphaned: true, updated: note.updated });
    const found = await repo.setAnchor(note.id, { type: 'TextPositionSelector', start: 40, end: 44 });
    expect(found.orphaned).toBe(false);
    expect(found.anchor?.position).toEqual({ type: 'TextPositionSelector', start: 40, end: 44 });
    expect(found.anchor?.quote).toEqual(note.anchor?.quote);
  });

  it('never marks a note on the phrase as a whole as orphaned', async () => {
    const { repo } = await freshRepository();
    const whole = await repo.add({ entryId: 'e2', phrase: '两个维护', body: '' });
    expect((await repo.setAnchor(whole.id, null)).orphaned).toBe(false);
  });

  it('lists newest first in pages, with the total', async () => {
    const { repo } = await freshRepository();
    await repo.importNotes(Array.from({ length: 120 }, (_, i) => makeNote(i)));
    const first = await repo.list({ limit: 50 });
    expect(first.total).toBe(120);
    expect(first.notes.map((n) => n.id)).toEqual(Array.from({ length: 50 }, (_, i) => uuid(119 - i)));
    const last = await repo.list({ offset: 100, limit: 50 });
    expect(last.notes.map((n) => n.id)).toEqual(Array.from({ length: 20 }, (_, i) => uuid(19 - i)));
  });

  it('searches text and filters by phrase, site, tag and orphaned state', async () => {
    const { repo } = await freshRepository();
    const notes = Array.from({ length: 30 }, (_, i) => makeNote(i));
    notes[3] = makeNote(3, { body: '关于 Zhejiang 的基层调研', orphaned: true });
    notes[4] = makeNote(4, { page: { url: 'https://www.hangzhou.gov.cn/x', title: '杭州' }, site: 'hangzhou.gov.cn' });
    await repo.importNotes(notes);
    expect((await repo.list({ text: 'zhejiang 基层' })).notes.map((n) => n.id)).toEqual([uuid(3)]);
    expect((await repo.list({ entryId: 'e2' })).total).toBe(6);
    expect((await repo.list({ site: 'hangzhou.gov.cn' })).notes.map((n) => n.id)).toEqual([uuid(4)]);
    expect((await repo.list({ tag: '作风' })).total).toBe(15);
    expect((await repo.list({ orphanedOnly: true })).notes.map((n) => n.id)).toEqual([uuid(3)]);
    expect((await repo.list({ entryId: 'e1', tag: '作风', text: '第 11 条' })).notes.map((n) => n.id)).toEqual([uuid(11)]);
  });

  it('counts phrases, sites and tags for the filters', async () => {
    const { repo } = await freshRepository();
    await repo.importNotes([
      makeNote(1),
      makeNote(11),
      makeNote(2, { page: null, anchor: null, site: null, tags: ['a', 'b'] }),
    ]);
    const facets = await repo.facets();
    expect(facets.total).toBe(3);
    expect(facets.phrases).toEqual([
      { entryId: 'e1', phrase: '真抓实干', count: 2 },
      { entryId: 'e2', phrase: '两个维护', count: 1 },
    ]);
    expect(facets.sites).toEqual([{ site: 'example.gov.cn', count: 2 }]);
    expect(facets.tags).toEqual([
      { tag: '作风', count: 2 },
      { tag: 'a', count: 1 },
      { tag: 'b', count: 1 },
    ]);
  });

  it('lists the notes of one page', async () => {
    const { repo } = await freshRepository();
    await repo.importNotes([makeNote(1), makeNote(8), makeNote(2)]);
    const onPage = await repo.forPage('https://www.example.gov.cn/speech/1.html');
    expect(onPage.map((n) => n.id)).toEqual([uuid(8), uuid(1)]);
  });

  it('reads the first view from the index exactly as from memory, ties included', async () => {
    const { db, repo } = await freshRepository();
    const notes = Array.from({ length: 130 }, (_, i) => makeNote(i, { updated: Date.UTC(2025, 0, 1) + Math.floor(i / 4) * 1000 }));
    await repo.importNotes(notes);
    const sorted = [...notes].sort(newestFirst);
    for (const [offset, limit] of [[0, 50], [7, 50], [49, 1], [50, 50], [95, 50], [128, 50], [130, 50], [3, 4]] as const) {
      expect(await newestPageFromIndex(db, { offset, limit })).toEqual(pageOf(sorted, { offset, limit }));
    }
  });

  it('answers from memory after writes, without reading stale notes', async () => {
    const { repo } = await freshRepository();
    await repo.importNotes([makeNote(1), makeNote(2)]);
    expect((await repo.list({ text: '第' })).total).toBe(2);
    const added = await repo.add(draft);
    await repo.update(uuid(1), { body: '改了' });
    await repo.delete(uuid(2));
    const page = await repo.list({ text: '' });
    expect(page.notes.map((n) => n.id)).toEqual([added.id, uuid(1)]);
    expect((await repo.list({ text: '改了' })).notes.map((n) => n.id)).toEqual([uuid(1)]);
    expect((await repo.facets()).total).toBe(2);
  });
});
