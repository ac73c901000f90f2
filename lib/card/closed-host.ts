/**
 * A host element for our in-page layers: an unpredictable custom-element name, so page CSS and
 * script cannot target it, and a closed shadow root holding our stylesheet, so page script
 * cannot read what is inside (no `host.shadowRoot`).
 */
import { unpredictableElementName } from './element-name';

/** A detached host with a closed root that already holds a <style> with `css`. */
export function createClosedHost(css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(unpredictableElementName());
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
