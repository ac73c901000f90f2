import type { PageMatch } from '../highlighter/types';
import type { AnnotatedPageData, AnnotatedParagraph } from '../messaging/page-requests';
import { readPageText } from './page-text';
import { CONTAINER_TAGS } from '../dom/tag-names';

/** A paragraph is the text of one of the highlighter's blocks. */
const BLOCKS = new Set(CONTAINER_TAGS);

function blockOf(node: Text): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (BLOCKS.has(el.localName)) return el;
  return null;
}

/**
 * The page's text cut into paragraphs at block elements, with each painted phrase as
 * offsets in its paragraph (a phrase that runs across paragraphs is left out). Text only:
 * the export escapes it, nothing of the page's markup travels.
 */
export function annotatedPage(matches: readonly PageMatch[]): AnnotatedPageData {
  const page = readPageText(document, true);
  const paragraphs: AnnotatedParagraph[] = [];
  const where = new Map<Text, { paragraph: number; offset: number }>();
  let block: Element | null | undefined;
  for (const node of page.nodes) {
    const own = blockOf(node);
    if (own !== block || paragraphs.length === 0) paragraphs.push({ text: '', marks: [] });
    block = own;
    const current = paragraphs[paragraphs.length - 1]!;
    where.set(node, { paragraph: paragraphs.length - 1, offset: current.text.length });
    current.text += node.data;
  }
  for (const m of matches) {
    const from = where.get(m.startContainer);
    const to = where.get(m.endContainer);
    if (!from || !to || from.paragraph !== to.paragraph) continue;
    paragraphs[from.paragraph]!.marks.push({ start: from.offset + m.startOffset, end: to.offset + m.endOffset, kind: m.kind, entryId: m.entry.id });
  }
  return { url: location.href, title: document.title, paragraphs: paragraphs.filter((p) => p.text.trim() !== '') };
}
