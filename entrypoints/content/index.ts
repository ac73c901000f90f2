import { defineContentScript } from 'wxt/utils/define-content-script';
import { GOVERNMENT_MATCH_PATTERNS } from '../../lib/sites/government-hosts';
import { becomeLiveInstance } from '../../lib/page/instance-guard';
import { documentParsed } from '../../lib/page/document-parsed';
import { fetchShippedDictionary, prefetchShippedBytes } from '../../lib/page/fetch-dictionary';
import { runPage } from '../../lib/page/page-runtime';

export default defineContentScript({
  matches: GOVERNMENT_MATCH_PATTERNS,
  allFrames: true,
  // document_start: the top frame fetches the dictionary while the page is parsed; the gate
  // and the highlighter wait for the parsed DOM.
  runAt: 'document_start',
  async main(ctx) {
    becomeLiveInstance(ctx);
    // The dictionary is fetched, not bundled: a subframe loads it only once it holds Han text.
    // The top frame of a government page nearly always does, so its fetch starts at once.
    const prefetched = window === window.top ? prefetchShippedBytes() : null;
    await documentParsed(document, ctx);
    if (ctx.isInvalid) return;
    await runPage(ctx, prefetched ? prefetched.load : fetchShippedDictionary, prefetched?.release).catch(() => undefined);
  },
});
