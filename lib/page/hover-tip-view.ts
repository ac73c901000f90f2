import { createClosedHost } from '../card/closed-host';

const TIP_CSS = `
:host { all: initial !important; position: fixed !important; left: 0 !important; top: 0 !important; width: 0 !important;
  height: 0 !important; overflow: visible !important; pointer-events: none !important; z-index: 2147483646 !important; display: block !important; }
.tip { position: fixed; max-width: 320px; box-sizing: border-box; padding: 6px 10px; border-radius: 8px;
  font: 13px/1.45 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1a1a1a; background: #ffffff;
  border: 1px solid #c9ccd1; border-left: 4px solid var(--kind, #888); box-shadow: 0 4px 14px rgba(0, 0, 0, .18); }
.tip.dark { color: #eceff3; background: #23262b; border-color: #4a4f57; border-left-color: var(--kind, #888); }
.kind { font-weight: 600; }
.line { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.hint { opacity: .7; font-size: 12px; }
`;

/** What the tooltip says: the kind, one line about the phrase, and that a click opens its card. */
export interface HoverTipText {
  kind: string;
  line: string;
  hint: string;
}

/**
 * The hover tooltip, drawn in a closed shadow root on a host with an unpredictable name:
 * page script cannot read what it says or restyle it, and `pointer-events: none` leaves it
 * nothing to click or hover. The host is in the page only while the tooltip shows.
 */
export class HoverTipView {
  private readonly host: HTMLElement;
  private readonly tip = document.createElement('div');
  private readonly rows = ['kind', 'line', 'hint'].map((name) => {
    const row = document.createElement('div');
    row.className = name;
    return row;
  });

  constructor() {
    const { host, root } = createClosedHost(TIP_CSS);
    this.host = host;
    this.tip.className = 'tip';
    this.tip.setAttribute('role', 'tooltip');
    this.tip.append(...this.rows);
    root.append(this.tip);
  }

  /** Show `text` below the phrase's box (above it when there is no room), in the kind's colour. */
  show(text: HoverTipText, anchor: { left: number; top: number; height: number }, look: { dark: boolean; kindColor: string }): void {
    this.write(text);
    this.tip.classList.toggle('dark', look.dark);
    this.tip.style.setProperty('--kind', look.kindColor);
    if (!this.host.isConnected) document.documentElement.append(this.host);
    const size = this.tip.getBoundingClientRect();
    const below = anchor.top + anchor.height + 6;
    const top = below + size.height > window.innerHeight && anchor.top - size.height - 6 > 0 ? anchor.top - size.height - 6 : below;
    const left = Math.max(4, Math.min(anchor.left, window.innerWidth - size.width - 4));
    Object.assign(this.tip.style, { left: `${left}px`, top: `${top}px` });
  }

  /** Replace the text of a tooltip already showing (the first use arrives later). */
  write(text: HoverTipText): void {
    [text.kind, text.line, text.hint].forEach((value, i) => {
      this.rows[i]!.textContent = value;
      this.rows[i]!.hidden = !value;
    });
  }

  /** Take the tooltip out of the page. */
  hide(): void {
    this.host.remove();
  }
}
