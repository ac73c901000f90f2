/**
 * The pattern rules measured: density on everyday Chinese (the negative texts, which the
 * build never reads) must stay near zero, and the committed corpus examples must be what
 * the shipped detector finds in seeds/corpus today (no stale index). The precision on the
 * corpus was judged by hand on a sample; the figures are in lib/matcher/patterns/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFileParagraphs } from '../../../../lib/corpus/documents';
import { detectPatterns, hitPieces } from '../../../../lib/matcher/patterns/detect';
import { buildPatternExamples } from '../../../../lib/matcher/patterns/examples';
import { ROOT, readRootFile } from '../../dictionary/artifacts';

function density(text: string): number {
  let chars = 0;
  let painted = 0;
  for (const block of text.split('\n')) {
    chars += block.replace(/\s/g, '').length;
    for (const hit of detectPatterns(block)) for (const [s, e] of hitPieces(hit)) painted += e - s;
  }
  return chars === 0 ? 0 : painted / chars;
}

describe('the pattern rules, measured', () => {
  it('paint at most 0.1 % of each everyday text (the whole extension may paint 0.5 %)', () => {
    const dir = `${ROOT}tests/fixtures/everyday/`;
    const names = readdirSync(dir).filter((n) => n.endsWith('.txt'));
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) expect(density(readFileSync(dir + name, 'utf8')), name).toBeLessThanOrEqual(0.001);
  });

  it('find stock language in the corpus: more than 1 % of a work report is painted by patterns', () => {
    expect(density(readRootFile('seeds/corpus/gwr-2018.txt'))).toBeGreaterThan(0.01);
  });

  it('have a committed examples index that the detector rebuilds identically from seeds/corpus', () => {
    const manifest = JSON.parse(readRootFile('seeds/corpus/manifest.json')) as Array<{ id: string; file: string; title: string; date?: string }>;
    const sources = manifest.map((m) => ({ doc: m.id, title: m.title, ...(m.date ? { date: m.date } : {}), paragraphs: corpusFileParagraphs(readRootFile(`seeds/corpus/${m.file}`)) }));
    const committed = JSON.parse(readRootFile('seeds/pattern-examples.json'));
    expect(buildPatternExamples(sources), 'run: npx tsx scripts/build-pattern-examples.ts').toEqual(committed);
  }, 30_000);
});
