import { defineContentScript } from 'wxt/utils/define-content-script';
import { GOVERNMENT_MATCH_PATTERNS } from '../../lib/sites/government-hosts';
import { announceReady } from '../../lib/highlighter/announce';

export default defineContentScript({
  matches: GOVERNMENT_MATCH_PATTERNS,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    announceReady(ctx);
  },
});
