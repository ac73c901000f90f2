import { useState } from 'preact/hooks';
import { PAGE_SIZE, type ProvenanceAnswer, type ProvenanceLine, type ProvenancePage } from '../../lib/provenance/lookup';
import type { DocumentRef } from '../../lib/provenance/summary';
import { useT } from '../i18n';
import { Snippet } from './Snippet';
import { whenText } from './usage-text';

interface Props {
  answer: ProvenanceAnswer;
  onReadInContext: (line: ProvenanceLine) => void;
  /** The next page of occurrences from `offset` ("show more"); absent: no paging. */
  onMoreLines?: (offset: number) => Promise<ProvenancePage>;
}

/**
 * Occurrences in context, best first (the earliest use, the seed speeches, then a spread over
 * time), each with a link into the reader at its paragraph; "show more" pages through the rest.
 */
export function ProvenanceList({ answer, onReadInContext, onMoreLines }: Props) {
  const t = useT();
  const [pages, setPages] = useState<ProvenancePage[]>([]);
  const [busy, setBusy] = useState(false);
  const lines = [answer, ...pages].flatMap((p) => p.lines);
  const documents: Record<string, DocumentRef> = Object.assign({}, answer.documents, ...pages.map((p) => p.documents));
  const more = async () => {
    if (!onMoreLines || busy) return;
    setBusy(true);
    try {
      const page = await onMoreLines(lines.length);
      setPages((before) => [...before, page]);
    } finally {
      setBusy(false);
    }
  };
  if (lines.length === 0) return null;
  const left = answer.total - lines.length;
  return (
    <section class="provenance" aria-label={t('cardProvenance')}>
      <h3>{t('cardProvenance')}</h3>
      <ol>
        {lines.map((line, i) => {
          const doc = documents[line.doc];
          const meta = [doc && whenText(t, doc), doc?.organ ?? doc?.speaker].filter(Boolean).join(' · ');
          return (
            <li key={`${line.doc}-${line.paragraph}-${line.from}`} class="occurrence" data-doc={line.doc}>
              <div class="source">
                <span class="doc-title">{doc?.title ?? line.doc}</span>
                {meta && <span class="doc-meta">{meta}</span>}
                {i === 0 && answer.first?.id === line.doc && <span class="badge earliest">{t('cardEarliest')}</span>}
              </div>
              <Snippet line={line} />
              <div class="row">
                <span class="where">{t('cardParagraph', line.paragraph)}</span>
                <button type="button" class="link read-in-context" onClick={() => onReadInContext(line)}>
                  {t('cardReadInContext')} ↗
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div class="paging">
        {left > 0 && onMoreLines && (
          <button type="button" class="link show-all" disabled={busy} onClick={() => void more()}>
            {t('cardShowMore', Math.min(left, PAGE_SIZE), answer.total)}
          </button>
        )}
        {pages.length > 0 && (
          <button type="button" class="link show-fewer" onClick={() => setPages([])}>{t('cardShowFewer')}</button>
        )}
      </div>
    </section>
  );
}
