/**
 * The address players type or scan to reach this server (`LEVERAGE_PUBLIC_URL`), e.g.
 * `http://192.168.1.20:3000` on a classroom network or `https://leverage.school.example` behind a proxy.
 * The server may listen on every interface while players can only reach one of its names; this is the one
 * to put in join links and the one whose pages may open sockets. Read here only, so every use agrees.
 */
export function publicUrlFrom(env: Readonly<Record<string, string | undefined>>): string | null {
  const setting = env.LEVERAGE_PUBLIC_URL?.trim();
  if (!setting) return null;
  const problem = `LEVERAGE_PUBLIC_URL: "${setting}" is not an address like http://192.168.1.20:3000`;
  let url: URL;
  try {
    url = new URL(setting);
  } catch {
    throw new Error(problem);
  }
  // The client and its socket live at the root of their origin; a path or query would be silently lost.
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.pathname !== '/' ||
    url.search ||
    url.hash
  )
    throw new Error(problem);
  if (url.username || url.password) throw new Error(`${problem} (no user or password)`);
  return url.origin;
}
