import { PHRASE_KINDS, type PhraseKind } from '../dictionary/types';
import type { Translate, UiStringKey } from '../i18n/ui-strings';
import type { Settings } from '../settings/settings-schema';
import { themeFor } from '../settings/theme';
import type { LegendRow } from './annotated-html';

/** Every kind in the user's colours, named and explained in the UI language: one source for
 *  the first-run page and the export's legend, as the popup's breakdown is for the popup. */
export function kindLegend(settings: Pick<Settings, 'palette' | 'colors' | 'style'>, t: Translate, counts: Partial<Record<PhraseKind, number>> = {}): LegendRow[] {
  const theme = themeFor(settings);
  return PHRASE_KINDS.map((kind) => ({
    kind,
    background: theme.kinds[kind].background,
    color: theme.kinds[kind].color,
    label: t(`kind_${kind}` as UiStringKey),
    help: t(`kindHelp_${kind}` as UiStringKey),
    count: counts[kind] ?? 0,
  }));
}
