/**
 * Notes as Markdown for reading and pasting into a draft: grouped by phrase, each note
 * with its quote in context, its page as a link, and its text. Page-derived text is
 * escaped so a title or quote cannot break the document's structure; the note's own text
 * is the user's Markdown and goes in as written, with raw HTML and script links defused:
 * renderers with HTML enabled must not turn a note into a live element or a live link.
 */
import type { PhraseCorpusFacts } from '../../provenance/summary';
import type { Note } from '../types';
import { escapeMarkdownInline, htmlEntities } from '../../files/markdown';

/**
 * Link and image destinations (`](…)`, and `[label]: …` definitions) that would run or
 * embed something get a `#blocked:` prefix, which makes them an inert fragment. `<…>`
 * destinations and autolinks are already gone with `<` as an entity.
 */
const SCRIPT_DESTINATION = /(\]\(\s*|\]:\s*)((?:javascript|data|vbscript)\s*\\?:)/gi;

/** The user's Markdown, with raw HTML and script or data links defused. */
function defuseMarkdown(text: string): string {
  return htmlEntities(text).replace(SCRIPT_DESTINATION, '$1#blocked:$2');
}

/** A link destination in `<…>` form, which allows spaces and parentheses. */
function linkDestination(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

/** Date and time to the minute, in UTC so an export reads the same wherever it is made. */
function dateTimeOf(time: number): string {
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function noteSection(note: Note): string[] {
  const lines: string[] = [];
  if (note.anchor) {
    const { prefix, exact, suffix } = note.anchor.quote;
    lines.push(`> …${escapeMarkdownInline(prefix)}**${escapeMarkdownInline(exact)}**${escapeMarkdownInline(suffix)}…`, '');
  }
  if (note.page) {
    const title = escapeMarkdownInline(note.page.title) || escapeMarkdownInline(note.page.url);
    lines.push(`[${title}](${linkDestination(note.page.url)})${note.orphaned ? ' (原文已找不到 · quote no longer found on the page)' : ''}`, '');
  }
  if (note.body.trim()) lines.push(defuseMarkdown(note.body.trim()), '');
  const tags = note.tags.length ? ` · ${note.tags.map((t) => `#${escapeMarkdownInline(t)}`).join(' ')}` : '';
  lines.push(`*${dateTimeOf(note.updated)}${tags}*`, '');
  return lines;
}

/** One line under a phrase's heading: its first use and its uses in the corpus. */
function factsLine(facts: PhraseCorpusFacts): string {
  const first = facts.firstUse
    ? `首见于本文献库 · first used in the corpus: ${facts.firstUse.date ?? facts.firstUse.year}, ${escapeMarkdownInline(facts.firstUse.title)} · `
    : '';
  return `*${first}${facts.uses} uses in ${facts.documents} documents of the corpus*`;
}

/** Export notes as Markdown, phrases in order of their newest note. Pure: the clock is a parameter. */
export function exportNotesMarkdown(notes: readonly Note[], now = new Date(), facts: Record<string, PhraseCorpusFacts> = {}): string {
  const groups = new Map<string, Note[]>();
  for (const note of [...notes].sort((a, b) => b.updated - a.updated)) {
    const group = groups.get(note.entryId) ?? [];
    group.push(note);
    groups.set(note.entryId, group);
  }
  const lines = ['# 提法透镜笔记 · Tifa Lens notes', '', `*${notes.length} notes · exported ${dateTimeOf(now.getTime())}*`, ''];
  for (const group of groups.values()) {
    lines.push(`## ${escapeMarkdownInline(group[0]!.phrase)}`, '');
    const phraseFacts = facts[group[0]!.entryId];
    if (phraseFacts) lines.push(factsLine(phraseFacts), '');
    // A rule between a phrase's notes, not under its heading.
    group.forEach((note, i) => lines.push(...(i > 0 ? ['---', ''] : []), ...noteSection(note)));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
