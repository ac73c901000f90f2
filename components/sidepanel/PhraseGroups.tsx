import type { PhraseKind } from '../../lib/dictionary/types';
import type { UiStringKey } from '../../lib/i18n/ui-strings';
import type { PhraseGroup } from '../../lib/sidepanel/panel-filter';
import { useT } from '../i18n';
import { NestedHint } from '../popup/NestedHint';

interface Props {
  groups: PhraseGroup[];
  colors: Record<PhraseKind, string>;
  onReveal: (entryId: string) => void;
  onOpenCard: (entryId: string) => void;
}

/** Arrow keys, Home and End move between phrases across groups; O opens the focused phrase's card. */
function onListKey(e: KeyboardEvent, onOpenCard: (entryId: string) => void): void {
  const list = e.currentTarget as HTMLElement;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('button.phrase')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const go = (i: number) => buttons[Math.max(0, Math.min(buttons.length - 1, i))]?.focus();
  if (e.key === 'ArrowDown') go(at + 1);
  else if (e.key === 'ArrowUp') go(at - 1);
  else if (e.key === 'Home') go(0);
  else if (e.key === 'End') go(buttons.length - 1);
  else if ((e.key === 'o' || e.key === 'O') && at >= 0) onOpenCard(buttons[at]!.dataset.entry!);
  else return;
  e.preventDefault();
}

/** Every phrase on the page, grouped by kind with counts; a click scrolls the page to it. */
export function PhraseGroups({ groups, colors, onReveal, onOpenCard }: Props) {
  const t = useT();
  return (
    <div class="groups" data-testid="phrase-groups" onKeyDown={(e) => onListKey(e as unknown as KeyboardEvent, onOpenCard)}>
      {groups.map((g) => (
        <section key={g.kind} class={`group kind-${g.kind}`} aria-labelledby={`group-${g.kind}`}>
          <h2 id={`group-${g.kind}`}>
            <span class="swatch" style={{ background: colors[g.kind] }} aria-hidden="true" />
            {t(`kind_${g.kind}` as UiStringKey)}
            <span class="count">{g.total}</span>
          </h2>
          <ul>
            {g.phrases.map((p, i) => (
              <li key={p.entryId} class="row">
                <button type="button" class="phrase" data-entry={p.entryId} tabIndex={i === 0 && g === groups[0] ? 0 : -1} onClick={() => onReveal(p.entryId)}>
                  <span class="text">{p.text}</span>
                  <NestedHint phrase={p} />
                  <span class="count">{p.count}</span>
                </button>
                <button type="button" class="card-button" tabIndex={-1} title={t('panelOpenCardFor', p.text)} aria-label={t('panelOpenCardFor', p.text)} onClick={() => onOpenCard(p.entryId)}>
                  {t('panelOpenCard')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
