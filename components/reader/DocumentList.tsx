import { useState } from 'preact/hooks';
import type { CorpusDocumentMeta } from '../../lib/corpus/documents';
import type { UiStringKey } from '../../lib/i18n/ui-strings';
import { readerHash } from '../../lib/reader/route';
import { useT } from '../i18n';

/** The corpus's documents, newest year first, with a title filter and a genre choice. */
export function DocumentList({ documents, current }: { documents: CorpusDocumentMeta[]; current?: string }) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const [genre, setGenre] = useState('');
  const genres = [...new Set(documents.map((d) => d.genre))];
  const shown = documents.filter((d) => (!genre || d.genre === genre) && (!filter || `${d.title}${d.organ ?? ''}${d.speaker ?? ''}${d.year ?? ''}`.includes(filter.trim())));
  const byYear = new Map<string, CorpusDocumentMeta[]>();
  for (const d of [...shown].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))) {
    const key = d.year ? String(d.year) : t('readerUndated');
    byYear.set(key, [...(byYear.get(key) ?? []), d]);
  }
  return (
    <nav class="document-list" aria-label={t('readerDocuments')}>
      <div class="filters">
        <input type="search" class="doc-filter" placeholder={t('readerFilter')} aria-label={t('readerFilter')} value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        <select class="genre-filter" aria-label={t('readerGenre')} value={genre} onChange={(e) => setGenre(e.currentTarget.value)}>
          <option value="">{t('readerAllGenres')}</option>
          {genres.map((g) => <option value={g}>{t(`genre_${g}` as UiStringKey)}</option>)}
        </select>
      </div>
      <p class="doc-count">{t('readerDocumentCount', shown.length)}</p>
      {[...byYear].map(([year, docs]) => (
        <section key={year} class="year-group">
          <h3>{year}</h3>
          <ol>
            {docs.map((d) => (
              <li key={d.id}>
                <a href={readerHash({ doc: d.id })} aria-current={d.id === current ? 'page' : undefined} data-doc={d.id}>
                  <span class="title">{d.title}</span>
                  <span class="genre">{t(`genre_${d.genre}` as UiStringKey)}{d.organ ? ` · ${d.organ}` : ''}</span>
                </a>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </nav>
  );
}
