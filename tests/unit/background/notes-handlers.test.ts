import { describe, expect, it } from 'vitest';
import { routeRequest } from '../../../lib/messaging/router';
import { requestSchemas } from '../../../lib/messaging/protocol';
import { createNotesHandlers } from '../../../lib/background/notes-handlers';
import { openNotesDatabase } from '../../../lib/notes/db/open';
import type { Note, NotesPage } from '../../../lib/notes/types';
import { freshDbName, idSequence } from '../notes/support/notes';

const SELF = { id: 'abc', origin: 'chrome-extension://abc' };
const PAGE_SENDER = { id: 'abc', url: 'chrome-extension://abc/notes.html' };
/** The card's notes frame: an extension page inside a tab. */
const FRAME_SENDER = { id: 'abc', tabId: 7, frameId: 3, url: 'chrome-extension://abc/card-notes.html' };
const TAB_SENDER = { id: 'abc', tabId: 7, frameId: 0, url: 'https://www.example.gov.cn/a.html' };

function setup() {
  const name = freshDbName();
  let opened = 0;
  const handlers = createNotesHandlers({
    openDatabase: (options) => {
      opened++;
      return openNotesDatabase({ ...options, name });
    },
    dictionary: () => ({ version: '2.0.0+beef', seedHash: 'beef' }),
    repository: { now: () => Date.UTC(2025, 1, 1), newId: idSequence(), onChange: () => {} },
    now: () => new Date('2025-03-01T00:00:00Z'),
  });
  const send = (type: string, payload: unknown, sender: object = PAGE_SENDER) => routeRequest({ tifa: 1, type, payload }, sender, handlers, requestSchemas, SELF);
  return { send, openedCount: () => opened };
}

const draft = {
  entryId: 'e1',
  phrase: '真抓实干',
  page: { url: 'https://www.example.gov.cn/a.html', title: '讲话' },
  anchor: {
    quote: { type: 'TextQuoteSelector', exact: '真抓实干', prefix: '要', suffix: '，' },
    position: { type: 'TextPositionSelector', start: 1, end: 5 },
  },
  body: '笔记',
};

describe('notes handlers over the message protocol', () => {
  it('adds a note from the card\'s notes frame, stamped with the dictionary version, and lists it on the page', async () => {
    const { send, openedCount } = setup();
    const added = await send('notes:add', draft, FRAME_SENDER);
    expect(added).toMatchObject({ ok: true, value: { dictionaryVersion: '2.0.0+beef', site: 'example.gov.cn' } });
    const listed = (await send('notes:list', { query: {} })) as { ok: true; value: NotesPage };
    expect(listed.value.notes.map((n) => n.body)).toEqual(['笔记']);
    expect(openedCount()).toBe(1);
  });

  it('validates every payload where it is received', async () => {
    const { send } = setup();
    const bad = await send('notes:add', { ...draft, page: { url: 'javascript:alert(1)', title: '' } }, FRAME_SENDER);
    expect(bad).toMatchObject({ ok: false });
    expect((bad as { error: string }).error).toContain('Invalid notes:add request');
    expect(await send('notes:update', { id: 'not-a-uuid', body: 'x' })).toMatchObject({ ok: false });
    expect(await send('notes:list', { query: { limit: 100_000 } })).toMatchObject({ ok: false });
  });

  it('keeps bulk reads and writes to the extension pages', async () => {
    const { send } = setup();
    for (const type of ['notes:list', 'notes:export', 'notes:import', 'notes:facets']) {
      const payload = type === 'notes:list' ? { query: {} } : type === 'notes:export' ? { format: 'json' } : type === 'notes:import' ? { text: '[]' } : {};
      const answer = await send(type, payload, TAB_SENDER);
      expect(answer).toMatchObject({ ok: false, error: `${type} is only for the extension's own pages` });
      expect(await send(type, payload, FRAME_SENDER)).toMatchObject({ ok: true });
    }
  });

  it("re-anchors a page's notes against its current text and records orphans", async () => {
    const { send } = setup();
    const { value: note } = (await send('notes:add', draft, FRAME_SENDER)) as { value: Note };
    const moved = (await send('notes:forPage', { url: draft.page.url, text: '前言。我们要真抓实干，不空谈。' }, TAB_SENDER)) as { value: Array<{ position: unknown }> };
    expect(moved.value[0]!.position).toEqual({ start: 6, end: 10 });
    const gone = (await send('notes:forPage', { url: draft.page.url, text: '全文已改写。' }, TAB_SENDER)) as { value: Array<{ note: Note; position: unknown }> };
    expect(gone.value[0]).toMatchObject({ position: null, note: { id: note.id, orphaned: true } });
  });

  it('exports and imports through the protocol', async () => {
    const a = setup();
    await a.send('notes:add', draft, FRAME_SENDER);
    const exported = (await a.send('notes:export', { format: 'json' })) as { value: { fileName: string; text: string; count: number } };
    expect(exported.value).toMatchObject({ fileName: 'tifa-notes-2025-03-01.json', count: 1 });
    expect(JSON.parse(exported.value.text).dictionary).toEqual({ version: '2.0.0+beef', seedHash: 'beef' });
    const b = setup();
    expect(await b.send('notes:import', { text: exported.value.text })).toMatchObject({ ok: true, value: { ok: true, summary: { added: 1 } } });
    expect(await b.send('notes:import', { text: '{"format":"tifa-lens-notes","version":3}' })).toMatchObject({
      ok: true,
      value: { ok: false, problem: { code: 'unsupported-version' } },
    });
  });

  it('undoes a delete with restore', async () => {
    const { send } = setup();
    const { value: note } = (await send('notes:add', draft, FRAME_SENDER)) as { value: Note };
    const { value: deleted } = (await send('notes:delete', { id: note.id }, FRAME_SENDER)) as { value: Note };
    expect(await send('notes:get', { id: note.id })).toEqual({ ok: true, value: null });
    expect(await send('notes:restore', { note: deleted })).toEqual({ ok: true, value: note });
    expect(await send('notes:get', { id: note.id })).toEqual({ ok: true, value: note });
  });
});
