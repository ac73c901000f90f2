/**
 * Reading Tifa Lens's highlights from a page's own world in e2e tests. The registry and
 * Range are saved by an init script before any page script runs, so a hostile page that
 * replaces `CSS` or `Range` cannot hide what the extension painted.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { PHRASE_KINDS } from '../../../lib/dictionary/types';

/** One painted range as the page sees it. */
export interface PaintedRange {
  /** Highlight name, e.g. 'tifa-bundle'. */
  name: string;
  /** The text the range covers. */
  text: string;
  /** id of the nearest element with one around the range's start ('' if none). */
  id: string;
  /** False when the range points at nodes that left the document (a stale highlight). */
  connected: boolean;
  /** True when the range's start lies inside a shadow tree. */
  inShadow: boolean;
}

/** Save the untouched highlight registry and Range before the page's scripts run. */
export async function saveHighlightRegistry(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__tifaRegistry = (CSS as unknown as { highlights?: unknown }).highlights;
    w.__tifaRange = Range;
  });
}

/** Sizes of every `tifa-*` highlight in this frame (but the seam shades). */
async function highlightSizes(target: Page | Frame): Promise<Record<string, number>> {
  return target.evaluate(() => {
    // The registry saved before the page's scripts ran (hostile pages replace CSS), else the live one.
    const registry = (window as unknown as { __tifaRegistry?: Map<string, Set<unknown>> }).__tifaRegistry ??
      (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    if (!registry) return {};
    // tifa-seam shades a character where two phrases touch: not a phrase of its own.
    return Object.fromEntries([...registry].filter(([n]) => n.startsWith('tifa-') && n !== 'tifa-seam').map(([n, h]) => [n, h.size]));
  });
}

/** Every `tifa-*` range in this frame with the text it covers, in document order of start. */
export async function paintedRanges(target: Page | Frame): Promise<PaintedRange[]> {
  return target.evaluate(() => {
    const w = window as unknown as { __tifaRegistry?: Map<string, Set<StaticRange>>; __tifaRange: typeof Range };
    const out: Array<PaintedRange & { node: Node; offset: number }> = [];
    for (const [name, highlight] of w.__tifaRegistry ?? []) {
      if (!name.startsWith('tifa-') || name === 'tifa-seam') continue;
      for (const r of highlight) {
        const live = new w.__tifaRange();
        let text = '';
        try {
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          text = live.toString();
        } catch {
          text = '(invalid)';
        }
        const start = r.startContainer.parentElement;
        out.push({
          name,
          text,
          id: start?.closest('[id]')?.id ?? '',
          connected: r.startContainer.isConnected && r.endContainer.isConnected,
          inShadow: r.startContainer.getRootNode() !== document,
          node: r.startContainer,
          offset: r.startOffset,
        });
      }
    }
    out.sort((a, b) =>
      a.node === b.node ? a.offset - b.offset : a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    return out.map(({ name, text, id, connected, inShadow }) => ({ name, text, id, connected, inShadow }));
  });
}

/** Total number of painted `tifa-*` ranges in this frame. */
export async function paintedCount(target: Page | Frame): Promise<number> {
  return Object.values(await highlightSizes(target)).reduce((a, b) => a + b, 0);
}

/** Ranges in the six kind highlights only (not the cursor, flash or note markers). */
export async function kindRangeCount(target: Page | Frame): Promise<number> {
  const sizes = await highlightSizes(target);
  return PHRASE_KINDS.reduce((n, kind) => n + (sizes[`tifa-${kind}`] ?? 0), 0);
}

/** Console errors and uncaught exceptions a page reports, collected from now on. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The phrases the fixture pages plant; other dictionary hits in their filler text are ignored. */
export const PLANTED = ['不忘初心、牢记使命', '高度重视', '四个意识', '同志们'];

/** Only the ranges covering a planted phrase, so tests survive a growing dictionary. */
export function planted(ranges: PaintedRange[]): PaintedRange[] {
  return ranges.filter((r) => PLANTED.includes(r.text));
}
