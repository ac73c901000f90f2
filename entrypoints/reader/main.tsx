import { render } from 'preact';
import seedText from '../../seeds/speeches.txt?raw';
import { parseCorpus } from '../../lib/corpus';
import { parseReaderHash } from '../../lib/reader/route';
import { createTranslator, languageFor } from '../../lib/i18n/ui-strings';
import { TranslateContext } from '../../components/i18n';
import { ReaderView } from '../../components/reader/ReaderView';
import './style.css';

const corpus = parseCorpus(seedText);
const translate = createTranslator(languageFor(navigator.language));
document.documentElement.lang = navigator.language.startsWith('zh') ? 'zh-CN' : 'en';

function show(): void {
  render(
    <TranslateContext.Provider value={translate}>
      <ReaderView corpus={corpus} route={parseReaderHash(location.hash)} />
    </TranslateContext.Provider>,
    document.getElementById('app')!,
  );
}

window.addEventListener('hashchange', show);
show();
