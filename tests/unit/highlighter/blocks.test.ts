// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { blockTexts, readBlocks } from './support';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('reading the page into blocks', () => {
  it('joins a phrase split across inline tags into one block', () => {
    page('<p>不忘<b>初心</b>、牢记<a href="#">使命</a>。</p>');
    const [block] = readBlocks(document.body).filter((b) => b.text.trim());
    expect(block!.text).toBe('不忘初心、牢记使命。');
    expect(block!.nodes.map((n) => n.data)).toEqual(['不忘', '初心', '、牢记', '使命', '。']);
    expect([...block!.starts]).toEqual([0, 2, 4, 7, 9, 10]);
    expect((block!.container as Element).localName).toBe('p');
  });

  it('never joins text across paragraphs, <br>, table cells or list items', () => {
    page(
      '<p>不忘初心</p><p>牢记使命</p>' +
        '<div>高度<br>重视</div>' +
        '<table><tr><td>四个</td><td>意识</td></tr></table>' +
        '<ul><li>同志</li><li>们</li></ul>',
    );
    expect(blockTexts(document.body)).toEqual(['不忘初心', '牢记使命', '高度', '重视', '四个', '意识', '同志', '们']);
  });

  it('gives text around a nested block its own blocks, each owned by its container', () => {
    page('<div id="outer">前文<p id="inner">中间</p>后文</div>');
    const blocks = readBlocks(document.body).filter((b) => b.text.trim());
    expect(blocks.map((b) => [b.text, (b.container as Element).id])).toEqual([
      ['前文', 'outer'],
      ['中间', 'inner'],
      ['后文', 'outer'],
    ]);
  });

  it('skips scripts, styles, form fields, editors, hidden regions and our own UI', () => {
    page(
      '<p>甲<script>var s = "高度重视";</script>乙</p>' +
        '<style>p::after{content:"高度重视"}</style>' +
        '<textarea>高度重视</textarea><input value="高度重视"><select><option>高度重视</option></select>' +
        '<div contenteditable="true">高度重视</div><div contenteditable="false">可读</div>' +
        '<div aria-hidden="true">高度重视</div><div hidden>高度重视</div>' +
        '<noscript>高度重视</noscript><tifa-card>高度重视</tifa-card>',
    );
    expect(blockTexts(document.body)).toEqual(['甲乙', '可读']);
  });

  it('treats a visible skipped element between words as a boundary', () => {
    page('<p>高度<input value="x">重视</p><p>四个<tifa-card>卡片</tifa-card>意识</p>');
    expect(blockTexts(document.body)).toEqual(['高度', '重视', '四个', '意识']);
  });

  it('reads open shadow roots as their own blocks', () => {
    page('<p>前<span id="host"></span>后</p>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>高度<b>重视</b></p>';
    const blocks = readBlocks(document.body).filter((b) => b.text.trim());
    expect(blocks.map((b) => b.text)).toEqual(['前', '高度重视', '后']);
    expect((blocks[1]!.container as Element).getRootNode()).toBe(shadow);
  });

  it('gives the same blocks when the walk is cut into many slices', () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => `<p>第${i}段<b>高度</b>重视<br>下一行</p>`).join('');
    page(`<div>${paragraphs}</div>`);
    const whole = readBlocks(document.body).map((b) => b.text);
    const sliced = readBlocks(document.body, 0).map((b) => b.text);
    expect(sliced).toEqual(whole);
    expect(whole.filter((t) => t.endsWith('高度重视'))).toHaveLength(120);
  });
});
