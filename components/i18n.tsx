import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../lib/i18n/ui-strings';

/** The current page's translator; every page provides it once at the root (without one, a key reads as itself). */
export const TranslateContext = createContext<Translate>((key) => key);

/** The translator of the nearest provider. */
export function useT(): Translate {
  return useContext(TranslateContext);
}
