import type { PhraseKind } from '../../lib/dictionary/types';
import type { PagePhrase } from '../../lib/messaging/page-requests';
import { useT } from '../i18n';
import { NestedHint } from './NestedHint';

interface Props {
  phrases: PagePhrase[];
  colors: Record<PhraseKind, string>;
  onReveal: (entryId: string) => void;
}

/** The most frequent phrases; a click scrolls the page to the next occurrence. */
export function TopPhrases({ phrases, colors, onReveal }: Props) {
  const t = useT();
  if (phrases.length === 0) return null;
  return (
    <section class="top">
      <h2>{t('popupTop')}</h2>
      <ol>
        {phrases.map((p) => (
          <li key={p.entryId}>
            <button type="button" class="phrase" onClick={() => onReveal(p.entryId)}>
              <span class="swatch" style={{ background: colors[p.kind] }} aria-hidden="true" />
              <span class="text">{p.text}</span>
              <NestedHint phrase={p} />
              <span class="count">{p.count}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
