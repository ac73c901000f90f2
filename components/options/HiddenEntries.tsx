import { setEntryHidden } from '../../lib/settings/personal-phrases';
import type { Settings } from '../../lib/settings/settings-schema';
import { useT } from '../i18n';

type Change = (change: (s: Settings) => Settings) => void;

/** Dictionary entries the user hid from the card, each with a way back. */
export function HiddenEntries({ settings, textOf, onChange }: { settings: Settings; textOf: (id: string) => string; onChange: Change }) {
  const t = useT();
  return (
    <section aria-labelledby="hidden-title">
      <h2 id="hidden-title">{t('optionsHidden')}</h2>
      {settings.hiddenEntries.length === 0 ? (
        <p class="hint">{t('optionsHiddenNone')}</p>
      ) : (
        <ul class="hidden-list">
          {settings.hiddenEntries.map((id) => (
            <li key={id} data-entry={id}>
              <span>{textOf(id)}</span>
              <button type="button" class="link" onClick={() => onChange((s) => setEntryHidden(s, id, false))}>{t('optionsUnhide')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
