/**
 * The reader page's address: `reader.html#speech=3&p=12&from=4&to=8` opens speech 3
 * at paragraph 12 with characters 4–8 of that paragraph marked. Provenance links
 * from the card are built with `readerHash`, so both sides agree on the format.
 */
export interface ReaderRoute {
  /** 1-based speech id. */
  speech: number;
  /** 0-based paragraph index, when a paragraph is targeted. */
  paragraph?: number;
  /** Offsets within the paragraph's text of the marked occurrence. */
  from?: number;
  to?: number;
}

function readInt(params: URLSearchParams, key: string): number | undefined {
  const raw = params.get(key);
  if (raw === null || !/^\d{1,7}$/.test(raw)) return undefined;
  return Number(raw);
}

/** Parse a location hash; anything malformed falls back to the first speech. */
export function parseReaderHash(hash: string): ReaderRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const route: ReaderRoute = { speech: readInt(params, 'speech') ?? 1 };
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
  const parts = [`speech=${route.speech}`];
  if (route.paragraph !== undefined) parts.push(`p=${route.paragraph}`);
  if (route.paragraph !== undefined && route.from !== undefined && route.to !== undefined) {
    parts.push(`from=${route.from}`, `to=${route.to}`);
  }
  return `#${parts.join('&')}`;
}
