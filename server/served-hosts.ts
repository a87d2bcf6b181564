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
 * else controls that merely resolves to us (DNS rebinding) is not among them. Read at each handshake, as
 * a laptop's addresses change with its network.
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
