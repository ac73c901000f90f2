// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NotesView } from '../../../components/notes/NotesView';
import { TranslateContext } from '../../../components/i18n';
import { createTranslator } from '../../../lib/i18n/ui-strings';
import { facetsOf, newestFirst, pageOf } from '../../../lib/notes/query';
import type { NotesService } from '../../../lib/notes/service';
import type { ImportResult } from '../../../lib/notes/import';
import type { Note } from '../../../lib/notes/types';
import { makeNote } from './support/notes';

/** An in-memory service with the same query rules as the background. */
function fakeService(notes: Note[], importResult?: ImportResult) {
  const calls: string[] = [];
  const service: NotesService = {
    list: async (query) => pageOf([...notes].sort(newestFirst), query),
    facets: async () => facetsOf(notes),
    update: async (id, patch) => {
      const i = notes.findIndex((n) => n.id === id);
      notes[i] = { ...notes[i]!, ...patch, updated: notes[i]!.updated + 1 };
      return notes[i]!;
    },
    remove: async (id) => {
      const i = notes.findIndex((n) => n.id === id);
      calls.push(`remove ${id}`);
      return notes.splice(i, 1)[0] ?? null;
    },
    restore: async (note) => (calls.push(`restore ${note.id}`), notes.push(note), note),
    exportNotes: async () => ({ fileName: 'x.json', count: notes.length }),
    importFile: async () => importResult ?? { ok: false, problem: { code: 'not-json', detail: 'Unexpected end' } },
    onChange: () => () => {},
  };
  return { service, calls };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
};

async function mount(service: NotesService, language: 'zh' | 'en' = 'zh') {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() =>
    render(
      <TranslateContext.Provider value={createTranslator(language)}>
        <NotesView service={service} locale={language === 'zh' ? 'zh-CN' : 'en'} durability="persistent" />
      </TranslateContext.Provider>,
      root,
    ),
  );
  await settle();
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('NotesView', () => {
  it('lists notes newest first, with text shown as text and orphans marked', async () => {
    const notes = [
      makeNote(1, { body: '<img src=x onerror=alert(1)>' }),
      makeNote(2, { orphaned: true }),
      makeNote(3, { page: null, anchor: null, site: null }),
      makeNote(4, { page: { url: 'javascript:alert(1)', title: 'bad' } }),
    ];
    const root = await mount(fakeService(notes).service);
    const items = [...root.querySelectorAll('li.note')];
    expect(items.map((li) => li.querySelector('.body')?.textContent)).toEqual(['第 4 条笔记', '第 3 条笔记', '第 2 条笔记', '<img src=x onerror=alert(1)>']);
    expect(root.querySelectorAll('li.note img')).toHaveLength(0);
    expect(items[2]!.querySelector('.badge')?.textContent).toBe('原文已找不到');
    expect(items[1]!.querySelector('.whole')?.textContent).toBe('针对整个提法');
    expect(items[0]!.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(items[3]!.querySelector('a')?.getAttribute('href')).toBe('https://www.example.gov.cn/speech/1.html');
  });

  it('speaks English when asked', async () => {
    const root = await mount(fakeService([]).service, 'en');
    expect(root.querySelector('h1')?.textContent).toBe('My notes');
    expect(root.querySelector('.empty')?.textContent).toContain('No notes yet');
  });

  it('offers undo after a delete', async () => {
    const { service, calls } = fakeService([makeNote(1), makeNote(2)]);
    const root = await mount(service);
    await act(() => (root.querySelector('li.note .danger') as HTMLButtonElement).click());
    await settle();
    expect(root.querySelectorAll('li.note')).toHaveLength(1);
    const undo = [...root.querySelectorAll('.notice button')].find((b) => b.textContent === '撤销') as HTMLButtonElement;
    await act(() => undo.click());
    await settle();
    expect(calls).toEqual([`remove ${makeNote(2).id}`, `restore ${makeNote(2).id}`]);
    expect(root.querySelectorAll('li.note')).toHaveLength(2);
  });

  it('explains a refused import and what a successful one did', async () => {
    const refused = await mount(fakeService([]).service);
    const input = refused.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{'], 'notes.json')] });
    await act(() => void input.dispatchEvent(new Event("change")));
    await settle();
    expect(refused.querySelector('.notice.failed')?.textContent).toContain('无法导入“notes.json”：文件不是有效的 JSON。');
    expect(refused.querySelector('.notice .detail')?.textContent).toBe('Unexpected end');
    document.body.innerHTML = '';

    const summary = { added: 2, updated: 1, keptBoth: 1, skipped: 3, skippedOlder: 1, skippedIdentical: 1, skippedForeign: 1 };
    const done = await mount(fakeService([], { ok: true, format: 'tifa', summary, settings: { personalPhrases: [], hiddenEntries: [] } }).service);
    const file = done.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(file, 'files', { value: [new File(['{}'], 'backup.json')] });
    await act(() => void file.dispatchEvent(new Event("change")));
    await settle();
    const text = done.querySelector('.notice')?.textContent ?? '';
    expect(text).toContain('新增 3 条，更新 1 条，跳过 3 条');
    expect(text).toContain('1 条比本地的版本旧');
    expect(text).toContain('1 条不是提法透镜的笔记');
  });
});
