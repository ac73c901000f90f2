/**
 * The highlighter's blocks, read in one synchronous pass: the same BlockWalker and the same
 * classify() rules, so whatever else reads page text (note anchors, phrase counts, the
 * export, the report's sentences) sees exactly what the highlighter scans: open shadow roots
 * read, form fields, svg, editors, hidden regions, scripts and our own UI left out.
 */
import { copyNodesWithOffsets, type Block, type Container } from './block';
import { BlockWalker, type WalkHooks } from './block-walker';
import { classify } from './dom-rules';
import { MARK_TAG } from './mark-painter';

/** A block's text and offset map, without the highlighter's matches and paint state. */
export type BlockText = Pick<Block, 'container' | 'nodes' | 'starts' | 'text'>;

/**
 * classify(), except that the fallback painter's `<tifa-mark>`s are inline text: what they
 * wrap is the page's own text, split at a match's edges.
 */
function classifyReadingMarks(el: Element): number {
  return el.localName === MARK_TAG ? 0 : classify(el);
}

/**
 * Read `root` into blocks at once (no deadline: for on-demand readers, not the page scan).
 * It reads inside the `<tifa-mark>`s too, which the highlighter itself never does: counts,
 * the export and note anchors need the painted text where the fallback wrapped it.
 */
export function readBlockTexts(root: Container): BlockText[] {
  const blocks: BlockText[] = [];
  const hooks: WalkHooks = {
    enterContainer() {},
    block(container, walked, text) {
      blocks.push({ container, ...copyNodesWithOffsets(walked), text });
    },
    shadowRoot() {},
    isClean: () => false,
    markClean() {},
  };
  new BlockWalker(root, hooks, false, classifyReadingMarks).step(Infinity);
  return blocks;
}
