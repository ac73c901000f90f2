import { PHRASE_KINDS, type PhraseKind } from '../../lib/dictionary/types';
import type { UiStringKey } from '../../lib/i18n/ui-strings';
import { useT } from '../i18n';

interface Props {
  byKind: Partial<Record<PhraseKind, number>>;
  colors: Record<PhraseKind, string>;
}

/** Counts by kind in the page's colours: the breakdown doubles as the legend. */
export function KindBreakdown({ byKind, colors }: Props) {
  const t = useT();
  return (
    <ul class="kinds" aria-label={t('popupByKind')}>
      {PHRASE_KINDS.map((kind) => (
        <li key={kind} class={`kind kind-${kind}`} title={t(`kindHelp_${kind}` as UiStringKey)}>
          <span class="swatch" style={{ background: colors[kind] }} aria-hidden="true" />
          <span class="label">{t(`kind_${kind}` as UiStringKey)}</span>
          <span class="count">{byKind[kind] ?? 0}</span>
        </li>
      ))}
    </ul>
  );
}
