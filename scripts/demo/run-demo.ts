/**
 * The demo itself: serve the county page, open it in Chromium with the extension,
 * report what the extension did, and keep the window open (or screenshot headless).
 */
import { mkdirSync } from 'node:fs';
import { startFixtureServer } from '../../tests/e2e/support/fixture-server';
import { launchExtensionBrowser } from '../../tests/e2e/support/extension-browser';
import { missingPrerequisite } from '../../tests/e2e/support/paths';

const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');

async function main(): Promise<void> {
  const missing = missingPrerequisite();
  if (missing) throw new Error(missing);
  const server = await startFixtureServer();
  const browser = await launchExtensionBrowser({ headless: !headed });
  const page = await browser.context.newPage();
  const url = server.url('county-speech.html', 'www.demo-county.gov.cn');
  await page.goto(url);
  await page.waitForTimeout(1_500);
  const highlights = await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    if (!registry) return {};
    return Object.fromEntries([...registry].filter(([name]) => name.startsWith('tifa-')).map(([n, h]) => [n, h.size]));
  });
  console.log(`Served ${url} (every host name maps to 127.0.0.1 inside this browser).`);
  console.log(`Extension ${browser.extensionId} loaded; highlights registered: ${JSON.stringify(highlights)}`);
  if (headed) {
    console.log('Chromium is open with the extension. Close the window to stop.');
    await new Promise((resolve) => browser.context.on('close', resolve));
  } else {
    mkdirSync('.output', { recursive: true });
    await page.screenshot({ path: '.output/demo.png' });
    console.log('No display: ran headless and saved the page as .output/demo.png.');
    await browser.close();
  }
  await server.close();
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
