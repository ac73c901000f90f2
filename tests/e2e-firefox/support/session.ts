import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../e2e/support/fixture-server';
import { launchFirefox, type FirefoxExtensionBrowser, type FirefoxLaunchOptions } from './firefox-browser';

/** Every host name the Firefox tests open: government hosts where the add-on runs, one where it does not. */
const FIXTURE_HOSTS = ['www.example.gov.cn', 'notes.example.gov.cn', 'card.example.gov.cn', 'www.example.com'];

/** A test file's Firefox with the add-on and its fixture server, set up once. */
export interface FirefoxSession {
  firefox: FirefoxExtensionBrowser;
  server: FixtureServer;
}

/**
 * Start the fixture server and Firefox ESR with the built add-on before the file's tests,
 * close both after them. Read the fields inside tests, not at load time.
 */
export function useFirefoxSession(options: Partial<FirefoxLaunchOptions> = {}): FirefoxSession {
  const session = {} as FirefoxSession;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.firefox = await launchFirefox({ ...options, hosts: [...FIXTURE_HOSTS, ...(options.hosts ?? [])] });
  });
  afterAll(async () => {
    await session.firefox?.close();
    await session.server?.close();
  });
  return session;
}
