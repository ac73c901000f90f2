/**
 * Families on the real corpus: near-duplicates count once as evidence. The third-plenum
 * communiqué of the 20th CC restates its decision (56 % of its 8-character shingles are the
 * decision's; consecutive work reports share about 7 %), so the two are one family; yearly and
 * provincial reports stay independent.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpusDocuments } from '../../../lib/dictionary/build/corpus-inputs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const docs = readCorpusDocuments(ROOT);
const familyOf = (id: string) => docs.find((d) => d.meta.id === id)!.meta.family;

describe('families of the dated corpus', () => {
  it('puts the seed copy and the communiqué that restates its decision with their originals', () => {
    expect(familyOf('seed-2')).toBe(familyOf('seed-1'));
    expect(familyOf('comm-cc20-3')).toBe(familyOf('dec-cc20-3'));
  });

  it('keeps every other document independent', () => {
    const grouped = docs.filter((d) => !['seed-1', 'seed-2', 'comm-cc20-3', 'dec-cc20-3'].includes(d.meta.id));
    expect(new Set(grouped.map((d) => d.meta.family)).size).toBe(grouped.length);
    expect(new Set(docs.map((d) => d.meta.family)).size).toBe(docs.length - 2);
  });
});
