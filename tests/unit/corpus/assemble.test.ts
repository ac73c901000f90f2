import { describe, expect, it } from 'vitest';
import { assembleCorpus, parseManifest } from '../../../lib/corpus/assemble';
import { decodeCorpusBytes } from '../../../lib/dictionary/build/corpus-inputs';

const record = { id: 'gwr-2000', file: 'gwr-2000.txt', title: '2000年政府工作报告', date: '2000-03-05', year: 2000, level: 'national', genre: 'work-report', speaker: '朱镕基', organ: '国务院', chars: 4, source: { repo: 'r', path: 'p', commit: 'c' } };

describe('the dated corpus', () => {
  it('checks the manifest field by field and names the bad record', () => {
    expect(parseManifest([record])[0]!.year).toBe(2000);
    expect(() => parseManifest([{ ...record, genre: 'poem' }])).toThrow(/gwr-2000.*genre/);
    expect(() => parseManifest([{ ...record, date: 'March 2000' }])).toThrow(/date/);
    expect(() => parseManifest({})).toThrow(/array/);
  });

  it('decodes UTF-8 with a BOM, UTF-16 and GB18030, and refuses bytes that are none of them', () => {
    const text = '各位代表：\n现在，我代表国务院';
    expect(decodeCorpusBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'a')).toBe(text);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    expect(decodeCorpusBytes(utf16, 'b')).toBe(text);
    const gbk = new Uint8Array([0xb8, 0xf7, 0xce, 0xbb]); // 各位 in GBK
    expect(decodeCorpusBytes(gbk, 'c')).toBe('各位');
    expect(() => decodeCorpusBytes(new Uint8Array([0xff, 0xff, 0xff, 0x80]), 'bad.txt')).toThrow(/bad\.txt/);
  });

  it('puts the seed speeches first, splits corpus files into lines, and groups near-duplicates', () => {
    const body = '坚持以人民为中心的发展思想，推动高质量发展，全面深化改革开放，';
    const seed = `第一篇:在全县大会上的讲话\n在全县大会上的讲话\n同志们:\n${body.repeat(8)}\n`;
    const docs = assembleCorpus(seed, parseManifest([record, { ...record, id: 'gwr-2001', file: 'b' }]), (f) => (f === 'b' ? '完全不同的一段文字，讲的是天气和农作物。\n' : `${body.repeat(8)}\n第二段\n`));
    expect(docs.map((d) => d.meta.id)).toEqual(['seed-1', 'gwr-2000', 'gwr-2001']);
    expect(docs[1]!.paragraphs).toEqual([body.repeat(8), '第二段']);
    expect(docs[1]!.meta.family).toBe(docs[0]!.meta.family);
    expect(docs[2]!.meta.family).not.toBe(docs[0]!.meta.family);
  });
});
