/**
 * Unsent notes typed in the card, one per phrase and page, kept in the notes frame's
 * sessionStorage (extension origin: the page cannot read it) until sent or discarded, so a
 * scroll, an Esc or a closed card does not throw them away. They last as long as the tab.
 */
import type { NotesFrameParams } from '../notes/frame-params';

/** What the card's note form holds. */
export interface NoteFormDraft {
  body: string;
  /** Tags as typed: comma- or space-separated. */
  tags: string;
  wholePhrase: boolean;
}

/** The storage key of the draft for a phrase on a page. */
export function draftKey(target: Pick<NotesFrameParams, 'entryId' | 'page'>): string {
  return `tifa-draft:${target.entryId}:${target.page.url}`;
}

/** A draft worth keeping: something was typed. */
export function isDraft(draft: NoteFormDraft): boolean {
  return draft.body.trim() !== '' || draft.tags.trim() !== '';
}

/** The kept draft for `key`, or null. */
export function loadDraft(key: string, storage: Storage = sessionStorage): NoteFormDraft | null {
  try {
    const value = JSON.parse(storage.getItem(key) ?? 'null') as Partial<NoteFormDraft> | null;
    if (!value || typeof value.body !== 'string') return null;
    return { body: value.body, tags: typeof value.tags === 'string' ? value.tags : '', wholePhrase: value.wholePhrase === true };
  } catch {
    return null;
  }
}

/** Keep `draft` under `key`, or forget it when it is empty (sent or discarded). */
export function saveDraft(key: string, draft: NoteFormDraft | null, storage: Storage = sessionStorage): void {
  try {
    if (draft && isDraft(draft)) storage.setItem(key, JSON.stringify(draft));
    else storage.removeItem(key);
  } catch {
    // Storage full or blocked: the draft lives only as long as the form.
  }
}

/** Tags typed in the form, split on commas (ASCII or Chinese) and spaces. */
export function parseTags(typed: string): string[] {
  return typed.split(/[,，、\s]+/).map((t) => t.replace(/^#/, '')).filter(Boolean);
}
