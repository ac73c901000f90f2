/**
 * The one list of sites where Tifa Lens runs without being asked: government
 * hosts and the party and state outlets that publish the same formulations.
 * Any other site needs the user's explicit, optional permission.
 */
const GOVERNMENT_HOST_SUFFIXES = [
  'gov.cn',
  '12371.cn',
  'qstheory.cn',
  'people.com.cn',
  'news.cn',
  'xinhuanet.com',
] as const;

/** Manifest match patterns for the hosts above (`*.` also matches the apex host). */
export const GOVERNMENT_MATCH_PATTERNS: string[] = GOVERNMENT_HOST_SUFFIXES.map((suffix) => `*://*.${suffix}/*`);

/** True when a hostname is one of the government hosts or a subdomain of one. */
export function isGovernmentHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return GOVERNMENT_HOST_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}
