import type { Shortcut } from '../../lib/shortcuts/shortcuts';
import type { UiStringKey } from '../../lib/i18n/ui-strings';
import { useT } from '../i18n';

/** Commands that have a UI string (`shortcut_<name>`); the compiler keeps the two lists in step. */
type ShortcutName = { [K in UiStringKey]: K extends `shortcut_${infer N}` ? N : never }[UiStringKey];
const KNOWN: string[] = ['next-phrase', 'prev-phrase', 'open-card', 'toggle-site', 'open-panel', '_execute_action', '_execute_sidebar_action'] satisfies ShortcutName[];

/** The keyboard shortcuts as the browser has them bound, with what each does. */
export function ShortcutList({ shortcuts, compact = false }: { shortcuts: Shortcut[]; compact?: boolean }) {
  const t = useT();
  const rows = shortcuts
    .filter((s) => KNOWN.includes(s.name) && (s.shortcut || !s.name.startsWith('_')))
    .sort((a, b) => KNOWN.indexOf(a.name) - KNOWN.indexOf(b.name));
  if (rows.length === 0) return null;
  const list = (
    <dl>
      {rows.map((s) => (
        <div key={s.name} class="shortcut">
          <dt>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="unset">{t('shortcutsUnset')}</span>}</dt>
          <dd>{t(`shortcut_${s.name}` as UiStringKey)}</dd>
        </div>
      ))}
    </dl>
  );
  // Compact (popup, side panel): folded under its title, so the findings stay in view.
  if (compact) {
    return (
      <details class="shortcuts compact" data-testid="shortcuts">
        <summary>{t('shortcutsTitle')}</summary>
        {list}
      </details>
    );
  }
  return (
    <section class="shortcuts" data-testid="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('shortcutsTitle')}</h2>
      {list}
      <p class="hint">{t('shortcutsChange')}</p>
    </section>
  );
}
