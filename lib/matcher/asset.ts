/**
 * The matcher asset: one binary file with the serialised automaton's arrays and a text payload
 * (the dictionary's JSON) that the extension ships beside its scripts and a frame fetches only
 * once it holds Han text. Binary, not text: the arrays land in typed arrays with one copy
 * each instead of a JSON parse, and nothing of it is inlined in the content script.
 * Layout, little-endian (every platform a browser runs on), every section 4-byte aligned:
 *   u32 MAGIC, u32 MATCHER_FORMAT, u32 header bytes, header (UTF-8 JSON, padded),
 *   u16 alphabet (padded), i32 base/check/fail/outPattern/patternAt (`states` each),
 *   u16 depth (`states`, padded), i32 sparse pairs (outAnchor, anchorAt), payload bytes.
 */
import { DENSE_ARRAYS, MATCHER_FORMAT, SPARSE_ARRAYS, type SerializedMatcher } from './serialize';

const MAGIC = 0x4d4c4654; // "TFLM"

/** What the header says; the arrays' lengths let the reader cut the body without guessing. */
interface AssetHeader {
  fingerprint: string;
  states: number;
  alphabet: number;
  sparse: number[];
  payload: number;
}

/** A decoded asset: the automaton as `decodeAutomaton` takes it, and the payload (a copy). */
export interface MatcherAsset {
  matcher: SerializedMatcher;
  payload: Uint8Array;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** The asset's bytes for `s` and `payload` (the build writes them; see the file comment). */
export function encodeMatcherAsset(s: SerializedMatcher, payload: Uint8Array): Uint8Array {
  const encoder = new TextEncoder();
  const body = payload;
  const sparse = SPARSE_ARRAYS.map((k) => s[k].length);
  const header: AssetHeader = { fingerprint: s.fingerprint, states: s.states, alphabet: s.alphabet.length, sparse, payload: body.length };
  const head = encoder.encode(JSON.stringify(header));
  const words = 4 * DENSE_ARRAYS.length * s.states + pad4(2 * s.states) + 4 * sparse.reduce((a, b) => a + b, 0);
  const size = 12 + pad4(head.length) + pad4(2 * s.alphabet.length) + words + body.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, MATCHER_FORMAT, true);
  view.setUint32(8, head.length, true);
  out.set(head, 12);
  let at = 12 + pad4(head.length);
  for (const u of Array.from(s.alphabet)) at = (view.setUint16(at, u, true), at + 2);
  at = pad4(at);
  for (const k of DENSE_ARRAYS) {
    for (const v of Array.from(s[k])) at = (view.setInt32(at, v, true), at + 4);
  }
  for (const v of Array.from(s.depth)) at = (view.setUint16(at, v, true), at + 2);
  at = pad4(at);
  for (const k of SPARSE_ARRAYS) {
    for (const v of Array.from(s[k])) at = (view.setInt32(at, v, true), at + 4);
  }
  out.set(body, at);
  return out;
}

/**
 * The automaton's arrays and the payload (copies, so the fetched buffer can go), or null
 * when `bytes` is not an asset of this format. `decodeAutomaton` checks the arrays' shapes.
 */
export function decodeMatcherAsset(bytes: ArrayBuffer): MatcherAsset | null {
  if (bytes.byteLength < 12) return null;
  const view = new DataView(bytes);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== MATCHER_FORMAT) return null;
  const headLength = view.getUint32(8, true);
  let header: AssetHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 12, Math.min(headLength, bytes.byteLength - 12))));
  } catch {
    return null;
  }
  const { fingerprint, states, alphabet, sparse, payload } = header;
  const lengths = [...DENSE_ARRAYS.map(() => states), ...(Array.isArray(sparse) ? sparse : [])];
  if (lengths.length !== DENSE_ARRAYS.length + SPARSE_ARRAYS.length || !lengths.every((n) => Number.isInteger(n) && n >= 0)) return null;
  let at = 12 + pad4(headLength);
  const need = at + pad4(2 * alphabet) + 4 * lengths.reduce((a, b) => a + b, 0) + pad4(2 * states) + payload;
  if (!Number.isInteger(alphabet) || !Number.isInteger(payload) || need !== bytes.byteLength) return null;
  const m: Record<string, unknown> = { format: MATCHER_FORMAT, fingerprint, states };
  m.alphabet = new Uint16Array(bytes.slice(at, at + 2 * alphabet));
  at = pad4(at + 2 * alphabet);
  const int32s = (keys: readonly string[], from: number) =>
    keys.forEach((k, i) => {
      m[k] = new Int32Array(bytes.slice(at, at + 4 * lengths[from + i]!));
      at += 4 * lengths[from + i]!;
    });
  int32s(DENSE_ARRAYS, 0);
  m.depth = new Uint16Array(bytes.slice(at, at + 2 * states));
  at = pad4(at + 2 * states);
  int32s(SPARSE_ARRAYS, DENSE_ARRAYS.length);
  return { matcher: m as unknown as SerializedMatcher, payload: new Uint8Array(bytes.slice(at, at + payload)) };
}
