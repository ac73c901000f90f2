import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/session';
import { contentScriptStarts } from './support/page-probes';

const session = useExtensionSession();

describe('the built extension in Chromium', () => {
  it('starts its service worker with the pinned extension id', async () => {
    const worker = await session.browser.serviceWorker();
    expect(worker.url()).toBe(`chrome-extension://${session.browser.extensionId}/background.js`);
    expect(session.browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('runs the content script on a *.gov.cn page', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('county-speech.html', 'www.example.gov.cn'));
    await expect.poll(() => contentScriptStarts(page), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('runs on the party and state outlets listed in the manifest', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('county-speech.html', 'theory.people.com.cn'));
    await expect.poll(() => contentScriptStarts(page), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('does not run on a host that is not a government site', async () => {
    const gov = await session.browser.context.newPage();
    await gov.goto(session.server.url('plain.html', 'www.example.gov.cn'));
    await expect.poll(() => contentScriptStarts(gov), { timeout: 10_000 }).toBe(1);
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('plain.html', 'www.example.com'));
    await page.waitForTimeout(1_000);
    expect(await contentScriptStarts(page)).toBe(0);
    await page.close();
    await gov.close();
  });
});
