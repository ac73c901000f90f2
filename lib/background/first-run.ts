import { browser, type Browser } from 'wxt/browser';

/** Open the first-run page once, when the extension is installed (not on update or reload). */
export function openWelcomeOnInstall(details: Browser.runtime.InstalledDetails): void {
  if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
