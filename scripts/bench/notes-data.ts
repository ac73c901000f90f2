/**
 * Realistic synthetic notes for the notes bench: varied phrases, sites, tags, bodies of a
 * few sentences, a share of page-less and orphaned notes. Deterministic for a given count.
 */
import type { Note } from '../../lib/notes/types';

const PHRASES = ['真抓实干', '全面从严治党', '两个维护', '高质量发展', '求真务实', '以人民为中心', '久久为功', '担当作为', '守正创新', '基层减负'];
const SITES = ['www.gov.cn', 'www.zj.gov.cn', 'www.hangzhou.gov.cn', 'www.12371.cn', 'theory.people.com.cn', 'www.qstheory.cn', 'www.yuhang.gov.cn'];
const TAGS = ['作风', '基层', '省级', '待核对', '2019版', '对比', '引用'];
const SENTENCES = [
  '这一提法在本文中出现三次，均在部署段落。',
  '与 2019 年省委文件措辞一致，但顺序不同。',
  '注意这里把“抓落实”放在了前面。',
  'Compare with the 2017 Party Congress report wording.',
  '县级讲话中的用法比省级更口语化。',
];

function uuidFor(n: number): string {
  return `a0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** `count` notes, times one minute apart, the newest last. */
export function benchNotes(count: number, start = Date.UTC(2024, 0, 1)): Note[] {
  return Array.from({ length: count }, (_, n) => {
    const host = SITES[n % SITES.length]!;
    const withPage = n % 10 !== 0;
    const phrase = PHRASES[n % PHRASES.length]!;
    const time = start + n * 60_000;
    return {
      id: uuidFor(n),
      entryId: `entry-${n % PHRASES.length}`,
      phrase,
      page: withPage ? { url: `https://${host}/art/2024/${n % 12}/${n}.html`, title: `关于${phrase}的讲话（第 ${n} 篇）` } : null,
      site: withPage ? host.replace(/^www\./, '') : null,
      anchor: withPage
        ? {
            quote: { type: 'TextQuoteSelector', exact: phrase, prefix: '全县上下要坚持', suffix: '，以钉钉子精神抓落实' },
            position: { type: 'TextPositionSelector', start: 100 + (n % 900), end: 100 + (n % 900) + phrase.length },
          }
        : null,
      orphaned: n % 37 === 0,
      body: [SENTENCES[n % 5], SENTENCES[(n * 7) % 5], `编号 ${n}。`].join('\n'),
      tags: [TAGS[n % TAGS.length]!, ...(n % 3 === 0 ? [TAGS[(n + 3) % TAGS.length]!] : [])],
      created: time,
      updated: time,
      dictionaryVersion: '1.0.0+bench',
    };
  });
}
