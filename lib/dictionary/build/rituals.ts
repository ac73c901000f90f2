/**
 * Speech ritual: the short paragraph a speaker opens with or turns to the audience with
 * (同志们：, 各位代表：). Found as a whole paragraph of a few characters ending on a colon or
 * an exclamation that independent documents repeat word for word.
 */
import type { CandidateTable } from './candidates';
import type { SegmentedDoc } from './documents';

/** A ritual address: two to eight Han characters, then a colon or an exclamation mark. */
const ADDRESS = /^([\u4e00-\u9fff]{2,8})[:：!！]\s*$/;

/** Feed every ritual-shaped paragraph to the table (recurrence decides in scoring). */
export function addRituals(docs: readonly SegmentedDoc[], table: CandidateTable): void {
  docs.forEach((doc, d) => {
    const m = ADDRESS.exec(doc.text.trim());
    if (!m) return;
    const start = doc.text.indexOf(m[1]!);
    const sighting = { doc: d, start, end: start + m[1]!.length, quoted: false, left: '', right: doc.text[start + m[1]!.length] ?? '' };
    table.add(m[1]!, 'ritual', sighting, [m[1]!], ['ritual']);
  });
}
