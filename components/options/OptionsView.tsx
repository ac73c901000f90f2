import type { Settings } from '../../lib/settings/settings-schema';
import type { Shortcut } from '../../lib/shortcuts/shortcuts';
import { useT } from '../i18n';
import { ShortcutList } from '../shortcuts/ShortcutList';
import { HiddenEntries } from './HiddenEntries';
import { KindSettings } from './KindSettings';
import { PersonalPhrases } from './PersonalPhrases';
import { SiteSettings } from './SiteSettings';

export interface OptionsProps {
  settings: Settings;
  onChange: (change: (s: Settings) => Settings) => void;
  textOf: (entryId: string) => string;
  granted: string[];
  onRevoke: (origin: string) => void;
  shortcuts?: Shortcut[];
}

/** The settings page: kinds and colours, personal and hidden phrases, sites, language. */
export function OptionsView(props: OptionsProps) {
  const t = useT();
  const { settings, onChange } = props;
  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
        <nav>
          <a href="notes.html">{t('popupNotes')}</a>
          <a href="reader.html">{t('popupReader')}</a>
        </nav>
      </header>
      <KindSettings settings={settings} onChange={onChange} />
      <PersonalPhrases settings={settings} onChange={onChange} />
      <HiddenEntries settings={settings} textOf={props.textOf} onChange={onChange} />
      <SiteSettings settings={settings} onChange={onChange} granted={props.granted} onRevoke={props.onRevoke} />
      <ShortcutList shortcuts={props.shortcuts ?? []} />
      <section aria-labelledby="language-title">
        <h2 id="language-title">{t('optionsLanguage')}</h2>
        <select value={settings.language} data-testid="language" onChange={(e) => {
            const value = e.currentTarget.value as Settings['language'];
            onChange((s) => ({ ...s, language: value }));
          }}>
          <option value="auto">{t('optionsLanguageAuto')}</option>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </section>
    </main>
  );
}
