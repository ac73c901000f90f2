/**
 * The per-code-unit table behind `normalizeText`. One lookup per char keeps the page scan
 * cheap; the table is built on first use so that importing the matcher costs nothing.
 */

/** Table value: the code unit is deleted (whitespace, controls, zero-width chars). */
export const DELETE = 0;
/** Table value: the code unit needs the slow path (dots, ellipses and dashes collapse). */
export const SPECIAL = 1;

/** The canonical ellipsis: `……`, `⋯`, `...` all become one of these. */
export const ELLIPSIS = 0x2026;
/** The canonical dash: `——`, `―`, `–`, `─` all become one of these. */
export const DASH = 0x2014;

const DELETED = [
  0x20, 0x85, 0xa0, 0xad, 0x1680, 0x180e, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff,
];
const ELLIPSES = [ELLIPSIS, 0x22ef, 0x2025, 0xfe19, 0xfe30];
const DASHES = [DASH, 0x2012, 0x2013, 0x2015, 0x2500, 0x2e3a, 0x2e3b, 0xfe58, 0xfe31, 0xfe32];

/** Punctuation classes: every char of the string on the right becomes the char on the left. */
const FOLDS: Array<[string, string]> = [
  ['、', ',、﹐﹑､'],
  [':', ':﹕'],
  [';', ';﹔'],
  ['"', '"\'‘’‚‛“”„‟「」『』〝〞〟﹁﹂﹃﹄«»‹›'],
  ['(', '(﹙︵'],
  [')', ')﹚︶'],
  ['[', '[【〔〖〘﹝'],
  [']', ']】〕〗〙﹞'],
  ['《', '《〈\u2329︽︿'],
  ['》', '》〉\u232a︾﹀'],
  ['。', '。｡﹒'],
  ['!', '!﹗'],
  ['?', '?﹖'],
  ['·', '·・•‧ㆍ･'],
  ['~', '~〜∼'],
];

let table: Uint16Array | undefined;

/**
 * The lazily built table. It stores `c ^ mapped`, so that identity (nearly every char) is 0
 * and the table is a zero-filled array plus a few hundred entries: no 65,536-step loop on
 * the page's first scan. Read it as `c ^ table[c]`: a code unit, `DELETE` or `SPECIAL`.
 */
export function normalizationTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  const set = (c: number, mapped: number) => (t[c] = c ^ mapped);
  const fold = new Map<number, number>();
  for (const [to, from] of FOLDS) {
    for (const ch of from) fold.set(ch.charCodeAt(0), to.charCodeAt(0));
  }
  for (const [from, to] of fold) set(from, to);
  // Full-width ASCII to half-width, then through the same folds (，→ , → 、).
  for (let c = 0xff01; c <= 0xff5e; c++) set(c, fold.get(c - 0xfee0) ?? c - 0xfee0);
  for (let c = 0; c < 0x20; c++) set(c, DELETE);
  for (let c = 0x7f; c < 0xa0; c++) set(c, DELETE);
  for (let c = 0x2000; c <= 0x200d; c++) set(c, DELETE);
  for (const c of DELETED) set(c, DELETE);
  for (const c of [...ELLIPSES, ...DASHES, 0x2e, 0xff0e]) set(c, SPECIAL);
  table = t;
  return t;
}

/** True for the code units that collapse into one `…` (runs of three dots are handled apart). */
export function isEllipsis(c: number): boolean {
  return ELLIPSES.includes(c);
}

/** True for code units that end a sentence once normalised: 。 ! ? ; (from 。！？；!?;). */
export function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x3b;
}
