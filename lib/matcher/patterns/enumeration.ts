/**
 * The enumeration 一是…二是…三是: a structure of the page, not a phrase. Only its markers
 * are painted; what lies between them is the page's own content, however long. Three
 * markers or more, in order, each at a clause start, so 一是一，二是二 stays dark.
 */
import type { PatternHit } from './types';

const MARKERS = ['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是'];
/** At most this many chars between two markers: a longer gap is not one enumeration. */
const MAX_GAP = 400;
const CLAUSE_START = /[\s，。；：！？、,;:!?（(]/;

function atClauseStart(text: string, at: number): boolean {
  return at === 0 || CLAUSE_START.test(text[at - 1]!);
}

/** Enumerations in `text`: each hit's pieces are its markers. */
export function detectEnumerations(text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  let from = 0;
  for (;;) {
    const first = text.indexOf(MARKERS[0]!, from);
    if (first < 0) return hits;
    from = first + 2;
    if (!atClauseStart(text, first)) continue;
    const pieces: Array<[number, number]> = [[first, first + 2]];
    let at = first + 2;
    for (let k = 1; k < MARKERS.length; k++) {
      const next = text.indexOf(MARKERS[k]!, at);
      if (next < 0 || next - at > MAX_GAP || !atClauseStart(text, next)) break;
      pieces.push([next, next + 2]);
      at = next + 2;
    }
    if (pieces.length < 3) continue;
    const items = pieces.map(([s, e]) => text.slice(s, e));
    hits.push({ type: 'enumeration', start: first, end: at, shared: items.join('…'), items, pieces });
    from = at;
  }
}
