import { defineContentScript } from 'wxt/utils/define-content-script';
import dictionary from '../../seeds/dictionary.json';
// As text: the bundler inlines a .json import as an object literal, which took ~4× longer to
// evaluate than JSON.parse of the text; loadMatcher parses it only when it is used.
import automaton from '../../seeds/automaton.json?raw';
import type { DictionaryArtifact } from '../../lib/dictionary/types';
import { GOVERNMENT_MATCH_PATTERNS } from '../../lib/sites/government-hosts';
import { becomeLiveInstance } from '../../lib/page/instance-guard';
import { runPage } from '../../lib/page/page-runtime';

export default defineContentScript({
  matches: GOVERNMENT_MATCH_PATTERNS,
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    becomeLiveInstance(ctx);
    await runPage(ctx, dictionary as unknown as DictionaryArtifact, automaton).catch(() => undefined);
  },
});
