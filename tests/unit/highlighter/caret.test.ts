// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { caretFromPoint } from '../../../lib/highlighter/caret';

/** The document with its caret methods replaceable (happy-dom has no layout). */
type Doc = Record<string, unknown>;

describe('caretFromPoint', () => {
  it('passes the open shadow roots under the point to caretPositionFromPoint', () => {
    document.body.innerHTML = '<x-host></x-host>';
    const host = document.querySelector('x-host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>高度重视</p>';
    const text = shadow.querySelector('p')!.firstChild!;
    const doc = document as unknown as Doc;
    let seen: ShadowRoot[] = [];
    doc.elementFromPoint = () => host;
    (shadow as ShadowRoot & Record<string, unknown>).elementFromPoint = () => shadow.querySelector('p');
    doc.caretPositionFromPoint = (_x: number, _y: number, o?: { shadowRoots?: ShadowRoot[] }) => {
      seen = o?.shadowRoots ?? [];
      return seen.includes(shadow) ? { offsetNode: text, offset: 2 } : { offsetNode: host, offset: 0 };
    };
    expect(caretFromPoint(document, 10, 10)).toEqual({ node: text, offset: 2 });
    expect(seen).toEqual([shadow]);
  });

  it('falls back to caretRangeFromPoint, and returns null where neither exists', () => {
    document.body.innerHTML = '<p>同志们</p>';
    const text = document.querySelector('p')!.firstChild!;
    const doc = document as unknown as Doc;
    doc.elementFromPoint = () => document.querySelector('p');
    doc.caretPositionFromPoint = undefined;
    doc.caretRangeFromPoint = () => ({ startContainer: text, startOffset: 1 });
    expect(caretFromPoint(document, 1, 1)).toEqual({ node: text, offset: 1 });
    doc.caretRangeFromPoint = undefined;
    expect(caretFromPoint(document, 1, 1)).toBeNull();
  });
});
