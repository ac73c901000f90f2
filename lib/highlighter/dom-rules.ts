/**
 * Which elements end a run of text and which are never read. Decided by tag name and
 * attributes only: asking for computed styles on every element would force a style
 * recalculation on the host page, which costs more than the whole scan.
 */
import { BREAK_TAGS, CONTAINER_TAGS, OPAQUE_TAGS, SILENT_TAGS } from '../dom/tag-names';

/** The element's content forms its own blocks: a phrase never runs across its edges. */
export const CONTAINER = 1;
/** The element separates the text before it from the text after it. */
export const BOUNDARY = 2;
/** The element's subtree is never read. */
export const SKIP = 4;

/** Flags by tag name, so each element costs one map lookup. */
const TAG_FLAGS = new Map<string, number>([
  ...CONTAINER_TAGS.map((t): [string, number] => [t, CONTAINER | BOUNDARY]),
  ...BREAK_TAGS.map((t): [string, number] => [t, BOUNDARY]),
  ...SILENT_TAGS.map((t): [string, number] => [t, SKIP]),
  ...OPAQUE_TAGS.map((t): [string, number] => [t, SKIP | BOUNDARY]),
]);

/**
 * CONTAINER / BOUNDARY / SKIP flags of an element. Editors, hidden regions and our own
 * `tifa-*` UI are skipped and, being visible (or about to be), stand between words.
 */
export function classify(el: Element): number {
  const tag = el.localName;
  const flags = TAG_FLAGS.get(tag) ?? (tag.startsWith('tifa-') ? SKIP | BOUNDARY : 0);
  if (flags & SKIP || !el.hasAttributes()) return flags;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return flags | SKIP | BOUNDARY;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false' ? flags | SKIP | BOUNDARY : flags;
}

/** The flags its tag name alone gives an element: cheap, for the way out of a subtree. */
export function tagFlags(el: Element): number {
  return TAG_FLAGS.get(el.localName) ?? 0;
}

/**
 * The container a node's text belongs to (nearest container element or shadow root),
 * or null when the node sits inside a subtree that is never read. Climbs to the top so
 * a change inside an editor or a hidden region is ignored.
 */
export function containerOf(node: Node): Element | ShadowRoot | null {
  let container: Element | ShadowRoot | null = null;
  let n: Node | null = node;
  while (n) {
    if (n.nodeType === 1) {
      const flags = classify(n as Element);
      if (flags & SKIP) return null;
      if (!container && flags & CONTAINER) container = n as Element;
      n = n.parentNode;
    } else if (n.nodeType === 11) {
      // Keep climbing through the host: a shadow tree inside a hidden host is not read either.
      const root = n as ShadowRoot;
      if (!root.host) return null;
      container ??= root;
      n = root.host;
    } else if (n.nodeType === 3) n = n.parentNode;
    else return n.nodeType === 9 ? container : null;
  }
  return null;
}
