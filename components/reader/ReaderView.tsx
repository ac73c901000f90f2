import type { Corpus } from '../../lib/corpus';
import type { ReaderRoute } from '../../lib/reader/route';
import { useT } from '../i18n';
import { SpeechList } from './SpeechList';
import { SpeechView } from './SpeechView';

/** The reader: the list of seed speeches beside the open one. */
export function ReaderView({ corpus, route }: { corpus: Corpus; route: ReaderRoute }) {
  const t = useT();
  const speech = corpus.speeches.find((s) => s.id === route.speech);
  const original = speech && corpus.speeches.find((s) => s.family === speech.family);
  return (
    <div class="reader">
      <aside>
        <h2>{t('readerTitle')}</h2>
        <p class="intro">{t('readerIntro')}</p>
        <SpeechList speeches={corpus.speeches} current={route.speech} />
      </aside>
      <main>
        {speech ? (
          <SpeechView speech={speech} route={route} familyOriginal={original && original.id !== speech.id ? original.id : undefined} />
        ) : (
          <p role="alert">{t('notFound')}</p>
        )}
      </main>
    </div>
  );
}
