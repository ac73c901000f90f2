// @vitest-environment happy-dom
/**
 * What a reader sees on the card of a pattern match: that it is a pattern found by rule
 * (not "not in the corpus"), what its items share, and corpus documents using the same
 * pattern, from the committed seeds/pattern-examples.json that the background answers with.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ProvenanceCard } from '../../../../components/card/ProvenanceCard';
import { TranslateContext } from '../../../../components/i18n';
import { explainPattern } from '../../../../lib/i18n/pattern-explanation';
import { createTranslator } from '../../../../lib/i18n/ui-strings';
import { PATTERN_ENTRIES } from '../../../../lib/dictionary/pattern-entries';
import { buildPatternExamples, pickPatternExamples, type PatternExamplesIndex } from '../../../../lib/matcher/patterns/examples';
import { isPatternAnswer, lookupPatternProvenance } from '../../../../lib/provenance/pattern-examples';
import { withPatternProvenance } from '../../../../lib/background/provenance-handlers';
import committedIndex from '../../../../seeds/pattern-examples.json';

const index = committedIndex as unknown as PatternExamplesIndex;
const zh = createTranslator('zh');
const en = createTranslator('en');
const tail = PATTERN_ENTRIES.find((e) => e.id === 'pattern:parallel-tail')!;

describe('the explanation of a pattern match', () => {
  it('says which rule and what the items share', () => {
    const e = explainPattern('pattern:parallel-tail', '问题导向、目标导向、结果导向')!;
    expect(zh(e.key, ...e.args)).toBe('并列提法：3 项共用“导向”');
    expect(en(e.key, ...e.args)).toBe('Parallel list: 3 items share “导向”');
    const q = explainPattern('pattern:quoted-list', '“双随机、一公开”')!;
    expect(zh(q.key, ...q.args)).toBe('引号口号：2 项并列，加引号提出');
  });

  it('is null for dictionary ids and for text the rule does not find', () => {
    expect(explainPattern('sl-1234', '问题导向、目标导向、结果导向')).toBeNull();
    expect(explainPattern('pattern:parallel-tail', '苹果、香蕉、橘子')).toBeNull();
  });
});

describe('the corpus examples of a pattern', () => {
  it('are built by the page detector, a few per shared key, from distinct documents', () => {
    const built = buildPatternExamples([
      { doc: 'a', title: 'A', paragraphs: ['坚持问题导向、目标导向、结果导向。', '坚持问题导向、目标导向、结果导向。'] },
      { doc: 'b', title: 'B', date: '2020', paragraphs: ['买了苹果、香蕉、橘子。', '增强战略导向、辩证导向、底线导向。'] },
    ]);
    expect(built.byType['parallel-tail']!['导向']!.map((e) => [e.doc, e.paragraph])).toEqual([['a', 0], ['b', 1]]);
    expect(built.byType['quoted-list']).toBeUndefined();
  });

  it('in the committed index include “双随机、一公开” from a real work report', () => {
    const same = pickPatternExamples(index.byType['quoted-list']!, '双随机、一公开');
    expect(same[0]!.match).toBe('“双随机、一公开”');
    expect(same[0]!.doc).toMatch(/^(gwr|prov)-/);
  });

  it('are what the wrapped provenance handler answers for a pattern id; other ids reach the dictionary lookup', async () => {
    const seen: string[] = [];
    const handlers = withPatternProvenance({ 'provenance:get': ({ entryId }) => (seen.push(entryId), null) }, () => index);
    const sender = { origin: 'chrome-extension://x' } as never;
    const answer = await handlers['provenance:get']!({ entryId: 'pattern:quoted-list' }, sender);
    expect(isPatternAnswer(answer)).toBe(true);
    expect(await handlers['provenance:get']!({ entryId: 'sl-1' }, sender)).toBeNull();
    expect(seen).toEqual(['sl-1']);
  });

  it('come back from the background for a pattern id, and not for other ids', () => {
    const answer = lookupPatternProvenance('pattern:parallel-tail', index)!;
    expect(answer.entry.id).toBe('pattern:parallel-tail');
    expect(Object.keys(answer.patternExamples).length).toBeGreaterThan(3);
    expect(lookupPatternProvenance('sl-1', index)).toBeNull();
  });
});

describe('the card of a pattern match', () => {
  function renderCard(answer: ReturnType<typeof lookupPatternProvenance> | undefined) {
    const root = document.createElement('div');
    render(
      <TranslateContext.Provider value={zh}>
        <ProvenanceCard entry={tail} found={{ text: '政治意识、大局意识、核心意识' }} answer={answer} takeFocus={false} onReadInContext={() => {}} onClose={() => {}} />
      </TranslateContext.Provider>,
      root,
    );
    return root;
  }

  it('says it is a pattern, not that the phrase is missing from the corpus', () => {
    const root = renderCard(undefined);
    expect(root.textContent).toContain('规律识别');
    expect(root.textContent).toContain('并列提法：3 项共用“意识”');
    expect(root.textContent).not.toContain(zh('cardNotInCorpus'));
    expect(root.querySelector('.dictionary-form'), 'a pattern has no dictionary form').toBeNull();
  });

  it('lists corpus documents using the same shared tail once the background answers', () => {
    const root = renderCard(lookupPatternProvenance('pattern:parallel-tail', index));
    const items = [...root.querySelectorAll('.pattern-examples li')];
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.querySelector('mark')!.textContent).toContain('意识');
  });
});
