import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type Translate } from '../lib/i18n/ui-strings';

/** The current page's translator; pages provide it once at the root. */
export const TranslateContext = createContext<Translate>(createTranslator('zh'));

/** The translator of the nearest provider. */
export function useT(): Translate {
  return useContext(TranslateContext);
}
