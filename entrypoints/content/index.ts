import { defineContentScript } from 'wxt/utils/define-content-script';
import { GOVERNMENT_MATCH_PATTERNS } from '../../lib/sites/government-hosts';
import { becomeLiveInstance } from '../../lib/page/instance-guard';
import { fetchShippedDictionary } from '../../lib/page/fetch-dictionary';
import { runPage } from '../../lib/page/page-runtime';

export default defineContentScript({
  matches: GOVERNMENT_MATCH_PATTERNS,
  allFrames: true,
  // document_end: the gate and the fetch start as the DOM is parsed, not when the page is idle.
  runAt: 'document_end',
  async main(ctx) {
    becomeLiveInstance(ctx);
    // The dictionary is fetched, not bundled: only frames with Han text ever load it.
    await runPage(ctx, fetchShippedDictionary).catch(() => undefined);
  },
});
