import { useState } from 'preact/hooks';
import type { ProvenanceAnswer, ProvenanceLine } from '../../lib/provenance/lookup';
import { useT } from '../i18n';
import { Snippet } from './Snippet';

/** How many occurrences the card shows before "show all". */
export const FIRST_LINES = 3;

interface Props {
  answer: ProvenanceAnswer;
  onReadInContext: (line: ProvenanceLine) => void;
}

/** The best few occurrences in the seed speeches, each with a link into the reader. */
export function ProvenanceList({ answer, onReadInContext }: Props) {
  const t = useT();
  const [all, setAll] = useState(false);
  const lines = all ? answer.lines : answer.lines.slice(0, FIRST_LINES);
  const speech = (id: number) => answer.speeches.find((s) => s.id === id);
  return (
    <section class="provenance" aria-label={t('cardProvenance')}>
      <h3>{t('cardProvenance')}</h3>
      <ol>
        {lines.map((line) => {
          const s = speech(line.speech);
          const meta = [s?.speaker, s?.date].filter(Boolean).join(' · ');
          return (
            <li key={`${line.speech}-${line.paragraph}-${line.from}`} class="occurrence">
              <div class="source">
                <span class="speech-title">{s?.title ?? ''}</span>
                {meta && <span class="speech-meta">{meta}</span>}
              </div>
              <Snippet line={line} />
              <div class="row">
                <span class="where">{t('cardSpeechMeta', line.speech, line.paragraph)}</span>
                <button type="button" class="link read-in-context" onClick={() => onReadInContext(line)}>
                  {t('cardReadInContext')} ↗
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {answer.lines.length > FIRST_LINES && (
        <button type="button" class="link show-all" onClick={() => setAll(!all)}>
          {all ? t('cardShowFewer') : t('cardShowAll', answer.lines.length)}
        </button>
      )}
    </section>
  );
}
