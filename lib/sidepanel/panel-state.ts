import type { PagePhrases } from '../messaging/page-requests';
import type { PageNote } from '../notes/page-notes';
import type { Settings } from '../settings/settings-schema';

/** What the side panel knows about the tab it follows. */
export type PanelState =
  | { kind: 'loading' }
  | { kind: 'no-page'; settings: Settings }
  | { kind: 'page'; tabId: number; page: PagePhrases; notes: PageNote[]; settings: Settings };

/** The ways the panel reaches the browser, injected so the state logic is testable. */
export interface PanelSources {
  tabId: number | undefined;
  phrases: (tabId: number) => Promise<PagePhrases>;
  notes: (url: string) => Promise<PageNote[]>;
  settings: () => Promise<Settings>;
}

/** The tab's phrases and notes when our content script answers there; otherwise nothing to show. */
export async function loadPanelState(sources: PanelSources): Promise<PanelState> {
  const settings = await sources.settings();
  if (sources.tabId === undefined) return { kind: 'no-page', settings };
  try {
    const page = await sources.phrases(sources.tabId);
    const notes = await sources.notes(page.url).catch(() => []);
    return { kind: 'page', tabId: sources.tabId, page, notes, settings };
  } catch {
    return { kind: 'no-page', settings };
  }
}
