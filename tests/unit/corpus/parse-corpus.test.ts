import { describe, expect, it } from 'vitest';
import { parseCorpus, paragraphOffsetToFile } from '../../../lib/corpus';
import { readSeedText } from '../../support/seeds';

const file = readSeedText();
const corpus = parseCorpus(file);
const [s1, s2, s3, s4, s5] = corpus.speeches;

describe('parseCorpus on the real seed file', () => {
  it('finds the five speeches with their titles, a stray 终 removed', () => {
    expect(corpus.speeches.map((s) => s.title)).toEqual([
      '在全县202_年教育工作会暨作风建设提升年动员大会上的讲话',
      '在202_年教育工作会暨作风建设提升年动员大会上的讲话',
      '在作风建设年动员大会上的讲话',
      '在全市能力作风建设提升年动员大会上的讲话',
      '在全县党务工作暨作风建设动员大会上的讲话',
    ]);
  });

  it('reads speakers and the date where the text gives them', () => {
    expect(s4!.speaker).toBe('方国强');
    expect(s4!.date).toBe('202_年2月20日');
    expect(s5!.speaker).toBe('郑志阳');
    expect(s1!.speaker).toBeUndefined();
    expect(s4!.subtitle).toContain('提升能力强素质');
  });

  it('never makes a paragraph of a page number, nor keeps one inside text', () => {
    for (const s of corpus.speeches) {
      for (const p of s.paragraphs) {
        expect(p.text).not.toMatch(/^\s*\d*—\d+—\s*$/);
        expect(p.text).not.toMatch(/—\d{1,2}—/);
      }
    }
  });

  it('joins a paragraph broken across lines in mid-sentence', () => {
    const joined = s5!.paragraphs.find((p) => p.text.startsWith('党政机关'));
    expect(joined?.text.startsWith('党政机关和领导干部的作风建设')).toBe(true);
    expect(joined!.spans).toHaveLength(2);
    const acrossPage = s4!.paragraphs.find((p) => p.text.includes('我省从200年开始连续'));
    expect(acrossPage).toBeDefined();
  });

  it('keeps headings as paragraphs of their own', () => {
    const heading = s4!.paragraphs.find((p) => p.text === '一、自我革命,迫在眉睫');
    expect(heading?.heading).toBe(true);
    expect(s4!.paragraphs[heading!.index + 1]!.text.startsWith('能力作风是机关干部')).toBe(true);
  });

  it('knows speeches 1 and 2 are one family and the others independent', () => {
    expect(s1!.family).toBe(s2!.family);
    const others = [s1!, s3!, s4!, s5!].map((s) => s.family);
    expect(new Set(others).size).toBe(4);
    expect(corpus.familyCount).toBe(4);
  });

  it('maps paragraph text back to the exact characters of the file', () => {
    for (const s of corpus.speeches) {
      for (const p of s.paragraphs) {
        for (const span of p.spans) {
          expect(p.text.slice(span.textStart, span.textStart + span.end - span.start)).toBe(
            file.slice(span.start, span.end),
          );
        }
        const mid = Math.floor(p.text.length / 2);
        expect(file[paragraphOffsetToFile(p, mid)]).toBe(p.text[mid]);
      }
    }
  });

  it('numbers paragraphs from 0 and opens each body with the salutation', () => {
    for (const s of corpus.speeches) {
      expect(s.paragraphs.map((p) => p.index)).toEqual(s.paragraphs.map((_, i) => i));
      expect(s.paragraphs[0]!.text).toBe('同志们:');
    }
  });
});
