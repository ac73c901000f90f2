import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { bundleOf, importsOf, lineOf, nodesOf, sourceFiles } from './import-graph';

// STYLE.md's "Which way imports go", held by reading the import graph (as Refined GitHub
// does). Every rule reports `file:line` so a failure says what to fix.

const CODE = ['lib', 'components', 'entrypoints'].flatMap(sourceFiles);
const SCRIPTS = sourceFiles('scripts');
const ENTRYPOINTS = CODE.filter((f) => f.startsWith('entrypoints/'));
const CONTENT_SCRIPTS = ENTRYPOINTS.filter((f) => /^entrypoints\/([^/]+\.)?content(\.tsx?$|\/)/.test(f));
const PURE = /^lib\/(corpus|dictionary|matcher)\//;
const BUILD_TIME = /^lib\/dictionary\/build\//;
const BUILD_ONLY_PACKAGES = /^(jieba-wasm|opencc-js)(\/|$)/;
const EXTENSION_PACKAGES = /^(wxt|idb|webextension-polyfill)(\/|$)/;

/** Uses of global names as values (`document.x`, `globalThis.window`), not as property names. */
function globalUses(file: string, names: readonly string[]): string[] {
  return nodesOf(file)
    .filter((n): n is ts.Identifier => ts.isIdentifier(n) && names.includes(n.text))
    .filter((n) => {
      const p = n.parent;
      const isMemberName = (ts.isPropertyAccessExpression(p) && p.name === n) || ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p)) && p.name === n);
      return !isMemberName || (ts.isPropertyAccessExpression(p) && /^(globalThis|self)$/.test(p.expression.getText()));
    })
    .map((n) => `${file}:${lineOf(n)} ${n.text}`);
}

/** Why a file cannot run outside the extension (browser APIs, IndexedDB, the notes database), if it cannot. */
function extensionUses(file: string): string[] {
  const imports = importsOf(file)
    .filter((e) => !e.typeOnly && ((e.target === null && EXTENSION_PACKAGES.test(e.specifier)) || e.target?.startsWith('lib/notes/db/')))
    .map((e) => `${file}:${e.line} imports ${e.specifier}`);
  return [...imports, ...globalUses(file, ['browser', 'chrome', 'indexedDB'])];
}

/** The lib folder a file belongs to (`lib/page/x.ts` → `page`), or null outside lib/. */
function libFolder(file: string): string | null {
  const m = /^lib\/([^/]+)\//.exec(file);
  return m ? m[1]! : null;
}

/**
 * Every import between two lib folders, type-only ones included (a type is a dependency of
 * the design too), as folder → folder → the `file:line` that makes the edge.
 */
function folderEdges(): Map<string, Map<string, string[]>> {
  const edges = new Map<string, Map<string, string[]>>();
  for (const file of CODE) {
    const from = libFolder(file);
    if (!from) continue;
    for (const e of importsOf(file)) {
      const to = e.target && libFolder(e.target);
      if (!to || to === from) continue;
      const out = edges.get(from) ?? edges.set(from, new Map()).get(from)!;
      (out.get(to) ?? out.set(to, []).get(to)!).push(`${file}:${e.line}`);
    }
  }
  return edges;
}

