import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { enableUserSite, grantedUserOrigins, syncUserSites } from '../../../lib/sites/user-sites';

type Registered = { id: string; matches?: string[] };
let granted: string[];
let registered: Registered[];

beforeEach(() => {
  fakeBrowser.reset();
  granted = ['*://*.gov.cn/*', '*://*.12371.cn/*'];
  registered = [];
  const b = browser as unknown as Record<string, Record<string, unknown>>;
  b.permissions!.getAll = vi.fn(async () => ({ origins: granted, permissions: [] }));
  b.permissions!.contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o)));
  b.scripting = {
    getRegisteredContentScripts: vi.fn(async () => registered),
    registerContentScripts: vi.fn(async (scripts: Registered[]) => void registered.push(...scripts)),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => void (registered = registered.filter((s) => !ids.includes(s.id)))),
    executeScript: vi.fn(async () => []),
  };
});

describe('sites the user allows', () => {
  it('ignores the government hosts the manifest already covers', async () => {
    granted.push('http://www.example.com/*');
    expect(await grantedUserOrigins()).toEqual(['http://www.example.com']);
  });

  it('registers the content script for a granted origin only, and runs it in the open tab', async () => {
    expect(await enableUserSite('http://www.example.com', 7)).toEqual({ registered: false });
    expect(registered).toEqual([]);
    granted.push('http://www.example.com/*');
    expect(await enableUserSite('http://www.example.com', 7)).toEqual({ registered: true });
    expect(registered).toEqual([expect.objectContaining({ id: 'tifa-user-site:www.example.com', matches: ['http://www.example.com/*'] })]);
    expect(browser.scripting.executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, allFrames: true } }));
  });

  it('stops running where the permission was removed', async () => {
    granted.push('https://news.example.org/*');
    await syncUserSites();
    expect(registered.map((s) => s.id)).toEqual(['tifa-user-site:news.example.org']);
    granted.pop();
    await syncUserSites();
    expect(registered).toEqual([]);
  });
});
