import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtensionSession, withExtensionBrowser } from './support/session';
import { kindRangeCount } from './support/highlights';
import { cardIn, clickText, waitForHighlights } from './support/card';
import { SCREENSHOT_DIR } from './support/paths';
import { referencePage } from './support/reference-count';
import { openTab, sendFromExtension, sendToTab } from './support/tabs';
import { bodyColours, expectLegibleInBothSchemes } from './support/colours';
import { comparePngs } from './support/pixels';
import { PHRASE_KINDS } from '../../lib/dictionary/types';
import { COLORBLIND_KIND_STYLES, KIND_STYLES } from '../../lib/highlighter/kind-styles';

const session = useExtensionSession();

beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

type Step = { ok: boolean; value: { index: number; total: number } };
const currentText = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<StaticRange>> }).highlights.get('tifa-current');
    const r = h && [...h][0];
    if (!r) return null;
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  });

describe('keyboard navigation, personal phrases and settings', () => {
  it('moves through the phrases in document order with next and previous', async () => {
    const { page, tabId } = await openTab(session.browser, session.server.url('card-cases.html'));
    await waitForHighlights(page);
    // The order the learned dictionary gives on this page, from the Node reference highlighter.
    const order = (await referencePage('card-cases.html')).matches.map((m) => m.text);
    const first = (await sendToTab(session.browser, tabId, 'page:step', { direction: 'next' })) as Step;
    expect(first.value.index).toBe(0);
    expect(await currentText(page)).toBe(order[0]);
    const second = (await sendToTab(session.browser, tabId, 'page:step', { direction: 'next' })) as Step;
    expect(second.value.index).toBe(1);
    expect(await currentText(page)).toBe(order[1]);
    await sendToTab(session.browser, tabId, 'page:step', { direction: 'prev' });
    expect(await currentText(page)).toBe(order[0]);
    const wrapped = (await sendToTab(session.browser, tabId, 'page:step', { direction: 'prev' })) as Step;
    expect(wrapped.value.index).toBe(wrapped.value.total - 1);
    expect(wrapped.value.total).toBe(order.length);
    expect(await currentText(page)).toBe(order.at(-1));
    await page.keyboard.press('Escape');
    const opened = (await sendToTab(session.browser, tabId, 'page:open-card', {})) as { value: { opened: boolean } };
    expect(opened.value.opened).toBe(true);
    await expect.poll(() => cardIn(page).text('.phrase')).toBe(order.at(-1));
    await page.close();
  });

  it('highlights a personal phrase added through the context-menu path, at once and after reload', async () => {
    const { page } = await openTab(session.browser, session.server.url('card-cases.html'));
    await waitForHighlights(page);
    const before = await kindRangeCount(page);
    const options = await session.browser.openExtensionPage('options.html');
    const answer = (await sendFromExtension(options, 'personal:add', { text: '按时报送有关材料', kind: 'bundle', comment: '县里的说法' })) as { ok: boolean; value: { problem: string | null } };
    expect(answer).toEqual({ ok: true, value: { problem: null } });
    await expect.poll(() => kindRangeCount(page)).toBe(before + 1);
    await page.reload();
    await waitForHighlights(page);
    await expect.poll(() => kindRangeCount(page)).toBe(before + 1);
    await expect.poll(() => options.locator('.personal-list li[data-phrase="按时报送有关材料"]').count()).toBe(1);
    // The setup travels with the notes: the JSON export carries it, an import elsewhere adds it.
    const exported = (await sendFromExtension(options, 'notes:export', { format: 'json', query: {} })) as { value: { text: string } };
    const file = JSON.parse(exported.value.text) as { settings: { personalPhrases: Array<{ text: string; kind: string }> } };
    expect(file.settings.personalPhrases).toEqual([{ text: '按时报送有关材料', kind: 'bundle', comment: '县里的说法' }]);
    await withExtensionBrowser({}, async (fresh) => {
      const freshOptions = await fresh.openExtensionPage('options.html');
      const imported = (await sendFromExtension(freshOptions, 'notes:import', { text: exported.value.text })) as { value: { ok: boolean } };
      expect(imported.value.ok).toBe(true);
      await expect.poll(() => freshOptions.locator('.personal-list li[data-phrase="按时报送有关材料"]').count()).toBe(1);
    });
    await options.close();
    await page.close();
  });

  it('stops highlighting an entry hidden from the card, and shows it again from settings', async () => {
    const { page } = await openTab(session.browser, session.server.url('card-cases.html'));
    await waitForHighlights(page);
    await clickText(page, '四个意识');
    await expect.poll(() => cardIn(page).count('.hide-entry')).toBe(1);
    await cardIn(page).click('.hide-entry');
    const hiddenCount = async () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('tifa-numbered')?.size ?? 0);
    await expect.poll(hiddenCount).toBe(0);
    await page.reload();
    await page.waitForTimeout(800);
    expect(await hiddenCount()).toBe(0);
    const options = await session.browser.openExtensionPage('options.html');
    await options.locator('.hidden-list li', { hasText: '四个意识' }).getByRole('button').click();
    await expect.poll(hiddenCount).toBe(1);
    await options.close();
    await page.close();
  });

  it('switches kinds off and palettes in settings, and the page follows (screenshots light and dark)', async () => {
    const { page } = await openTab(session.browser, session.server.url('card-cases.html'));
    await waitForHighlights(page);
    const options = await session.browser.openExtensionPage('options.html');
    await options.setViewportSize({ width: 900, height: 1300 });
    await options.locator('input[data-kind="ritual"]').uncheck();
    const ritual = () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('tifa-ritual')?.size ?? 0);
    await expect.poll(ritual).toBe(0);
    // The palette switch, checked on the page: the painted highlights change colour.
    const painted = () => page.screenshot({ clip: { x: 0, y: 0, width: 800, height: 600 } });
    const before = await painted();
    await options.getByTestId('palette').selectOption('colorblind');
    await expect.poll(async () => (await comparePngs(session.browser.context, before, await painted(), [])).differing, { timeout: 10_000 }).toBeGreaterThan(500);
    const painters = PHRASE_KINDS.filter((k) => k !== 'ritual' && KIND_STYLES[k].background !== COLORBLIND_KIND_STYLES[k].background);
    const cmp = await comparePngs(session.browser.context, before, await painted(), [
      ...painters.map((k) => KIND_STYLES[k].background),
      ...painters.map((k) => COLORBLIND_KIND_STYLES[k].background),
    ]);
    const inDefault = painters.filter((k) => cmp.colours[KIND_STYLES[k].background]![0] > 100);
    expect(inDefault.length).toBeGreaterThanOrEqual(2);
    for (const k of inDefault) {
      expect(cmp.colours[KIND_STYLES[k].background]![1], `${k} default colour gone`).toBe(0);
      expect(cmp.colours[COLORBLIND_KIND_STYLES[k].background]![1], `${k} colour-blind colour painted`).toBeGreaterThan(100);
    }
    await options.screenshot({ path: `${SCREENSHOT_DIR}/settings-light.png`, fullPage: true });
    const light = await bodyColours(options);
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.screenshot({ path: `${SCREENSHOT_DIR}/settings-dark.png`, fullPage: true });
    const dark = await bodyColours(options);
    // What the user sees: a dark background in dark mode, and text that reads on it (WCAG AA).
    expectLegibleInBothSchemes(light, dark);
    await options.locator('input[data-kind="ritual"]').check();
    await expect.poll(ritual).toBe(1);
    await options.getByTestId('language').selectOption('en');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Tifa Lens · Settings');
    await options.close();
    await page.close();
  });
});
