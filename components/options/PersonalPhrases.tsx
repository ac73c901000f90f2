import { useState } from 'preact/hooks';
import { PHRASE_KINDS, type PhraseKind } from '../../lib/dictionary/types';
import type { UiStringKey } from '../../lib/i18n/ui-strings';
import { addPersonalPhrase, personalPhraseProblem } from '../../lib/settings/personal-phrases';
import type { Settings } from '../../lib/settings/settings-schema';
import { useT } from '../i18n';

type Change = (change: (s: Settings) => Settings) => void;

function KindSelect({ value, onChange }: { value: PhraseKind; onChange: (k: PhraseKind) => void }) {
  const t = useT();
  return (
    <select value={value} onChange={(e) => onChange(e.currentTarget.value as PhraseKind)}>
      {PHRASE_KINDS.map((k) => (
        <option key={k} value={k}>{t(`kind_${k}` as UiStringKey)}</option>
      ))}
    </select>
  );
}

/** The user's own stock phrases: add, set kind and comment, remove. */
export function PersonalPhrases({ settings, onChange }: { settings: Settings; onChange: Change }) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [kind, setKind] = useState<PhraseKind>('slogan');
  const problem = draft.trim() ? personalPhraseProblem(draft, settings) : null;
  const edit = (id: string, patch: Partial<{ kind: PhraseKind; comment: string }>) =>
    onChange((s) => ({ ...s, personalPhrases: s.personalPhrases.map((p) => (p.id === id ? { ...p, ...patch } : p)) }));
  return (
    <section aria-labelledby="personal-title">
      <h2 id="personal-title">{t('optionsPersonal')}</h2>
      <p class="hint">{t('optionsPersonalHint')}</p>
      <form
        class="add-phrase"
        onSubmit={(e) => {
          e.preventDefault();
          if (!draft.trim() || problem) return;
          onChange((s) => addPersonalPhrase(s, { text: draft, kind }));
          setDraft('');
        }}
      >
        <input value={draft} placeholder={t('optionsPersonalPlaceholder')} maxLength={60} onInput={(e) => setDraft(e.currentTarget.value)} aria-invalid={Boolean(problem)} />
        <KindSelect value={kind} onChange={setKind} />
        <button type="submit" disabled={!draft.trim() || Boolean(problem)}>{t('optionsPersonalAdd')}</button>
        {problem && <span class="problem" role="alert">{t(`problem_${problem.replace('-', '_')}` as UiStringKey)}</span>}
      </form>
      <ul class="personal-list">
        {settings.personalPhrases.map((p) => (
          <li key={p.id} data-phrase={p.text}>
            <strong>{p.text}</strong>
            <KindSelect value={p.kind} onChange={(k) => edit(p.id, { kind: k })} />
            <input class="comment" value={p.comment} placeholder={t('optionsComment')} maxLength={2000} onChange={(e) => edit(p.id, { comment: e.currentTarget.value })} />
            <button type="button" class="link" onClick={() => onChange((s) => ({ ...s, personalPhrases: s.personalPhrases.filter((x) => x.id !== p.id) }))}>
              {t('optionsRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
