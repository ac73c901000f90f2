/**
 * Running totals over every block read, kept as counters that blocks add to and take back
 * when they are replaced, so the badge and popup get whole-page numbers without a rescan.
 */
import { PHRASE_KINDS, type DictionaryEntry, type PhraseKind } from '../dictionary/types';
import { lazyKindIndex } from '../dictionary/lazy-entries';
import { paintRangeCount, type Block } from './block';
import type { PageStats } from './types';

/** The kind index (in PHRASE_KINDS) of every dictionary entry, for hot loops. */
export function entryKindIndex(entries: readonly DictionaryEntry[]): Uint8Array {
  const lazy = lazyKindIndex(entries); // the shipped dictionary knows without making every entry
  if (lazy) return lazy;
  const out = new Uint8Array(entries.length);
  entries.forEach((e, i) => {
    const k = PHRASE_KINDS.indexOf(e.kind);
    out[i] = k < 0 ? 0 : k;
  });
  return out;
}

const SPACE = /[\s\u200b\ufeff]/g;

/** Characters that count as page text: everything but whitespace (a native regex: cheap when cold). */
export function visibleChars(text: string): number {
  const spaces = text.match(SPACE);
  return text.length - (spaces ? spaces.length : 0);
}

/**
 * Characters of a block inside stock phrases: what is painted, so a frame's fixed parts
 * without its gaps, as the dictionary's density counts them (lib/dictionary/density.ts).
 */
function stockChars(block: Block): number {
  const p = block.pieces;
  const from = p ? p.starts : block.matchStarts;
  const to = p ? p.ends : block.matchEnds;
  let total = 0;
  for (let k = 0, n = paintRangeCount(block); k < n; k++) total += to[k]! - from[k]!;
  return total;
}

/** Counters for the whole page; `add(block, ±1)` as blocks come and go. */
export class StatsTally {
  private matches = 0;
  private chars = 0;
  private stockChars = 0;
  private readonly byKind = new Int32Array(PHRASE_KINDS.length);
  private readonly byEntry: Int32Array;

  constructor(
    private readonly entries: readonly DictionaryEntry[],
    private readonly kindOf: Uint8Array,
  ) {
    this.byEntry = new Int32Array(entries.length);
  }

  /** Count (sign 1) or uncount (sign -1) a block's chars. */
  addChars(chars: number, sign: 1 | -1): void {
    this.chars += sign * chars;
  }

  /** Count (sign 1) or uncount (sign -1) a block's matches. A frame is one match. */
  addMatches(block: Block, sign: 1 | -1): void {
    this.matches += sign * block.count;
    this.stockChars += sign * stockChars(block);
    for (let i = 0; i < block.count; i++) {
      const entry = block.matchEntries[i]!;
      this.byEntry[entry]! += sign;
      this.byKind[this.kindOf[entry]!]! += sign;
    }
  }

  /** Forget everything (a full rescan follows). */
  reset(): void {
    this.matches = this.chars = this.stockChars = 0;
    this.byKind.fill(0);
    this.byEntry.fill(0);
  }

  /** A plain-object snapshot, safe to hand to listeners and across messages. */
  snapshot(): PageStats {
    const byKind: Partial<Record<PhraseKind, number>> = {};
    PHRASE_KINDS.forEach((k, i) => {
      if (this.byKind[i]! > 0) byKind[k] = this.byKind[i]!;
    });
    const byEntry: Record<string, number> = {};
    this.byEntry.forEach((n, i) => {
      if (n > 0) byEntry[this.entries[i]!.id] = n;
    });
    const { matches, chars, stockChars } = this;
    return { matches, chars, stockChars, byKind, byEntry };
  }
}
