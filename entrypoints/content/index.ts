import { defineContentScript } from 'wxt/utils/define-content-script';
import { GOVERNMENT_MATCH_PATTERNS } from '../../lib/sites/government-hosts';
import { becomeLiveInstance } from '../../lib/page/instance-guard';
import { takePrefetched } from '../../lib/page/fetch-dictionary';
import { runPage } from '../../lib/page/page-runtime';

export default defineContentScript({
  matches: GOVERNMENT_MATCH_PATTERNS,
  allFrames: true,
  // document_end: the gate starts as the DOM is parsed, not when the page is idle.
  runAt: 'document_end',
  async main(ctx) {
    becomeLiveInstance(ctx);
    // The dictionary is fetched, not bundled: only frames with Han text ever read it. The top
    // frame's bytes were requested at document_start (entrypoints/prefetch.content.ts).
    const dictionary = takePrefetched();
    await runPage(ctx, dictionary.load, dictionary.release).catch(() => undefined);
  },
});
