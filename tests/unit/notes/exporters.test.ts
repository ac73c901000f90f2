import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { exportNotesText } from '../../../lib/notes/export';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../../../lib/notes/export/formats';
import { parseImportText } from '../../../lib/notes/import/parse';
import { ITEMS_PLACEHOLDER, stringifyWithCompactItems } from '../../../lib/notes/export/compact-items';
import { SAMPLE_DICTIONARY, SAMPLE_NOTES, SAMPLE_NOW } from '../../fixtures/notes/sample-notes';

const GOLDEN = new URL('../../fixtures/notes/golden/', import.meta.url);
const FILES: Record<ExportFormat, string> = { json: 'notes.json', csv: 'notes.csv', markdown: 'notes.md', annotation: 'notes.jsonld' };

/** Compare with the golden file; UPDATE_GOLDEN=1 rewrites it (then read the diff before committing). */
function expectGolden(format: ExportFormat, text: string): void {
  const file = new URL(FILES[format], GOLDEN);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('exporters (golden files)', () => {
  for (const format of EXPORT_FORMATS) {
    it(`${format} matches its golden file`, () => {
      expectGolden(format, exportNotesText(format, SAMPLE_NOTES, SAMPLE_DICTIONARY, SAMPLE_NOW));
    });
  }

  it('names files by format and date', () => {
    expect(exportFileName('csv', SAMPLE_NOW)).toBe('tifa-notes-2025-03-01.csv');
    expect(exportFileName('annotation', SAMPLE_NOW)).toBe('tifa-notes-2025-03-01.jsonld');
  });

  it('JSON and Web Annotation exports import back to the same notes', () => {
    for (const format of ['json', 'annotation'] as const) {
      const parsed = parseImportText(exportNotesText(format, SAMPLE_NOTES, SAMPLE_DICTIONARY, SAMPLE_NOW));
      expect(parsed.ok && parsed.notes).toEqual(SAMPLE_NOTES);
    }
  });

  it('CSV neutralises formula cells and keeps one row per note', () => {
    const csv = exportNotesText('csv', SAMPLE_NOTES, SAMPLE_DICTIONARY, SAMPLE_NOW);
    expect(csv.startsWith('\uFEFFid,phrase,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"",""点我"")"`);
    expect(csv).toContain("'-待查; @team");
    expect(csv.split('\r\n')).toHaveLength(SAMPLE_NOTES.length + 2);
  });

  it('Markdown escapes page text but not the note itself', () => {
    const md = exportNotesText('markdown', SAMPLE_NOTES, SAMPLE_DICTIONARY, SAMPLE_NOW);
    expect(md).toContain('[在全县作风建设大会上的讲话 \\[全文\\]](<https://www.example.gov.cn/xxgk/2025/speech.html?id=7&from=list>)');
    expect(md).toContain('**待核对**');
    expect(md.indexOf('## 真抓实干')).toBeLessThan(md.indexOf('## 两个维护'));
  });

  it('puts one item per line and parses back to the same value', () => {
    const items = [{ a: 1, b: ['x', { c: '\n"' }] }, { a: 2 }];
    const text = stringifyWithCompactItems({ head: 'h', deep: { items: ITEMS_PLACEHOLDER } }, items);
    expect(JSON.parse(text)).toEqual({ head: 'h', deep: { items } });
    expect(text.split('\n').filter((l) => l.trim().startsWith('{"a"'))).toHaveLength(2);
    expect(JSON.parse(stringifyWithCompactItems({ items: ITEMS_PLACEHOLDER }, []))).toEqual({ items: [] });
  });
});
