import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../lib/settings/settings-schema';
import { highlightingOn, siteKey } from '../../../lib/settings/site-rules';
import { addPersonalPhrase, personalEntries, personalPhraseProblem, setEntryHidden } from '../../../lib/settings/personal-phrases';

describe('settings', () => {
  it('fills in defaults and drops what it does not know', () => {
    const s = normalizeSettings({ paused: true, kinds: { bundle: false }, evil: 1 });
    expect(s.paused).toBe(true);
    expect(s.kinds.bundle).toBe(false);
    expect(s.kinds.slogan).toBe(true);
    expect(s).not.toHaveProperty('evil');
  });
  it('falls back to the defaults on invalid input instead of throwing', () => {
    expect(normalizeSettings({ palette: 'neon' })).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ colors: { slogan: 'red;}body{display:none' } })).toEqual(DEFAULT_SETTINGS);
  });
  it('switches sites by hostname without www, and pauses everywhere', () => {
    expect(siteKey('WWW.Example.gov.cn')).toBe('example.gov.cn');
    const off = { ...DEFAULT_SETTINGS, sites: { 'example.gov.cn': false } };
    expect(highlightingOn(off, 'www.example.gov.cn')).toBe(false);
    expect(highlightingOn(off, 'other.gov.cn')).toBe(true);
    expect(highlightingOn({ ...DEFAULT_SETTINGS, paused: true }, 'other.gov.cn')).toBe(false);
  });
  it('adds personal phrases as dictionary entries and hides entries reversibly', () => {
    const s = addPersonalPhrase(DEFAULT_SETTINGS, { text: ' 一线工作法 ', kind: 'slogan', comment: 'mine' }, new Date(0), 'abc');
    expect(personalEntries(s)).toEqual([
      expect.objectContaining({ id: 'p-abc', text: '一线工作法', kind: 'slogan', personal: { comment: 'mine' } }),
    ]);
    expect(personalPhraseProblem('一线工作法', s)).toBe('duplicate');
    expect(personalPhraseProblem('一', s)).toBe('too-short');
    const hidden = setEntryHidden(s, 'b-123', true);
    expect(hidden.hiddenEntries).toEqual(['b-123']);
    expect(setEntryHidden(hidden, 'b-123', false).hiddenEntries).toEqual([]);
  });
});

describe('activeEntries', async () => {
  const { activeEntries, activeEntriesKey } = await import('../../../lib/settings/active-entries');
  const entries = [
    { id: 's-1', text: '不忘初心、牢记使命', kind: 'slogan' as const, variants: [], score: 1, occurrences: 2, families: 2 },
    { id: 'b-1', text: '高度重视', kind: 'bundle' as const, variants: [], score: 1, occurrences: 4, families: 4 },
  ];
  it('drops hidden entries and switched-off kinds, and adds personal phrases', () => {
    const s = addPersonalPhrase({ ...DEFAULT_SETTINGS, hiddenEntries: ['s-1'] }, { text: '一线工作法', kind: 'bundle' }, new Date(0), 'x');
    expect(activeEntries(entries, s).map((e) => e.id)).toEqual(['b-1', 'p-x']);
    const noBundles = { ...s, kinds: { ...s.kinds, bundle: false } };
    expect(activeEntries(entries, noBundles)).toEqual([]);
  });
  it('changes its key only when the highlighted set changes', () => {
    expect(activeEntriesKey({ ...DEFAULT_SETTINGS, palette: 'colorblind' })).toBe(activeEntriesKey(DEFAULT_SETTINGS));
    expect(activeEntriesKey({ ...DEFAULT_SETTINGS, hiddenEntries: ['x'] })).not.toBe(activeEntriesKey(DEFAULT_SETTINGS));
  });
});

describe('settings that travel with notes', async () => {
  const { mergePortableSettings, portableSettings, settingsChange } = await import('../../../lib/settings/portable-settings');
  it('exports personal phrases and hidden entries, and merges them back without losing any', () => {
    const mine = addPersonalPhrase({ ...DEFAULT_SETTINGS, hiddenEntries: ['b-1'] }, { text: '一线工作法', kind: 'bundle', comment: 'a' }, new Date(0), 'x');
    const carried = portableSettings(mine);
    expect(carried).toEqual({ personalPhrases: [{ text: '一线工作法', kind: 'bundle', comment: 'a' }], hiddenEntries: ['b-1'] });
    const other = { ...DEFAULT_SETTINGS, hiddenEntries: ['s-9'] };
    const merged = mergePortableSettings(other, { ...carried, personalPhrases: [...carried.personalPhrases, { text: '一', kind: 'x', comment: '' }] });
    expect(merged.personalPhrases.map((p) => [p.text, p.kind])).toEqual([['一线工作法', 'bundle']]);
    expect(merged.hiddenEntries).toEqual(['s-9', 'b-1']);
    expect(mergePortableSettings(merged, carried).personalPhrases).toHaveLength(1);
    // What the import summary reports: one phrase added, one entry newly hidden; nothing the second time.
    expect(settingsChange(other, merged)).toEqual({ personalPhrases: 1, hiddenEntries: 1 });
    expect(settingsChange(merged, mergePortableSettings(merged, carried))).toEqual({ personalPhrases: 0, hiddenEntries: 0 });
  });
});
