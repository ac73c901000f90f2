import type { DictionaryEntry } from '../../lib/dictionary/types';
import { useT } from '../i18n';

interface Props {
  entry: DictionaryEntry;
  /** The gap texts of a frame match on this page. */
  slots?: string[];
}

/** What the phrase is: members of a numbered formulation, or a frame's parts and gap. */
export function EntryFacts({ entry, slots }: Props) {
  const t = useT();
  return (
    <>
      {entry.members && entry.members.length > 0 && (
        <section class="members">
          <h3>{t('cardMembers')}</h3>
          <ul>
            {entry.members.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
      {entry.frame && (
        <section class="frame">
          <p class="frame-parts">
            {entry.frame.parts.map((part, i) => (
              <>
                <span class="fixed">{part}</span>
                {i < entry.frame!.parts.length - 1 && <span class="gap">{slots?.[i] ?? '…'}</span>}
              </>
            ))}
          </p>
          {slots && slots.length > 0 && (
            <p class="frame-fill">
              {t('cardFrameGap')}: {slots.map((s) => `“${s}”`).join('、')}
            </p>
          )}
        </section>
      )}
    </>
  );
}
