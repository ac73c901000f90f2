import { defineContentScript } from 'wxt/utils/define-content-script';
import dictionary from '../../seeds/dictionary.json';
import type { DictionaryArtifact } from '../../lib/dictionary/types';
import { GOVERNMENT_MATCH_PATTERNS } from '../../lib/sites/government-hosts';
import { announceReady } from '../../lib/highlighter/announce';
import { runPage } from '../../lib/page/page-runtime';

export default defineContentScript({
  matches: GOVERNMENT_MATCH_PATTERNS,
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    await runPage(ctx, dictionary as unknown as DictionaryArtifact).catch(() => undefined);
    announceReady(ctx);
  },
});
