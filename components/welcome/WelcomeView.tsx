import type { LegendRow } from '../../lib/report/annotated-html';
import type { Shortcut } from '../../lib/shortcuts/shortcuts';
import { useT } from '../i18n';
import { ShortcutList } from '../shortcuts/ShortcutList';

/** The first-run page: what the colours mean, what a click does, the keys, and privacy. */
export function WelcomeView({ legend, shortcuts }: { legend: LegendRow[]; shortcuts: Shortcut[] }) {
  const t = useT();
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p class="intro">{t('welcomeIntro')}</p>
      <section aria-labelledby="colors-title">
        <h2 id="colors-title">{t('welcomeColors')}</h2>
        <ul class="legend" data-testid="welcome-legend">
          {legend.map((row) => (
            <li key={row.kind} class={`kind-${row.kind}`}>
              <mark style={{ background: row.background, color: row.color }} class={row.kind === 'frame' ? 'frame' : undefined}>{row.label}</mark>
              <span>{row.help}</span>
            </li>
          ))}
        </ul>
        <p class="hint">{t('welcomeFrameText')}</p>
      </section>
      <section aria-labelledby="click-title">
        <h2 id="click-title">{t('welcomeClick')}</h2>
        <p>{t('welcomeClickText')}</p>
        <p>{t('welcomePanelText')}</p>
      </section>
      <ShortcutList shortcuts={shortcuts} />
      <section aria-labelledby="privacy-title" class="privacy" data-testid="welcome-privacy">
        <h2 id="privacy-title">{t('welcomePrivacy')}</h2>
        <p>{t('welcomePrivacyText')}</p>
      </section>
      <p class="try">{t('welcomeTry')}</p>
    </main>
  );
}
