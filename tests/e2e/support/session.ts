import { afterAll, beforeAll } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser, type LaunchOptions } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/** A test file's browser with the extension and its fixture server, set up once. */
export interface ExtensionSession {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

/**
 * Start the fixture server and Chromium with the built extension before the file's
 * tests (then `prepare`, e.g. init scripts), and close both after them. Read the fields
 * inside tests, not at load time.
 */
export function useExtensionSession(
  options: LaunchOptions = {},
  prepare?: (browser: ExtensionBrowser) => Promise<void>,
): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.browser = await launchExtensionBrowser(options);
    await prepare?.(session.browser);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
