import type { CorpusDocumentMeta } from '../../lib/corpus/documents';
import { readerHash } from '../../lib/reader/route';
import type { SearchResult } from '../../lib/reader/search';
import { useT } from '../i18n';

/** Every use of a searched phrase: counts per year as bars, then the uses in context. */
export function SearchResults({ result, documents }: { result: SearchResult; documents: CorpusDocumentMeta[] }) {
  const t = useT();
  const max = Math.max(1, ...result.perYear.map((y) => y.count));
  const title = (id: string) => documents.find((d) => d.id === id)?.title ?? id;
  return (
    <section class="search-results" aria-label={t('readerSearch')}>
      <h1>“{result.query}”</h1>
      <p class="search-summary">{result.total > 0 ? t('readerSearchSummary', result.total, result.documents) : t('readerNoHits')}</p>
      {result.perYear.length > 0 && (
        <table class="per-year">
          <tbody>
            {result.perYear.map((y) => (
              <tr key={y.year} data-year={y.year}>
                <th scope="row">{y.year}</th>
                <td class="bar-cell"><span class="bar" style={{ width: `${(100 * y.count) / max}%` }} /></td>
                <td class="count">{y.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ol class="hits">
        {result.hits.map((h) => (
          <li key={`${h.doc}-${h.paragraph}-${h.from}`} class="hit">
            <a href={readerHash({ doc: h.doc, paragraph: h.paragraph, from: h.from, to: h.to })}>{title(h.doc)}</a>
            <p class="snippet">…{h.before}<mark>{h.match}</mark>{h.after}…</p>
          </li>
        ))}
      </ol>
      {result.total > result.hits.length && <p class="more">{t('readerMoreHits', result.total - result.hits.length)}</p>}
    </section>
  );
}
