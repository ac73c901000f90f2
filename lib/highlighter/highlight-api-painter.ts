/**
 * Paints with the CSS Custom Highlight API: one `Highlight` per kind (and one per layer
 * while it has ranges), filled with `StaticRange`s. The page's DOM is never touched, and unlike live `Range`s, static ones
 * do not slow down the page's own DOM changes.
 */
import { PHRASE_KINDS } from '../dictionary/types';
import { forEachPaintRange, matchRange, paintRangeMatch, type Block, type NodePosition, type TextRange } from './block';
import { DEFAULT_THEME, highlightName, highlightSheetText, type HighlightTheme } from './kind-styles';
import { layerHighlightName, layerPriority, layerSheetText } from './layer-styles';
import type { Painter } from './painter';
import { AdoptedStyles } from './style-sheet';
import type { HighlightLayer } from './types';

/**
 * Marks where a phrase begins right where another of the same kind ends: one kind's touching
 * ranges merge into one patch of one colour (of two kinds, the colour change is the boundary),
 * so the second phrase's first character gets a darker shade (highlight layers add up; one
 * cannot erase another's underline).
 */
const SEAM_HIGHLIGHT = 'tifa-seam';
const SEAM_CSS = `\n::highlight(${SEAM_HIGHLIGHT}){background-color:rgba(0,0,0,.22)}`;

/** The parts of the Highlight API we use; injectable so unit tests can run without it. */
export interface HighlightApi {
  registry: { set(name: string, h: Highlight): unknown; get(name: string): unknown; delete(name: string): boolean };
  createHighlight(): Highlight;
  createRange(range: TextRange): AbstractRange;
}

/** The browser's Highlight API, or null where it is missing (older Firefox). */
export function nativeHighlightApi(): HighlightApi | null {
  const g = globalThis as { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: unknown; StaticRange?: unknown };
  const registry = g.CSS?.highlights;
  if (!registry || typeof g.Highlight !== 'function' || typeof g.StaticRange !== 'function') return null;
  return {
    registry,
    createHighlight: () => new Highlight(),
    createRange: (r) => new StaticRange(r),
  };
}

/** The Highlight API painter (see the file comment). */
export class HighlightPainter implements Painter {
  readonly mutatesDom = false;
  paintedCount = 0;
  private highlights: Highlight[] = [];
  private seam: Highlight | null = null;
  private readonly seams = new WeakMap<Block, AbstractRange[]>();
  private readonly layers = new Map<HighlightLayer, Highlight>();
  private readonly styles: AdoptedStyles;

  constructor(
    private readonly api: HighlightApi,
    private readonly kindOf: Uint8Array,
    private readonly doc: Document,
    theme: HighlightTheme = DEFAULT_THEME,
  ) {
    this.styles = new AdoptedStyles(`${highlightSheetText(theme)}${SEAM_CSS}\n${layerSheetText()}`);
  }

  install(): void {
    if (this.highlights.length > 0) return;
    this.highlights = PHRASE_KINDS.map((kind) => {
      const h = this.api.createHighlight();
      this.api.registry.set(highlightName(kind), h);
      return h;
    });
    this.seam = this.api.createHighlight();
    this.seam.priority = 1;
    this.api.registry.set(SEAM_HIGHLIGHT, this.seam);
    this.styles.adopt(this.doc);
  }

  paint(block: Block): void {
    if (block.painted) return;
    // One range per match, or per fixed part of a frame: its gaps stay unpainted.
    const ranges: AbstractRange[] = [];
    const seams: AbstractRange[] = [];
    let before: { range: TextRange; match: number; kind: number } | null = null;
    forEachPaintRange(block, (i, r) => {
      const range = this.api.createRange(r);
      ranges.push(range);
      const kind = this.kindOf[block.matchEntries[i]!]!;
      this.highlights[kind]!.add(range);
      if (before && before.match !== i && before.kind === kind && before.range.endContainer === r.startContainer && before.range.endOffset === r.startOffset) {
        const seam = this.api.createRange({ ...r, endContainer: r.startContainer, endOffset: r.startOffset + 1 });
        seams.push(seam);
        this.seam?.add(seam);
      }
      before = { range: r, match: i, kind };
    });
    if (seams.length) this.seams.set(block, seams);
    block.painted = ranges;
    this.paintedCount += ranges.length;
  }

  unpaint(block: Block): void {
    const ranges = block.painted as AbstractRange[] | null;
    if (!ranges) return;
    for (let k = 0; k < ranges.length; k++) {
      this.highlights[this.kindOf[block.matchEntries[paintRangeMatch(block, k)]!]!]?.delete(ranges[k]!);
    }
    for (const seam of this.seams.get(block) ?? []) this.seam?.delete(seam);
    this.seams.delete(block);
    block.painted = null;
    this.paintedCount -= ranges.length;
  }

  rangeOf(block: Block, i: number): TextRange {
    return matchRange(block, i);
  }

  /** A layer is registered only while it has ranges, as the page's cursor was before it moved. */
  setLayer(name: HighlightLayer, ranges: readonly TextRange[]): void {
    this.dropLayer(name);
    if (ranges.length === 0) return;
    const h = this.api.createHighlight();
    h.priority = layerPriority(name);
    for (const r of ranges) h.add(this.api.createRange(r));
    this.layers.set(name, h);
    this.api.registry.set(layerHighlightName(name), h);
  }

  /** Nothing to take out: highlights never touch the page's DOM. */
  beforeRead(): void {}

  afterRead(): void {}

  private dropLayer(name: HighlightLayer): void {
    const h = this.layers.get(name);
    if (!h) return;
    if (this.api.registry.get(layerHighlightName(name)) === h) this.api.registry.delete(layerHighlightName(name));
    h.clear();
    this.layers.delete(name);
  }

  resolve(node: Text, offset: number): NodePosition {
    return { node, offset };
  }

  styleRoot(root: ShadowRoot): void {
    this.styles.adopt(root);
  }

  clear(): void {
    PHRASE_KINDS.forEach((kind, i) => {
      const h = this.highlights[i];
      if (!h) return;
      if (this.api.registry.get(highlightName(kind)) === h) this.api.registry.delete(highlightName(kind));
      h.clear();
    });
    if (this.seam && this.api.registry.get(SEAM_HIGHLIGHT) === this.seam) this.api.registry.delete(SEAM_HIGHLIGHT);
    this.seam?.clear();
    this.seam = null;
    for (const name of [...this.layers.keys()]) this.dropLayer(name);
    this.highlights = [];
    this.paintedCount = 0;
    this.styles.removeAll();
  }
}
