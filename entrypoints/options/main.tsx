import { render } from 'preact';
import { browser } from 'wxt/browser';
import dictionary from '../../seeds/dictionary.json';
import { TranslateContext } from '../../components/i18n';
import { OptionsView } from '../../components/options/OptionsView';
import type { DictionaryArtifact } from '../../lib/dictionary/types';
import { translatorFor } from '../../lib/i18n/ui-strings';
import type { Settings } from '../../lib/settings/settings-schema';
import { loadSettings, updateSettings, watchSettings } from '../../lib/settings/settings-store';
import { loadShortcuts } from '../../lib/shortcuts/shortcuts';
import { grantedUserOrigins } from '../../lib/sites/user-sites';
import './style.css';

const texts = new Map((dictionary as DictionaryArtifact).entries.map((e) => [e.id, e.text]));

async function show(settings: Settings): Promise<void> {
  const t = translatorFor(settings.language, navigator.language);
  document.title = t('optionsTitle');
  render(
    <TranslateContext.Provider value={t}>
      <OptionsView
        settings={settings}
        onChange={(change) => void updateSettings(change)}
        textOf={(id) => texts.get(id) ?? id}
        granted={await grantedUserOrigins()}
        shortcuts={await loadShortcuts()}
        onRevoke={(origin) => void browser.permissions.remove({ origins: [`${origin}/*`] }).then(() => loadSettings().then(show))}
      />
    </TranslateContext.Provider>,
    document.getElementById('app')!,
  );
}

watchSettings((s) => void show(s));
void loadSettings().then(show);
