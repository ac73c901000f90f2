/**
 * The one Markdown escaper for text that comes from a web page (titles, quotes, sentences),
 * used by the notes export and the page report alike, so page text cannot forge structure.
 */

/**
 * Every ASCII punctuation mark Markdown gives a meaning to, inline or at a line start:
 * emphasis, code, links and images (`[`, `]`, `(`, `)`, `!`), headings, lists (`-`, `+`,
 * `1.`), quotes, tables, strikethrough. CommonMark lets any of them be backslash-escaped.
 */
const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|>~]/g;

/**
 * `<` and `&` as entities, not backslash escapes: a backslash escape (`\<`) is undone by a
 * backslash before it, and entities also defuse `&#106;avascript:` style spellings of a scheme.
 */
export function htmlEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/**
 * Page text as inline Markdown on one line: white space collapsed, `<` and `&` as entities,
 * every structure character backslash-escaped, so `[x](javascript:…)` stays text.
 */
export function escapeMarkdownInline(text: string): string {
  return htmlEntities(text.replace(/\s+/g, ' ').trim()).replace(MARKDOWN_SPECIALS, (c) => `\\${c}`);
}
