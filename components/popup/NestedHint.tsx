import type { PagePhrase } from '../../lib/messaging/page-requests';
import { useT } from '../i18n';

/** Says how many of a phrase's occurrences sit inside longer phrases, and names one. */
export function NestedHint({ phrase }: { phrase: PagePhrase }) {
  const t = useT();
  if (!phrase.nested) return null;
  return (
    <span class="nested" data-testid="nested-hint" title={t('nestedIn', phrase.nested, phrase.containedIn?.join('、') ?? '')}>
      {t('nestedShort', phrase.nested)}
    </span>
  );
}
