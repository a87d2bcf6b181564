import type { NetworkInterfaceInfo } from 'node:os';

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

/**
 * Where students' devices can reach this server, for join links and QR codes. A teacher who opens
 * `http://localhost:3000` and projects its join link gives the class an address only the teacher's machine
 * knows, so without LEVERAGE_PUBLIC_URL the server offers one the room can open: the machine's first
 * network address when listening on every interface, or the address it listens on unless that is loopback.
 */
const WILDCARD_HOSTS: ReadonlySet<string> = new Set(['0.0.0.0', '::', '']);
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1)$/i;

/** `http://<address>:<port>` for each IPv4 address other machines can reach (no loopback). */
export function networkUrls(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>, port: number): string[] {
  const urls: string[] = [];
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.internal || entry.family !== 'IPv4') continue;
      urls.push(`http://${entry.address}:${port}`);
    }
  }
  return urls;
}

/** The public URL: `configured` (already read by `publicUrlFrom`), else one worked out as above, else null. */
export function publicUrlFor(input: {
  configured: string | null;
  host: string;
  port: number;
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>;
}): string | null {
  if (input.configured) return input.configured;
  if (WILDCARD_HOSTS.has(input.host)) return networkUrls(input.interfaces, input.port)[0] ?? null;
  if (LOOPBACK.test(input.host)) return null;
  const host = input.host.includes(':') ? `[${input.host}]` : input.host;
  return `http://${host}:${input.port}`;
}
