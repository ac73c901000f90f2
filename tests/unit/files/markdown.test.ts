import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline } from '../../../lib/files/markdown';

/** Characters preceded by an odd number of backslashes are escaped; this strips them and their escapes. */
function unescaped(md: string): string {
  return md.replace(/\\[\s\S]/g, '');
}

describe('escapeMarkdownInline (the one escaper for page text)', () => {
  it('escapes structure characters, as the page report and the notes export both need', () => {
    expect(escapeMarkdownInline('# [a](b) *c*')).toBe('\\# \\[a\\]\\(b\\) \\*c\\*');
    expect(escapeMarkdownInline('- item')).toBe('\\- item');
    expect(escapeMarkdownInline('1. item')).toBe('1\\. item');
  });

  it('writes < and & as entities, so no raw HTML and no entity-spelled scheme survives', () => {
    expect(escapeMarkdownInline('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)\\>');
    expect(escapeMarkdownInline('&#106;avascript:')).toBe('&amp;\\#106;avascript:');
  });

  it('never lets a link form, whatever backslashes the page adds', () => {
    const hostile = [
      '[x](javascript:alert(1))',
      '\\[x](javascript:alert(1))',
      '\\\\[x]\\(javascript:alert(1))',
      '![x](data:text/html,<script>)',
      '[x]: javascript:alert(1)',
      '<javascript:alert(1)>',
    ];
    for (const text of hostile) {
      const bare = unescaped(escapeMarkdownInline(text));
      expect(bare, text).not.toMatch(/[[\]()<]/);
    }
  });

  it('keeps the text on one line', () => {
    expect(escapeMarkdownInline('  a\n\n# b  ')).toBe('a \\# b');
  });
});
