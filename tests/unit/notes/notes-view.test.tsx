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
function fakeService(notes: Note[], importResult?: ImportResult | Error) {
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
    importFile: async () => {
      if (importResult instanceof Error) throw importResult;
      return importResult ?? { ok: false, problem: { code: 'not-json', detail: 'Unexpected end' } };
    },
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

/** Choose a file in the notes page's import input. */
async function importInto(root: HTMLElement, name: string): Promise<void> {
  const input = root.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['{}'], name)] });
  await act(() => void input.dispatchEvent(new Event('change')));
  await settle();
}

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
    expect(done.querySelector('.settings-changed')).toBeNull();
  });

  it('says how an import changed the settings', async () => {
    const summary = { added: 1, updated: 0, keptBoth: 0, skipped: 0, skippedOlder: 0, skippedIdentical: 0, skippedForeign: 0 };
    const settings = { personalPhrases: [], hiddenEntries: [] };
    const root = await mount(fakeService([], { ok: true, format: 'tifa', summary, settings, settingsChanged: { personalPhrases: 500, hiddenEntries: 3 } }).service);
    await importInto(root, 'backup.json');
    expect(root.querySelector('.notice')?.textContent).toContain('新增 1 条');
    expect(root.querySelector('.settings-changed')?.textContent).toBe('文件还改动了设置：新增自定义提法 500 个，隐藏词条 3 个（可在设置中撤回）。');
  });

  it('tells the user in their language that an interrupted import changed nothing, not the browser error', async () => {
    const chromeError = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
    const root = await mount(fakeService([], chromeError).service);
    await importInto(root, 'backup.json');
    const text = root.querySelector('.notice.failed .notice-text')?.textContent ?? '';
    expect(text).toBe('导入“backup.json”没有完成：扩展在导入途中停止了，没有改动任何笔记。请再试一次（重复导入同一文件是安全的）。');
    expect(text).not.toContain('listener');
  });
});
