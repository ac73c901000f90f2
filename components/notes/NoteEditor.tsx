import { useState } from 'preact/hooks';
import type { Note, NotePatch } from '../../lib/notes/types';
import { useT } from '../i18n';

/** Split the tags field on commas (ASCII or Chinese) and 、. */
function parseTagsInput(value: string): string[] {
  return value.split(/[,，、]/).map((tag) => tag.trim()).filter(Boolean);
}

/** Edit a note's text and tags in place; Ctrl/⌘+Enter saves, Escape cancels. */
export function NoteEditor({ note, onSave, onCancel }: { note: Note; onSave: (patch: NotePatch) => void; onCancel: () => void }) {
  const t = useT();
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(note.tags.join(', '));
  const save = () => onSave({ body, tags: parseTagsInput(tags) });
  return (
    <form
      class="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
      }}
    >
      <label>
        <span>{t('notesBodyLabel')}</span>
        <textarea name="body" rows={Math.min(12, Math.max(3, body.split('\n').length + 1))} value={body} onInput={(e) => setBody(e.currentTarget.value)} autoFocus />
      </label>
      <label>
        <span>{t('notesTagsLabel')}</span>
        <input type="text" name="tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="editor-buttons">
        <button type="submit" class="button primary">{t('notesSave')}</button>
        <button type="button" class="button" onClick={onCancel}>{t('notesCancel')}</button>
      </div>
    </form>
  );
}
