import { describe, expect, it } from 'vitest';
import { parseReaderHash, readerHash } from '../../../lib/reader/route';
import { requestSchemas } from '../../../lib/messaging/protocol';
import * as v from 'valibot';

describe('the reader address', () => {
  it('opens any corpus document at a paragraph with an occurrence marked, and round-trips', () => {
    const route = parseReaderHash('#doc=cpc-15&p=12&from=4&to=8');
    expect(route).toEqual({ doc: 'cpc-15', paragraph: 12, from: 4, to: 8 });
    expect(readerHash(route)).toBe('#doc=cpc-15&p=12&from=4&to=8');
  });

  it('keeps old seed-speech links working: #speech=N is document seed-N', () => {
    expect(parseReaderHash('#speech=3&p=7&from=1&to=5')).toEqual({ doc: 'seed-3', paragraph: 7, from: 1, to: 5 });
    expect(parseReaderHash('#speech=2')).toEqual({ doc: 'seed-2' });
  });

  it('carries a corpus search, and ignores malformed parts', () => {
    expect(parseReaderHash(readerHash({ query: '真抓 实干' }))).toEqual({ query: '真抓 实干' });
    expect(parseReaderHash('#doc=../../x&p=-1')).toEqual({});
    expect(parseReaderHash('#doc=gwr-2000&p=3&from=9&to=2')).toEqual({ doc: 'gwr-2000', paragraph: 3 });
  });

  it('lets the card open only reader addresses (new and old), nothing else', () => {
    const ok = (hash: string) => v.safeParse(requestSchemas['reader:open'], { hash }).success;
    expect(ok('#doc=cpc-15&p=12&from=4&to=8')).toBe(true);
    expect(ok('#speech=1&p=2')).toBe(true);
    expect(ok('#doc=cpc-15&p=1<script>')).toBe(false);
    expect(ok('#q=x')).toBe(false);
  });
});
