/** A line of the seed file with its offsets. */
export interface SourceLine {
  text: string;
  start: number;
  end: number;
}

/** Split a file into lines, keeping each line's UTF-16 offsets. */
export function splitLines(file: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  while (start <= file.length) {
    let end = file.indexOf('\n', start);
    if (end < 0) end = file.length;
    const raw = file.slice(start, end);
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    lines.push({ text, start, end: start + text.length });
    start = end + 1;
  }
  return lines;
}

/** `—4—`, `4—1—`, `—12—`, `-3-`: page numbers left over from a printed original. */
const PAGE_NUMBER_LINE = /^\s*\d*\s*[—–-]{1,2}\s*\d{1,3}\s*[—–-]{1,2}\s*$/;
/** A page number glued to the end of a line of text (`…小、—14—`). */
const TRAILING_PAGE_NUMBER = /\s*[—–-]{1,2}\d{1,3}[—–-]{1,2}\s*$/;

/** True for a line that is only a page number. */
export function isPageNumberLine(text: string): boolean {
  return PAGE_NUMBER_LINE.test(text);
}

/** Length of `text` without a page number glued to its end. */
export function lengthWithoutTrailingPageNumber(text: string): number {
  const m = TRAILING_PAGE_NUMBER.exec(text);
  return m ? m.index : text.length;
}

/** `第一篇:` … `第十篇:` at the start of a line opens a new speech. */
const SPEECH_HEADER = /^第([一二三四五六七八九十]+)篇\s*[:：]\s*(.*)$/;

/** The title after `第N篇:`, or null when the line does not open a speech. */
export function speechHeaderTitle(text: string): string | null {
  const m = SPEECH_HEADER.exec(text.trim());
  return m ? (m[2] ?? '') : null;
}

/** The salutation that ends a speech's header block and opens its body. */
export function isSalutation(text: string): boolean {
  return /^(同志们|各位[^,，:：]{0,8}|女士们、先生们)\s*[:：,，!！]\s*$/.test(text.trim());
}

/** Section headings: 一、… / (一)… / 第一,… without a full sentence of their own. */
const HEADING_START = /^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[,，、])/;

/** True for a short enumerated heading that never continues onto the next line. */
export function isHeading(text: string): boolean {
  return HEADING_START.test(text) && text.length <= 60 && !/[。！？!?]/.test(text);
}

/** Sentence-final punctuation: a line ending in one closes its paragraph. */
const PARAGRAPH_END = /[。！？!?:：;；…”"’）)】]\s*$/;

/** True when a line of body text ends a paragraph rather than breaking one. */
export function endsParagraph(text: string): boolean {
  return PARAGRAPH_END.test(text);
}
