/**
 * A resumable walk over a container's text with a TreeWalker, cutting it into blocks at
 * every block edge. It stops at a deadline and picks up where it left off, so reading a
 * large page never makes one long task.
 */
import type { Container } from './block';
import { BOUNDARY, CONTAINER, SKIP, classify, tagFlags } from './dom-rules';

/** What the walk reports; the registry behind it owns the blocks. */
export interface WalkHooks {
  /** A container is about to be read again: forget the blocks it had. */
  enterContainer(container: Container): void;
  /** A run of text is complete. `nodes` is reused after the call: copy it to keep it. */
  block(container: Container, nodes: Text[], text: string): void;
  /** An open shadow root was found (observe it, style it). */
  shadowRoot(root: ShadowRoot): void;
  /** True when the container was read before and nothing inside it changed since. */
  isClean(container: Container): boolean;
  markClean(container: Container): void;
}

/** Elements, text, and fragments (so a shadow root, as a walk's root, is reached going up). */
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4 | 0x400;
const VISIT = 0;
const DESCEND = 1;
const NEXT = 2;

interface Frame {
  walker: TreeWalker;
  root: Container;
  phase: number;
  /** Inside this subtree nothing is skipped as clean (it was added or moved). */
  fresh: Node | null;
}

/** Walks one container (and the open shadow roots inside it) into blocks. */
export class BlockWalker {
  private readonly frames: Frame[] = [];
  private readonly containers: Container[] = [];
  private readonly nodes: Text[] = [];
  private text = '';
  private begun = false;

  /**
   * `skipClean`: leave clean containers inside alone (a rescan after a DOM change).
   * `rules`: classify() for the highlighter; the page-text reader may read its own marks.
   */
  constructor(
    private readonly root: Container,
    private readonly hooks: WalkHooks,
    private readonly skipClean: boolean,
    private readonly rules: (el: Element) => number = classify,
  ) {}

  /** Walk until done (true) or until `deadline` (performance.now()) has passed (false). */
  step(deadline: number): boolean {
    // The root is entered on the first step, not on construction: walks queued together
    // must each replace the blocks that the ones before them left.
    if (!this.begun) {
      this.begun = true;
      if (!this.root.isConnected && this.skipClean) return true;
      this.pushFrame(this.root, false);
    }
    let ticks = 0;
    while (this.frames.length > 0) {
      if ((++ticks & 15) === 0 && performance.now() >= deadline) return false;
      const f = this.frames[this.frames.length - 1]!;
      if (f.phase === VISIT) this.visit(f);
      else if (f.phase === DESCEND) {
        if (f.walker.firstChild()) f.phase = VISIT;
        else {
          if (f.walker.currentNode !== f.root) this.leave(f.walker.currentNode as Element, f);
          f.phase = NEXT;
        }
      } else if (f.walker.currentNode === f.root) this.popFrame();
      else if (f.walker.nextSibling()) f.phase = VISIT;
      else {
        const parent = f.walker.parentNode();
        if (!parent) this.popFrame();
        else if (parent !== f.root) this.leave(parent as Element, f);
      }
    }
    return true;
  }

  private visit(f: Frame): void {
    const node = f.walker.currentNode;
    f.phase = NEXT;
    if (node.nodeType === 3) {
      const t = node as Text;
      if (t.length > 0) {
        this.nodes.push(t);
        this.text += t.data;
      }
      return;
    }
    const el = node as Element;
    const flags = this.rules(el);
    if (flags & SKIP) {
      if (flags & BOUNDARY) this.flush();
      return;
    }
    if (flags & CONTAINER) {
      this.flush();
      const checkClean = this.skipClean && f.fresh === null;
      if (checkClean && this.hooks.isClean(el)) return;
      if (this.skipClean && f.fresh === null) f.fresh = el;
      this.hooks.enterContainer(el);
      this.containers.push(el);
    } else if (flags & BOUNDARY) this.flush();
    f.phase = DESCEND;
    const shadow = el.shadowRoot;
    if (shadow) {
      this.flush();
      this.hooks.shadowRoot(shadow);
      const inFresh = f.fresh !== null;
      if (!(this.skipClean && !inFresh && this.hooks.isClean(shadow))) this.pushFrame(shadow, inFresh);
    }
  }

  /** All children of `el` are read. */
  private leave(el: Element, f: Frame): void {
    const flags = tagFlags(el);
    if (flags & CONTAINER) {
      this.flush();
      this.containers.pop();
      this.hooks.markClean(el);
    } else if (flags & BOUNDARY || el.shadowRoot) this.flush();
    if (f.fresh === el) f.fresh = null;
  }

  private pushFrame(root: Container, fresh: boolean): void {
    this.flush();
    const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
    this.frames.push({ walker, root, phase: DESCEND, fresh: fresh ? root : null });
    this.hooks.enterContainer(root);
    this.containers.push(root);
  }

  private popFrame(): void {
    this.flush();
    const f = this.frames.pop()!;
    this.containers.pop();
    this.hooks.markClean(f.root);
  }

  private flush(): void {
    if (this.nodes.length === 0) return;
    this.hooks.block(this.containers[this.containers.length - 1]!, this.nodes, this.text);
    this.nodes.length = 0;
    this.text = '';
  }
}
