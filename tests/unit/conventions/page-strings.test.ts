import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { PAGE_STRINGS_EN, PAGE_STRINGS_ZH, pageTranslatorFor, type PageStringKey } from '../../../lib/i18n/page-strings';
import { createTranslator, UI_STRING_KEYS } from '../../../lib/i18n/ui-strings';
import { bundleOf, nodesOf } from './import-graph';

// The content script carries only the UI strings of what it shows in the page (the card, the
// hover tip, the undo toast): lib/i18n/page-strings.ts. Every other string stays with the
// extension pages in lib/i18n/ui-strings.ts. A key the page needs but lacks would show as the
// key itself, so every key the content script's code names must be in the page table.

const CONTENT = 'entrypoints/content/index.ts';
const TABLES = new Set(['lib/i18n/page-strings.ts', 'lib/i18n/ui-strings.ts']);
const ALL = new Set<string>(UI_STRING_KEYS);
const PAGE = new Set(Object.keys(PAGE_STRINGS_ZH));

/** UI string keys the content script's code names: literals, and every key a template's head (`genre_${…}`) or tail (`${key}_one`) can make. */
function keysNamedByContentScript(): Set<string> {
  const named = new Set<string>();
  for (const file of bundleOf(CONTENT).keys()) {
    if (TABLES.has(file)) continue;
    for (const node of nodesOf(file)) {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && ALL.has(node.text)) named.add(node.text);
      if (ts.isTemplateExpression(node)) {
        const head = node.head.text;
        const tail = node.templateSpans[node.templateSpans.length - 1]!.literal.text;
        for (const key of ALL) if ((head && key.startsWith(head)) || (!head && tail && key.endsWith(tail))) named.add(key);
      }
    }
  }
  return named;
}

describe('the UI strings of the content script', () => {
  it('loads the page table, never the extension pages\' table', () => {
    const bundle = [...bundleOf(CONTENT).keys()];
    expect(bundle).toContain('lib/i18n/page-strings.ts');
    expect(bundle).not.toContain('lib/i18n/ui-strings.ts');
  });

  it('has every key the content script names, including the ones it builds (genre_…, kind_…, …_one)', () => {
    const named = keysNamedByContentScript();
    // The scan works: literals, heads and tails are all found.
    expect([...named]).toEqual(expect.arrayContaining(['cardHide', 'genre_speech', 'kindHelp_slogan', 'cardTotal_one']));
    expect([...named].filter((k) => !PAGE.has(k))).toEqual([]);
  });

  it('says the same as the full table in both languages', () => {
    for (const language of ['zh', 'en'] as const) {
      const full = createTranslator(language);
      const page = pageTranslatorFor(language, undefined);
      for (const key of PAGE) expect(page(key as PageStringKey, 'X', 2), key).toBe(full(key as PageStringKey, 'X', 2));
    }
    expect(PAGE_STRINGS_EN.cardTotal).not.toBe(PAGE_STRINGS_ZH.cardTotal); // two languages, really
    expect(pageTranslatorFor('auto', 'en-US')('cardTotal', 3)).toBe(createTranslator('en')('cardTotal', 3));
    expect(pageTranslatorFor('auto', 'zh-CN')('cardTotal', 3)).toBe(createTranslator('zh')('cardTotal', 3));
  });
});
