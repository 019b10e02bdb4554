/**
 * Strict URL checks shared by the detectors. They look only at the parsed
 * URL's protocol and hostname, never at the URL string, so
 * `https://zoom.us.evil.com/…`, `https://meet.google.com@evil.com/…` and
 * `https://evil.com/?u=meet.google.com/…` can never pass.
 */

/** True for https URLs whose hostname is exactly one of `hosts`. */
export function onHost(url: URL, ...hosts: string[]): boolean {
  return url.protocol === 'https:' && hosts.includes(url.hostname);
}

/** True for https URLs on `domain` itself or any subdomain of it. */
export function onDomain(url: URL, domain: string): boolean {
  const h = url.hostname;
  return url.protocol === 'https:' && (h === domain || h.endsWith('.' + domain));
}

/** Path with one trailing slash removed, so `/a/` and `/a` compare equal. */
export function path(url: URL): string {
  return url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
}

/** `decodeURIComponent` that returns the input instead of throwing on bad escapes. */
export function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Look-alikes of a real URL for `examples.noMatch`: plain http, the host as
 * a prefix of another host, as userinfo, inside a query, and a lookalike
 * registrable domain (`notzoom.us`).
 */
export function spoofs(real: string, domain?: string): string[] {
  const u = new URL(real);
  const h = u.hostname;
  const rest = u.pathname + u.search;
  const reg = domain ?? h.split('.').slice(-2).join('.');
  return [
    `http://${h}${rest}`,
    `https://${h}.evil.com${rest}`,
    `https://${h}@evil.com${rest}`,
    `https://evil.com/?u=${h}${rest}`,
    `https://evil.com${rest}`,
    `https://${h.slice(0, -reg.length)}not${reg}${rest}`,
  ];
}
