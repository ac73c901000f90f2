/**
 * The one normalisation shared by the dictionary build and the page scan, so that a phrase
 * found in the seeds is found again on a page however the page spells its punctuation.
 *
 * - full-width ASCII becomes half-width;
 * - whitespace of every kind (and controls, zero-width chars) is deleted;
 * - punctuation variants fold to one char per class: 、，,﹐､ → 、; ：: → :; “”「」‘’'" → ";
 * - runs of ellipses (……, ⋯, ...) become one `…`, runs of dashes (——, ―, –) one `—`.
 */
import { OffsetCursor, createOffsetMap, setBreak, type OffsetMap } from './offset-map';
import { DASH, DELETE, ELLIPSIS, SPECIAL, isEllipsis, normalizationTable } from './normalize-table';

/** A normalised string and where each of its chars came from in the original. */
export interface NormalizedText {
  text: string;
  /** `map[i]` = original offset of normalised char i; `map[n]` = original length. */
  map: Int32Array;
  /** `ends[i]` = original end of normalised char i (a collapsed `……` spans several chars). */
  ends: Int32Array;
}

/** Reusable scan scratch: normalised code units plus the sparse map back to the original. */
export interface NormalizeBuffers extends OffsetMap {
  codes: Uint16Array;
  /** Normalised length of the last `normalizeInto`. */
  length: number;
}

/** Scratch buffers for `normalizeInto`; they grow on demand and are kept between scans. */
export function createNormalizeBuffers(capacity = 1024): NormalizeBuffers {
  return { codes: new Uint16Array(capacity), length: 0, ...createOffsetMap() };
}

function isDot(c: number): boolean {
  return c === 0x2e || c === 0xff0e;
}

/** The rare chars that are deleted or collapse; returns the last original index consumed. */
function slowStep(text: string, i: number, buf: NormalizeBuffers): number {
  const c = text.charCodeAt(i);
  const codes = buf.codes;
  let n = buf.length;
  if ((c ^ normalizationTable()[c]!) === DELETE) {
    setBreak(buf, n, i + 1);
    return i;
  }
  let to = i + 1;
  let k = isEllipsis(c) ? ELLIPSIS : DASH;
  if (isDot(c)) {
    while (to < text.length && isDot(text.charCodeAt(to))) to++;
    if (to - i < 3) {
      // One or two dots are a decimal point or an abbreviation, not an ellipsis.
      for (let j = i; j < to; j++) codes[n++] = 0x2e;
      buf.length = n;
      return to - 1;
    }
    k = ELLIPSIS;
  }
  if (n > 0 && codes[n - 1] === k) {
    buf.collapseEnd[buf.collapseCount - 1] = to; // `……`, `— —`: extend the char already emitted
  } else {
    codes[n] = k;
    buf.collapseAt = grow(buf.collapseAt, buf.collapseCount + 1);
    buf.collapseEnd = grow(buf.collapseEnd, buf.collapseCount + 1);
    buf.collapseAt[buf.collapseCount] = n++;
    buf.collapseEnd[buf.collapseCount++] = to;
  }
  buf.length = n;
  setBreak(buf, n, to);
  return to - 1;
}

function grow(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Normalise `text` into `buf` (grown if needed) and return the normalised length. This is
 * the scan's hot path: one table lookup and one store per char; only deletions and
 * collapses record anything in the offset map.
 */
export function normalizeInto(text: string, buf: NormalizeBuffers): number {
  const len = text.length;
  if (buf.codes.length < len) buf.codes = new Uint16Array(Math.max(len, buf.codes.length * 2));
  buf.breakCount = 1; // breakpoint 0 is (0, 0)
  buf.breakNorm[0] = 0;
  buf.breakOrig[0] = 0;
  buf.collapseCount = 0;
  const t = normalizationTable();
  const special = SPECIAL; // a local: module bindings can cost a property load per char
  let codes = buf.codes;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    const m = c ^ t[c]!;
    if (m > special) {
      codes[n++] = m;
      continue;
    }
    buf.length = n;
    i = slowStep(text, i, buf);
    n = buf.length;
    codes = buf.codes;
  }
  buf.length = n;
  return n;
}

/** Build a string from code units in chunks (spreading millions of args would overflow). */
function codesToString(codes: Uint16Array, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as never);
  }
  return out;
}

let scratch: NormalizeBuffers | undefined;

/** Normalise page or seed text, with a dense offset map back to the original. */
export function normalizeText(text: string): NormalizedText {
  const buf = createNormalizeBuffers(text.length);
  const n = normalizeInto(text, buf);
  const map = new Int32Array(n + 1);
  const ends = new Int32Array(n);
  const cursor = new OffsetCursor();
  cursor.reset(buf);
  for (let j = 0; j < n; j++) {
    map[j] = cursor.start(j);
    ends[j] = cursor.end(j);
  }
  map[n] = text.length;
  return { text: codesToString(buf.codes, n), map, ends };
}

/** Normalise a dictionary phrase or frame part; the page text goes through the same table. */
export function normalizePhrase(s: string): string {
  const t = normalizationTable();
  let i = 0;
  while (i < s.length && t[s.charCodeAt(i)] === 0) i++;
  if (i === s.length) return s; // most phrases are plain CJK: nothing to do
  scratch ??= createNormalizeBuffers();
  return codesToString(scratch.codes, normalizeInto(s, scratch));
}

/** Original [start, end) of the normalised range [s, e) (e > s). */
export function originalRange(norm: NormalizedText, s: number, e: number): [number, number] {
  return [norm.map[s]!, norm.ends[e - 1]!];
}
