/**
 * The sentence around a match, for the page report: cut from the highlighter's block that
 * holds it (the one page-text model), so a sentence reads what the highlighter read and stops
 * where a phrase would: at block edges, never into scripts, hidden or editable regions.
 */
import { blockPositionOf, type PageText } from './page-text';

const SENTENCE_END = /[。！？!?；;\n]/;

/**
 * The sentence around a position in the page: the text of its block, cut at sentence ends on
 * both sides and at `maxChars` from the position. Not on any hot path.
 */
export function sentenceAround(page: PageText, node: Text, offset: number, maxChars = 240): string {
  const at = blockPositionOf(page, node, offset);
  if (!at) return node.data.trim();
  const text = page.blocks[at.block]!.text;
  let start = at.offset;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!) && at.offset - start < maxChars) start--;
  let end = at.offset;
  while (end < text.length && !SENTENCE_END.test(text[end]!) && end - at.offset < maxChars) end++;
  if (end < text.length) end++;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}
