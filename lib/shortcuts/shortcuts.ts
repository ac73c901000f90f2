import { browser } from 'wxt/browser';

/** A keyboard command with the key the user bound it to now ('' when unbound). */
export interface Shortcut {
  name: string;
  shortcut: string;
}

/** The extension's commands as bound now: read from the browser, so a rebinding shows. */
export async function loadShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.filter((c) => c.name).map((c) => ({ name: c.name!, shortcut: c.shortcut ?? '' }));
}