/** The folder cycles of `edges`: each strongly connected set of two or more folders (Tarjan). */
function folderCycles(edges: Map<string, Map<string, string[]>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) visit(w), low.set(v, Math.min(low.get(v)!, low.get(w)!));
      else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const set: string[] = [];
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      set.push(w);
      if (w === v) break;
    }
    if (set.length > 1) cycles.push(set.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** `problem` for every file a bundle from `roots` contains, with the chain that pulls it in. */
function inBundles(roots: string[], problem: (file: string) => string[]): string[] {
  const found = new Set<string>();
  for (const root of roots) {
    for (const [file, chain] of bundleOf(root)) problem(file).forEach((p) => found.add(`${p} (via ${chain.join(' > ')})`));
  }
  return [...found];
}

describe('the import graph', () => {
  it('is read at all: entrypoints reach lib, type-only imports are left out', () => {
    expect([...bundleOf('entrypoints/content/index.ts').keys()]).toEqual(expect.arrayContaining(['lib/page/start-highlighting.ts', 'lib/matcher/index.ts']));
    expect([...bundleOf('entrypoints/background/index.ts').keys()].some((f) => f.startsWith('lib/notes/db/'))).toBe(true);
    expect(importsOf('lib/dictionary/build/segment.ts').map((e) => e.specifier)).toContain('jieba-wasm');
    expect(importsOf('lib/page/start-highlighting.ts').find((e) => e.specifier.startsWith('wxt/'))?.typeOnly).toBe(true);
  });

  it('judges each import on its own: "import type" in a file exempts no other import of it', () => {
    const edges = importsOf('tests/fixtures/conventions/mixed-imports.ts');
    expect(edges.map((e) => [e.specifier.replace(/^.*\//, ''), e.typeOnly])).toEqual([
      ['settings-schema', true],
      ['idb', false],
      ['csv', false], // `{ type CsvCell, writeCsv }` still loads the module
      ['types', true], // `{ type Note }` only: erased
      ['ui-strings', true],
      ['download', false],
    ]);
  });

  it('1. imports nothing from entrypoints/ (an entrypoint only from its own folder)', () => {
    const offenders = [...CODE, ...SCRIPTS].flatMap((file) =>
      importsOf(file)
        .filter((e) => e.target?.startsWith('entrypoints/') && !file.startsWith(`${e.target.split('/').slice(0, 2).join('/')}/`))
        .map((e) => `${file}:${e.line} imports ${e.specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('2. keeps lib/corpus, lib/dictionary and lib/matcher pure: no DOM, no browser, no IndexedDB', () => {
    const pure = CODE.filter((f) => PURE.test(f));
    const offenders = pure.flatMap((file) => [
      ...extensionUses(file),
      ...globalUses(file, ['document', 'window', 'navigator', 'location', 'localStorage', 'sessionStorage']),
      ...importsOf(file)
        .filter((e) => !e.typeOnly && (e.target ? !PURE.test(e.target) : e.specifier.startsWith('node:') || BUILD_ONLY_PACKAGES.test(e.specifier)))
        .filter((e) => !(BUILD_TIME.test(file) && e.target === null)) // the build runs in Node: jieba, opencc, node:fs
        .map((e) => `${file}:${e.line} imports ${e.specifier}`),
    ]);
    expect(offenders).toEqual([]);
  });

  it('3. gives components/ only Preact, types, other components and lib modules free of browser APIs', () => {
    const components = CODE.filter((f) => f.startsWith('components/'));
    const direct = components.flatMap((file) =>
      importsOf(file)
        .filter((e) => (e.target === null ? !/^preact(\/|$)/.test(e.specifier) && !e.typeOnly : /^lib\/notes\/db\//.test(e.target)))
        .map((e) => `${file}:${e.line} imports ${e.specifier}`),
    );
    expect(direct).toEqual([]);
    expect(inBundles(components, extensionUses)).toEqual([]);
  });

  it('4. keeps lib/notes out of the content script, however indirectly (the page owns its IndexedDB)', () => {
    // tests/unit/notes/conventions.test.ts checks the content script's direct imports; this follows every chain.
    expect(CONTENT_SCRIPTS.length).toBeGreaterThan(0);
    expect(inBundles(CONTENT_SCRIPTS, (f) => (f.startsWith('lib/notes/') ? [f] : []))).toEqual([]);
  });

  it('5. keeps jieba-wasm and opencc-js to scripts/ and the dictionary build, out of every bundle', () => {
    const importers = [...CODE, ...SCRIPTS].flatMap((file) =>
      importsOf(file)
        .filter((e) => BUILD_ONLY_PACKAGES.test(e.specifier) && !file.startsWith('scripts/') && !BUILD_TIME.test(file))
        .map((e) => `${file}:${e.line} imports ${e.specifier}`),
    );
    expect(importers).toEqual([]);
    const bundled = inBundles(ENTRYPOINTS, (f) => [
      ...(BUILD_TIME.test(f) ? [f] : []),
      ...importsOf(f).filter((e) => !e.typeOnly && BUILD_ONLY_PACKAGES.test(e.specifier)).map((e) => `${f}:${e.line} imports ${e.specifier}`),
    ]);
    expect(bundled).toEqual([]);
  });

  it('6. never renders text as HTML', () => {
    const SINKS = ['innerHTML', 'insertAdjacentHTML', 'dangerouslySetInnerHTML', 'setHTMLUnsafe', 'createContextualFragment'];
    const offenders = CODE.flatMap((file) =>
      nodesOf(file)
        .filter((n) => {
          const name = ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : null;
          if (name && SINKS.includes(name)) return true;
          const p = n.parent;
          if (name === 'outerHTML') return ts.isBinaryExpression(p.parent) && p.parent.left === p && p.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
          return (name === 'write' || name === 'writeln') && ts.isPropertyAccessExpression(p) && p.expression.getText() === 'document';
        })
        .map((n) => `${file}:${lineOf(n)} ${n.getText()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('7. leaves no focused test behind (a forgotten `only` silently skips the rest)', () => {
    const runners = /^(describe|it|test|suite|bench)$/;
    const offenders = sourceFiles('tests').flatMap((file) =>
      nodesOf(file)
        .filter((n) => ts.isPropertyAccessExpression(n) && n.name.text === 'only')
        .filter((n) => runners.test((n as ts.PropertyAccessExpression).expression.getText().split('.')[0]!))
        .map((n) => `${file}:${lineOf(n)}`),
    );
    expect(offenders).toEqual([]);
  });
  it('8. has no cycle between lib folders: each pair of folders is imported one way only', () => {
    const edges = folderEdges();
    expect(edges.get('page')?.has('card')).toBe(true); // the graph is read: the page opens the card
    const cycles = folderCycles(edges).map((set) =>
      set.flatMap((from) => set.filter((to) => edges.get(from)?.has(to)).map((to) => `${from} → ${to} (${edges.get(from)!.get(to)!.join(', ')})`)),
    );
    expect(cycles).toEqual([]);
  });

  it('9. keeps content-script glue out of lib/highlighter: no WXT context, no global document or location', () => {
    const highlighter = CODE.filter((f) => f.startsWith('lib/highlighter/'));
    expect(highlighter.length).toBeGreaterThan(10);
    const offenders = highlighter.flatMap((file) => [
      ...importsOf(file).filter((e) => /^wxt(\/|$)/.test(e.specifier)).map((e) => `${file}:${e.line} imports ${e.specifier}`),
      ...globalUses(file, ['document', 'location', 'window']),
    ]);
    expect(offenders).toEqual([]);
  });
});
