import { useEffect } from 'preact/hooks';
import type { CorpusDocumentMeta } from '../../lib/corpus/documents';
import type { UiStringKey } from '../../lib/i18n/ui-strings';
import type { ReaderRoute } from '../../lib/reader/route';
import { useT } from '../i18n';
import { ParagraphText } from './ParagraphText';

interface Props {
  meta: CorpusDocumentMeta;
  paragraphs: string[];
  route: ReaderRoute;
}

/** A corpus document in full: its header (title, date, organ, genre, source) and its paragraphs. */
export function DocumentView({ meta, paragraphs, route }: Props) {
  const t = useT();
  useEffect(() => {
    if (route.paragraph === undefined) return void window.scrollTo(0, 0);
    document.getElementById(`p-${route.paragraph}`)?.scrollIntoView({ block: 'center' });
  }, [meta.id, route.paragraph, route.from, route.to]);
  const mark = route.from !== undefined && route.to !== undefined ? { from: route.from, to: route.to } : undefined;
  const source = meta.source ? `${meta.source.repo}/${meta.source.path}` : t('readerSeedSource');
  return (
    <article class="document" data-doc={meta.id}>
      <header>
        <p class="genre-line">{t(`genre_${meta.genre}` as UiStringKey)} · {t(`level_${meta.level}` as UiStringKey)}</p>
        <h1>{meta.title}</h1>
        <dl class="meta">
          {meta.date && [<dt>{t('date')}</dt>, <dd class="date">{meta.date}</dd>]}
          {meta.organ && [<dt>{t('readerOrgan')}</dt>, <dd class="organ">{meta.organ}</dd>]}
          {meta.speaker && [<dt>{t('speaker')}</dt>, <dd class="speaker">{meta.speaker}</dd>]}
          <dt>{t('readerSource')}</dt>
          <dd class="source">{source}{meta.source?.commit ? ` @ ${meta.source.commit.slice(0, 8)}` : ''}</dd>
          <dt>{t('readerLength')}</dt>
          <dd>{t('readerLengthValue', paragraphs.length, meta.chars)}</dd>
        </dl>
      </header>
      {paragraphs.map((text, i) => (text ? <ParagraphText key={i} index={i} text={text} target={i === route.paragraph} mark={mark} /> : null))}
    </article>
  );
}
