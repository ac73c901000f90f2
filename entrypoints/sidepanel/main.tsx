import { render } from 'preact';
import { TranslateContext } from '../../components/i18n';
import { SidePanelView, type PanelActions } from '../../components/sidepanel/SidePanelView';
import { languageFor, translatorFor } from '../../lib/i18n/ui-strings';
import { sendRequest, sendTabRequest } from '../../lib/messaging/client';
import { loadShortcuts, type Shortcut } from '../../lib/shortcuts/shortcuts';
import { downloadAnnotatedPage } from '../../lib/sidepanel/export-annotated';
import { followTab, panelTab } from '../../lib/sidepanel/follow-tab';
import { NO_FILTER, type PanelFilter } from '../../lib/sidepanel/panel-filter';
import { loadPanelState, type PanelState } from '../../lib/sidepanel/panel-state';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings-schema';
import { loadSettings, watchSettings } from '../../lib/settings/settings-store';
import { kindColors } from '../../lib/settings/theme';
import './style.css';

let state: PanelState = { kind: 'loading' };
let filter: PanelFilter = NO_FILTER;
let shortcuts: Shortcut[] = [];
let tabId: number | undefined;

function draw(): void {
  const settings = state.kind === 'loading' ? DEFAULT_SETTINGS : state.settings;
  const language = settings.language === 'auto' ? languageFor(navigator.language) : settings.language;
  const t = translatorFor(settings.language, navigator.language);
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  document.title = t('panelTitle');
  const page = state.kind === 'page' ? state : null;
  const actions: PanelActions = {
    onFilter: (next) => ((filter = next), draw()),
    onReveal: (entryId) => page && void sendTabRequest(page.tabId, 'page:reveal', { entryId }).catch(() => undefined),
    onRevealAt: (order) => page && void sendTabRequest(page.tabId, 'page:reveal-at', { order }).catch(() => undefined),
    onOpenCard: (entryId) =>
      page && void sendTabRequest(page.tabId, 'page:reveal', { entryId }).then(() => sendTabRequest(page.tabId, 'page:open-card', {})).catch(() => undefined),
    onExport: () => page && void downloadAnnotatedPage(page.tabId, settings, page.page.stats, t, language),
  };
  render(
    <TranslateContext.Provider value={t}>
      <SidePanelView state={state} filter={filter} colors={kindColors(settings)} shortcuts={shortcuts} actions={actions} />
    </TranslateContext.Provider>,
    document.getElementById('app')!,
  );
}

async function refresh(): Promise<void> {
  tabId = await panelTab();
  state = await loadPanelState({
    tabId,
    phrases: (id) => sendTabRequest(id, 'page:phrases', {}),
    notes: (url) => sendRequest('notes:forPage', { url }),
    settings: loadSettings,
  });
  draw();
}

void loadShortcuts().then((s) => ((shortcuts = s), draw()));
followTab(() => tabId, () => void refresh());
watchSettings(() => void refresh());
void refresh();
