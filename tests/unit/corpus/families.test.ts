import { describe, expect, it } from 'vitest';
import { containment, detectFamilies, shingles } from '../../../lib/corpus';

const original = '全县教育系统坚持立德树人根本任务，澄城县投入三千万元建设新校区，全面提升办学条件和教育质量。';
const redacted = '全县教育系统坚持立德树人根本任务，XX县投入XX万元建设新校区，全面提升办学条件和教育质量。';
const other = '各级党组织要切实履行管党治党政治责任，把作风建设摆在更加突出的位置，驰而不息纠治四风。';

describe('detectFamilies', () => {
  it('puts a redacted copy in its original’s family', () => {
    expect(detectFamilies([original, other, redacted])).toEqual([0, 1, 0]);
  });
  it('scores independent texts near zero', () => {
    expect(containment(shingles(original), shingles(other))).toBeLessThan(0.05);
    expect(containment(shingles(original), shingles(redacted))).toBeGreaterThan(0.5);
  });
  it('handles empty texts', () => {
    expect(detectFamilies(['', ''])).toEqual([0, 1]);
  });
});

describe('detectFamilies at scale', () => {
  it('agrees with exact containment and stays fast on many speeches', async () => {
    const { readSeedText } = await import('../../support/seeds');
    const { parseCorpus } = await import('../../../lib/corpus');
    const speeches = parseCorpus(readSeedText()).speeches.map((s) => s.paragraphs.map((p) => p.text).join('\n'));
    const many = Array.from({ length: 30 }, () => speeches).flat();
    const families = detectFamilies(many);
    expect(new Set(families).size).toBe(4);
    expect(families[0]).toBe(families[1]);
    expect(families[0]).toBe(families[5]);
    expect(families[2]).not.toBe(families[3]);
  });
});
