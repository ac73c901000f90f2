import { describe, expect, it } from 'vitest';
import { requestSchemas, type RequestType } from '../../../lib/messaging/protocol';
import { routeRequest, type RequestHandlers } from '../../../lib/messaging/router';
import { REQUEST_ACCESS } from '../../../lib/messaging/sender-rule';

const SELF = { id: 'ourid', origin: 'chrome-extension://ourid' };
const PAGE_URL = 'https://www.example.gov.cn/a.html';
const NOTE_ID = '0b8f5a3e-5a34-4c4b-9a2e-3d2b1f0e9c11';
const NOTE = {
  id: NOTE_ID, entryId: 'e1', phrase: '真抓实干', page: { url: PAGE_URL, title: 't' }, site: 'example.gov.cn', anchor: null,
  orphaned: false, body: 'b', tags: [], created: 1, updated: 2, dictionaryVersion: '1',
};

/** A valid payload for every request type, so only the sender decides. */
const PAYLOADS: Record<RequestType, unknown> = {
  'provenance:get': { entryId: 'e1' },
  'provenance:lines': { entryId: 'e1', offset: 0 },
  'reader:open': { hash: '#speech=1' },
  'ping': {},
  'page:count': { count: 1, enabled: true },
  'notes:forPage': { url: PAGE_URL },
  'notes:add': { entryId: 'e1', phrase: '真抓实干', page: { url: 'https://other.gov.cn/', title: '' }, body: 'x' },
  'notes:get': { id: NOTE_ID },
  'notes:update': { id: NOTE_ID, body: 'x' },
  'notes:delete': { id: NOTE_ID },
  'notes:restore': { note: NOTE },
  'notes:list': { query: {} },
  'notes:facets': {},
  'notes:forEntry': { entryId: 'e1' },
  'notes:setAnchor': { id: NOTE_ID, position: null },
  'notes:export': { format: 'json' },
  'notes:import': { text: '{}' },
  'site:enable': { origin: 'https://evil.example' },
  'personal:add': { text: '我的套话' },
  'page:summary': {},
  'page:reveal': { entryId: 'e1' },
  'page:phrases': {},
  'page:reveal-at': { order: 0 },
  'page:annotated': {},
  'page:step': { direction: 'next' },
  'page:open-card': {},
  'page:report': {},
};

const TYPES = Object.keys(requestSchemas) as RequestType[];
const handlers = Object.fromEntries(TYPES.map((t) => [t, () => 'handled'])) as unknown as RequestHandlers;
const send = (type: RequestType, sender: object, payload = PAYLOADS[type]) =>
  routeRequest({ tifa: 1, type, payload }, sender, handlers, requestSchemas, SELF);

const contentScript = { id: SELF.id, tabId: 4, frameId: 0, url: `${PAGE_URL}#section-2` };
const extensionPage = { id: SELF.id, origin: SELF.origin, url: `${SELF.origin}/notes.html` };
const cardFrame = { id: SELF.id, origin: SELF.origin, tabId: 4, frameId: 2, url: `${SELF.origin}/card-notes.html#x` };

describe('the sender rule, for every request type', () => {
  it('has a rule for every type in the protocol, and every payload above is valid', async () => {
    expect(Object.keys(REQUEST_ACCESS).sort()).toEqual([...TYPES].sort());
    for (const type of TYPES) expect(await send(type, extensionPage), type).toEqual({ ok: true, value: 'handled' });
  });

  it('gives a content script only what carries nothing private, and its own page notes', async () => {
    const allowed = TYPES.filter((t) => REQUEST_ACCESS[t] !== 'extension-page');
    expect(allowed.sort()).toEqual(['notes:forPage', 'page:count', 'ping', 'provenance:get', 'provenance:lines', 'reader:open']);
    for (const type of TYPES) {
      const answer = await send(type, contentScript);
      expect(answer, type).toEqual(allowed.includes(type) ? { ok: true, value: 'handled' } : { ok: false, error: expect.stringContaining('only for') });
    }
  });

  it("refuses a content script another page's notes, and a forged or missing page", async () => {
    expect(await send('notes:forPage', contentScript, { url: 'https://other.gov.cn/a.html' })).toMatchObject({ ok: false });
    expect(await send('notes:forPage', { ...contentScript, tabId: undefined })).toMatchObject({ ok: false });
    expect(await send('notes:forPage', { ...contentScript, url: undefined })).toMatchObject({ ok: false });
    expect(await send('notes:forPage', { ...contentScript, url: `${PAGE_URL}?x=1` })).toMatchObject({ ok: false });
  });

  it('refuses every type to another extension, and extension-page types to a web origin dressed as ours', async () => {
    for (const type of TYPES) expect(await send(type, { ...extensionPage, id: 'someone-else' }), type).toMatchObject({ ok: false });
    const dressed = { id: SELF.id, origin: 'https://evil.example', tabId: 4, url: `${SELF.origin}/notes.html` };
    expect(await send('notes:list', dressed)).toMatchObject({ ok: false });
    expect(await send('notes:list', { id: SELF.id, url: `${SELF.origin}.evil.example/notes.html` })).toMatchObject({ ok: false });
  });

  it("lets the card's notes frame (an extension page in a tab) read and write notes", async () => {
    for (const type of ['notes:forEntry', 'notes:add', 'notes:update', 'notes:delete'] as const) {
      expect(await send(type, cardFrame), type).toEqual({ ok: true, value: 'handled' });
    }
  });
});
