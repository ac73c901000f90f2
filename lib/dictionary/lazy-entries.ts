/**
 * The shipped dictionary's entries as compact UTF-8 lines, made into objects one at a time
 * when a page first asks for one. A page matches a few hundred of thousands of entries: as
 * objects, all of them took ~1.1 MB of heap and ~10 ms of JSON.parse in every frame.
 * Generic over the entry's fields: each line is `[keyset, ...values]`, with the key lists
 * stored once, so whatever fields the dictionary build writes come back as they were.
 */
import { PHRASE_KINDS, type DictionaryArtifact, type DictionaryEntry } from './types';

/** What a page reads eagerly: the artifact's other fields, and per entry its kind and line end. */
export interface EntryLinesMeta {
  artifact: Omit<DictionaryArtifact, 'entries'>;
  keysets: string[][];
  /** One char per entry: its kind's index in PHRASE_KINDS (0 for an unknown kind). */
  kinds: string;
  /** Entries with a frame (the matcher needs their parts at load). */
  frames: number[];
  /** Byte offset where each entry's line ends. */
  ends: number[];
}

/** The meta line and the entry lines for `dictionary` (build time). */
export function encodeEntryLines(dictionary: DictionaryArtifact): { meta: EntryLinesMeta; lines: Uint8Array } {
  const { entries, ...artifact } = dictionary;
  const encoder = new TextEncoder();
  const keysets: string[][] = [];
  const keysetOf = new Map<string, number>();
  const chunks = entries.map((e) => {
    const keys = Object.keys(e);
    let k = keysetOf.get(keys.join('\n'));
    if (k === undefined) keysetOf.set(keys.join('\n'), (k = keysets.push(keys) - 1));
    return encoder.encode(JSON.stringify([k, ...keys.map((key) => (e as unknown as Record<string, unknown>)[key])]));
  });
  const ends: number[] = [];
  const lines = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (lines.set(c, at), ends.push(at + c.length), at + c.length), 0);
  const kinds = entries.map((e) => String(Math.max(0, PHRASE_KINDS.indexOf(e.kind)))).join('');
  const frames = entries.flatMap((e, i) => (e.frame ? [i] : []));
  return { meta: { artifact, keysets, kinds, frames, ends }, lines };
}

const LAZY = Symbol('lazy entries');

interface LazyInfo {
  kindIndex: Uint8Array;
  frames: readonly number[];
  /** For a list made by `appendEntries`: the lazy list it extends, and where the appended ones start. */
  base?: readonly DictionaryEntry[];
  appendedFrom?: number;
}

/**
 * The entries as a read-only array that makes entry i on first access (then keeps it).
 * Iterating it makes them all, so hot paths ask `lazyKindIndex` / `lazyFrameIndices` first.
 */
export function lazyEntries(meta: EntryLinesMeta, lines: Uint8Array): readonly DictionaryEntry[] {
  const n = meta.ends.length;
  const decoder = new TextDecoder();
  const made: Array<DictionaryEntry | undefined> = new Array(n);
  const make = (i: number): DictionaryEntry => {
    const [k, ...values] = JSON.parse(decoder.decode(lines.subarray(i === 0 ? 0 : meta.ends[i - 1]!, meta.ends[i]!))) as [number, ...unknown[]];
    const entry: Record<string, unknown> = {};
    meta.keysets[k]!.forEach((key, j) => (entry[key] = values[j]));
    return (made[i] = entry as unknown as DictionaryEntry);
  };
  const info: LazyInfo = { kindIndex: Uint8Array.from(meta.kinds, (c) => c.charCodeAt(0) - 48), frames: meta.frames };
  return arrayView(n, (i) => made[i] ?? make(i), info);
}

/**
 * A read-only array of `length` whose item i is `at(i)`, asked only when read, carrying `info`
 * under the private LAZY key. It reads as a dense array to Object.keys, deep equality and
 * structured clones.
 */
function arrayView(length: number, at: (i: number) => DictionaryEntry, info: LazyInfo): readonly DictionaryEntry[] {
  const index = (p: string | symbol): number => {
    if (typeof p !== 'string') return -1;
    const c = p.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    const i = Number(p);
    return Number.isInteger(i) && i < length ? i : -1;
  };
  return new Proxy(new Array<DictionaryEntry>(length), {
    get: (target, p, receiver) => {
      if (p === LAZY) return info;
      const i = index(p);
      return i >= 0 ? at(i) : Reflect.get(target, p, receiver);
    },
    has: (target, p) => index(p) >= 0 || Reflect.has(target, p),
    ownKeys: () => [...Array.from({ length }, (_, i) => String(i)), 'length'],
    getOwnPropertyDescriptor: (target, p) => {
      const i = index(p);
      return i >= 0 ? { value: at(i), writable: false, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(target, p);
    },
    set: () => false,
  });
}

/** The kind index of every entry without making them, when `entries` is a lazy list. */
export function lazyKindIndex(entries: readonly DictionaryEntry[]): Uint8Array | undefined {
  return (entries as unknown as { [LAZY]?: LazyInfo })[LAZY]?.kindIndex;
}

/** The indices of the frame entries without making the others, when `entries` is a lazy list. */
export function lazyFrameIndices(entries: readonly DictionaryEntry[]): readonly number[] | undefined {
  return (entries as unknown as { [LAZY]?: LazyInfo })[LAZY]?.frames;
}

/** The lazy list that `entries` extends (see `appendEntries`), or undefined. */
export function baseEntries(entries: readonly DictionaryEntry[]): readonly DictionaryEntry[] | undefined {
  return (entries as unknown as { [LAZY]?: LazyInfo })[LAZY]?.base;
}

/** Where the entries appended by `appendEntries` start, or undefined for any other list. */
export function appendedFrom(entries: readonly DictionaryEntry[]): number | undefined {
  return (entries as unknown as { [LAZY]?: LazyInfo })[LAZY]?.appendedFrom;
}

/**
 * `entries` followed by `extra`. For a lazy list, a view that makes none of the lazy entries
 * and keeps their kind and frame indices (the page-time pattern entries ride on the shipped
 * dictionary this way); for any other list, a plain copy.
 */
export function appendEntries(entries: readonly DictionaryEntry[], extra: readonly DictionaryEntry[]): readonly DictionaryEntry[] {
  const info = (entries as unknown as { [LAZY]?: LazyInfo })[LAZY];
  if (!info) return [...entries, ...extra];
  const n = entries.length;
  const total = n + extra.length;
  const kindIndex = new Uint8Array(total);
  kindIndex.set(info.kindIndex);
  extra.forEach((e, i) => (kindIndex[n + i] = Math.max(0, PHRASE_KINDS.indexOf(e.kind))));
  const frames = [...info.frames, ...extra.flatMap((e, i) => (e.frame ? [n + i] : []))];
  const view: LazyInfo = { kindIndex, frames, base: entries, appendedFrom: n };
  return arrayView(total, (i) => (i < n ? entries[i]! : extra[i - n]!), view);
}
