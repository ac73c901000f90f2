import { defineContentScript } from 'wxt/utils/define-content-script';
import dictionary from '../../seeds/dictionary.json';
import type { DictionaryArtifact } from '../../lib/dictionary/types';
import { GOVERNMENT_MATCH_PATTERNS } from '../../lib/sites/government-hosts';
import { announceReady } from '../../lib/highlighter/announce';
import { startPageHighlighting } from '../../lib/highlighter/start';

export default defineContentScript({
  matches: GOVERNMENT_MATCH_PATTERNS,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startPageHighlighting(ctx, dictionary as unknown as DictionaryArtifact);
    announceReady(ctx);
  },
});
