import { render } from 'preact';
import { TranslateContext } from '../../components/i18n';
import { NotesView } from '../../components/notes/NotesView';
import { translatorFor, languageFor } from '../../lib/i18n/ui-strings';
import { createPageNotesService } from './notes-service';
import { requestPersistentStorage } from '../../lib/notes/persist';
import { loadSettings } from '../../lib/settings/settings-store';
import './style.css';

async function start(): Promise<void> {
  const [settings, durability] = await Promise.all([loadSettings().catch(() => null), requestPersistentStorage()]);
  const setting = settings?.language ?? 'auto';
  const language = setting === 'auto' ? languageFor(navigator.language) : setting;
  const t = translatorFor(setting, navigator.language);
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  document.title = t('notesTitle');
  render(
    <TranslateContext.Provider value={t}>
      <NotesView service={createPageNotesService()} locale={language === 'zh' ? 'zh-CN' : 'en'} durability={durability} />
    </TranslateContext.Provider>,
    document.getElementById('app')!,
  );
}

void start();
