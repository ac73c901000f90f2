/**
 * A custom element name the page cannot predict, new for every content-script instance.
 * A fixed name (`tifa-card`) let a page define it first and run its own constructor on our
 * host. The isolated world has no `customElements` to ask whether a name is taken, so the
 * name carries 80 random bits instead: a page cannot have defined it in advance. Defining it
 * afterwards (after seeing the host) upgrades nothing useful: the closed root is already
 * attached, so the page's constructor can neither attach its own nor reach ours.
 */
export function unpredictableElementName(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const letters = [...random(16)].map((b) => String.fromCharCode(97 + (b % 26)));
  return `${letters.slice(0, 6).join('')}-${letters.slice(6).join('')}`;
}
