import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../../lib/messaging/protocol';
import { routeRequest } from '../../../lib/messaging/router';
import { buildProvenanceIndex } from '../../../lib/provenance/build-index';
import { createProvenanceHandlers } from '../../../lib/background/provenance-handlers';
import { documents, entry } from '../provenance/support';

const entries = [entry('a', '真抓实干')];
const SELF = { id: 'ourid', origin: 'chrome-extension://ourid' };
/** A content script on a government page: allowed to ask for provenance. */
const SENDER = { id: 'ourid', url: 'https://www.example.gov.cn/a.html', tabId: 1, frameId: 0 };
const index = buildProvenanceIndex('v', entries, documents);

function handlers() {
  const calls = { index: 0, texts: [] as string[] };
  const h = createProvenanceHandlers({
    dictionary: () => ({ version: 'v', seedHash: '', entries }),
    index: async () => (calls.index++, index),
    paragraphs: async (meta) => (calls.texts.push(meta.id), documents.find((d) => d.meta.id === meta.id)!.paragraphs),
  });
  const ask = (type: 'provenance:get' | 'provenance:lines', payload: object) => routeRequest({ tifa: 1, type, payload }, SENDER, h, requestSchemas, SELF);
  return { calls, ask };
}

describe('the background\'s provenance answers', () => {
  it('loads the index once and only the texts of the documents it quotes, each once', async () => {
    const { calls, ask } = handlers();
    const first = await ask('provenance:get', { entryId: 'a' });
    expect(first).toMatchObject({ ok: true, value: { total: 6, first: { id: 'cpc-15' } } });
    await ask('provenance:get', { entryId: 'a' });
    expect(calls.index).toBe(1);
    expect(new Set(calls.texts).size).toBe(calls.texts.length);
    expect(calls.texts.length).toBeLessThanOrEqual(3);
  });

  it('pages through the rest of the lines, and refuses a bad offset', async () => {
    const { ask } = handlers();
    const page = await ask('provenance:lines', { entryId: 'a', offset: 3 });
    expect(page).toMatchObject({ ok: true, value: { offset: 3 } });
    expect((page as { value: { lines: unknown[] } }).value.lines).toHaveLength(3);
    expect(await ask('provenance:lines', { entryId: 'a', offset: -1 })).toMatchObject({ ok: false });
    expect(await ask('provenance:get', { entryId: 'nope' })).toEqual({ ok: true, value: null });
  });
});
