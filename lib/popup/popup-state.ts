import type { PageSummary } from '../messaging/page-requests';
import type { Settings } from '../settings/settings-schema';

/** What the popup knows about the current tab. */
export type PopupState =
  | { kind: 'loading' }
  | { kind: 'running'; tabId: number; host: string; summary: PageSummary; settings: Settings }
  | { kind: 'not-running'; tabId: number; host: string; origin: string; settings: Settings }
  | { kind: 'unavailable'; settings: Settings };

/** The ways the popup reaches the browser, injected so the state logic is testable. */
export interface PopupSources {
  tabId: number | undefined;
  tabUrl: string | undefined;
  summary: (tabId: number) => Promise<PageSummary>;
  settings: () => Promise<Settings>;
}

/**
 * Decide what the popup shows: the page's findings when our content script answers,
 * the "Highlight on this site" offer on an ordinary web page, or nothing to do.
 */
export async function loadPopupState(sources: PopupSources): Promise<PopupState> {
  const settings = await sources.settings();
  if (sources.tabId === undefined) return { kind: 'unavailable', settings };
  try {
    const summary = await sources.summary(sources.tabId);
    return { kind: 'running', tabId: sources.tabId, host: new URL(summary.url).hostname, summary, settings };
  } catch {
    const url = sources.tabUrl ? safeUrl(sources.tabUrl) : null;
    if (!url || !/^https?:$/.test(url.protocol)) return { kind: 'unavailable', settings };
    return { kind: 'not-running', tabId: sources.tabId, host: url.hostname, origin: url.origin, settings };
  }
}

function safeUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** Density as a percentage with one decimal, for the bar's label. */
export function densityPercent(stockChars: number, chars: number): string {
  return chars > 0 ? `${((100 * stockChars) / chars).toFixed(1)}%` : '0.0%';
}
