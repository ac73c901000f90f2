// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classify, SKIP } from '../../../lib/highlighter/dom-rules';
import { readPageText } from '../../../lib/page/page-text';
import { sentenceAround } from '../../../lib/page/sentences';

describe('one set of tag names for every reader of page text', () => {
  it('the note-anchoring text leaves out what the highlighter never reads (svg, select, math, scripts)', () => {
    document.body.innerHTML =
      '<p>正文甲</p><svg><text>图中字</text></svg><select><option>选项字</option></select>' +
      '<math><mi>公式字</mi></math><script>脚本字</script><p>正文乙</p>';
    for (const tag of ['svg', 'select', 'math', 'script']) expect(classify(document.querySelector(tag)!) & SKIP, tag).toBeTruthy();
    expect(readPageText(document).text).toBe('正文甲正文乙');
  });

  it('a sentence stops at the same block edges as a highlighted phrase (an aside, a button)', () => {
    document.body.innerHTML = '<div>上文<aside>旁注内容</aside>下文<button>按钮文字</button></div>';
    const page = readPageText(document);
    expect(sentenceAround(page, document.querySelector('aside')!.firstChild as Text, 1)).toBe('旁注内容');
    expect(sentenceAround(page, document.querySelector('button')!.firstChild as Text, 1)).toBe('按钮文字');
  });
});
