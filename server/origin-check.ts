/**
 * Which requests may open a socket to this server.
 *
 * First the name the request was sent to (the `Host` header) must be one the server knows it serves. This
 * stops DNS rebinding: a site whose own name is made to resolve to this machine is, for the browser, the
 * same origin as the server, so its page's requests carry `Host: that-site` and (for same-origin GETs, as
 * in long-polling) no `Origin` at all. Only the `Host` gives it away.
 *
 * Then the page: browsers send an `Origin` on every websocket handshake and every cross-origin request, so
 * a page on another site that tries to drive a player's socket shows its own origin and is refused unless
 * it is listed (`LEVERAGE_PUBLIC_URL`, `LEVERAGE_ALLOWED_ORIGINS`). A page is the server's own when its
 * origin is the host it addressed. Requests with no `Origin` are same-origin or from programs that are not
 * browsers (which could send any header they liked anyway), so they pass.
 */
export interface OriginPolicy {
  /** Page origins let in from another host (LEVERAGE_ALLOWED_ORIGINS, LEVERAGE_PUBLIC_URL); their names are served too. */
  allowedOrigins: readonly string[];
  /** The host names (as a URL spells them) this server answers to; asked at each handshake (read afresh at most once a second). */
  servedHostnames: () => ReadonlySet<string>;
}

export function socketAllowed(
  origin: string | undefined,
  host: string | undefined,
  policy: OriginPolicy,
): boolean {
  if (host !== undefined && !hostServed(host, policy)) return false;
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
  try {
    // Parsed with the page's scheme, so "example.org:443" and "https://example.org" compare equal.
    return new URL(`${page.protocol}//${host}`).host === page.host;
  } catch {
    return false;
  }
}

function hostServed(host: string, policy: OriginPolicy): boolean {
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    return false;
  }
  return (
    policy.servedHostnames().has(hostname) ||
    policy.allowedOrigins.some((origin) => new URL(origin).hostname === hostname)
  );
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
