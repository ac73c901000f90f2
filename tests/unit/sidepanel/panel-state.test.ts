import { describe, expect, it } from 'vitest';
import type { PagePhrases } from '../../../lib/messaging/page-requests';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings-schema';
import { loadPanelState } from '../../../lib/sidepanel/panel-state';

const page = { url: 'http://www.example.gov.cn/a', title: 'a', enabled: true, top: [], density: [], stats: { matches: 0, chars: 0, stockChars: 0, byKind: {}, byEntry: {} } } as PagePhrases;
const settings = async () => DEFAULT_SETTINGS;

describe('what the side panel shows', () => {
  it("shows the tab's phrases with its notes, and still the phrases when the notes cannot be read", async () => {
    const ok = await loadPanelState({ tabId: 3, phrases: async () => page, notes: async () => [], settings });
    expect(ok).toMatchObject({ kind: 'page', tabId: 3, notes: [] });
    const noNotes = await loadPanelState({ tabId: 3, phrases: async () => page, notes: () => Promise.reject(new Error('x')), settings });
    expect(noNotes.kind).toBe('page');
  });

  it('says there is nothing to list when no content script answers or there is no tab', async () => {
    expect((await loadPanelState({ tabId: 3, phrases: () => Promise.reject(new Error('none')), notes: async () => [], settings })).kind).toBe('no-page');
    expect((await loadPanelState({ tabId: undefined, phrases: async () => page, notes: async () => [], settings })).kind).toBe('no-page');
  });
});
