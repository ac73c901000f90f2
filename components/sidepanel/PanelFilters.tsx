import { PHRASE_KINDS, type PhraseKind } from '../../lib/dictionary/types';
import type { UiStringKey } from '../../lib/i18n/ui-strings';
import type { PanelFilter } from '../../lib/sidepanel/panel-filter';
import { useT } from '../i18n';

interface Props {
  filter: PanelFilter;
  colors: Record<PhraseKind, string>;
  onChange: (filter: PanelFilter) => void;
}

/** A text filter, one toggle per kind (the toggles are the legend), and "only nested". */
export function PanelFilters({ filter, colors, onChange }: Props) {
  const t = useT();
  const toggle = (kind: PhraseKind) =>
    onChange({ ...filter, hiddenKinds: filter.hiddenKinds.includes(kind) ? filter.hiddenKinds.filter((k) => k !== kind) : [...filter.hiddenKinds, kind] });
  return (
    <section class="filters">
      <input
        type="search"
        value={filter.query}
        placeholder={t('panelFilter')}
        aria-label={t('panelFilter')}
        data-testid="panel-filter"
        onInput={(e) => onChange({ ...filter, query: e.currentTarget.value })}
      />
      <div class="kind-toggles" role="group" aria-label={t('panelKinds')}>
        {PHRASE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            class={`kind-toggle kind-${kind}`}
            aria-pressed={!filter.hiddenKinds.includes(kind)}
            title={t(`kindHelp_${kind}` as UiStringKey)}
            onClick={() => toggle(kind)}
          >
            <span class="swatch" style={{ background: colors[kind] }} aria-hidden="true" />
            {t(`kind_${kind}` as UiStringKey)}
          </button>
        ))}
        <button type="button" class="kind-toggle nested-only" aria-pressed={filter.nestedOnly} data-testid="nested-only" onClick={() => onChange({ ...filter, nestedOnly: !filter.nestedOnly })}>
          {t('panelNestedOnly')}
        </button>
      </div>
    </section>
  );
}
