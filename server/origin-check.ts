/**
 * Which pages may open a socket to this server. Browsers send an `Origin` on every websocket handshake
 * and every cross-origin request, so a page on another site that tries to drive a player's socket shows
 * its own origin and is refused. Requests with no `Origin` are same-origin page loads or programs that
 * are not browsers (which could send any header they liked anyway), so they pass.
 *
 * A page is the server's own when its origin is the one the browser addressed (the `Host` header) AND
 * that host is a name the server knows it serves. The second half stops DNS rebinding: a site whose own
 * name is made to resolve to this machine sends `Origin` and `Host` that agree, but with its own name.
 * Anything else must be listed: `LEVERAGE_PUBLIC_URL`, or
 * `LEVERAGE_ALLOWED_ORIGINS=https://class.example.org,http://localhost:5173`.
 */
export interface OriginPolicy {
  /** Page origins let in whatever the `Host` header says (LEVERAGE_ALLOWED_ORIGINS, LEVERAGE_PUBLIC_URL). */
  allowedOrigins: readonly string[];
  /** The host names (as a URL spells them) this server answers to; asked at each handshake. */
  servedHostnames: () => ReadonlySet<string>;
}

export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  policy: OriginPolicy,
): boolean {
  if (origin === undefined) return true;
  let page: URL;
  try {
    page = new URL(origin);
  } catch {
    // "null" (sandboxed frames, file: pages) and garbage.
    return false;
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return false;
  if (policy.allowedOrigins.includes(page.origin)) return true;
  if (!host) return false;
  let addressed: URL;
  try {
    // Parsed with the page's scheme, so "example.org:443" and "https://example.org" compare equal.
    addressed = new URL(`${page.protocol}//${host}`);
  } catch {
    return false;
  }
  return addressed.host === page.host && policy.servedHostnames().has(addressed.hostname);
}

/** The allowlist from a comma-separated setting; each entry must be a plain http(s) origin. */
export function allowedOriginsFrom(setting: string | undefined): string[] {
  if (!setting) return [];
  return setting
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      let url: URL;
      try {
        url = new URL(entry);
      } catch {
        throw new Error(`LEVERAGE_ALLOWED_ORIGINS: "${entry}" is not an origin like https://example.org`);
      }
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search) {
        throw new Error(`LEVERAGE_ALLOWED_ORIGINS: "${entry}" is not an origin like https://example.org`);
      }
      return url.origin;
    });
}
