import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Open the side panel: Chrome's `sidePanel`, Firefox's `sidebar_action`. Must run inside
 * a user gesture (a click in the popup, a keyboard command). False where neither exists.
 */
export async function openSidePanel(tabId: number | undefined): Promise<boolean> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidePanel && tabId !== undefined) return apis.sidePanel.open({ tabId }).then(() => true);
  if (apis.sidebarAction) return apis.sidebarAction.open().then(() => true);
  return false;
}
