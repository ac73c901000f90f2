/**
 * The shipped dictionary, fetched from the extension's own files: no message to the
 * background, so a stopped service worker costs nothing, and nothing is inlined in the
 * content script that every frame evaluates. The asset is web-accessible only through the
 * per-session dynamic URL (`use_dynamic_url`), so a page cannot probe for it.
 *
 * Fetching and inflating take 100–150 ms of wall time in Chromium (the extension's file comes
 * through the browser process in chunks), but little of our script time. So the top frame
 * starts them while the page is still parsed (`prefetchShippedBytes`), and reads the bytes
 * once the page is parsed and holds Han text.
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
  const started = performance.now();
  const shipped = readShippedAsset(bytes);
  profilerFor(location).task('read-dictionary', started, performance.now());
  return shipped;
}

/** Fetch, inflate and read the shipped asset. */
export function fetchShippedDictionary(): Promise<ShippedDictionary | null> {
  return readShippedBytes(fetchShippedBytes());
}

/** A dictionary loader whose bytes are already on their way, and a way to let them go unread. */
export interface PrefetchedDictionary {
  load(): Promise<ShippedDictionary | null>;
  /** The frame holds no Han text yet: drop the bytes (a later `load` fetches again). */
  release(): void;
}

/** Start fetching and inflating the asset now; `load` reads them when the page is ready for it. */
export function prefetchShippedBytes(): PrefetchedDictionary {
  let early: Promise<ArrayBuffer | null> | null = fetchShippedBytes().catch(() => null);
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
