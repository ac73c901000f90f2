import type { Speech } from '../../lib/corpus';
import { readerHash } from '../../lib/reader/route';
import { useT } from '../i18n';

/** The list of seed speeches, with the open one marked. */
export function SpeechList({ speeches, current }: { speeches: Speech[]; current: number }) {
  const t = useT();
  return (
    <nav class="speech-list" aria-label={t('readerTitle')}>
      <ol>
        {speeches.map((s) => (
          <li key={s.id}>
            <a href={readerHash({ speech: s.id })} aria-current={s.id === current ? 'page' : undefined}>
              <span class="number">{t('speechNumber', s.id)}</span>
              <span class="title">{s.title}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
