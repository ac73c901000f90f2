/**
 * The dictionary on government texts it was not built from (tests/fixtures/gov-like; the
 * full table is `npm run dict:eval`). A reader must see most of each text's stock language
 * lit, and none of the ordinary words (places, numbers, topic nouns) labelled must-not.
 */
import { describe, expect, it } from 'vitest';
import { createStockScanner } from '../../../lib/dictionary';
import { evaluateCase, labelConflicts, readEvalSet } from '../../../lib/dictionary/build';
import { dictionary, ROOT } from './artifacts';

const cases = readEvalSet(ROOT);
const scanner = createStockScanner(dictionary);
const results = cases.map((c) => evaluateCase(scanner, c));

/**
 * Recall floors. Below two thirds, a reader sees a third of a document's boilerplate dark:
 * the "misses the bulk of a work report" failure. Per text the floor is 0.70, about eight
 * points under the weakest text today (the 实施意见 at 0.78), so losing a handful of national
 * entries fails the test while one reworded label does not. Pooled, 0.85 sits under today's
 * 0.91 for the same reason. These are regression floors, not estimates: the dev texts were
 * read while curating (0.94), and the holdout texts scored 0.47–0.53 when first written.
 */
const TEXT_FLOOR = 0.7;
const POOLED_FLOOR = 0.85;

describe('the hand-labelled government texts', () => {
  it('cover the genres the product is judged on, each labelled both ways', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
    expect(cases.some((c) => c.split === 'holdout')).toBe(true);
    for (const c of cases) {
      expect(c.text.length, c.name).toBeGreaterThanOrEqual(1200);
      expect(c.expected.length, c.name).toBeGreaterThanOrEqual(15);
      expect(c.mustNot.length, c.name).toBeGreaterThanOrEqual(10);
    }
  });

  it('never label the same characters as both stock and must-not', () => {
    for (const c of cases) expect(labelConflicts(c), c.name).toEqual([]);
  });
});

describe('the dictionary on the hand-labelled government texts', () => {
  it.each(results.map((r) => [r.name, r] as const))('lights up no must-not word in %s', (_name, r) => {
    expect(r.mustNotHits).toEqual([]);
  });

  it.each(results.map((r) => [r.name, r] as const))(`lights up at least ${TEXT_FLOOR} of the labelled stock phrases in %s`, (_name, r) => {
    expect(r.recall, `missed: ${r.missed.join(' | ')}`).toBeGreaterThanOrEqual(TEXT_FLOOR);
  });

  it(`lights up at least ${POOLED_FLOOR} of all labelled stock phrases`, () => {
    const found = results.reduce((n, r) => n + r.found.length, 0);
    const labelled = cases.reduce((n, c) => n + c.expected.length, 0);
    expect(found / labelled).toBeGreaterThanOrEqual(POOLED_FLOOR);
  });

  it('finds 深入学习 on its own, though the seeds only say it inside longer entries', () => {
    expect(scanner.scan('要深入学习领会习近平总书记重要讲话精神。').matches.map((m) => m.text)).toContain('深入学习');
  });
});
