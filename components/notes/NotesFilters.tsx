import { useEffect, useState } from 'preact/hooks';
import type { NotesFacets, NotesQuery } from '../../lib/notes/types';
import { useT } from '../i18n';

/** Search box and the phrase, site, tag and orphaned filters. Typing waits 150 ms before searching. */
export function NotesFilters({ query, facets, onChange }: { query: NotesQuery; facets: NotesFacets | null; onChange: (change: Partial<NotesQuery>) => void }) {
  const t = useT();
  const [text, setText] = useState(query.text ?? '');
  useEffect(() => {
    if (text === (query.text ?? '')) return;
    const timer = setTimeout(() => onChange({ text: text || undefined }), 150);
    return () => clearTimeout(timer);
  }, [text]);
  const any = Boolean(query.text || query.entryId || query.site || query.tag || query.orphanedOnly);
  const pick = (value: string) => value || undefined;
  return (
    <section class="notes-filters" aria-label={t('notesSearch')}>
      <input
        type="search"
        class="search"
        placeholder={t('notesSearch')}
        aria-label={t('notesSearch')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <label>
        <span>{t('notesFilterPhrase')}</span>
        <select name="phrase" value={query.entryId ?? ''} onChange={(e) => onChange({ entryId: pick(e.currentTarget.value) })}>
          <option value="">{t('notesFilterAll')}</option>
          {facets?.phrases.map((p) => <option key={p.entryId} value={p.entryId}>{`${p.phrase} (${p.count})`}</option>)}
        </select>
      </label>
      <label>
        <span>{t('notesFilterSite')}</span>
        <select name="site" value={query.site ?? ''} onChange={(e) => onChange({ site: pick(e.currentTarget.value) })}>
          <option value="">{t('notesFilterAll')}</option>
          {facets?.sites.map((s) => <option key={s.site} value={s.site}>{`${s.site} (${s.count})`}</option>)}
        </select>
      </label>
      <label>
        <span>{t('notesFilterTag')}</span>
        <select name="tag" value={query.tag ?? ''} onChange={(e) => onChange({ tag: pick(e.currentTarget.value) })}>
          <option value="">{t('notesFilterAll')}</option>
          {facets?.tags.map((g) => <option key={g.tag} value={g.tag}>{`${g.tag} (${g.count})`}</option>)}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" name="orphaned" checked={query.orphanedOnly ?? false} onChange={(e) => onChange({ orphanedOnly: e.currentTarget.checked || undefined })} />
        <span>{t('notesOrphanedOnly')}</span>
      </label>
      {any && (
        <button type="button" class="link" onClick={() => { setText(''); onChange({ text: undefined, entryId: undefined, site: undefined, tag: undefined, orphanedOnly: undefined }); }}>
          {t('notesClearFilters')}
        </button>
      )}
    </section>
  );
}
