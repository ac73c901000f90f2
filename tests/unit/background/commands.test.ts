import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { runCommand } from '../../../lib/background/commands';
import { COMMANDS } from '../../../lib/background/command-names';
import { loadSettings } from '../../../lib/settings/settings-store';

let sent: Array<{ tabId: number; message: { type: string; payload: unknown } }>;

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  (browser.tabs as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async (tabId: number, message: { type: string; payload: unknown }) => {
    sent.push({ tabId, message });
    if (message.type === 'page:summary') return { ok: true, value: { url: 'http://www.example.gov.cn/a', enabled: true } };
    return { ok: true, value: null };
  });
});

describe('keyboard commands', () => {
  it('every command the manifest declares does something when pressed (a renamed one would be dead)', async () => {
    const open = vi.fn(async () => undefined);
    (browser as unknown as { sidePanel: unknown }).sidePanel = { open };
    for (const name of Object.keys(COMMANDS)) {
      const before = { sent: sent.length, opened: open.mock.calls.length, sites: JSON.stringify((await loadSettings()).sites) };
      await runCommand(name, { id: 7 } as never);
      const acted = sent.length > before.sent || open.mock.calls.length > before.opened || JSON.stringify((await loadSettings()).sites) !== before.sites;
      expect(acted, name).toBe(true);
    }
    delete (browser as unknown as { sidePanel?: unknown }).sidePanel;
  });

  it('suggests keys for at most four commands (Chrome refuses to load a manifest with more)', () => {
    expect(Object.values(COMMANDS).filter((c) => 'suggested_key' in c).length).toBeLessThanOrEqual(4);
  });

  it('opens the side panel in the tab the command was pressed in', async () => {
    const open = vi.fn(async () => undefined);
    (browser as unknown as { sidePanel: unknown }).sidePanel = { open };
    await runCommand('open-panel', { id: 5 } as never);
    expect(open).toHaveBeenCalledWith({ tabId: 5 });
    delete (browser as unknown as { sidePanel?: unknown }).sidePanel;
  });

  it('sends next, previous and open-card to the tab they were pressed in', async () => {
    await runCommand('next-phrase', { id: 3 } as never);
    await runCommand('prev-phrase', { id: 3 } as never);
    await runCommand('open-card', { id: 3 } as never);
    expect(sent.map((s) => [s.tabId, s.message.type, s.message.payload])).toEqual([
      [3, 'page:step', { direction: 'next' }],
      [3, 'page:step', { direction: 'prev' }],
      [3, 'page:open-card', {}],
    ]);
  });

  it('toggles the site of the tab in the settings', async () => {
    await runCommand('toggle-site', { id: 4 } as never);
    expect((await loadSettings()).sites).toEqual({ 'example.gov.cn': false });
  });

  it('does nothing without a tab', async () => {
    await runCommand('next-phrase', undefined);
    expect(sent).toEqual([]);
  });
});
