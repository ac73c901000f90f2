/**
 * What the highlighter asks of a way of painting: the CSS Custom Highlight API where the
 * browser has it, `<tifa-mark>` elements where it does not.
 */
import type { Block, NodePosition, TextRange } from './block';
import type { HighlightLayer } from './types';

/** Paints and unpaints blocks; owns everything it puts on the page. */
export interface Painter {
  /** True when painting changes the page's DOM, so the observer must ignore its own changes. */
  readonly mutatesDom: boolean;
  /** Ranges currently painted, a frame's fixed parts one each (the viewport limit counts them). */
  readonly paintedCount: number;
  /** Register styles and named highlights; called once before the first paint. */
  install(): void;
  paint(block: Block): void;
  unpaint(block: Block): void;
  /** Where match `i` of a block stands in the live DOM now (a frame: first part to last). */
  rangeOf(block: Block, i: number): TextRange;
  /** Map a caret in a node the painter made (a split piece) back to the page's own node. */
  resolve(node: Text, offset: number): NodePosition;
  /** Draw `ranges` as a layer above the kinds, replacing what it had ([]: clear it). */
  setLayer(name: HighlightLayer, ranges: readonly TextRange[]): void;
  /**
   * The page's text under `root` is about to be read again: a painter whose layers are in the
   * DOM takes out those there (the walk skips our marks) and holds them back until `afterRead`.
   */
  beforeRead(root: Node): void;
  /** Nothing is left to read: layers held back are drawn again. */
  afterRead(): void;
  /** Style the highlights inside an open shadow root too (page styles do not reach in). */
  styleRoot(root: ShadowRoot): void;
  /** Remove every highlight, layer, style and registration; the page is as before `install`. */
  clear(): void;
}
