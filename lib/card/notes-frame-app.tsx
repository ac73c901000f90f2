import { useEffect, useState } from 'preact/hooks';
import { CardNotes } from '../../components/card/CardNotes';
import { sendRequest } from '../messaging/client';
import { addCardNote, loadCardNotes, type CardNotesData } from './card-notes-source';
import { draftKey, isDraft, loadDraft, parseTags, saveDraft, type NoteFormDraft } from './note-drafts';
import type { NotesFrameParams } from '../notes/frame-params';
import type { NotesFrameSignal } from './notes-frame-params';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The card's notes, running in the notes frame (an extension page inside the card). It asks
 * the background for the phrase's notes itself, so notes from other sites and what the user
 * types never enter the page's DOM, events or memory. `signal` tells the card that notes
 * changed (the page refreshes its markers) or that the user pressed Esc.
 */
export function NotesFrameApp({ target, signal }: { target: NotesFrameParams; signal: (s: NotesFrameSignal) => void }) {
  const [notes, setNotes] = useState<CardNotesData & { error?: string }>({ here: [], elsewhere: [] });
  const reload = async (error?: string) => {
    try {
      setNotes({ ...(await loadCardNotes(target.entryId, target.page.url)), error });
    } catch (e) {
      setNotes((n) => ({ ...n, error: errorText(e) }));
    }
  };
  const act = async (action: () => Promise<unknown>) => {
    let error: string | undefined;
    try {
      await action();
      signal('changed');
    } catch (e) {
      error = errorText(e);
    }
    await reload(error);
  };
  const key = draftKey(target);
  const [initialDraft] = useState(() => loadDraft(key));
  const keepDraft = (draft: NoteFormDraft | null) => {
    saveDraft(key, draft);
    signal(draft && isDraft(draft) ? 'draft' : 'no-draft');
  };
  useEffect(() => {
    void reload();
    if (initialDraft) signal('draft');
  }, []);
  return (
    <CardNotes
      {...notes}
      initialDraft={initialDraft}
      onDraft={keepDraft}
      onAdd={(body, whole, tags) => void act(() => addCardNote(target, body, whole, parseTags(tags)))}
      onSave={(id, body) => void act(() => sendRequest('notes:update', { id, body }))}
      onDelete={(id) => void act(() => sendRequest('notes:delete', { id }))}
    />
  );
}
