/**
 * Visible text of an HTML page as blocks. A stock phrase never spans two paragraphs, two
 * table cells or two list items, so each block is scanned alone; <br> also breaks a block;
 * script, style and the like are not text at all. Uses linkedom (a DOM in plain JS).
 */
import { parseHTML } from 'linkedom';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD']);
const BLOCK = new Set(
  ('ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE ' +
    'FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR HTML LI MAIN NAV OL OPTION P PRE SECTION SELECT SUMMARY TABLE TBODY ' +
    'TD TFOOT TH THEAD TITLE TR UL BR').split(' '),
);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The page's text blocks, in document order, whitespace runs collapsed, empty ones dropped. */
export function htmlToBlocks(html: string): string[] {
  const { document } = parseHTML(html.includes('<html') ? html : `<html><body>${html}</body></html>`);
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  const title = document.querySelector('title')?.textContent?.trim();
  if (title) blocks.push(title.replace(/\s+/g, ' '));
  if (document.body) walk(document.body as unknown as DomNode);
  flush();
  return blocks;
}

/** True when the text is an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])/i.test(text);
}
