// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ProvenanceCard } from '../../../components/card/ProvenanceCard';
import { TranslateContext } from '../../../components/i18n';
import { createTranslator, type UiLanguage } from '../../../lib/i18n/ui-strings';
import { buildProvenanceIndex } from '../../../lib/provenance/build-index';
import { lookupProvenance, provenancePage, type ProvenanceAnswer, type ProvenanceLine } from '../../../lib/provenance/lookup';
import { documents, entry } from '../provenance/support';

const entries = [entry('a', '真抓实干'), entry('b', '反对形式主义')];
const index = buildProvenanceIndex('v', entries, documents);
const paragraphs = async (meta: { id: string }) => documents.find((d) => d.meta.id === meta.id)!.paragraphs;
let host: HTMLElement;
afterEach(() => host && render(null, host));

async function showCard(language: UiLanguage, answer: ProvenanceAnswer, opened: ProvenanceLine[] = []) {
  host = document.createElement('div');
  document.body.append(host);
  await act(() => {
    render(
      <TranslateContext.Provider value={createTranslator(language)}>
        <ProvenanceCard
          entry={entries.find((e) => e.id === answer.entry.id)!}
          found={{ text: answer.entry.text }}
          answer={answer}
          takeFocus={false}
          onReadInContext={(line) => opened.push(line)}
          onMoreLines={(offset) => provenancePage(answer.entry.id, index, paragraphs, offset, 10)}
          onClose={() => undefined}
        />
      </TranslateContext.Provider>,
      host,
    );
  });
  return host;
}

describe('the card\'s corpus facts', () => {
  it('says when and where a phrase was first used, in this corpus, and how it spread, without jargon', async () => {
    const card = await showCard('zh', (await lookupProvenance(entries[0], index, paragraphs))!);
    expect(card.querySelector('.usage h3')!.textContent).toContain('在本文献库中');
    expect(card.querySelector('.first-use')!.textContent).toBe('首见于 1997年9月 《cpc-15》（党代会报告）');
    expect(card.querySelector('.last-use')!.textContent).toContain('2000年3月');
    expect(card.querySelector('.spread-documents')!.textContent).toBe('5 篇文件，其中 2 篇内容重复，按 4 篇计，跨 2 个年份');
    expect(card.querySelector('.spread-seeds')!.textContent).toBe('种子讲话 2 篇');
    expect(card.textContent).not.toMatch(/文本族|独立讲话/);
    const bars = [...card.querySelectorAll('.timeline rect.bar')].map((r) => r.getAttribute('data-year'));
    expect(bars).toEqual(['1997', '2000']);
    expect(card.querySelectorAll('.timeline rect.gap').length).toBeGreaterThan(0);
    expect(card.querySelector('.timeline .peak')).not.toBeNull();
  });

  it('speaks English in the singular where there is one', async () => {
    const card = await showCard('en', (await lookupProvenance(entries[1], index, paragraphs))!);
    expect(card.querySelector('.usage h3')!.textContent).toContain('In this corpus');
    expect(card.querySelector('.first-use')!.textContent).toBe('First used Mar. 1990 in “gwr-1990” (government work report)');
    expect(card.querySelector('.spread-genres')!.textContent).toBe('government work report 1, speech 2 · national, local');
    expect(card.querySelector('.spread-documents')!.textContent).toBe('3 documents, 2 of them near-copies, counted as 2, in a single year');
    expect(card.querySelector('.spread-seeds')!.textContent).toBe('2 seed speeches');
    expect(card.querySelector('.totals .total')!.textContent).toBe('3 uses');
    expect(card.textContent).not.toMatch(/\b1 (documents|speeches|uses|years)\b/);
  });

  it('lists the earliest use first with a reader link, and pages through the rest', async () => {
    const opened: ProvenanceLine[] = [];
    const card = await showCard('zh', (await lookupProvenance(entries[0], index, paragraphs))!, opened);
    expect(card.querySelectorAll('.occurrence')).toHaveLength(3);
    expect(card.querySelector('.occurrence .badge.earliest')).not.toBeNull();
    await act(() => (card.querySelector('.read-in-context') as HTMLButtonElement).click());
    expect(opened[0]).toMatchObject({ doc: 'cpc-15', paragraph: 0 });
    await act(async () => (card.querySelector('.show-all') as HTMLButtonElement).click());
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(card.querySelectorAll('.occurrence')).toHaveLength(6);
    expect(card.querySelector('.show-all')).toBeNull();
  });
});
