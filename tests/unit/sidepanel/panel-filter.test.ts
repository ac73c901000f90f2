import { describe, expect, it } from 'vitest';
import type { PagePhrase } from '../../../lib/messaging/page-requests';
import { filterPhrases, groupByKind, NO_FILTER } from '../../../lib/sidepanel/panel-filter';

const phrases: PagePhrase[] = [
  { entryId: 'a', text: '推动高质量发展', kind: 'slogan', count: 3 },
  { entryId: 'b', text: '高质量发展', kind: 'slogan', count: 9, nested: 3, containedIn: ['推动高质量发展'] },
  { entryId: 'c', text: '高度重视', kind: 'bundle', count: 2 },
  { entryId: 'd', text: '同志们', kind: 'ritual', count: 1 },
];

describe('the side panel list', () => {
  it('groups every phrase by kind in legend order, most frequent first, with group totals', () => {
    const groups = groupByKind(phrases);
    expect(groups.map((g) => [g.kind, g.total, g.phrases.map((p) => p.text)])).toEqual([
      ['slogan', 12, ['高质量发展', '推动高质量发展']],
      ['bundle', 2, ['高度重视']],
      ['ritual', 1, ['同志们']],
    ]);
  });

  it('filters by text, by kind and to nested phrases', () => {
    expect(filterPhrases(phrases, { ...NO_FILTER, query: ' 质量 ' }).map((p) => p.entryId)).toEqual(['a', 'b']);
    expect(filterPhrases(phrases, { ...NO_FILTER, hiddenKinds: ['slogan', 'ritual'] }).map((p) => p.entryId)).toEqual(['c']);
    expect(filterPhrases(phrases, { ...NO_FILTER, nestedOnly: true }).map((p) => p.entryId)).toEqual(['b']);
    expect(filterPhrases(phrases, NO_FILTER)).toHaveLength(4);
  });
});
