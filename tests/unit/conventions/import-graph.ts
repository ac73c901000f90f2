/**
 * The source files' import graph and the few facts the layering rules need, read with
 * TypeScript's parser (not a type-check): comments, strings and regular expressions
 * cannot fool it the way they fool a regular expression over the text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository root; every path below is relative to it, with forward slashes. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** One import or re-export: what it names, where, and whether it survives compilation. */
export interface ImportEdge {
  /** The specifier as written, e.g. `../matcher` or `wxt/browser`. */
  specifier: string;
  /** The repository file it resolves to, or null for a package. */
  target: string | null;
  /** `import type`, `export type` or only `type` names: erased, so never in a bundle. */
  typeOnly: boolean;
  line: number;
}

const SOURCE = /\.(ts|tsx)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
const isFile = (path: string) => existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isFile();

/** Every .ts/.tsx file under `dir` (a path relative to the root). */
export function sourceFiles(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const parsed = new Map<string, ts.SourceFile>();

/** The syntax tree of a source file, parsed once. */
function syntaxOf(file: string): ts.SourceFile {
  let tree = parsed.get(file);
  if (!tree) {
    const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    tree = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true, kind);
    parsed.set(file, tree);
  }
  return tree;
}

const flattened = new Map<string, ts.Node[]>();

/** Every node of a file, depth first. */
export function nodesOf(file: string): ts.Node[] {
  const known = flattened.get(file);
  if (known) return known;
  const out: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    out.push(node);
    ts.forEachChild(node, visit);
  };
  visit(syntaxOf(file));
  flattened.set(file, out);
  return out;
}

/** The 1-based line of a node. */
export function lineOf(node: ts.Node): number {
  return node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1;
}

/** The repository file a specifier names, or null for a package. */
function resolve(from: string, specifier: string): string | null {
  const path = specifier.replace(/\?.*$/, '');
  let base: string;
  if (path.startsWith('.')) base = posix.join(dirname(from), path);
  else if (/^(@|~|@@|~~)\//.test(path)) base = path.replace(/^[^/]+\//, '');
  else return null;
  return EXTENSIONS.map((ext) => base + ext).find(isFile) ?? base;
}

/** Whether an import clause brings in only types (`import type`, or `{ type A, type B }`). */
function onlyTypes(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

const edges = new Map<string, ImportEdge[]>();

/** The imports, re-exports and dynamic `import()`s of one source file. */
export function importsOf(file: string): ImportEdge[] {
  let out = edges.get(file);
  if (out) return out;
  out = [];
  for (const node of nodesOf(file)) {
    let spec: ts.Expression | undefined;
    let typeOnly = false;
    if (ts.isImportDeclaration(node)) [spec, typeOnly] = [node.moduleSpecifier, onlyTypes(node.importClause)];
    else if (ts.isExportDeclaration(node)) [spec, typeOnly] = [node.moduleSpecifier, node.isTypeOnly];
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) spec = node.arguments[0];
    if (!spec || !ts.isStringLiteralLike(spec)) continue;
    out.push({ specifier: spec.text, target: resolve(file, spec.text), typeOnly, line: lineOf(node) });
  }
  edges.set(file, out);
  return out;
}

/**
 * The source files a bundle that starts at `entry` contains: the closure over imports
 * that survive compilation, each with the chain of files that pulled it in.
 */
export function bundleOf(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const edge of importsOf(file)) {
      if (edge.typeOnly || !edge.target || !SOURCE.test(edge.target) || chains.has(edge.target)) continue;
      chains.set(edge.target, [...chains.get(file)!, edge.target]);
      queue.push(edge.target);
    }
  }
  return chains;
}
