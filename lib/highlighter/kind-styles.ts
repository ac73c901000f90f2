/**
 * The one colour table for the six kinds of stock language. The page highlights, the
 * `<tifa-mark>` fallback, the popup legend and the settings all read it from here.
 */
import { PHRASE_KINDS, type PhraseKind } from '../dictionary/types';
import { hexToRgb, relativeLuminance } from '../color/luminance';

/** How one kind looks wherever it is shown. */
export interface KindStyle {
  /** Name of its entry in `CSS.highlights` (and of the `::highlight()` pseudo-element). */
  highlight: string;
  /** A light patch with its own dark text, so it reads the same on light and dark pages. */
  background: string;
  color: string;
  /** A darker line of the same hue: tells kinds apart without relying on the fill alone. */
  underline: string;
}

/** Colours chosen for contrast: text on fill ≥ 7:1 (WCAG AAA), line on fill ≥ 3:1. */
export const KIND_STYLES: Readonly<Record<PhraseKind, KindStyle>> = {
  slogan: { highlight: 'tifa-slogan', background: '#ffd966', color: '#1a1a1a', underline: '#8a5a00' },
  numbered: { highlight: 'tifa-numbered', background: '#a8d8ff', color: '#1a1a1a', underline: '#0b4f8a' },
  formula: { highlight: 'tifa-formula', background: '#ffbdd6', color: '#1a1a1a', underline: '#8c1d4f' },
  bundle: { highlight: 'tifa-bundle', background: '#c8ebaa', color: '#1a1a1a', underline: '#33650f' },
  frame: { highlight: 'tifa-frame', background: '#dccbff', color: '#1a1a1a', underline: '#4f2d9e' },
  ritual: { highlight: 'tifa-ritual', background: '#e8dfcf', color: '#1a1a1a', underline: '#6b5535' },
};

/** Okabe–Ito hues as light fills with dark text: told apart with the common colour-vision deficiencies. */
export const COLORBLIND_KIND_STYLES: Readonly<Record<PhraseKind, KindStyle>> = {
  slogan: { highlight: 'tifa-slogan', background: '#f5c78a', color: '#1a1a1a', underline: '#a04800' },
  numbered: { highlight: 'tifa-numbered', background: '#9fd3f2', color: '#1a1a1a', underline: '#0072b2' },
  formula: { highlight: 'tifa-formula', background: '#e6b3d1', color: '#1a1a1a', underline: '#8f3f71' },
  bundle: { highlight: 'tifa-bundle', background: '#f6ef9c', color: '#1a1a1a', underline: '#6b6200' },
  frame: { highlight: 'tifa-frame', background: '#8fd6bd', color: '#1a1a1a', underline: '#00664a' },
  ritual: { highlight: 'tifa-ritual', background: '#d9d9d9', color: '#1a1a1a', underline: '#4d4d4d' },
};

/** How all kinds look: their colours, and whether fills or only underlines are drawn. */
export interface HighlightTheme {
  kinds: Readonly<Record<PhraseKind, KindStyle>>;
  style: 'background' | 'underline';
}

/** The look of a fresh install. */
export const DEFAULT_THEME: HighlightTheme = { kinds: KIND_STYLES, style: 'background' };

/**
 * The `CSS.highlights` name of a kind, e.g. 'tifa-slogan'. Fixed, not random: page script
 * reads the registry and sees our highlights and their ranges whatever they are called, so a
 * random name would hide nothing; only what is private (noted passages) stays out of it.
 */
export function highlightName(kind: PhraseKind): string {
  return KIND_STYLES[kind].highlight;
}

/** A frame's fixed parts are underlined with dots: a phrase that is also a frame part (深入学习贯彻)
 *  then reads as "part of a frame" in the frame's colour, not as the same phrase recoloured. */
const lineStyle = (kind: PhraseKind) => (kind === 'frame' ? ' dotted' : '');

/** The declarations shared by `::highlight()` rules and `<tifa-mark>` inline styles. In
 *  underline style the page's own text colour and background stay; only a line is drawn. */
function declarations(kind: PhraseKind, style: KindStyle, look: HighlightTheme['style'] = 'background'): string {
  if (look === 'underline') return `text-decoration:underline${lineStyle(kind)} ${style.underline};text-decoration-thickness:3px;`;
  return (
    `background-color:${style.background};color:${style.color};` +
    `text-decoration:underline${lineStyle(kind)} ${style.underline};text-decoration-thickness:${kind === 'frame' ? 3 : 2}px;`
  );
}

/** The stylesheet text for every kind's `::highlight()`, with a forced-colours variant. */
export function highlightSheetText(theme: HighlightTheme = DEFAULT_THEME): string {
  const rules = PHRASE_KINDS.map((k) => `::highlight(${theme.kinds[k].highlight}){${declarations(k, theme.kinds[k], theme.style)}}`);
  const forced = PHRASE_KINDS.map((k) => `::highlight(${KIND_STYLES[k].highlight}){background-color:Mark;color:MarkText}`);
  return `${rules.join('\n')}\n@media (forced-colors: active){${forced.join('')}}`;
}

/** Inline style of a `<tifa-mark>`: inline so the fallback needs no stylesheet in the page. */
export function markStyleText(kind: PhraseKind, theme: HighlightTheme = DEFAULT_THEME): string {
  return `${declarations(kind, theme.kinds[kind], theme.style)}text-underline-offset:2px;`;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21); the settings reuse it for custom colours. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(hexToRgb(a)), relativeLuminance(hexToRgb(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
