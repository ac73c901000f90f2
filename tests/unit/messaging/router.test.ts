import { describe, expect, it } from 'vitest';
import { routeRequest } from '../../../lib/messaging/router';
import { requestSchemas } from '../../../lib/messaging/protocol';

const self = { id: 'ourid', origin: 'chrome-extension://ourid' };
const sender = { id: 'ourid', tabId: 1, url: 'https://www.example.gov.cn/a.html' };
const handlers = { 'ping': () => 'pong' as const, 'provenance:get': () => null };

describe('routeRequest', () => {
  it('ignores messages that are not ours', async () => {
    expect(await routeRequest({ type: 'ping' }, sender, handlers, requestSchemas, self)).toBeNull();
    expect(await routeRequest('hello', sender, handlers, requestSchemas, self)).toBeNull();
  });
  it('answers a valid request', async () => {
    expect(await routeRequest({ tifa: 1, type: 'ping', payload: {} }, sender, handlers, requestSchemas, self)).toEqual({ ok: true, value: 'pong' });
  });
  it('rejects unknown types and invalid payloads with a clear error', async () => {
    const unknown = await routeRequest({ tifa: 1, type: 'drop:tables', payload: {} }, sender, handlers, requestSchemas, self);
    expect(unknown).toMatchObject({ ok: false, error: expect.stringContaining('Unknown request type') });
    const invalid = await routeRequest({ tifa: 1, type: 'provenance:get', payload: { entryId: 42 } }, sender, handlers, requestSchemas, self);
    expect(invalid).toMatchObject({ ok: false, error: expect.stringContaining('Invalid provenance:get') });
    const tooLong = await routeRequest({ tifa: 1, type: 'reader:open', payload: { hash: '#speech=1&p=2<script>' } }, sender, handlers, requestSchemas, self);
    expect(tooLong).toMatchObject({ ok: false });
  });
  it('turns a throwing handler into an error answer', async () => {
    const boom = { 'ping': () => { throw new Error('disk full'); } };
    expect(await routeRequest({ tifa: 1, type: 'ping', payload: {} }, sender, boom, requestSchemas, self)).toEqual({ ok: false, error: 'disk full' });
  });
  it('does not let __proto__ keys through to handlers', async () => {
    let seen: unknown;
    const spy = { 'provenance:get': (p: unknown) => ((seen = p), null) };
    const payload = JSON.parse('{"entryId":"x","__proto__":{"polluted":true}}');
    await routeRequest({ tifa: 1, type: 'provenance:get', payload }, sender, spy, requestSchemas, self);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(seen as object)).toEqual(['entryId']);
  });
});
