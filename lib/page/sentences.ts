import { CONTAINER_TAGS } from '../dom/tag-names';

/** Block elements whose text a sentence never crosses: the highlighter's blocks. */
const BLOCK = CONTAINER_TAGS.join(',');
const SENTENCE_END = /[。！？!?；;\n]/;

/**
 * The sentence around a position in the page: the text of the nearest block, cut at
 * sentence ends on both sides. For the page report; not on any hot path.
 */
export function sentenceAround(node: Text, offset: number, maxChars = 240): string {
  const block = node.parentElement?.closest(BLOCK);
  if (!block) return node.data.trim();
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(node, offset);
  const at = before.toString().length;
  const text = block.textContent ?? '';
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!) && at - start < maxChars) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end]!) && end - at < maxChars) end++;
  if (end < text.length) end++;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}
