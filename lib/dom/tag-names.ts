/**
 * The one home of the HTML tag-name lists that decide how page text is read: classify()
 * (lib/highlighter/dom-rules) takes its tags from here, and every other reader of page text
 * (note anchors, counts, the export, the report's sentences) reads the highlighter's blocks
 * (lib/page/page-text), so they cannot drift apart. Lower-case local names.
 */

/** Elements whose content forms its own block: a phrase or a sentence never runs across their edges. */
export const CONTAINER_TAGS: readonly string[] = [
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'html', 'legend', 'li', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'button', 'option',
];

/** Embedded content: any text inside is fallback the browser does not show when it renders the element. */
const EMBEDDED_TAGS: readonly string[] = ['iframe', 'video', 'audio', 'canvas', 'object', 'embed'];

/** Without text of their own, but they break a line or stand between words. */
export const BREAK_TAGS: readonly string[] = ['br', 'hr', 'img', ...EMBEDDED_TAGS];

/** Never read, and invisible: they do not separate the text around them. */
export const SILENT_TAGS: readonly string[] = ['script', 'style', 'noscript', 'template', 'head', 'title'];

/** Never read, but visible: the text on either side belongs to different blocks. */
export const OPAQUE_TAGS: readonly string[] = ['textarea', 'input', 'select', 'svg', 'math'];
