import type { Settings } from './settings-schema';

/** The key a site's switch is stored under: the hostname without `www.`. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
}

/**
 * Whether to highlight on a host: never while paused, else the user's switch for the
 * site. Unset means on: the content script only runs on government hosts and on
 * hosts the user explicitly granted.
 */
export function highlightingOn(settings: Settings, hostname: string): boolean {
  if (settings.paused) return false;
  return settings.sites[siteKey(hostname)] ?? true;
}
