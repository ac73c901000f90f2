import type { Corpus, Paragraph, Speech } from './types';
import { detectFamilies } from './families';
import { parseHeader } from './header';
import {
  endsParagraph,
  isHeading,
  isPageNumberLine,
  isSalutation,
  lengthWithoutTrailingPageNumber,
  speechHeaderTitle,
  splitLines,
  type SourceLine,
} from './lines';

/** Join body lines into paragraphs: page numbers dropped, mid-sentence breaks joined. */
function buildParagraphs(lines: SourceLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: Paragraph | null = null;
  const close = () => {
    if (open) paragraphs.push(open);
    open = null;
  };
  for (const line of lines) {
    if (isPageNumberLine(line.text)) continue;
    const lead = line.text.length - line.text.trimStart().length;
    const body = line.text.slice(lead, lengthWithoutTrailingPageNumber(line.text)).trimEnd();
    if (!body) {
      if (line.text.trim() === '') close();
      continue;
    }
    const heading = isHeading(body);
    if (heading) close();
    const para: Paragraph = open ?? { index: paragraphs.length, text: '', spans: [], heading };
    para.spans.push({ start: line.start + lead, end: line.start + lead + body.length, textStart: para.text.length });
    para.text += body;
    open = para;
    if (heading || endsParagraph(body)) close();
  }
  close();
  return paragraphs;
}

/** Parse the seed file into speeches with paragraphs, offsets and families. Pure. */
export function parseCorpus(file: string): Corpus {
  const lines = splitLines(file);
  const starts = lines.flatMap((l, i) => (speechHeaderTitle(l.text) !== null ? [i] : []));
  const speeches: Speech[] = starts.map((from, n) => {
    const to = starts[n + 1] ?? lines.length;
    const block = lines.slice(from, to);
    let bodyAt = block.findIndex((l, i) => i > 0 && isSalutation(l.text));
    if (bodyAt < 0) bodyAt = Math.min(2, block.length);
    const header = parseHeader(speechHeaderTitle(block[0]!.text)!, block.slice(1, bodyAt).map((l) => l.text));
    const last = block[block.length - 1]!;
    return {
      id: n + 1,
      ...header,
      family: 0,
      paragraphs: buildParagraphs(block.slice(bodyAt)),
      start: block[0]!.start,
      end: last.end,
    };
  });
  const families = detectFamilies(speeches.map((s) => s.paragraphs.map((p) => p.text).join('\n')));
  const familyIds = [...new Set(families)];
  speeches.forEach((s, i) => (s.family = familyIds.indexOf(families[i]!) + 1));
  return { speeches, familyCount: familyIds.length };
}

/** Map an offset inside a paragraph's text back to an offset in the seed file. */
export function paragraphOffsetToFile(paragraph: Paragraph, offset: number): number {
  let span = paragraph.spans[0]!;
  for (const s of paragraph.spans) if (s.textStart <= offset) span = s;
  return span.start + (offset - span.textStart);
}
