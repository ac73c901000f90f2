import type { Settings } from '../../lib/settings/settings-schema';
import { useT } from '../i18n';

type Change = (change: (s: Settings) => Settings) => void;

interface Props {
  settings: Settings;
  onChange: Change;
  /** Origins the user granted beyond the government hosts. */
  granted: string[];
  onRevoke: (origin: string) => void;
}

/** The sites with their own switch, and the extra sites the user allowed. */
export function SiteSettings({ settings, onChange, granted, onRevoke }: Props) {
  const t = useT();
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSites')}</h2>
      {sites.length === 0 && <p class="hint">{t('optionsSitesNone')}</p>}
      <ul class="site-list">
        {sites.map(([host, on]) => (
          <li key={host}>
            <span>{host}</span>
            <select value={on ? 'on' : 'off'} onChange={(e) => {
              const on = e.currentTarget.value === 'on';
              onChange((s) => ({ ...s, sites: { ...s.sites, [host]: on } }));
            }}>
              <option value="on">{t('optionsSiteOn')}</option>
              <option value="off">{t('optionsSiteOff')}</option>
            </select>
            <button type="button" class="link" onClick={() => onChange((s) => ({ ...s, sites: Object.fromEntries(Object.entries(s.sites).filter(([h]) => h !== host)) }))}>
              {t('optionsRemove')}
            </button>
          </li>
        ))}
      </ul>
      {granted.length > 0 && (
        <>
          <h3>{t('optionsGranted')}</h3>
          <ul class="granted-list">
            {granted.map((origin) => (
              <li key={origin}>
                <span>{origin}</span>
                <button type="button" class="link" onClick={() => onRevoke(origin)}>{t('optionsRevoke')}</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
