/**
 * Puts our `::highlight()` rules where they apply without touching the page's markup: a
 * constructed stylesheet adopted by the document (and by each open shadow root).
 */

/** Removes what `adoptStyles` added. */
export type RemoveStyles = () => void;

/** Adopt one constructed sheet into many roots; fall back to a `<style>` element where adopting fails. */
export class AdoptedStyles {
  private sheet: CSSStyleSheet | null = null;
  private readonly removers = new Map<Document | ShadowRoot, RemoveStyles>();

  constructor(private readonly css: string) {}

  /** Style `root`; repeated calls for the same root do nothing. */
  adopt(root: Document | ShadowRoot): void {
    if (this.removers.has(root)) return;
    this.removers.set(root, this.tryAdopt(root) ?? this.insertStyleElement(root));
  }

  /** Take the styles out of every root. */
  removeAll(): void {
    for (const remove of this.removers.values()) {
      try {
        remove();
      } catch {
        // A root whose document is gone has nothing left to clean.
      }
    }
    this.removers.clear();
  }

  private tryAdopt(root: Document | ShadowRoot): RemoveStyles | null {
    try {
      const view = (root.ownerDocument ?? (root as Document)).defaultView;
      const Sheet = view?.CSSStyleSheet ?? CSSStyleSheet;
      if (!this.sheet) {
        this.sheet = new Sheet();
        this.sheet.replaceSync(this.css);
      }
      const sheet = this.sheet;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      if (!root.adoptedStyleSheets.includes(sheet)) return null;
      return () => {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      return null;
    }
  }

  private insertStyleElement(root: Document | ShadowRoot): RemoveStyles {
    const doc = root.ownerDocument ?? (root as Document);
    const style = doc.createElement('style');
    style.textContent = this.css;
    const parent = root.nodeType === 9 ? (doc.head ?? doc.documentElement) : root;
    parent.appendChild(style);
    return () => style.remove();
  }
}
