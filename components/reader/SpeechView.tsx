import { useEffect } from 'preact/hooks';
import type { Speech } from '../../lib/corpus';
import type { ReaderRoute } from '../../lib/reader/route';
import { useT } from '../i18n';
import { ParagraphText } from './ParagraphText';

interface Props {
  speech: Speech;
  route: ReaderRoute;
  /** Id of the first speech of this one's family, when it is not this one. */
  familyOriginal?: number;
}

/** A seed speech in full: title, speaker, date, and its paragraphs. */
export function SpeechView({ speech, route, familyOriginal }: Props) {
  const t = useT();
  useEffect(() => {
    if (route.paragraph === undefined) return void window.scrollTo(0, 0);
    document.getElementById(`p-${route.paragraph}`)?.scrollIntoView({ block: 'center' });
  }, [speech.id, route.paragraph, route.from, route.to]);
  const mark = route.from !== undefined && route.to !== undefined ? { from: route.from, to: route.to } : undefined;
  return (
    <article class="speech" data-speech={speech.id}>
      <header>
        <p class="number">{t('speechNumber', speech.id)}</p>
        <h1>{speech.title}</h1>
        {speech.subtitle && <p class="subtitle">{speech.subtitle}</p>}
        <dl class="meta">
          {speech.speaker && [<dt>{t('speaker')}</dt>, <dd class="speaker">{speech.speaker}</dd>]}
          {speech.date && [<dt>{t('date')}</dt>, <dd class="date">{speech.date}</dd>]}
          <dt>{t('family')}</dt>
          <dd>{familyOriginal ? t('sameFamilyAs', familyOriginal) : t('paragraphs', speech.paragraphs.length)}</dd>
        </dl>
      </header>
      {speech.paragraphs.map((p) => (
        <ParagraphText key={p.index} paragraph={p} target={p.index === route.paragraph} mark={mark} />
      ))}
    </article>
  );
}
