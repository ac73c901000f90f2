/**
 * The fallback's layers (the keyboard cursor, the reveal flash): a `<tifa-mark data-layer>`
 * around each run of text in a layer's ranges, nested inside the kinds' marks, so its fill
 * covers theirs. A layer's ranges are kept as positions in the page's own text nodes, so they
 * outlive the kinds' marks coming and going. The marks are lifted (text nodes joined, page
 * exactly as before) when the kinds' marks around them change or their container's text is
 * read again (the walk skips our marks), and drawn again afterwards.
 */
import type { NodePosition, TextRange } from './block';
import { SKIP, classify } from './dom-rules';
import { HIGHLIGHT_LAYERS, layerMarkStyleText } from './layer-styles';
import { unwrapMark, type TextPieces } from './text-pieces';
import type { HighlightLayer } from './types';

/** What drawing the layers put on the page, to take it off again. */
interface Drawing {
  marks: Element[];
  /** Every cut, in the order made: joined again in reverse. */
  cuts: Array<{ node: Text; piece: Text }>;
}

/** A run of one text node to wrap: `[from, to)` of `node`. */
type Run = [node: Text, from: number, to: number];

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FOLLOWING = 4;

/** The layers of a `MarkPainter` (see the file comment). */
export class MarkLayers {
  private readonly ranges = new Map<HighlightLayer, Array<{ start: NodePosition; end: NodePosition }>>();
  private drawing: Drawing | null = null;

  constructor(
    private readonly pieces: TextPieces,
    /** Tag of the marks; the kinds' tag, which the walk skips and the painter's own marks share. */
    private readonly tag: string,
  ) {}

  /** True while some layer has ranges. */
  get any(): boolean {
    return this.ranges.size > 0;
  }

  /** Keep a layer's ranges, in page positions (a range given inside a piece maps back to its page node). */
  set(name: HighlightLayer, ranges: readonly TextRange[]): void {
    if (ranges.length === 0) return void this.ranges.delete(name);
    this.ranges.set(name, ranges.map((r) => ({
      start: this.pieces.resolve(r.startContainer, r.startOffset),
      end: this.pieces.resolve(r.endContainer, r.endOffset),
    })));
  }

  /** Put every layer's marks on the page (bottom layer first, so upper ones nest inside). */
  draw(): void {
    if (this.drawing || !this.any) return;
    const drawing: Drawing = { marks: [], cuts: [] };
    this.drawing = drawing;
    for (const name of HIGHLIGHT_LAYERS) {
      for (const { start, end } of this.ranges.get(name) ?? []) {
        const runs = this.runsBetween(start, end);
        // Right to left, so the offsets still to be used stay valid.
        for (let k = runs.length - 1; k >= 0; k--) this.wrap(runs[k]!, name, drawing);
      }
    }
  }

  /** Take every layer mark off and join the text nodes they cut: the page is as before `draw`. */
  lift(): void {
    const drawing = this.drawing;
    if (!drawing) return;
    this.drawing = null;
    drawing.marks.forEach(unwrapMark);
    for (let k = drawing.cuts.length - 1; k >= 0; k--) {
      const { node, piece } = drawing.cuts[k]!;
      node.appendData(piece.data);
      piece.remove();
    }
  }

  /** Lift the marks if any lies under `root` (a container read again, a block painted anew); true if it did. */
  liftWithin(root: Node): boolean {
    if (!this.drawing?.marks.some((m) => root.contains(m))) return false;
    this.lift();
    return true;
  }

  /** Lift the marks and forget every layer. */
  clear(): void {
    this.lift();
    this.ranges.clear();
  }

  /** The runs of text nodes from `start` to `end` that the page shows (not in scripts, hidden or editable parts). */
  private runsBetween(start: NodePosition, end: NodePosition): Run[] {
    const from = this.pieces.locate(start.node, start.offset, false);
    const to = this.pieces.locate(end.node, end.offset, true);
    if (!from || !to || from.node.getRootNode() !== to.node.getRootNode()) return [];
    if (from.node !== to.node && !(from.node.compareDocumentPosition(to.node) & FOLLOWING)) return [];
    const walker = from.node.ownerDocument.createTreeWalker(from.node.getRootNode(), SHOW_ELEMENT_AND_TEXT, {
      acceptNode: (n) => (n.nodeType === 1 && (n as Element).localName !== this.tag && classify(n as Element) & SKIP ? FILTER_REJECT : FILTER_ACCEPT),
    });
    const runs: Run[] = [];
    walker.currentNode = from.node;
    for (let n: Node | null = from.node; n; n = walker.nextNode()) {
      if (n.nodeType !== 3) continue;
      const text = n as Text;
      if (text !== to.node && to.node.compareDocumentPosition(text) & FOLLOWING) break;
      const a = text === from.node ? from.offset : 0;
      const b = text === to.node ? to.offset : text.length;
      if (b > a) runs.push([text, a, b]);
      if (text === to.node) break;
    }
    return runs;
  }

  private wrap([node, from, to]: Run, name: HighlightLayer, drawing: Drawing): void {
    const mark = node.ownerDocument.createElement(this.tag);
    mark.setAttribute('data-layer', name);
    mark.setAttribute('style', layerMarkStyleText(name));
    for (const { piece } of this.pieces.wrap(node, from, to, mark).cuts) drawing.cuts.push({ node, piece });
    drawing.marks.push(mark);
  }
}
