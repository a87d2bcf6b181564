import { hostname as machineName, networkInterfaces } from 'node:os';

const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/** A host name or address as a URL spells its hostname: lower case, IPv6 in brackets. */
function urlHostname(name: string): string | null {
  const bare = name.replace(/^\[|\]$/g, '');
  try {
    return new URL(`http://${bare.includes(':') ? `[${bare}]` : bare}/`).hostname;
  } catch {
    return null;
  }
}

/**
 * The names this server knows it answers to: the loopback names, the machine's name (and its mDNS
 * `.local` form), and the address it listens on, or every address of the machine when it listens on all
 * of them. A socket may only be opened through one of these (or a listed origin's host); a name someone
 * else controls that merely resolves to us (DNS rebinding) is not among them. Read again every second at most
 * (`rememberedServedHostnames`), as a laptop's addresses change with its network.
 */
export function servedHostnames(
  listenHost: string,
  interfaces: NodeJS.Dict<readonly { address: string }[]> = networkInterfaces(),
  machine: string = machineName(),
): Set<string> {
  // A bare machine name is also reached as name.local on networks with mDNS (Bonjour, Avahi); .local is
  // link-local by definition, so no outside site can point such a name at us.
  const names = [
    'localhost',
    '127.0.0.1',
    '::1',
    machine,
    ...(machine.includes('.') ? [] : [`${machine}.local`]),
  ];
  if (WILDCARDS.has(listenHost)) {
    for (const addresses of Object.values(interfaces))
      for (const { address } of addresses ?? []) names.push(address);
  } else {
    names.push(listenHost);
  }
  const served = new Set<string>();
  for (const name of names) {
    const hostname = urlHostname(name);
    if (hostname) served.add(hostname);
  }
  return served;
}

/**
 * `servedHostnames` for the handshakes of the next `ttlMs`: reading the machine's interfaces and spelling
 * every address as a URL takes about 80 µs, paid by every socket that connects, so a room of phones
 * joining at once, or thousands of sockets coming back to a restarted node, would read the same list
 * thousands of times. A second is still soon enough for a laptop whose network changed.
 */
export function rememberedServedHostnames(
  read: () => Set<string>,
  ttlMs = 1000,
  now: () => number = Date.now,
): () => ReadonlySet<string> {
  let served: Set<string> | null = null;
  let readAt = 0;
  return () => {
    if (served === null || now() - readAt >= ttlMs) {
      served = read();
      readAt = now();
    }
    return served;
  };
}
