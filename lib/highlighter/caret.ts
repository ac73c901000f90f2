/**
 * Where a click landed in the text, looking through open shadow roots. The provenance
 * card calls it with the click's coordinates and hands the result to `matchAt`.
 */

/** A caret: a node and an offset in it. */
export interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The caret at viewport point (x, y), or null. Uses `caretPositionFromPoint` with the open
 * shadow roots on the way down (so a phrase inside a web component is found), and
 * `caretRangeFromPoint` where that is missing.
 */
export function caretFromPoint(doc: Document, x: number, y: number): Caret | null {
  const shadowRoots: ShadowRoot[] = [];
  let el = doc.elementFromPoint(x, y);
  while (el?.shadowRoot && !shadowRoots.includes(el.shadowRoot)) {
    shadowRoots.push(el.shadowRoot);
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y, { shadowRoots });
    if (p?.offsetNode) return { node: p.offsetNode, offset: p.offset };
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    if (r) return { node: r.startContainer, offset: r.startOffset };
  }
  return null;
}
