/**
 * The reader page's address: `reader.html#doc=cpc-15&p=12&from=4&to=8` opens document cpc-15
 * at paragraph 12 with characters 4–8 of that paragraph marked; `#q=…` searches the corpus.
 * Old links to the seed speeches (`#speech=3&p=12`, in exported notes) open document seed-3.
 * Provenance links from the card are built with `readerHash`, so both sides agree.
 */
export interface ReaderRoute {
  /** Corpus document id ('seed-1'… for the seed speeches); absent: the first document. */
  doc?: string;
  /** 0-based paragraph index, when a paragraph is targeted. */
  paragraph?: number;
  /** Offsets within the paragraph's text of the marked occurrence. */
  from?: number;
  to?: number;
  /** A corpus search to show instead of a document. */
  query?: string;
}

function readInt(params: URLSearchParams, key: string): number | undefined {
  const raw = params.get(key);
  if (raw === null || !/^\d{1,7}$/.test(raw)) return undefined;
  return Number(raw);
}

/** Parse a location hash; anything malformed falls back to the first document. */
export function parseReaderHash(hash: string): ReaderRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const query = params.get('q')?.trim().slice(0, 100);
  if (query) return { query };
  const route: ReaderRoute = {};
  const doc = params.get('doc');
  const speech = readInt(params, 'speech');
  if (doc && /^[a-z0-9][a-z0-9-]{0,40}$/.test(doc)) route.doc = doc;
  else if (speech !== undefined) route.doc = `seed-${speech}`;
  const paragraph = readInt(params, 'p');
  if (paragraph === undefined) return route;
  route.paragraph = paragraph;
  const from = readInt(params, 'from');
  const to = readInt(params, 'to');
  if (from !== undefined && to !== undefined && to > from) Object.assign(route, { from, to });
  return route;
}

/** The hash for a route, the inverse of `parseReaderHash`. */
export function readerHash(route: ReaderRoute): string {
  if (route.query) return `#q=${encodeURIComponent(route.query)}`;
  const parts = route.doc ? [`doc=${route.doc}`] : [];
  if (route.paragraph !== undefined) parts.push(`p=${route.paragraph}`);
  if (route.paragraph !== undefined && route.from !== undefined && route.to !== undefined) {
    parts.push(`from=${route.from}`, `to=${route.to}`);
  }
  return `#${parts.join('&')}`;
}
