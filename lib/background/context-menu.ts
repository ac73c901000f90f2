import { browser } from 'wxt/browser';
import type { PhraseKind } from '../dictionary/types';
import { addPersonalPhrase, personalPhraseProblem } from '../settings/personal-phrases';
import { updateSettings } from '../settings/settings-store';

/** The context menu item on a text selection. */
export const MARK_PHRASE_MENU_ID = 'tifa-mark-phrase';

/** (Re)create the menu item. Called at install and at every start-up, because Firefox does
 *  not keep menus of a non-persistent background across restarts. */
export async function createMarkPhraseMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MARK_PHRASE_MENU_ID,
    title: browser.i18n.getMessage('menuMarkPhrase') || 'Mark as stock phrase',
    contexts: ['selection'],
  });
}

/**
 * Add a selection to the user's personal phrases. Every open page is watching the
 * settings, so it is highlighted at once. Returns why it was refused, or null.
 */
export async function markAsStockPhrase(text: string, kind: PhraseKind = 'slogan', comment = ''): Promise<string | null> {
  let problem: string | null = null;
  await updateSettings((s) => {
    problem = personalPhraseProblem(text, s);
    return problem ? s : addPersonalPhrase(s, { text, kind, comment });
  });
  return problem;
}
