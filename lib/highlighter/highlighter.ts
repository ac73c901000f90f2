/**
 * The page highlighter: reads the page into blocks, scans them, paints the matches and
 * follows the page's changes, in slices, until stopped. `createHighlighter` wires the parts.
 */
import type { DictionaryEntry } from '../dictionary/types';
import type { Matcher } from '../matcher/types';
import { createBlockScanner } from '../matcher/block-scan';
import { appendedFrom } from '../dictionary/lazy-entries';
import { BlockRegistry } from './block-registry';
import { BlockWalker } from './block-walker';
import { DomWatch, type ChangeBatch } from './dom-watch';
import { HighlightPainter, nativeHighlightApi, type HighlightApi } from './highlight-api-painter';
import { MarkPainter } from './mark-painter';
import type { Painter } from './painter';
import { MatchLookup } from './match-lookup';
import { PaintPolicy } from './paint-policy';
import { NO_PROFILER, type Profiler } from './profile';
import { SliceRunner, type SliceHost } from './slices';
import { StatsTally, entryKindIndex } from './stats';
import type { HighlightLayer, Highlighter, LayerRange, PageMatch, PageStats } from './types';
import { ChangeNotifier } from './change-notifier';
import type { HighlightTheme } from './kind-styles';

/** Everything the highlighter needs; `host` is WXT's content-script context in production. */
export interface HighlighterOptions {
  document: Document;
  matcher: Matcher;
  entries: readonly DictionaryEntry[];
  host: SliceHost;
  /** 'auto' uses the Highlight API where the browser has it, `<tifa-mark>` elements elsewhere. */
  paint?: 'auto' | 'marks';
  /** Stand-in for the Highlight API (unit tests); null forces the fallback. */
  highlightApi?: HighlightApi | null;
  sliceMs?: number;
  viewportThreshold?: number;
  profiler?: Profiler;
  /** Colours and style from the user's settings; the default look otherwise. */
  theme?: HighlightTheme;
}

/** Build a highlighter for one document; nothing happens until `start()`. */
export function createHighlighter(options: HighlighterOptions): Highlighter {
  return new PageHighlighter(options);
}

class PageHighlighter implements Highlighter {
  private readonly doc: Document;
  private readonly painter: Painter;
  private readonly registry: BlockRegistry;
  private readonly runner: SliceRunner;
  private readonly watch: DomWatch;
  private readonly policy: PaintPolicy;
  private readonly lookup: MatchLookup;
  private readonly notifier: ChangeNotifier;
  private readonly profiler: Profiler;
  private running = false;
  private firstPassDone = false;

  constructor(o: HighlighterOptions) {
    this.doc = o.document;
    const view = o.document.defaultView as Window & typeof globalThis;
    const kindOf = entryKindIndex(o.entries);
    const api = o.paint === 'marks' ? null : o.highlightApi !== undefined ? o.highlightApi : nativeHighlightApi();
    this.painter = api ? new HighlightPainter(api, kindOf, o.document, o.theme) : new MarkPainter(kindOf, o.theme);
    this.profiler = o.profiler ?? NO_PROFILER;
    this.runner = new SliceRunner(o.host, {
      before: () => this.watch.takePending(),
      after: (start, end) => this.afterSlice(start, end),
      idle: () => this.idle(),
      failed: () => this.stop(),
    }, o.sliceMs);
    this.policy = new PaintPolicy(view, this.painter, (t) => this.runner.push(t), o.viewportThreshold);
    const tally = new StatsTally(o.entries, kindOf);
    this.registry = new BlockRegistry(createBlockScanner(o.matcher, o.entries, appendedFrom(o.entries)), tally, {
      added: (b) => this.policy.added(b),
      dropped: (b) => this.policy.dropped(b),
      shadowRoot: (root) => this.adoptShadowRoot(root),
    });
    this.policy.attach(this.registry);
    this.watch = new DomWatch(view, o.host, (n) => this.registry.forget(n), (b) => this.changed(b), () => this.runner.busyMs);
    this.lookup = new MatchLookup(o.document, this.registry, this.painter, o.entries);
    this.notifier = new ChangeNotifier(o.host, () => this.registry.tally.snapshot());
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.profiler.mark('start');
    this.painter.install();
    this.watch.observe(this.doc);
    this.readAll();
  }

  /** Read the whole page again (after an SPA navigation swapped its content). */
  refresh(): void {
    if (!this.running) return;
    this.runner.cancel();
    // Read every container again in place (each replaces its own blocks), so nothing flashes.
    this.ownChanges(() => {
      this.painter.beforeRead(this.doc);
      this.registry.sweep();
    });
    this.readAll();
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.runner.cancel();
    this.watch.disconnect();
    this.policy.gate.disconnect();
    this.registry.reset();
    this.painter.clear();
    this.notifier.cancel();
  }

  matchAt(node: Node, offset: number): PageMatch | null {
    return this.lookup.matchAt(node, offset);
  }

  matches(): PageMatch[] {
    return this.lookup.matches();
  }

  stats(): PageStats {
    return this.registry.tally.snapshot();
  }

  onChange(listener: (stats: PageStats) => void): () => void {
    return this.notifier.add(listener);
  }

  setLayer(name: HighlightLayer, ranges: readonly LayerRange[]): void {
    if (!this.running) return;
    this.ownChanges(() => {
      if (this.painter.mutatesDom) {
        // The fallback nests a layer in the kinds' marks: paint a block the viewport limit left bare.
        for (const r of ranges) {
          const block = this.registry.blockOf(this.painter.resolve(r.startContainer, r.startOffset).node);
          if (block) this.painter.paint(block);
        }
      }
      this.painter.setLayer(name, ranges);
    });
  }

  private readAll(): void {
    const root = this.doc.documentElement;
    if (!root) return;
    this.firstPassDone = false;
    const walker = new BlockWalker(root, this.registry, false);
    this.runner.push({ run: (deadline) => walker.step(deadline) });
  }

  private changed(batch: ChangeBatch): void {
    if (!this.running) return;
    this.ownChanges(() => {
      for (const c of batch.dirty) this.painter.beforeRead(c);
      if (batch.removals || batch.toggled.length > 0) {
        this.registry.sweep(batch.toggled);
        this.policy.gate.prune();
      }
      // The fallback must take its marks out before the text is read again.
      if (this.painter.mutatesDom) for (const c of batch.dirty) this.registry.drop(c);
    });
    for (const container of batch.dirty) {
      if (!container.isConnected) continue;
      const walker = new BlockWalker(container, this.registry, true);
      this.runner.push({ run: (deadline) => walker.step(deadline) });
    }
    if (!this.runner.pending) {
      this.notifier.changed(this.registry.version);
      this.releaseLayers();
    }
  }

  private adoptShadowRoot(root: ShadowRoot): void {
    this.painter.styleRoot(root);
    this.watch.observe(root);
  }

  private ownChanges(fn: () => void): void {
    this.watch.takePending();
    fn();
    if (this.painter.mutatesDom) this.watch.discardOwn();
  }

  private afterSlice(start: number, end: number): void {
    if (this.painter.mutatesDom) this.watch.discardOwn();
    this.profiler.slice(start, end);
  }

  private idle(): void {
    if (!this.firstPassDone) {
      this.firstPassDone = true;
      this.profiler.mark('registered');
    }
    this.releaseLayers();
    this.notifier.changed(this.registry.version);
  }

  /** Nothing is left to read: the fallback draws the layers it held back. */
  private releaseLayers(): void {
    this.ownChanges(() => this.painter.afterRead());
  }
}
