import { browser } from 'wxt/browser';
import { isGovernmentHost } from './government-hosts';

/** The content script file WXT builds; registered again for the sites the user allows. */
const CONTENT_SCRIPT = '/content-scripts/content.js' as const;
const ID_PREFIX = 'tifa-user-site:';

/** Origins (`https://host`) the user granted beyond the government hosts. */
export async function grantedUserOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins
    .map((pattern) => /^(https?|\*):\/\/([^/*][^/]*)\//.exec(pattern))
    .filter((m): m is RegExpExecArray => Boolean(m) && !isGovernmentHost(m![2]!.split(':')[0]!))
    .map((m) => `${m[1] === '*' ? 'https' : m[1]}://${m[2]}`);
}

/** The match pattern of an origin, any port: what the popup asks for and what is registered. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Make the registered content scripts equal the user's granted origins: register the
 * missing, unregister those whose permission is gone. Runs at start-up and whenever
 * permissions change, so removing a permission stops the script.
 */
export async function syncUserSites(): Promise<void> {
  const granted = new Map((await grantedUserOrigins()).map((o) => [`${ID_PREFIX}${new URL(o).hostname}`, o]));
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(ID_PREFIX));
  const stale = registered.filter((s) => !granted.has(s.id)).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const known = new Set(registered.map((s) => s.id));
  const missing = [...granted].filter(([id]) => !known.has(id));
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(
    missing.map(([id, origin]) => ({ id, matches: [originPattern(origin)], js: [CONTENT_SCRIPT], allFrames: true, runAt: 'document_idle' as const, persistAcrossSessions: true })),
  );
}

/** After the user granted an origin: register the script and run it in the open tab now. */
export async function enableUserSite(origin: string, tabId: number | undefined): Promise<{ registered: boolean }> {
  const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
  if (!granted) return { registered: false };
  await syncUserSites();
  if (tabId !== undefined) {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] }).catch(() => undefined);
  }
  return { registered: true };
}
