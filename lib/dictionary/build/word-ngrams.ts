/**
 * Candidates made of whole jieba words: single words jieba tags as idioms (i) or habitual
 * phrases (l), and runs of two to four words inside one clause. Runs never cross
 * punctuation and never open or close on a function word, so they start and end on word
 * boundaries by construction. A first pass counts every run (for association strength and
 * to skip runs seen in fewer than MIN_DOCS documents); only the survivors become candidates,
 * so the table stays small on a corpus of millions of characters.
 */
import type { CandidateTable, Sighting } from './candidates';
import type { SegmentedDoc } from './documents';
import { canEnd, canStart } from './edges';
import { isNumbered, leadingNumber, membersBefore } from './numbered';
import { isHan, type Token } from './segment';
import type { WordStats } from './word-stats';

/** Longest run of words considered a bundle. */
const MAX_WORDS = 8;
/** Bundle length bounds in characters. */
const MIN_CHARS = 3;
const MAX_CHARS = 16;
/** A run seen in fewer documents than this is never a recurrent candidate (idioms, quotes,
 *  lists and numbered names have their own generators and evidence). */
const MIN_DOCS = 3;
/** jieba tags that mark a fixed expression. */
export const IDIOM_TAGS = new Set(['i', 'l']);

/** A single jieba word that may be a formulation by itself when the corpus uses it far more
 *  than ordinary Chinese (主旋律, 干部队伍): three or more characters, a noun or a verb. */
export function isKeywordShape(t: Token): boolean {
  return (t.word.length >= 3 && /^(n|nz|vn|v|l|i|j)$/.test(t.tag)) || isNameTagged(t.word, t.tag);
}

/** jieba's person-name and status tags on a word of four or more characters stand for set
 *  phrases its dictionary happens to list under those tags (建立健全/nr, 严格执行/nr, 狠抓落实/z),
 *  next to topic nouns (农村居民/nr): people's names are two or three characters. Such a word has
 *  no general-language frequency to weigh it against: see `nameTagged` in the evidence. Place
 *  and organ tags (ns, nt) are left out: most of those words are names (上市公司/nt). */
export function isNameTagged(word: string, tag: string): boolean {
  return word.length >= 4 && /^(nr|nrt|z)$/.test(tag);
}

/** True when the run stands alone between quotation marks. */
function isQuoted(text: string, start: number, end: number): boolean {
  return /[“"「『]/.test(text[start - 1] ?? '') && /[”"」』]/.test(text[end] ?? '');
}

/** Visit every Han word run of 1..MAX_WORDS words (within MAX_CHARS for n > 1). */
function forEachRun(doc: SegmentedDoc, visit: (i: number, n: number) => void): void {
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!isHan(toks[i]!.word)) continue;
    for (let n = 1; n <= MAX_WORDS && i + n <= toks.length; n++) {
      const last = toks[i + n - 1]!;
      if (!isHan(last.word)) break;
      if (n > 1 && last.end - toks[i]!.start > MAX_CHARS) break;
      visit(i, n);
    }
  }
}

/** Feed every recurrent word n-gram of `docs` to the table and all run counts to `stats`. */
export function addWordNgrams(docs: readonly SegmentedDoc[], table: CandidateTable, stats: WordStats): void {
  docs.forEach((doc) => forEachRun(doc, (i, n) => stats.count(doc.tokens.slice(i, i + n), doc.doc)));
  docs.forEach((doc, d) =>
    forEachRun(doc, (i, n) => {
      const run = doc.tokens.slice(i, i + n);
      if (n === 1 && !IDIOM_TAGS.has(run[0]!.tag) && !isKeywordShape(run[0]!) && !isQuoted(doc.text, run[0]!.start, run[0]!.end)) return;
      if (stats.documents(run) < MIN_DOCS && !(n === 1 && IDIOM_TAGS.has(run[0]!.tag))) {
        if (!isQuoted(doc.text, run[0]!.start, run[n - 1]!.end)) return;
      }
      proposeRun(doc, d, doc.tokens, i, run, table);
    }),
  );
}

function proposeRun(doc: SegmentedDoc, d: number, toks: Token[], i: number, run: Token[], table: CandidateTable): void {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const text = doc.text.slice(first.start, last.end);
  if (/[Xx_]/.test(doc.text[first.start - 1] ?? '') || /[Xx_]/.test(doc.text[last.end] ?? '')) return; // cut by redaction
  const quoted = isQuoted(doc.text, first.start, last.end);
  const numbered = isNumbered(text, first.word, first.tag, quoted) && canEnd(last.word, last.tag);
  let origin: 'idiom' | 'keyword' | 'ngram' | 'numbered';
  if (numbered) origin = 'numbered';
  else if (run.length === 1 && isKeywordShape(first) && !IDIOM_TAGS.has(first.tag)) origin = 'keyword';
  else if (run.length === 1) {
    // 在思想上/l is a prepositional phrase jieba happens to list, not an expression.
    if (!IDIOM_TAGS.has(first.tag) || text.length < MIN_CHARS || /^[在对把从向于].+[上中下里]$/.test(text)) return;
    origin = 'idiom';
  } else {
    if (text.length < MIN_CHARS || !canStart(first.word, first.tag) || !canEnd(last.word, last.tag)) return;
    // A single-character verb at the end dangles (作风建设抓 | 得实不实).
    if (last.word.length === 1 && last.tag === 'v') return;
    origin = 'ngram';
  }
  const sighting: Sighting = {
    doc: d,
    start: first.start,
    end: last.end,
    quoted,
    left: toks[i - 1]?.word ?? doc.text[first.start - 1] ?? '',
    right: toks[i + run.length]?.word ?? '',
  };
  const c = table.add(text, origin, sighting, run.map((t) => t.word), run.map((t) => t.tag));
  // Unquoted, only a list closed by 等 names members (“A、B”等五种能力); 体质这五个管理 does not.
  if (numbered && (quoted || /等$/.test(doc.text.slice(0, first.start)))) {
    c.members ??= membersBefore(doc.text, first.start, leadingNumber(text)) ?? undefined;
  }
}
