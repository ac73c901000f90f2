/**
 * Parallel lists: items of one length joined by 、 (形式主义、官僚主义; 早计划、早安排、早动手).
 * The shape is typical of formulas; a shared character in the same place (anaphora, as in
 * 乱收费、乱罚款、乱摊派) makes it more so. The list's outer items are trimmed to the inner
 * items' length, and kept only when the trimmed edges fall on word boundaries.
 */
import type { CandidateTable } from './candidates';
import type { SegmentedDoc } from './documents';
import { wordBoundaries } from './segment';

const LIST = /[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+/g;
const MIN_ITEM = 2;
const MAX_ITEM = 8;

/** True when every item has the same character at some position (anaphora, epiphora …). */
export function isParallel(items: readonly string[]): boolean {
  const len = items[0]!.length;
  for (let k = 0; k < len; k++) {
    if (items.every((s) => s[k] === items[0]![k])) return true;
  }
  return false;
}

/** The items of a 、-list after trimming its outer pieces to the length of the inner ones. */
function trimmedItems(pieces: string[], completeEnd: boolean): string[] | null {
  const inner = pieces.slice(1, -1);
  const len = inner.length > 0 ? inner[0]!.length : completeEnd ? pieces[1]!.length : 0;
  if (len < MIN_ITEM || len > MAX_ITEM || inner.some((s) => s.length !== len)) return null;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (first.length < len || last.length < len) return null;
  return [first.slice(first.length - len), ...inner, last.slice(0, len)];
}

/** Feed every parallel 、-list of the seed paragraphs to the table. */
export function addLists(docs: readonly SegmentedDoc[], table: CandidateTable): void {
  docs.forEach((doc, d) => {
    let cuts: Set<number> | null = null;
    for (const m of doc.text.matchAll(LIST)) {
      const pieces = m[0].split('、');
      const end = m.index! + m[0].length;
      const completeEnd = !/[\u4e00-\u9fff]/.test(doc.text[end] ?? '');
      const items = trimmedItems(pieces, completeEnd);
      if (!items || (items[0]!.length !== 4 && !isParallel(items))) continue;
      const start = m.index! + pieces[0]!.length - items[0]!.length;
      const stop = end - (pieces[pieces.length - 1]!.length - items[items.length - 1]!.length);
      cuts ??= wordBoundaries(doc.tokens);
      if (!cuts.has(start) || !cuts.has(stop)) continue;
      const text = items.join('、');
      const quoted = /[“「]/.test(doc.text[start - 1] ?? '') && /[”」]/.test(doc.text[stop] ?? '');
      const sighting = { doc: d, start, end: stop, quoted, left: doc.text[start - 1] ?? '', right: doc.text[stop] ?? '' };
      table.add(text, 'list', sighting, items, items.map(() => 'item'));
    }
  });
}
