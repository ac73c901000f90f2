import { render } from 'preact';
import { parseReaderHash, readerHash } from '../../lib/reader/route';
import { createReaderSource } from '../../lib/reader/reader-source';
import { createTranslator, languageFor } from '../../lib/i18n/ui-strings';
import { TranslateContext } from '../../components/i18n';
import { ReaderView } from '../../components/reader/ReaderView';
import './style.css';

const source = createReaderSource();
const translate = createTranslator(languageFor(navigator.language));
document.documentElement.lang = navigator.language.startsWith('zh') ? 'zh-CN' : 'en';
let shown = 0;

/** Render the route in the hash: at once with what is cached, again when its data arrives. */
async function show(): Promise<void> {
  const seq = ++shown;
  const route = parseReaderHash(location.hash);
  const paint = (data: Partial<Parameters<typeof ReaderView>[0]> = {}) =>
    seq === shown &&
    render(
      <TranslateContext.Provider value={translate}>
        <ReaderView key={route.query ?? ''} documents={[]} route={route} onSearch={(q) => (location.hash = readerHash({ query: q }))} {...data} />
      </TranslateContext.Provider>,
      document.getElementById('app')!,
    );
  try {
    // The routed document's text is fetched alongside the list, not after it.
    const early = route.doc ? source.paragraphs(route.doc).catch(() => undefined) : undefined;
    const documents = await source.documents();
    const doc = route.doc ?? documents[0]?.id;
    if (route.query) {
      paint({ documents });
      paint({ documents, search: await source.search(route.query) });
    } else if (doc && documents.some((d) => d.id === doc)) {
      paint({ documents, paragraphs: (await early) ?? (await source.paragraphs(doc)) });
    } else paint({ documents });
  } catch (e) {
    paint({ error: e instanceof Error ? e.message : String(e) });
  }
}

window.addEventListener('hashchange', () => void show());
void show();
