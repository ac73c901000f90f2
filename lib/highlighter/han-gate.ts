/**
 * The gate before anything costly: a frame loads the dictionary only once it holds Han text.
 * Most frames on a government page (ads, maps, video players, empty iframes) never do, and
 * then they pay one short walk over their text nodes and nothing else.
 */

/** Ideographs: CJK Unified (with extension A) and the compatibility block. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Whether any text node under `root` holds a Han character (stops at the first). */
export function hasHanText(root: Node | null): boolean {
  if (!root) return false;
  if (root.nodeType === 3) return HAN.test((root as Text).data);
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (HAN.test((n as Text).data)) return true;
  return false;
}

/** What the watch needs from WXT's context: to stop with it. */
export interface GateHost {
  onInvalidated(cb: () => void): unknown;
}

/**
 * Call `found` once Han text is in `doc`: now, or when the page adds some later (a single-page
 * app, a late iframe body). Reads only what each mutation added. Returns a stop function.
 */
export function whenHanText(doc: Document, host: GateHost, found: () => void): () => void {
  if (hasHanText(doc.body ?? doc.documentElement)) {
    found();
    return () => {};
  }
  const view = doc.defaultView;
  if (!view) return () => {};
  const observer = new view.MutationObserver((records) => {
    for (const r of records) {
      const hit = r.type === 'characterData' ? hasHanText(r.target) : [...r.addedNodes].some((n) => hasHanText(n));
      if (hit) {
        observer.disconnect();
        found();
        return;
      }
    }
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  const stop = () => observer.disconnect();
  host.onInvalidated(stop);
  return stop;
}
