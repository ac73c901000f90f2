import { describe, expect, it } from 'vitest';
import { annotatedHtml, paragraphHtml, type LegendRow } from '../../../lib/report/annotated-html';

const labels = { slogan: '提法', numbered: '数字概括', formula: '引号口号', bundle: '公文套语', frame: '句式框架', ritual: '讲话程式' };
const legend: LegendRow[] = [
  { kind: 'slogan', background: '#ffd54f', color: '#1a1a1a', label: '提法', help: '固定的政治口号', count: 2 },
  { kind: 'frame', background: '#ce93d8', color: '#1a1a1a', label: '句式框架', help: '带空位的句式', count: 1 },
];

describe('the annotated-HTML export', () => {
  it('marks phrases and escapes the page text, so page markup stays text', () => {
    const html = paragraphHtml({ text: '<b>要推动高质量发展</b>', marks: [{ start: 4, end: 11, kind: 'slogan', entryId: 'e1' }] }, labels);
    expect(html).toBe('<p>&#60;b&#62;要<mark class="k-slogan" title="提法">推动高质量发展</mark>&#60;/b&#62;</p>');
  });

  it('nests a phrase inside a frame and drops a mark that would cross another', () => {
    const html = paragraphHtml(
      {
        text: '深入学习贯彻党的二十大精神',
        marks: [
          { start: 0, end: 13, kind: 'frame', entryId: 'f' },
          { start: 6, end: 11, kind: 'slogan', entryId: 's' },
          { start: 10, end: 13, kind: 'bundle', entryId: 'x' },
        ],
      },
      labels,
    );
    expect(html).toBe('<p><mark class="k-frame" title="句式框架">深入学习贯彻<mark class="k-slogan" title="提法">党的二十大</mark>精神</mark></p>');
  });

  it('is one self-contained file: a legend, no script, nothing loaded from elsewhere', () => {
    const html = annotatedHtml(
      { url: 'https://www.gov.cn/a?x=<y>', title: '标题 <script>', paragraphs: [{ text: '推动高质量发展', marks: [{ start: 0, end: 7, kind: 'slogan', entryId: 'e' }] }] },
      legend,
      { source: '来源', exported: '导出时间', legend: '图例', lang: 'zh' },
      new Date('2026-11-30T12:34:00Z'),
    );
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|src=|href=|@import|url\(/i);
    expect(html).toContain('<title>标题 &#60;script&#62;</title>');
    expect(html).toContain('<li><mark class="k-slogan">提法</mark> <span>× 2</span>');
    expect(html).toContain('.k-slogan{background:#ffd54f;color:#1a1a1a}');
    expect(html).toContain('2026-11-30 12:34 UTC');
  });
});
