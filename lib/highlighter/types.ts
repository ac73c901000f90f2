/**
 * The highlighter's public face, used by the content script's card, keyboard
 * navigation, popup statistics and badge. Implementation lives beside this file.
 */
import type { DictionaryEntry, PhraseKind } from '../dictionary/types';

/** A stock phrase found on the page, located in live DOM text. */
export interface PageMatch {
  /** Position in document order among all current matches. */
  order: number;
  entry: DictionaryEntry;
  kind: PhraseKind;
  /** The text as it stands on the page; for a frame, from its first part to its last, gaps included. */
  text: string;
  /** For frames: the gap texts, in order. */
  slots?: string[];
  /** A fresh StaticRange-like description: start/end node and offset (a frame's whole span). */
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** Totals for the popup and the badge; always from the full scan, not only what is painted. */
export interface PageStats {
  /** A frame counts once; a phrase inside its gap counts on its own. */
  matches: number;
  /** Characters of page text scanned, and those inside stock phrases (a frame's fixed parts only). */
  chars: number;
  stockChars: number;
  byKind: Partial<Record<PhraseKind, number>>;
  /** Entry id → count, for the top phrases. */
  byEntry: Record<string, number>;
}

/** A highlight drawn over the kinds: the keyboard cursor's phrase, the phrase a reveal flashes. */
export type HighlightLayer = 'current' | 'flash';

/** Where a layer is drawn: a match's place (a `PageMatch` is one), or any run of page text. */
export type LayerRange = Pick<PageMatch, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>;

/** Owns every highlight on the page and can undo all of it. */
export interface Highlighter {
  /** Scan the document and paint; keeps following DOM changes until `stop`. */
  start(): void;
  /** Read the whole page again, e.g. after an SPA navigation swapped its content. */
  refresh(): void;
  /** Remove every highlight and layer (the DOM is restored exactly) and stop observing. */
  stop(): void;
  /**
   * The match painted at a text position, e.g. from caretPositionFromPoint; null if none.
   * In a frame's gap that is a phrase painted there, or null: only fixed parts are painted.
   */
  matchAt(node: Node, offset: number): PageMatch | null;
  /** All current matches in document order (computed on demand). */
  matches(): PageMatch[];
  stats(): PageStats;
  /**
   * Draw `ranges` as layer `name`, above every kind, replacing what it drew before (none: clear
   * it). Where the browser lacks the Highlight API it is drawn with `<tifa-mark>`s like the kinds.
   */
  setLayer(name: HighlightLayer, ranges: readonly LayerRange[]): void;
  /** Called (throttled) whenever the set of matches changes. */
  onChange(listener: (stats: PageStats) => void): () => void;
}
