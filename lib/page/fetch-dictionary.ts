/**
 * The shipped dictionary, fetched from the extension's own files: no message to the
 * background, so a stopped service worker costs nothing, and nothing is inlined in the
 * content script that every frame evaluates. The asset is web-accessible only through the
 * per-session dynamic URL (`use_dynamic_url`), so a page cannot probe for it.
 *
 * Fetching and inflating take 150–300 ms of wall time in Chromium (the extension's file comes
 * through the browser process in chunks), but little of our script time. So a tiny script in
 * the top frame starts them at document_start, while the page is still parsed (`startPrefetch`),
 * and the content script reads the bytes once the parsed page holds Han text (`takePrefetched`).
 */
import { browser } from 'wxt/browser';
import { readShippedAsset, SHIPPED_ASSET, type ShippedDictionary } from '../dictionary/shipped';
import { profilerFor } from '../highlighter/profile';

/** Fetch and inflate seeds/matcher.bin.gz as built into the extension; null when it is missing. */
async function fetchShippedBytes(): Promise<ArrayBuffer | null> {
  const response = await fetch(browser.runtime.getURL(`/${SHIPPED_ASSET}` as '/'));
  if (!response.ok) return null;
  // Inflate from a Blob of our own: Firefox's content scripts cannot pipe the fetched body
  // (a stream of the page's compartment) through a DecompressionStream of theirs.
  const packed = new Blob([await response.arrayBuffer()]);
  return new Response(packed.stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

/** Read the asset's inflated bytes (timed for the bench); null when they are missing or malformed. */
async function readShippedBytes(pending: Promise<ArrayBuffer | null>): Promise<ShippedDictionary | null> {
  const bytes = await pending;
  if (!bytes) return null;
  // A task of its own: prefetched bytes are ready when the content script starts, and reading
  // them in the task that evaluates the script made one long task of both on a 1 MB page.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const started = performance.now();
  const shipped = readShippedAsset(bytes);
  profilerFor(location).task('read-dictionary', started, performance.now());
  return shipped;
}

/** Where the prefetch leaves its pending bytes: a property of the isolated world's global,
 *  which every content script of ours in the frame shares and page script cannot see. */
const PREFETCH_SLOT = '__tifaLensDictionaryBytes';

type World = Record<string, unknown>;

/** The top frame's prefetch script (document_start): start fetching and inflating the asset now. */
export function startPrefetch(world: World = globalThis as unknown as World): void {
  world[PREFETCH_SLOT] = fetchShippedBytes().catch(() => null);
}

/** A dictionary loader whose bytes may already be on their way, and a way to let them go unread. */
export interface PrefetchedDictionary {
  load(): Promise<ShippedDictionary | null>;
  /** The frame holds no Han text yet: drop the bytes (a later `load` fetches again). */
  release(): void;
}

/** The loader for the main content script: it takes the prefetched bytes out of the global,
 *  when the prefetch ran, and fetches anew otherwise (a subframe, a site the user added). */
export function takePrefetched(world: World = globalThis as unknown as World): PrefetchedDictionary {
  const pending = world[PREFETCH_SLOT];
  delete world[PREFETCH_SLOT];
  let early = pending instanceof Promise ? (pending as Promise<ArrayBuffer | null>) : null;
  return {
    load() {
      const bytes = early ?? fetchShippedBytes();
      early = null;
      return readShippedBytes(bytes);
    },
    release() {
      early = null;
    },
  };
}
