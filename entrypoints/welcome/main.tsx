import { render } from 'preact';
import { TranslateContext } from '../../components/i18n';
import { WelcomeView } from '../../components/welcome/WelcomeView';
import { languageFor, translatorFor } from '../../lib/i18n/ui-strings';
import { kindLegend } from '../../lib/report/kind-legend';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings-schema';
import { loadSettings } from '../../lib/settings/settings-store';
import { loadShortcuts } from '../../lib/shortcuts/shortcuts';
import './style.css';

async function show(): Promise<void> {
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  const t = translatorFor(settings.language, navigator.language);
  const language = settings.language === 'auto' ? languageFor(navigator.language) : settings.language;
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  document.title = t('welcomeTitle');
  render(
    <TranslateContext.Provider value={t}>
      <WelcomeView legend={kindLegend(settings, t)} shortcuts={await loadShortcuts()} />
    </TranslateContext.Provider>,
    document.getElementById('app')!,
  );
}

void show();
