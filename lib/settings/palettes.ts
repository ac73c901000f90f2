import type { PhraseKind } from '../dictionary/types';
import type { Settings } from './settings-schema';

/**
 * Kind colours. Painted as translucent backgrounds (or underlines), so the page's own
 * text colour stays and contrast holds on light and dark pages alike. The popup legend,
 * the card's badge and the settings page all read them from here.
 */
export const PALETTES: Record<Settings['palette'], Record<PhraseKind, string>> = {
  default: {
    slogan: '#e5383b',
    numbered: '#f3722c',
    formula: '#9b5de5',
    bundle: '#f9c74f',
    frame: '#43aa8b',
    ritual: '#4d96ff',
  },
  /** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
  colorblind: {
    slogan: '#d55e00',
    numbered: '#e69f00',
    formula: '#cc79a7',
    bundle: '#f0e442',
    frame: '#009e73',
    ritual: '#56b4e9',
  },
};

/** The colour of each kind under the user's palette and overrides. */
export function kindColors(settings: Pick<Settings, 'palette' | 'colors'>): Record<PhraseKind, string> {
  return { ...PALETTES[settings.palette], ...settings.colors };
}

/** `#rrggbb` with an alpha, as `rgba()`. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
