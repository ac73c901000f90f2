/**
 * A very large government page, built from the long seed speech page: its paragraphs
 * repeated until the article holds the asked-for amount of text. Served from memory so the
 * repository does not carry megabytes of generated HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from './paths';

/** About one megabyte of page text (in UTF-16 code units, as the page's strings count it). */
export const ONE_MB_CHARS = 1_000_000;

/** The long speech page's paragraphs and headings, as HTML. */
function speechBlocks(): string[] {
  const html = readFileSync(join(PAGES_DIR, 'long-speech.html'), 'utf8');
  return [...html.matchAll(/<(p|h3)>[^<]*<\/\1>/g)].map((m) => m[0]);
}

/** Length of the text of an HTML fragment with only escaped text and plain tags. */
function textLength(fragment: string): number {
  return fragment.replace(/<[^>]+>/g, '').replace(/&#\d+;|&[a-z]+;/g, 'x').length;
}

/**
 * A page whose article holds at least `chars` characters of speech text, in numbered
 * sections so a test can scroll to any part of it.
 */
export function bigSpeechPage(chars = ONE_MB_CHARS): string {
  const blocks = speechBlocks();
  const parts: string[] = [];
  let total = 0;
  for (let section = 0; total < chars; section++) {
    parts.push(`<section id="s${section}"><h2>第${section + 1}部分</h2>`);
    for (const b of blocks) {
      parts.push(b);
      total += textLength(b);
    }
    parts.push('</section>');
  }
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>全文汇编 - XX县人民政府</title>
<style>body{margin:0;font:16px/1.9 "Noto Sans CJK SC",sans-serif;background:#f3f3f3;color:#222}
article{max-width:900px;margin:20px auto;background:#fff;padding:20px 40px}</style></head>
<body><article id="article">${parts.join('\n')}</article></body>
</html>
`;
}
