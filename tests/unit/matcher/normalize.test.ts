import { describe, expect, it } from 'vitest';
import { normalizePhrase, normalizeText, originalRange } from '../../../lib/matcher/normalize';

describe('normalizePhrase', () => {
  it('turns full-width ASCII into half-width', () => {
    expect(normalizePhrase('ＡＢＣ１２３')).toBe('ABC123');
  });
  it('deletes every kind of whitespace, ideographic space included', () => {
    expect(normalizePhrase('不忘\n初心\r\n 牢记\t使命\u3000\u00a0！')).toBe('不忘初心牢记使命!');
  });
  it('folds list separators, colons, semicolons, quotes and brackets to one char per class', () => {
    expect(normalizePhrase('甲，乙,丙、丁﹐戊､己')).toBe('甲、乙、丙、丁、戊、己');
    expect(normalizePhrase('同志们：a:b；c;')).toBe('同志们:a:b;c;');
    expect(normalizePhrase('“四干”「两个」『三』"x"‘y’')).toBe('"四干""两个""三""x""y"');
    expect(normalizePhrase('（一）(二)【三】〈四〉\u2329五\u232a')).toBe('(一)(二)[三]《四》《五》');
  });
  it('collapses ellipsis and dash runs but keeps one or two dots', () => {
    expect(normalizePhrase('等等……好⋯⋯的...了')).toBe('等等…好…的…了');
    expect(normalizePhrase('3.5亿 e.g.')).toBe('3.5亿e.g.');
    expect(normalizePhrase('一是——二是―三是–')).toBe('一是—二是—三是—');
    expect(normalizePhrase('… …')).toBe('…');
  });
  it('leaves surrogate pairs alone', () => {
    expect(normalizePhrase('𠮷野家😀')).toBe('𠮷野家😀');
  });
});

describe('normalizeText offsets', () => {
  it('maps every normalised char back to where it came from', () => {
    const src = 'a　b，c……d';
    const n = normalizeText(src);
    expect(n.text).toBe('ab、c…d');
    expect(Array.from(n.map)).toEqual([0, 2, 3, 4, 5, 7, src.length]);
    expect(Array.from(n.ends)).toEqual([1, 3, 4, 5, 7, 8]);
  });
  it('maps a normalised range to the original span, collapsed chars included', () => {
    const src = ' 不忘 初心……';
    const n = normalizeText(src);
    expect(n.text).toBe('不忘初心…');
    const [s, e] = originalRange(n, 0, n.text.length);
    expect(src.slice(s, e)).toBe('不忘 初心……');
  });
  it('returns an empty text and a one-entry map for empty or all-space input', () => {
    expect(normalizeText('').text).toBe('');
    const n = normalizeText(' \n\t');
    expect(n.text).toBe('');
    expect(Array.from(n.map)).toEqual([3]);
  });
});
