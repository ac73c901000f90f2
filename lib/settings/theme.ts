import { PHRASE_KINDS, type PhraseKind } from '../dictionary/types';
import {
  COLORBLIND_KIND_STYLES,
  KIND_STYLES,
  contrastRatio,
  type HighlightTheme,
  type KindStyle,
} from '../highlighter/kind-styles';
import type { Settings } from './settings-schema';

/** The built-in colours of a palette, before the user's overrides. */
export function paletteStyles(palette: Settings['palette']): Readonly<Record<PhraseKind, KindStyle>> {
  return palette === 'colorblind' ? COLORBLIND_KIND_STYLES : KIND_STYLES;
}

/** A user's fill colour with the text colour (dark or white) that reads best on it. */
function customStyle(base: KindStyle, background: string): KindStyle {
  const color = contrastRatio(background, '#1a1a1a') >= contrastRatio(background, '#ffffff') ? '#1a1a1a' : '#ffffff';
  return { ...base, background, color, underline: color === '#1a1a1a' ? '#333333' : '#000000' };
}

/** How highlights look under the user's settings: palette, per-kind overrides, style. */
export function themeFor(settings: Pick<Settings, 'palette' | 'colors' | 'style'>): HighlightTheme {
  const base = paletteStyles(settings.palette);
  const kinds = Object.fromEntries(
    PHRASE_KINDS.map((k) => {
      const custom = settings.colors[k];
      return [k, custom ? customStyle(base[k], custom) : base[k]];
    }),
  ) as Record<PhraseKind, KindStyle>;
  return { kinds, style: settings.style };
}

/** Swatch colour of each kind for legends: the fill the page shows. */
export function kindColors(settings: Pick<Settings, 'palette' | 'colors' | 'style'>): Record<PhraseKind, string> {
  const theme = themeFor(settings);
  return Object.fromEntries(PHRASE_KINDS.map((k) => [k, theme.kinds[k].background])) as Record<PhraseKind, string>;
}
