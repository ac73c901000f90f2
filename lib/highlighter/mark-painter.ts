/**
 * The fallback painter for browsers without the Highlight API: wraps each match (a frame:
 * each fixed part) in `<tifa-mark>` elements. It splits text nodes to do so, and remembers
 * every split, so unpainting puts back the page's own text nodes, whole and in place. The
 * layers (cursor, flash) are marks nested inside these (mark-layers.ts).
 */
import { PHRASE_KINDS } from '../dictionary/types';
import { forEachPaintRange, matchRange, type Block, type NodePosition, type TextRange } from './block';
import { DEFAULT_THEME, markStyleText, type HighlightTheme } from './kind-styles';
import { MarkLayers } from './mark-layers';
import type { Painter } from './painter';
import { TextPieces, unwrapMark } from './text-pieces';
import type { HighlightLayer } from './types';

/** Tag of the fallback's wrapper elements (skipped by the walk like all our `tifa-*` UI). */
export const MARK_TAG = 'tifa-mark';

interface PaintedMarks {
  marks: Element[];
  /** Page text node → the pieces split off it (each with its offset in the original). */
  splits: Map<Text, { piece: Text; at: number }[]>;
  /** Per match: from its first mark's text to its last one's. */
  ranges: TextRange[];
  /** Painted ranges (a frame's fixed parts count one each). */
  count: number;
}

/** The `<tifa-mark>` painter (see the file comment). */
export class MarkPainter implements Painter {
  readonly mutatesDom = true;
  paintedCount = 0;
  private readonly pieces = new TextPieces();
  private readonly layers = new MarkLayers(this.pieces, MARK_TAG);
  private held = false;

  constructor(
    private readonly kindOf: Uint8Array,
    private readonly theme: HighlightTheme = DEFAULT_THEME,
  ) {}

  install(): void {}

  paint(block: Block): void {
    if (block.painted) return;
    // The kinds' marks are cut along the page's own nodes: with no layer mark in them.
    const lifted = this.layers.liftWithin(block.container);
    const all: Array<[number, TextRange]> = [];
    forEachPaintRange(block, (i, r) => all.push([i, r]));
    const record: PaintedMarks = { marks: [], splits: new Map(), ranges: new Array(block.count), count: all.length };
    // Right to left, so that every split leaves the offsets still to be used valid. The
    // ranges never overlap: a frame's parts and the phrases in its gaps come one by one.
    for (let k = all.length - 1; k >= 0; k--) {
      const [i, r] = all[k]!;
      const kind = PHRASE_KINDS[this.kindOf[block.matchEntries[i]!]!]!;
      const first = block.nodes.indexOf(r.startContainer);
      const last = block.nodes.indexOf(r.endContainer);
      let head: Text | null = null;
      let tail: Text | null = null;
      for (let j = last; j >= first; j--) {
        const node = block.nodes[j]!;
        const from = j === first ? r.startOffset : 0;
        const to = j === last ? r.endOffset : node.length;
        const piece = this.wrap(node, from, to, kind, record);
        tail ??= piece;
        head = piece;
      }
      // A frame's parts come last to first: the first one wrapped holds its end, the last its start.
      const range = record.ranges[i];
      if (range) range.startContainer = head!;
      else record.ranges[i] = { startContainer: head!, startOffset: 0, endContainer: tail!, endOffset: tail!.length };
    }
    block.painted = record;
    this.paintedCount += record.count;
    if (lifted) this.drawLayers();
  }

  /** Wrap `[from, to)` of a page node (of which only the prefix `[0, to…)` is still in `node`). */
  private wrap(node: Text, from: number, to: number, kind: (typeof PHRASE_KINDS)[number], record: PaintedMarks): Text {
    const mark = node.ownerDocument.createElement(MARK_TAG);
    mark.setAttribute('data-kind', kind);
    mark.setAttribute('style', markStyleText(kind, this.theme));
    const { target, cuts } = this.pieces.wrap(node, from, to, mark);
    if (cuts.length > 0) record.splits.set(node, [...(record.splits.get(node) ?? []), ...cuts]);
    record.marks.push(mark);
    return target;
  }

  unpaint(block: Block): void {
    const record = block.painted as PaintedMarks | null;
    if (!record) return;
    const lifted = this.layers.liftWithin(block.container);
    record.marks.forEach(unwrapMark);
    for (const [node, pieces] of record.splits) {
      pieces.sort((a, b) => a.at - b.at);
      for (const { piece } of pieces) {
        node.appendData(piece.data);
        piece.remove();
      }
    }
    block.painted = null;
    this.paintedCount -= record.count;
    if (lifted) this.drawLayers();
  }

  rangeOf(block: Block, i: number): TextRange {
    const record = block.painted as PaintedMarks | null;
    return record ? record.ranges[i]! : matchRange(block, i);
  }

  resolve(node: Text, offset: number): NodePosition {
    return this.pieces.resolve(node, offset);
  }

  setLayer(name: HighlightLayer, ranges: readonly TextRange[]): void {
    this.layers.lift();
    this.layers.set(name, ranges);
    this.drawLayers();
  }

  beforeRead(root: Node): void {
    if (this.layers.liftWithin(root)) this.held = true;
  }

  afterRead(): void {
    this.held = false;
    this.layers.draw();
  }

  /** Draw the layers, unless they are held back while the page's text is read. */
  private drawLayers(): void {
    if (!this.held) this.layers.draw();
  }

  styleRoot(): void {}

  clear(): void {
    this.layers.clear();
    this.held = false;
    this.paintedCount = 0;
  }
}
