import type { PhraseKind } from '../../lib/dictionary/types';
import type { PopupState } from '../../lib/popup/popup-state';
import type { Shortcut } from '../../lib/shortcuts/shortcuts';
import { siteKey } from '../../lib/settings/site-rules';
import { ShortcutList } from '../shortcuts/ShortcutList';
import { useT } from '../i18n';
import { PageFindings } from './PageFindings';
import { Switch } from './Switch';

export interface PopupActions {
  onReveal: (entryId: string) => void;
  onSiteSwitch: (host: string, on: boolean) => void;
  onPause: (paused: boolean) => void;
  onEnableSite: (origin: string) => void;
  onReport: (format: 'markdown' | 'csv') => void;
  onOpenPage: (page: 'notes' | 'reader' | 'options') => void;
  onOpenPanel: () => void;
}

/** The toolbar popup: the page's findings and the user's switches. */
export function PopupView({ state, colors, actions, shortcuts = [] }: { state: PopupState; colors: Record<PhraseKind, string>; actions: PopupActions; shortcuts?: Shortcut[] }) {
  const t = useT();
  if (state.kind === 'loading') return <div class="popup loading" aria-busy="true" />;
  const settings = state.settings;
  const host = state.kind === 'unavailable' ? '' : state.host;
  const siteOn = host ? settings.sites[siteKey(host)] ?? true : false;
  return (
    <div class="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
        {host && <span class="host">{host}</span>}
      </header>
      {state.kind === 'running' && settings.paused && <p class="notice">{t('popupPaused')}</p>}
      {state.kind === 'running' && !settings.paused && !siteOn && <p class="notice">{t('popupSiteOff')}</p>}
      {state.kind === 'running' && <PageFindings summary={state.summary} colors={colors} onReveal={actions.onReveal} />}
      {state.kind === 'not-running' && (
        <section class="enable">
          <p>{t('popupNotRunning')}</p>
          <button type="button" class="primary" data-testid="enable-site" onClick={() => actions.onEnableSite(state.origin)}>
            {t('popupEnableSite')}
          </button>
          <p class="hint">{t('popupEnableHint')}</p>
        </section>
      )}
      {state.kind === 'unavailable' && <p class="notice">{t('popupUnavailable')}</p>}
      <section class="switches">
        {state.kind === 'running' && (
          <Switch label={t('popupSiteOn')} checked={siteOn} testId="site-switch" onChange={(on) => actions.onSiteSwitch(host, on)} />
        )}
        <Switch label={t('popupPauseAll')} checked={settings.paused} testId="pause-switch" onChange={actions.onPause} />
      </section>
      {state.kind === 'running' && state.summary.stats.matches > 0 && (
        <section class="report">
          <span>{t('popupReport')}</span>
          <button type="button" data-testid="report-markdown" onClick={() => actions.onReport('markdown')}>{t('popupReportMarkdown')}</button>
          <button type="button" data-testid="report-csv" onClick={() => actions.onReport('csv')}>{t('popupReportCsv')}</button>
        </section>
      )}
      {state.kind === 'running' && (
        <button type="button" class="open-panel" data-testid="open-panel" onClick={actions.onOpenPanel}>{t('panelOpen')}</button>
      )}
      <nav class="links">
        <button type="button" onClick={() => actions.onOpenPage('notes')}>{t('popupNotes')}</button>
        <button type="button" onClick={() => actions.onOpenPage('reader')}>{t('popupReader')}</button>
        <button type="button" onClick={() => actions.onOpenPage('options')}>{t('popupSettings')}</button>
      </nav>
      <ShortcutList shortcuts={shortcuts} compact />
    </div>
  );
}
