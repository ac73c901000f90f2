/**
 * The page as one self-contained HTML file: its text with the phrases highlighted and a
 * legend, for sharing and reading offline. Pure: page text is escaped, never parsed as
 * markup; the file loads nothing (its CSP forbids it) and runs no script.
 */
import type { PhraseKind } from '../dictionary/types';
import type { AnnotatedPageData, AnnotatedParagraph } from '../messaging/page-requests';

/** One legend row: a kind, its colours, its name and one line of help, in the UI language. */
export interface LegendRow {
  kind: PhraseKind;
  background: string;
  color: string;
  label: string;
  help: string;
  count: number;
}

/** The export's own words, in the UI language. */
export interface AnnotatedLabels {
  source: string;
  exported: string;
  legend: string;
  lang: 'zh' | 'en';
}

/** Escape text for HTML element content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type Mark = AnnotatedParagraph['marks'][number];

/** Marks nest (a frame around the phrase in its gap); a mark crossing another's end is left out. */
function nestable(marks: readonly Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  const open: Mark[] = [];
  for (const m of sorted) {
    while (open.length && open[open.length - 1]!.end <= m.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && m.end > parent.end) continue;
    kept.push(m);
    open.push(m);
  }
  return kept;
}

/** One paragraph's text with its marks as nested <mark> elements. */
export function paragraphHtml(p: AnnotatedParagraph, labels: Record<PhraseKind, string>): string {
  const marks = nestable(p.marks.filter((m) => m.start >= 0 && m.end <= p.text.length && m.start < m.end));
  const events: Array<{ at: number; html: string; close: boolean; i: number }> = [];
  marks.forEach((m, i) => {
    events.push({ at: m.start, html: `<mark class="k-${m.kind}" title="${escapeHtml(labels[m.kind])}">`, close: false, i });
    events.push({ at: m.end, html: '</mark>', close: true, i });
  });
  // At one offset: closings first, innermost (later) first; then openings, outermost (earlier) first.
  events.sort((a, b) => a.at - b.at || Number(b.close) - Number(a.close) || (a.close ? b.i - a.i : a.i - b.i));
  let html = '';
  let from = 0;
  for (const e of events) {
    html += escapeHtml(p.text.slice(from, e.at)) + e.html;
    from = e.at;
  }
  return `<p>${html}${escapeHtml(p.text.slice(from))}</p>`;
}

function styles(legend: readonly LegendRow[]): string {
  const kinds = legend.map((r) => `.k-${r.kind}{background:${r.background};color:${r.color}}`).join('');
  return (
    'body{max-width:46em;margin:2em auto;padding:0 1em;font:16px/1.8 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1d1d1f;background:#fff}' +
    'mark{border-radius:2px;padding:0 1px}mark mark{outline:1px solid currentColor}.k-frame{text-decoration:underline dotted}' +
    'header{border-bottom:1px solid #ddd;margin-bottom:1em}.meta{color:#666;font-size:13px;word-break:break-all}' +
    'ul.legend{list-style:none;padding:0;display:grid;gap:4px}ul.legend li{display:flex;gap:8px;align-items:baseline}' +
    '.help{color:#666;font-size:13px}' +
    '@media (prefers-color-scheme:dark){body{background:#1f2024;color:#ececec}.meta,.help{color:#a1a1a6}}' +
    kinds.replace(/[<>]/g, '')
  );
}

/** The whole file. `now` is a seam for tests. */
export function annotatedHtml(data: AnnotatedPageData, legend: readonly LegendRow[], labels: AnnotatedLabels, now: Date = new Date()): string {
  const kindLabels = Object.fromEntries(legend.map((r) => [r.kind, r.label])) as Record<PhraseKind, string>;
  const legendItems = legend
    .map((r) => `<li><mark class="k-${r.kind}">${escapeHtml(r.label)}</mark> <span>× ${r.count}</span> <span class="help">${escapeHtml(r.help)}</span></li>`)
    .join('\n');
  return [
    '<!doctype html>',
    `<html lang="${labels.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(data.title || data.url)}</title>`,
    `<style>${styles(legend)}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(data.title || data.url)}</h1>`,
    `<p class="meta">${escapeHtml(labels.source)}: ${escapeHtml(data.url)}<br>${escapeHtml(labels.exported)}: ${escapeHtml(now.toISOString().replace('T', ' ').slice(0, 16))} UTC</p>`,
    `<h2>${escapeHtml(labels.legend)}</h2>`,
    `<ul class="legend">\n${legendItems}\n</ul>`,
    '</header>',
    '<main>',
    ...data.paragraphs.map((p) => paragraphHtml(p, kindLabels)),
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}
