/**
 * The shipped dictionary, fetched from the extension's own files: no message to the
 * background, so a stopped service worker costs nothing, and nothing is inlined in the
 * content script that every frame evaluates. The asset is web-accessible only through the
 * per-session dynamic URL (`use_dynamic_url`), so a page cannot probe for it.
 */
import { browser } from 'wxt/browser';
import { readShippedAsset, SHIPPED_ASSET, type ShippedDictionary } from '../dictionary/shipped';
import { profilerFor } from '../highlighter/profile';

/** Fetch, inflate and read seeds/matcher.bin.gz as built into the extension; null when it is missing or malformed. */
export async function fetchShippedDictionary(): Promise<ShippedDictionary | null> {
  const response = await fetch(browser.runtime.getURL(`/${SHIPPED_ASSET}` as '/'));
  if (!response.ok) return null;
  // Inflate from a Blob of our own: Firefox's content scripts cannot pipe the fetched body
  // (a stream of the page's compartment) through a DecompressionStream of theirs.
  const packed = new Blob([await response.arrayBuffer()]);
  const bytes = await new Response(packed.stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  const started = performance.now();
  const shipped = readShippedAsset(bytes);
  profilerFor(location).task('read-dictionary', started, performance.now());
  return shipped;
}
