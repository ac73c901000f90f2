/**
 * The page as the annotated export takes it: the highlighter's page text (its <tifa-mark>s
 * read) cut into paragraphs, with each painted phrase as offsets in its paragraph.
 */
import type { Container } from '../highlighter/block';
import type { PageMatch } from '../highlighter/types';
import type { AnnotatedPageData, AnnotatedParagraph } from '../messaging/page-requests';
import { blockPositionOf, readPageText } from './page-text';

/**
 * The page's text cut into paragraphs, each the highlighter's blocks of one container in a
 * row (a <br> or an image inside a paragraph does not cut it), with each painted phrase as
 * offsets in its paragraph (a phrase that runs across paragraphs is left out). Text only:
 * the export escapes it, nothing of the page's markup travels.
 */
export function annotatedPage(matches: readonly PageMatch[]): AnnotatedPageData {
  const page = readPageText(document);
  const paragraphs: AnnotatedParagraph[] = [];
  /** Per block: its paragraph and its offset there. */
  const where: Array<{ paragraph: number; offset: number }> = [];
  let container: Container | null = null;
  for (const block of page.blocks) {
    if (block.container !== container || paragraphs.length === 0) paragraphs.push({ text: '', marks: [] });
    container = block.container;
    const current = paragraphs[paragraphs.length - 1]!;
    where.push({ paragraph: paragraphs.length - 1, offset: current.text.length });
    current.text += block.text;
  }
  const locate = (node: Text, offset: number) => {
    const at = blockPositionOf(page, node, offset);
    return at && { paragraph: where[at.block]!.paragraph, offset: where[at.block]!.offset + at.offset };
  };
  for (const m of matches) {
    const from = locate(m.startContainer, m.startOffset);
    const to = locate(m.endContainer, m.endOffset);
    if (!from || !to || from.paragraph !== to.paragraph) continue;
    paragraphs[from.paragraph]!.marks.push({ start: from.offset, end: to.offset, kind: m.kind, entryId: m.entry.id });
  }
  return { url: location.href, title: document.title, paragraphs: paragraphs.filter((p) => p.text.trim() !== '') };
}
