import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { DictionaryEntry } from '../../lib/dictionary/types';
import type { ProvenanceAnswer, ProvenanceLine, ProvenancePage } from '../../lib/provenance/lookup';
import type { PageStringKey } from '../../lib/i18n/page-strings';
import { useT } from '../i18n';
import { CorpusUsage } from './CorpusUsage';
import { EntryFacts } from './EntryFacts';
import { OnThisPage } from './OnThisPage';
import { ProvenanceList } from './ProvenanceList';
import { PatternFacts } from './PatternFacts';
import { isPatternId } from '../../lib/matcher/patterns/types';
import { isPatternAnswer, type PatternProvenanceAnswer } from '../../lib/provenance/pattern-examples';

export interface ProvenanceCardProps {
  entry: DictionaryEntry;
  /** The phrase as it stands on the page, and a frame's gap texts. */
  found: { text: string; slots?: string[] };
  /** undefined while loading, null when the background knows no such entry. */
  answer: ProvenanceAnswer | PatternProvenanceAnswer | null | undefined;
  error?: string;
  /** Move focus into the card (it was opened from the keyboard). */
  takeFocus: boolean;
  onReadInContext: (line: ProvenanceLine) => void;
  /** More occurrences in context, from `offset` ("show more"). */
  onMoreLines?: (offset: number) => Promise<ProvenancePage>;
  onClose: () => void;
  /** Where this occurrence stands among the phrase's occurrences on the page, and a way to the others. */
  onPage?: { index: number; count: number; onStep: (by: 1 | -1) => void };
  /** The notes section, supplied by the notes feature. */
  notes?: ComponentChildren;
  /** Stop highlighting this entry (reversible in settings); absent for personal phrases. */
  onHide?: () => void;
}

/** The provenance card: what a stock phrase is and where it comes from. */
export function ProvenanceCard(props: ProvenanceCardProps) {
  const { entry, found, answer, error } = props;
  const t = useT();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.takeFocus) closeRef.current?.focus();
  }, []);
  const kindKey = `kind_${entry.kind}` as PageStringKey;
  const helpKey = `kindHelp_${entry.kind}` as PageStringKey;
  return (
    <div
      class={`card kind-${entry.kind}`}
      role="dialog"
      aria-modal="false"
      aria-label={t('cardLabel', found.text)}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      <header>
        <span class="kind-badge" title={t(helpKey)}>
          <span class="swatch" aria-hidden="true" />
          {t(kindKey)}
        </span>
        <button ref={closeRef} type="button" class="close" aria-label={t('cardClose')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <h2 class="phrase">{found.text}</h2>
      {found.text !== entry.text && !isPatternId(entry.id) && (
        <p class="dictionary-form">
          {t('cardDictionaryForm')}: <span>{entry.text}</span>
        </p>
      )}
      {props.onPage && <OnThisPage {...props.onPage} />}
      <p class="kind-help">{t(helpKey)}</p>
      <EntryFacts entry={entry} slots={found.slots} />
      {entry.personal && (
        <p class="counts">
          {t('cardPersonal')}
          {entry.personal.comment && `：${entry.personal.comment}`}
        </p>
      )}
      {isPatternId(entry.id) && (
        <PatternFacts entryId={entry.id} text={found.text} answer={isPatternAnswer(answer) ? answer : null} />
      )}
      {error ? (
        <p class="error" role="alert">{t('cardError', error)}</p>
      ) : answer === undefined ? (
        <p class="loading">{t('cardLoading')}</p>
      ) : (
        answer && !isPatternAnswer(answer) && (
          <>
            <CorpusUsage answer={answer} />
            <ProvenanceList answer={answer} onReadInContext={props.onReadInContext} onMoreLines={props.onMoreLines} />
          </>
        )
      )}
      {props.notes && (
        <section class="notes" aria-label={t('cardNotes')}>
          {props.notes}
        </section>
      )}
      {props.onHide && (
        <footer class="card-footer">
          <button type="button" class="link muted hide-entry" onClick={props.onHide}>{t('cardHide')}</button>
        </footer>
      )}
    </div>
  );
}
