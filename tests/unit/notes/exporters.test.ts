import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readGolden } from '../../support/golden-file';
import { exportNotesText } from '../../../lib/notes/export';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../../../lib/notes/export/formats';
import { parseImportText } from '../../../lib/notes/import/parse';
import { stringifyWithCompactItems } from '../../../lib/notes/export/compact-items';
import { exportNotesJson } from '../../../lib/notes/export/json';
import { SAMPLE_DICTIONARY, SAMPLE_NOTES, SAMPLE_NOW } from '../../fixtures/notes/sample-notes';

const GOLDEN = new URL('../../fixtures/notes/golden/', import.meta.url);
const FILES: Record<ExportFormat, string> = { json: 'notes.json', csv: 'notes.csv', markdown: 'notes.md', annotation: 'notes.jsonld' };

/** Compare with the golden file; UPDATE_GOLDEN=1 rewrites it (then read the diff before committing). */
function expectGolden(format: ExportFormat, text: string): void {
  expect(text).toBe(readGolden(new URL(FILES[format], GOLDEN), text));
}

describe('golden files', () => {
  it('a missing golden file fails instead of being written', () => {
    const missing = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'golden-')), 'absent.md'));
    expect(() => readGolden(missing, 'anything', false)).toThrow(/golden file missing/);
  });
});

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

  it('Markdown defuses raw HTML and script links in notes and page text', () => {
    const base = SAMPLE_NOTES[0]!;
    const hostile = [
      { ...base, body: '\\<img src=x onerror=alert(12)> and <b>bold</b> &lt;script&gt;' },
      { ...base, id: '00000000-0000-4000-8000-000000000001', body: '[x](javascript:alert(1)) ![p]( DATA:text/html,<x>) [v](vbscript\\:msgbox) [ok](https://a.gov.cn/)\n\n[r]: javascript:alert(2)' },
      { ...base, id: '00000000-0000-4000-8000-000000000002', body: 'x', page: { url: 'https://a.gov.cn/', title: '\\<svg onload=alert(3)> & co' } },
    ];
    const md = exportNotesText('markdown', hostile, SAMPLE_DICTIONARY, SAMPLE_NOW);
    expect(md).not.toMatch(/<(img|b|svg|x)\b/i);
    expect(md).toContain('\\&lt;img src=x onerror=alert(12)> and &lt;b>bold&lt;/b> &amp;lt;script&amp;gt;');
    expect(md).not.toMatch(/\]\(\s*(javascript|data|vbscript)/i);
    expect(md).not.toMatch(/\]:\s*javascript/i);
    expect(md).toContain('[x](#blocked:javascript:alert(1))');
    expect(md).toContain('![p]( #blocked:DATA:text/html,&lt;x>)');
    expect(md).toContain('[v](#blocked:vbscript\\:msgbox)');
    expect(md).toContain('[ok](https://a.gov.cn/)');
    expect(md).toContain('[r]: #blocked:javascript:alert(2)');
    expect(md).toContain('\\\\&lt;svg onload=alert\\(3\\)\\> &amp; co');
  });

  it('puts one item per line and parses back to the same value', () => {
    const items = [{ a: 1, b: ['x', { c: '\n"' }] }, { a: 2 }];
    const text = stringifyWithCompactItems({ head: 'h', deep: { kind: 'page' } }, ['deep', 'items'], items);
    expect(JSON.parse(text)).toEqual({ head: 'h', deep: { kind: 'page', items } });
    expect(text.split('\n').filter((l) => l.trim().startsWith('{"a"'))).toHaveLength(2);
    expect(JSON.parse(stringifyWithCompactItems({}, ['items'], []))).toEqual({ items: [] });
  });

  it('keeps notes in their field whatever the settings hold (the old placeholder string included)', () => {
    const settings = { personalPhrases: [{ text: '\u0000items\u0000', kind: 'slogan' as const, comment: '"\u0000items\u0000"' }], hiddenEntries: ['\u0000items\u0000'] };
    const text = exportNotesJson(SAMPLE_NOTES, SAMPLE_DICTIONARY, SAMPLE_NOW, settings);
    const file = JSON.parse(text);
    expect(file.settings).toEqual(settings);
    expect(file.notes).toEqual(JSON.parse(exportNotesJson(SAMPLE_NOTES, SAMPLE_DICTIONARY, SAMPLE_NOW)).notes);
  });
});
