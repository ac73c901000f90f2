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
