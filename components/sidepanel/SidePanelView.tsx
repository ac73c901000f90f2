import type { PhraseKind } from '../../lib/dictionary/types';
import type { Shortcut } from '../../lib/shortcuts/shortcuts';
import { filterPhrases, groupByKind, type PanelFilter } from '../../lib/sidepanel/panel-filter';
import type { PanelState } from '../../lib/sidepanel/panel-state';
import { useT } from '../i18n';
import { PageFindings } from '../popup/PageFindings';
import { ShortcutList } from '../shortcuts/ShortcutList';
import { DensityStrip } from './DensityStrip';
import { PanelFilters } from './PanelFilters';
import { PanelNotes } from './PanelNotes';
import { PhraseGroups } from './PhraseGroups';

/** What the panel can ask of the page and the browser. */
export interface PanelActions {
  onFilter: (filter: PanelFilter) => void;
  onReveal: (entryId: string) => void;
  onRevealAt: (order: number) => void;
  onOpenCard: (entryId: string) => void;
  onExport: () => void;
}

interface Props {
  state: PanelState;
  filter: PanelFilter;
  colors: Record<PhraseKind, string>;
  shortcuts: Shortcut[];
  actions: PanelActions;
}

/** The side panel: every stock phrase on the page beside the text, its notes, and an export. */
export function SidePanelView({ state, filter, colors, shortcuts, actions }: Props) {
  const t = useT();
  if (state.kind === 'loading') return <main class="panel loading" aria-busy="true" />;
  if (state.kind === 'no-page') {
    return (
      <main class="panel">
        <h1>{t('panelTitle')}</h1>
        <p class="none" data-testid="panel-no-page">{t('panelNoTab')}</p>
        <ShortcutList shortcuts={shortcuts} compact />
      </main>
    );
  }
  const { page } = state;
  const shown = filterPhrases(page.top, filter);
  return (
    <main class="panel">
      <header>
        <h1>{t('panelTitle')}</h1>
        <p class="page-title" title={page.url}>{page.title || page.url}</p>
      </header>
      <PageFindings summary={{ ...page, top: [] }} colors={colors} onReveal={actions.onReveal} />
      <DensityStrip density={page.density} onRevealAt={actions.onRevealAt} />
      <PanelFilters filter={filter} colors={colors} onChange={actions.onFilter} />
      <p class="showing">
        {t('panelShowing', shown.length, page.top.length)} · <span class="hint">{t('panelListHint')}</span>
      </p>
      <PhraseGroups groups={groupByKind(shown)} colors={colors} onReveal={actions.onReveal} onOpenCard={actions.onOpenCard} />
      <PanelNotes notes={state.notes} />
      {page.top.length > 0 && (
        <button type="button" class="export" data-testid="panel-export" onClick={actions.onExport}>
          {t('panelExport')}
        </button>
      )}
      <ShortcutList shortcuts={shortcuts} compact />
    </main>
  );
}
