import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CorpusDocumentMeta } from '../../lib/corpus/documents';
import type { ReaderRoute } from '../../lib/reader/route';
import type { SearchResult } from '../../lib/reader/search';
import { useT } from '../i18n';
import { DocumentList } from './DocumentList';
import { DocumentView } from './DocumentView';
import { SearchResults } from './SearchResults';

interface Props {
  documents: CorpusDocumentMeta[];
  route: ReaderRoute;
  /** The routed document's paragraphs, once loaded. */
  paragraphs?: string[];
  /** The routed search's result, once done. */
  search?: SearchResult;
  error?: string;
  onSearch: (query: string) => void;
}

/** The reader: the corpus's documents and a search box beside the open document or search. */
export function ReaderView({ documents, route, paragraphs, search, error, onSearch }: Props) {
  const t = useT();
  const [query, setQuery] = useState(route.query ?? '');
  const meta = route.query ? undefined : documents.find((d) => d.id === route.doc) ?? (route.doc ? undefined : documents[0]);
  let body: ComponentChildren;
  if (error) body = <p role="alert">{error}</p>;
  else if (route.query) body = search ? <SearchResults result={search} documents={documents} /> : <p class="loading">{t('readerSearching')}</p>;
  else if (!meta) body = <p role="alert">{t('notFound')}</p>;
  else body = paragraphs ? <DocumentView meta={meta} paragraphs={paragraphs} route={route} /> : <p class="loading">{t('readerLoading')}</p>;
  return (
    <div class="reader">
      <aside>
        <h2>{t('readerTitle')}</h2>
        <p class="intro">{t('readerIntro')}</p>
        <form class="search" role="search" onSubmit={(e) => (e.preventDefault(), query.trim() && onSearch(query))}>
          <input type="search" class="corpus-search" placeholder={t('readerSearch')} aria-label={t('readerSearch')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          <button type="submit">{t('readerSearchButton')}</button>
        </form>
        <DocumentList documents={documents} current={meta?.id} />
      </aside>
      <main>{body}</main>
    </div>
  );
}
