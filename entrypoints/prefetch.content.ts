import { defineContentScript } from 'wxt/utils/define-content-script';
import { GOVERNMENT_MATCH_PATTERNS } from '../lib/sites/government-hosts';
import { startPrefetch } from '../lib/page/fetch-dictionary';

/**
 * The top frame of a government page nearly always holds Han text: its dictionary asset is
 * fetched and inflated while the page is parsed, for the content script to read at
 * document_end. Subframes wait for the gate (most of them are ads, maps and players).
 */
export default defineContentScript({
  matches: GOVERNMENT_MATCH_PATTERNS,
  allFrames: false,
  runAt: 'document_start',
  main() {
    startPrefetch();
  },
});
