/**
 * One list of documents from the seed speeches and the dated corpus, with metadata and
 * paragraphs, and near-duplicates grouped into families across both (pure: the caller reads
 * the files). The build, the provenance index and the reader all start from this list.
 */
import { detectFamilies } from './families';
import { parseCorpus } from './parse-corpus';
import { corpusFileParagraphs, type CorpusDocumentMeta, type DocumentGenre, type DocumentLevel } from './documents';

/** One record of seeds/corpus/manifest.json. */
export interface ManifestRecord {
  id: string;
  file: string;
  title: string;
  date: string;
  year: number;
  level: DocumentLevel;
  genre: DocumentGenre;
  speaker: string | null;
  organ: string;
  chars: number;
  source: { repo: string; path: string; commit: string };
}

/** A document with its paragraphs' texts. */
export interface CorpusDocument {
  meta: CorpusDocumentMeta;
  paragraphs: string[];
}

const GENRES: readonly DocumentGenre[] = ['speech', 'work-report', 'congress-report', 'communique', 'decision'];
const LEVELS: readonly DocumentLevel[] = ['local', 'provincial', 'national'];

/** The manifest's records, checked field by field; throws an Error that names the record and field. */
export function parseManifest(json: unknown): ManifestRecord[] {
  if (!Array.isArray(json)) throw new Error('manifest.json: expected an array of documents');
  return json.map((r: Record<string, unknown>, i) => {
    const where = `manifest.json[${i}]${typeof r?.id === 'string' ? ` (${r.id})` : ''}`;
    const str = (k: string) => {
      if (typeof r?.[k] !== 'string' || !(r[k] as string).trim()) throw new Error(`${where}: "${k}" must be a non-empty string`);
      return r[k] as string;
    };
    const id = str('id');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`${where}: "id" must be lower-case letters, digits and dashes`);
    const date = str('date');
    if (!/^\d{4}(-\d{2}){0,2}$/.test(date)) throw new Error(`${where}: "date" must be YYYY-MM-DD`);
    const genre = str('genre') as DocumentGenre;
    if (!GENRES.includes(genre)) throw new Error(`${where}: unknown genre "${genre}"`);
    const level = str('level') as DocumentLevel;
    if (!LEVELS.includes(level)) throw new Error(`${where}: unknown level "${level}"`);
    const source = r.source as ManifestRecord['source'];
    return {
      id, file: str('file'), title: str('title'), date, year: Number(date.slice(0, 4)), level, genre,
      speaker: typeof r.speaker === 'string' ? r.speaker : null,
      organ: str('organ'), chars: Number(r.chars) || 0,
      source: { repo: String(source?.repo ?? ''), path: String(source?.path ?? ''), commit: String(source?.commit ?? '') },
    };
  });
}

/** Seed speeches first (seed-1…), then the manifest's documents in order; families across all. */
export function assembleCorpus(seedText: string, manifest: readonly ManifestRecord[], fileText: (file: string) => string): CorpusDocument[] {
  const seeds = parseCorpus(seedText).speeches;
  const docs: CorpusDocument[] = seeds.map((s) => {
    const paragraphs = s.paragraphs.map((p) => p.text);
    const year = s.date ? Number(/^(\d{4})/.exec(s.date)?.[1]) || undefined : undefined;
    return {
      meta: {
        id: `seed-${s.id}`, title: s.title, ...(s.date ? { date: s.date } : {}), ...(year ? { year } : {}),
        genre: 'speech', level: 'local', ...(s.speaker ? { speaker: s.speaker } : {}),
        family: 0, paragraphs: paragraphs.length, chars: paragraphs.reduce((n, p) => n + p.length, 0),
      },
      paragraphs,
    };
  });
  for (const r of manifest) {
    const paragraphs = corpusFileParagraphs(fileText(r.file));
    docs.push({
      meta: {
        id: r.id, title: r.title, date: r.date, year: r.year, genre: r.genre, level: r.level,
        ...(r.speaker ? { speaker: r.speaker } : {}), organ: r.organ, source: r.source,
        family: 0, paragraphs: paragraphs.length, chars: paragraphs.reduce((n, p) => n + p.length, 0),
      },
      paragraphs,
    });
  }
  const families = detectFamilies(docs.map((d) => d.paragraphs.join('\n')));
  docs.forEach((d, i) => (d.meta.family = families[i]!));
  return docs;
}
