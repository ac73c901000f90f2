import { describe, expect, it } from 'vitest';
import { encodeNotesFrameParams } from '../../../lib/card/notes-frame-params';
import type { NotesFrameParams } from '../../../lib/notes/frame-params';
import { unpredictableElementName } from '../../../lib/card/element-name';
import { decodeNotesFrameParams } from '../../../lib/notes/frame-params';

const params: NotesFrameParams = {
  entryId: 'e1',
  phrase: '四个意识',
  page: { url: 'https://www.example.gov.cn/a.html?x=1&y=#', title: '标题 # % & "' },
  anchor: {
    quote: { type: 'TextQuoteSelector', exact: '四个意识', prefix: '增强“', suffix: '”。' },
    position: { type: 'TextPositionSelector', start: 10, end: 14 },
  },
  dictionaryVersion: '2.0.0+beef',
  dark: true,
};

describe('the notes frame fragment', () => {
  it('carries the occurrence to the frame and back unchanged', () => {
    expect(decodeNotesFrameParams(encodeNotesFrameParams(params))).toEqual(params);
  });
  it('refuses what the card never writes: a script address, junk, a missing fragment', () => {
    expect(decodeNotesFrameParams(encodeNotesFrameParams({ ...params, page: { url: 'javascript:alert(1)', title: '' } }))).toBeNull();
    expect(decodeNotesFrameParams('#%7B')).toBeNull();
    expect(decodeNotesFrameParams('')).toBeNull();
  });
});

describe('the card host name', () => {
  it('is a valid custom element name that differs every time and is never the old fixed one', () => {
    const names = new Set(Array.from({ length: 50 }, () => unpredictableElementName()));
    expect(names.size).toBe(50);
    for (const name of names) expect(name).toMatch(/^[a-z]{6}-[a-z]{10}$/);
    expect(names.has('tifa-card')).toBe(false);
  });
});
