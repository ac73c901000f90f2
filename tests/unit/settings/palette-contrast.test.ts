import { describe, expect, it } from 'vitest';
import { PHRASE_KINDS } from '../../../lib/dictionary/types';
import { contrastRatio } from '../../../lib/highlighter/kind-styles';
import { themeFor } from '../../../lib/settings/theme';

describe('every palette the settings offer stays readable', () => {
  for (const palette of ['default', 'colorblind'] as const) {
    it(`${palette}: text on fill at least 7:1, underline at least 3:1, and the kinds' fills apart`, () => {
      const { kinds } = themeFor({ palette, colors: {}, style: 'background' });
      for (const kind of PHRASE_KINDS) {
        expect(contrastRatio(kinds[kind].color, kinds[kind].background), kind).toBeGreaterThanOrEqual(7);
        expect(contrastRatio(kinds[kind].underline, kinds[kind].background), kind).toBeGreaterThanOrEqual(3);
      }
      expect(new Set(PHRASE_KINDS.map((k) => kinds[k].background)).size).toBe(PHRASE_KINDS.length);
    });
  }

  it('a custom fill gets the text colour that reads best on it', () => {
    const { kinds } = themeFor({ palette: 'default', colors: { slogan: '#202020' }, style: 'background' });
    expect(contrastRatio(kinds.slogan.color, '#202020')).toBeGreaterThanOrEqual(7);
  });
});
