import { render } from 'preact';
import { browser } from 'wxt/browser';
import { TranslateContext } from '../../components/i18n';
import { PopupView, type PopupActions } from '../../components/popup/PopupView';
import { translatorFor } from '../../lib/i18n/ui-strings';
import { sendRequest, sendTabRequest } from '../../lib/messaging/client';
import { loadPopupState, type PopupState } from '../../lib/popup/popup-state';
import { downloadPageReport } from '../../lib/popup/report-download';
import { loadShortcuts } from '../../lib/shortcuts/shortcuts';
import { openSidePanel } from '../../lib/sidepanel/open-panel';
import { kindColors } from '../../lib/settings/theme';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings-schema';
import { loadSettings, updateSettings } from '../../lib/settings/settings-store';
import { siteKey } from '../../lib/settings/site-rules';
import { originPattern } from '../../lib/sites/user-sites';
import './style.css';

/**
 * The tab the popup is about: the active tab (its URL is visible through `activeTab` when
 * the toolbar button was clicked), or `?tab=ID&url=…` when popup.html is opened in a tab
 * of its own, as the e2e tests do.
 */
async function targetTab(): Promise<{ id?: number; url?: string } | undefined> {
  const query = new URLSearchParams(location.search);
  const fromQuery = Number(query.get('tab'));
  if (fromQuery > 0) return { id: fromQuery, url: query.get('url') ?? undefined };
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

const shortcuts = loadShortcuts();

async function show(): Promise<void> {
  const tab = await targetTab();
  const state: PopupState = await loadPopupState({
    tabId: tab?.id,
    tabUrl: tab?.url,
    summary: (tabId) => sendTabRequest(tabId, 'page:summary', {}),
    settings: loadSettings,
  });
  const t = translatorFor(state.kind === 'loading' ? 'auto' : state.settings.language, navigator.language);
  const refresh = () => setTimeout(() => void show(), 150);
  const actions: PopupActions = {
    onReveal: (entryId) => tab?.id && void sendTabRequest(tab.id, 'page:reveal', { entryId }),
    onSiteSwitch: (host, on) => void updateSettings((s) => ({ ...s, sites: { ...s.sites, [siteKey(host)]: on } })).then(refresh),
    onPause: (paused) => void updateSettings((s) => ({ ...s, paused })).then(refresh),
    onEnableSite: async (origin) => {
      if (!(await browser.permissions.request({ origins: [originPattern(origin)] }))) return;
      await sendRequest('site:enable', { origin, tabId: tab?.id });
      refresh();
    },
    onOpenPanel: () => void openSidePanel(tab?.id).then(() => window.close()),
    onReport: (format) => tab?.id && void downloadPageReport(tab.id, format, t),
    onOpenPage: (page) =>
      void (page === 'options'
        ? browser.runtime.openOptionsPage()
        : browser.tabs.create({ url: browser.runtime.getURL(`/${page}.html`) })),
  };
  const colors = kindColors(state.kind === 'loading' ? DEFAULT_SETTINGS : state.settings);
  render(
    <TranslateContext.Provider value={t}>
      <PopupView state={state} colors={colors} actions={actions} shortcuts={await shortcuts} />
    </TranslateContext.Provider>,
    document.getElementById('app')!,
  );
}

void show();
