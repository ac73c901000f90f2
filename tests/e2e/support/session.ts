import { afterAll, beforeAll } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser, type LaunchOptions } from './extension-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/** A test file's browser with the extension and its fixture server, set up once. */
export interface ExtensionSession {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

/** Launch options, plus a profile to prepare while the browser is closed. */
export interface SessionOptions extends LaunchOptions {
  /**
   * Edit the profile before the session's browser runs on it (e.g. grant a host): the
   * extension is installed in a first launch, the browser closed, this called, and the
   * session's browser launched on the same profile.
   */
  seedProfile?: (profile: { userDataDir: string; extensionId: string }) => void;
}

/**
 * Start the fixture server and Chromium with the built extension before the file's
 * tests (then `prepare`, e.g. init scripts or server routes), and close both after them.
 * Read the fields inside tests, not at load time.
 */
export function useExtensionSession(
  options: SessionOptions = {},
  prepare?: (browser: ExtensionBrowser, server: FixtureServer) => Promise<void> | void,
): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    const { seedProfile, ...launch } = options;
    if (seedProfile) {
      const first = await launchExtensionBrowser(launch);
      await first.close({ keepProfile: true });
      seedProfile({ userDataDir: first.userDataDir, extensionId: first.extensionId });
      launch.userDataDir = first.userDataDir;
    }
    session.browser = await launchExtensionBrowser(launch);
    await prepare?.(session.browser, session.server);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/**
 * A browser of its own for one test (another locale, a fresh or a kept profile): launched
 * with the same helper as the file's session, closed whatever the test does.
 */
export async function withExtensionBrowser<T>(
  options: LaunchOptions & { keepProfile?: boolean },
  use: (browser: ExtensionBrowser) => Promise<T>,
): Promise<T> {
  const { keepProfile = false, ...launch } = options;
  const browser = await launchExtensionBrowser(launch);
  try {
    return await use(browser);
  } finally {
    await browser.close({ keepProfile });
  }
}
