import { describe, expect, it } from 'vitest';
import { exportNotesMarkdown } from '../../../lib/notes/export/markdown';
import { SAMPLE_NOTES, SAMPLE_NOW } from '../../fixtures/notes/sample-notes';

describe('the Markdown export reads cleanly', () => {
  const md = exportNotesMarkdown(SAMPLE_NOTES, SAMPLE_NOW);
  const lines = md.split('\n');

  it('puts no rule right under a heading, only between notes of one phrase', () => {
    lines.forEach((line, i) => {
      if (!line.startsWith('## ')) return;
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      expect(next, `under ${line}`).not.toBe('---');
    });
    // Two notes on 真抓实干: one rule between them.
    expect(lines.filter((l) => l === '---')).toHaveLength(1);
  });

  it('dates each note and the export to the minute, in UTC', () => {
    expect(md).toContain('exported 2025-03-01 08:00 UTC');
    const stamps = lines.filter((l) => /^\*\d{4}-\d{2}-\d{2}/.test(l));
    expect(stamps).toHaveLength(SAMPLE_NOTES.length);
    for (const stamp of stamps) expect(stamp).toMatch(/^\*\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  });
});
