import { describe, expect, it } from 'vitest';
import { pageReportMarkdown, pageReportRows, reportRows } from '../../../lib/report/page-report';
import { createTranslator } from '../../../lib/i18n/ui-strings';
import type { PageReportData } from '../../../lib/messaging/page-requests';

const data: PageReportData = {
  url: 'http://www.example.gov.cn/a.html',
  title: '关于 <b>作风</b> 建设',
  phrases: [
    { entryId: 'b1', text: '高度重视', kind: 'bundle', count: 1, sentences: ['要高度重视。'] },
    { entryId: 's1', text: '不忘初心、牢记使命', kind: 'slogan', count: 3, sentences: ['坚持不忘初心、牢记使命。', '[点我](javascript:alert(1))'] },
  ],
};
const now = new Date('2026-11-29T00:00:00Z');
const zh = createTranslator('zh');
const en = createTranslator('en');

describe('page report', () => {
  const rows = reportRows(data, { s1: { title: '中国共产党第十九次全国代表大会报告', context: '…不忘初心、牢记使命…', firstYear: 2017, corpusUses: 14 } });

  it('orders phrases by count and attaches their top source', () => {
    expect(rows.map((r) => r.text)).toEqual(['不忘初心、牢记使命', '高度重视']);
    expect(rows[0]!.source?.title).toBe('中国共产党第十九次全国代表大会报告');
  });

  it('writes Markdown with URL, date, counts and sentences, page text escaped', () => {
    const md = pageReportMarkdown(data, rows, zh, now);
    expect(md).toContain('<http://www.example.gov.cn/a.html>');
    expect(md).toContain('2026-11-29T00:00:00.000Z');
    expect(md).toContain('## 不忘初心、牢记使命 × 3');
    expect(md).toContain('## 高度重视 × 1');
    expect(md).toContain('- 文献库中首见：2017 年（共 14 次）');
    expect(pageReportMarkdown(data, rows, en, now)).toContain('- First used in the corpus: 2017 (14 uses in the corpus)');
    expect(md).toContain('&lt;b\\>');
    expect(md).not.toContain('](javascript');
  });

  it('writes one CSV row per phrase', () => {
    const table = pageReportRows(data, rows, zh, now);
    expect(table).toHaveLength(2);
    expect(table[0]).toContain('3');
    expect(table[0]!.at(-4)).toBe('中国共产党第十九次全国代表大会报告');
    expect(table[0]!.at(-2)).toBe('2017');
    expect(table[0]!.at(-1)).toBe('14');
    expect(table[1]!.at(-2)).toBe('');
  });

  it('speaks the UI language only: no internal kind ids or English labels in the Chinese report', () => {
    const md = pageReportMarkdown(data, rows, zh, now);
    expect(md).toContain('- 类型：提法'.replace('：', ': '));
    expect(md).toContain('- 出处: 中国共产党第十九次全国代表大会报告');
    expect(md).not.toMatch(/Kind|Seed source|Source|First used|slogan|bundle|Stock phrases|Date/);
    expect(pageReportRows(data, rows, zh, now)[0]![4]).toBe('提法');
    expect(pageReportMarkdown(data, rows, en, now)).toContain('- Kind: Slogan / fixed formulation');
  });

  it('says how many times a phrase sat inside a longer one', () => {
    const nested = reportRows({ ...data, phrases: [{ entryId: 'h', text: '高质量发展', kind: 'slogan', count: 9, nested: 3, containedIn: ['推动高质量发展'], sentences: [] }] }, {});
    expect(pageReportMarkdown(data, nested, zh, now)).toContain('其中 3 次在“推动高质量发展”等更长的提法中');
  });

  it('escapes page text: a sentence cannot become a link or raw HTML in the report', () => {
    const hostile = reportRows({ ...data, phrases: [{ entryId: 'h', text: '高质量发展', kind: 'slogan', count: 1, sentences: ['[点此](javascript:alert(1)) <img src=x onerror=alert(1)>'] }] }, {});
    const md = pageReportMarkdown(data, hostile, zh, now);
    expect(md).toContain('> \\[点此\\]\\(javascript:alert\\(1\\)\\) &lt;img src=x onerror=alert\\(1\\)\\>');
  });
});
