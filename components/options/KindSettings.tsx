import { PHRASE_KINDS, type PhraseKind } from '../../lib/dictionary/types';
import type { UiStringKey } from '../../lib/i18n/ui-strings';
import { kindColors, paletteStyles } from '../../lib/settings/theme';
import type { Settings } from '../../lib/settings/settings-schema';
import { useT } from '../i18n';

type Change = (change: (s: Settings) => Settings) => void;

/** Which kinds are highlighted, in which colours and style. */
export function KindSettings({ settings, onChange }: { settings: Settings; onChange: Change }) {
  const t = useT();
  const colors = kindColors(settings);
  const setKind = (kind: PhraseKind, on: boolean) => onChange((s) => ({ ...s, kinds: { ...s.kinds, [kind]: on } }));
  const setColor = (kind: PhraseKind, color: string | undefined) =>
    onChange((s) => {
      const next = { ...s.colors };
      if (color && color !== paletteStyles(s.palette)[kind].background) next[kind] = color;
      else delete next[kind];
      return { ...s, colors: next };
    });
  return (
    <section aria-labelledby="kinds-title">
      <h2 id="kinds-title">{t('optionsKinds')}</h2>
      <ul class="kind-list">
        {PHRASE_KINDS.map((kind) => (
          <li key={kind}>
            <label>
              <input type="checkbox" data-kind={kind} checked={settings.kinds[kind]} onChange={(e) => setKind(kind, e.currentTarget.checked)} />
              <span class="sample" style={{ background: colors[kind], color: '#1a1a1a' }}>{t(`kind_${kind}` as UiStringKey)}</span>
            </label>
            <span class="help">{t(`kindHelp_${kind}` as UiStringKey)}</span>
            <input type="color" aria-label={`${t('optionsColors')}: ${t(`kind_${kind}` as UiStringKey)}`} value={colors[kind]} onInput={(e) => setColor(kind, e.currentTarget.value)} />
            {settings.colors[kind] && (
              <button type="button" class="link" onClick={() => setColor(kind, undefined)}>{t('optionsResetColor')}</button>
            )}
          </li>
        ))}
      </ul>
      <div class="row">
        <label>
          {t('optionsPalette')}{' '}
          <select value={settings.palette} data-testid="palette" onChange={(e) => {
            const value = e.currentTarget.value as Settings['palette'];
            onChange((s) => ({ ...s, palette: value }));
          }}>
            <option value="default">{t('optionsPaletteDefault')}</option>
            <option value="colorblind">{t('optionsPaletteColorblind')}</option>
          </select>
        </label>
        <label>
          {t('optionsStyle')}{' '}
          <select value={settings.style} data-testid="style" onChange={(e) => {
            const value = e.currentTarget.value as Settings['style'];
            onChange((s) => ({ ...s, style: value }));
          }}>
            <option value="background">{t('optionsStyleBackground')}</option>
            <option value="underline">{t('optionsStyleUnderline')}</option>
          </select>
        </label>
      </div>
    </section>
  );
}
