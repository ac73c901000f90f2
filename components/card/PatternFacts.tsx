import type { PatternProvenanceAnswer } from '../../lib/provenance/pattern-examples';
import { explainPattern } from '../../lib/i18n/pattern-explanation';
import { pickPatternExamples } from '../../lib/matcher/patterns/examples';
import { useT } from '../i18n';

interface Props {
  entryId: string;
  /** The match as it stands on the page. */
  text: string;
  /** The background's examples of the rule, when it has answered. */
  answer?: PatternProvenanceAnswer | null;
}

/**
 * What a pattern match is (a parallel list, a quoted formula, an enumeration found by rule,
 * not a dictionary phrase), and corpus documents that use the same pattern, if any.
 */
export function PatternFacts({ entryId, text, answer }: Props) {
  const t = useT();
  const explained = explainPattern(entryId, text);
  const examples = answer ? pickPatternExamples(answer.patternExamples, explained?.description.key ?? null) : [];
  return (
    <section class="pattern-facts">
      <p class="pattern-lead">{t('patternLead')}</p>
      {explained && <p class="pattern-rule">{t(explained.key, ...explained.args)}</p>}
      {answer && (examples.length > 0 ? (
        <>
          <h3>{t('patternExamples')}</h3>
          <ol class="pattern-examples">
            {examples.map((e) => (
              <li key={`${e.doc}-${e.paragraph}`}>
                <div class="source">
                  <span class="speech-title">{e.title}</span>
                  {e.date && <span class="speech-meta">{e.date}</span>}
                </div>
                <p class="snippet">…{e.before}<mark>{e.match}</mark>{e.after}…</p>
              </li>
            ))}
          </ol>
        </>
      ) : <p class="pattern-none">{t('patternNoExamples')}</p>)}
    </section>
  );
}
