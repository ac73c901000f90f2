import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createClosedHost } from '../card/closed-host';

const LAYER_CSS = `
:host { all: initial !important; position: absolute !important; left: 0 !important; top: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; pointer-events: none !important;
  z-index: 2147483646 !important; display: block !important; }
.noted-layer { position: absolute; left: 0; top: 0; width: 0; height: 0; }
.mark { position: absolute; height: 0; border-bottom: 4px double #d00000; pointer-events: none; }
.mark.first::before { content: ""; position: absolute; left: -5px; top: -1px; width: 8px; height: 8px; border-radius: 50%;
  background: #d00000; box-shadow: 0 0 0 1.5px #ffffff; }
`;

/**
 * The marker under phrases the user wrote a note on (a red double line with a dot where the
 * phrase starts: unlike any kind's single underline, solid or dotted), drawn in a closed shadow root. A
 * `CSS.highlights` entry (the old `tifa-noted`) is readable by page script, with its ranges:
 * it told the page which passages the user annotated. Here page script sees one empty host
 * and cannot hit it (`pointer-events: none`). The host is there only while the page has
 * marked notes: a page without notes keeps its DOM exactly as its author wrote it, at the
 * cost of the page learning that there is some note on it (not where, nor what).
 * Marks are placed in document coordinates and placed again when the window is resized,
 * anything scrolls, or the page's layout changes size.
 */
export class NotedLayer {
  private readonly host: HTMLElement;
  private readonly layer: HTMLElement;
  private ranges: StaticRange[] = [];
  private frame = 0;
  private stopped = false;

  constructor(ctx: ContentScriptContext) {
    const { host, root } = createClosedHost(LAYER_CSS);
    this.host = host;
    this.layer = document.createElement('div');
    this.layer.className = 'noted-layer';
    root.append(this.layer);
    const later = () => {
      if (!this.ranges.length || this.frame) return;
      this.frame = requestAnimationFrame(() => ((this.frame = 0), this.layout()));
    };
    ctx.addEventListener(window, 'resize', later, { passive: true });
    ctx.addEventListener(window, 'scroll', later, { passive: true, capture: true });
    const resized = new ResizeObserver(later);
    if (document.body) resized.observe(document.body);
    ctx.onInvalidated(() => {
      this.stopped = true;
      resized.disconnect();
      cancelAnimationFrame(this.frame);
      this.set([]);
    });
  }

  /** Mark these ranges (none: clear). Once the page stops, it stays clear: a lookup of notes
   *  still under way then (the page's stop does not cancel it) must not put the marks back. */
  set(ranges: StaticRange[]): void {
    this.ranges = this.stopped ? [] : ranges;
    this.layout();
  }

  private layout(): void {
    if (!this.ranges.length) return void (this.layer.replaceChildren(), this.host.remove());
    if (!this.host.isConnected) document.documentElement.append(this.host);
    const marks: HTMLElement[] = [];
    const range = document.createRange();
    for (const r of this.ranges) {
      try {
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
      } catch {
        continue;
      }
      let first = true;
      for (const rect of range.getClientRects()) {
        if (!rect.width) continue;
        const mark = document.createElement('div');
        mark.className = first ? 'mark first' : 'mark';
        first = false;
        Object.assign(mark.style, { left: `${rect.left + scrollX}px`, top: `${rect.bottom + scrollY + 1}px`, width: `${rect.width}px` });
        marks.push(mark);
      }
    }
    this.layer.replaceChildren(...marks);
  }
}
