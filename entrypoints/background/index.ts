import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import dictionary from '../../seeds/dictionary.json';
import patternExamples from '../../seeds/pattern-examples.json';
import { setBadgeCount } from '../../lib/background/badge';
import { runCommand } from '../../lib/background/commands';
import { openWelcomeOnInstall } from '../../lib/background/first-run';
import { createMarkPhraseMenu, MARK_PHRASE_MENU_ID, markAsStockPhrase } from '../../lib/background/context-menu';
import type { DictionaryArtifact } from '../../lib/dictionary/types';
import { listenForRequests } from '../../lib/messaging/listen';
import { requestSchemas } from '../../lib/messaging/protocol';
import { createNotesHandlers } from '../../lib/background/notes-handlers';
import { openNotesDatabase } from '../../lib/notes/db/open';
import { fetchParagraphs, fetchProvenanceIndex } from '../../lib/provenance/corpus-files';
import { createProvenanceHandlers, withPatternProvenance } from '../../lib/background/provenance-handlers';
import { corpusFacts } from '../../lib/provenance/summary';
import { openReaderTab } from '../../lib/background/reader-tab';
import type { PatternExamplesIndex } from '../../lib/matcher/patterns/examples';
import { mergePortableSettings, portableSettings, settingsChange } from '../../lib/settings/portable-settings';
import { loadSettings, updateSettings } from '../../lib/settings/settings-store';
import { enableUserSite, syncUserSites } from '../../lib/sites/user-sites';

export default defineBackground(() => {
  // Listeners first and synchronously: a worker woken by an event must find them.
  listenForRequests({
    ...createNotesHandlers({
      openDatabase: openNotesDatabase,
      dictionary: () => dictionary as DictionaryArtifact,
      settings: async () => portableSettings(await loadSettings()),
      importSettings: async (incoming) => {
        let change = { personalPhrases: 0, hiddenEntries: 0 };
        await updateSettings((s) => {
          const next = mergePortableSettings(s, incoming);
          change = settingsChange(s, next);
          return next;
        });
        return change;
      },
      phraseFacts: async (entryIds) => corpusFacts(await fetchProvenanceIndex(), entryIds),
    }),
    ...withPatternProvenance(createProvenanceHandlers({
      dictionary: () => dictionary as DictionaryArtifact,
      index: fetchProvenanceIndex,
      paragraphs: fetchParagraphs,
    }), () => patternExamples as unknown as PatternExamplesIndex),
    'reader:open': async ({ hash }) => ({ tabId: await openReaderTab(hash) }),
    'site:enable': ({ origin, tabId }) => enableUserSite(origin, tabId),
    'personal:add': async ({ text, kind, comment }) => ({ problem: await markAsStockPhrase(text, kind, comment) }),
    'page:count': async ({ count, enabled }, sender) => {
      if (sender.tabId !== undefined && sender.frameId === 0) await setBadgeCount(sender.tabId, count, enabled);
      return null;
    },
  }, requestSchemas);
  const setUp = () => void createMarkPhraseMenu().then(syncUserSites);
  browser.runtime.onInstalled.addListener(setUp);
  browser.runtime.onInstalled.addListener(openWelcomeOnInstall);
  browser.runtime.onStartup.addListener(setUp);
  browser.permissions.onAdded.addListener(() => void syncUserSites());
  browser.permissions.onRemoved.addListener(() => void syncUserSites());
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MARK_PHRASE_MENU_ID && info.selectionText) void markAsStockPhrase(info.selectionText);
  });
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
});
