/**
 * The one normalisation shared by the dictionary build and the page scan, so that a phrase
 * found in the seeds is found again on a page however the page spells its punctuation.
 *
 * - full-width ASCII becomes half-width;
 * - whitespace of every kind (and controls, zero-width chars) is deleted;
 * - punctuation variants fold to one char per class: 、，,﹐､ → 、; ：: → :; “”「」‘’'" → ";
 * - runs of ellipses (……, ⋯, ...) become one `…`, runs of dashes (——, ―, –) one `—`.
 */
import { DASH, DELETE, ELLIPSIS, SPECIAL, isEllipsis, normalizationTable } from './normalize-table';

/** A normalised string and where each of its chars came from in the original. */
export interface NormalizedText {
  text: string;
  /** `map[i]` = original offset of normalised char i; `map[n]` = original length. */
  map: Int32Array;
  /** `ends[i]` = original end of normalised char i (a collapsed `……` spans several chars). */
  ends: Int32Array;
}

/** Reusable scratch for the scan: normalised code units and their original [start, end). */
export interface NormalizeBuffers {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
}

/** Scratch buffers for `normalizeInto`; they grow on demand and are kept between scans. */
export function createNormalizeBuffers(capacity = 1024): NormalizeBuffers {
  return {
    codes: new Uint16Array(capacity),
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
  };
}

function isDot(c: number): boolean {
  return c === 0x2e || c === 0xff0e;
}

/**
 * Normalise `text` into `buf` (grown if needed) and return the normalised length. This is
 * the scan's hot path: one table lookup per char, no regex, no string building.
 */
export function normalizeInto(text: string, buf: NormalizeBuffers): number {
  const len = text.length;
  if (buf.codes.length < len) {
    const cap = Math.max(len, buf.codes.length * 2);
    buf.codes = new Uint16Array(cap);
    buf.starts = new Int32Array(cap);
    buf.ends = new Int32Array(cap);
  }
  const { codes, starts, ends } = buf;
  const t = normalizationTable();
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    const m = t[c]!;
    if (m > SPECIAL) {
      codes[n] = m;
      starts[n] = i;
      ends[n++] = i + 1;
      continue;
    }
    if (m === DELETE) continue;
    let k = DASH;
    let to = i + 1;
    if (isDot(c)) {
      while (to < len && isDot(text.charCodeAt(to))) to++;
      if (to - i < 3) {
        // One or two dots are a decimal point or an abbreviation, not an ellipsis.
        for (; i < to; i++) {
          codes[n] = 0x2e;
          starts[n] = i;
          ends[n++] = i + 1;
        }
        i--;
        continue;
      }
      k = ELLIPSIS;
    } else if (isEllipsis(c)) {
      k = ELLIPSIS;
    }
    if (n > 0 && codes[n - 1] === k) {
      ends[n - 1] = to; // `……` and `— —` collapse into the char already emitted
    } else {
      codes[n] = k;
      starts[n] = i;
      ends[n++] = to;
    }
    i = to - 1;
  }
  return n;
}

/** Build a string from code units in chunks (spreading millions of args would overflow). */
export function codesToString(codes: Uint16Array, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as never);
  }
  return out;
}

/** Normalise page or seed text, keeping the offset map back to the original. */
export function normalizeText(text: string): NormalizedText {
  const buf = createNormalizeBuffers(text.length);
  const n = normalizeInto(text, buf);
  const map = new Int32Array(n + 1);
  map.set(buf.starts.subarray(0, n));
  map[n] = text.length;
  return { text: codesToString(buf.codes, n), map, ends: buf.ends.slice(0, n) };
}

/** Normalise a dictionary phrase or frame part; the page text goes through the same table. */
export function normalizePhrase(s: string): string {
  const buf = createNormalizeBuffers(s.length);
  return codesToString(buf.codes, normalizeInto(s, buf));
}

/** Original [start, end) of the normalised range [s, e) (e > s). */
export function originalRange(norm: NormalizedText, s: number, e: number): [number, number] {
  return [norm.map[s]!, norm.ends[e - 1]!];
}
