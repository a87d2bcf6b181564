import type { RoleId } from '../../shared/roles.ts';
import type { Received } from './harness.ts';

/** Keys that carry Tokyo's actual Treasury position: only Tokyo's own messages may have them. */
const TOKYO_ONLY_KEYS = new Set(['holdings', 'tokyoHoldingsBn', 'holdingsValueBn']);
/** Keys no client should ever receive. */
const NEVER_SENT_KEYS = new Set(['internals', 'tokenDigest', 'answers', 'rngState']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Everything a socket received that its seat may not see: another seat's `you`, a private channel or a
 * proposal it is not party to, another person's token, or Tokyo's holdings. `role` null is the host.
 */
export function leaksIn(
  received: readonly Received[],
  seat: RoleId | null | readonly RoleId[],
  otherTokens: readonly string[],
): string[] {
  // A person who moved seats in the lobby legitimately saw each seat it held.
  const held: readonly (RoleId | null)[] = Array.isArray(seat) ? seat : [seat as RoleId | null];
  const mine = (value: unknown) => held.includes(value as RoleId);
  const found: string[] = [];
  const visit = (value: unknown, path: string, event: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, `${path}[${index}]`, event);
      });
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const at = `${event} ${path}.${key}`;
      if (NEVER_SENT_KEYS.has(key)) found.push(`${at}: never sent`);
      if (TOKYO_ONLY_KEYS.has(key) && !mine('tokyo')) found.push(`${at}: Tokyo's holdings`);
      if (key === 'confidentialObjectives' && !path.endsWith('.you.brief'))
        found.push(`${at}: objectives outside own seat`);
      if (key === 'you' && child !== null && (!isRecord(child) || !mine(child.role))) {
        found.push(`${at}: another seat's view (${isRecord(child) ? String(child.role) : typeof child})`);
      }
      if (key === 'channels' && Array.isArray(child)) {
        for (const channel of child) {
          if (!isRecord(channel) || !Array.isArray(channel.members) || !channel.members.some(mine)) {
            found.push(`${at}: channel ${isRecord(channel) ? String(channel.id) : '?'} not its own`);
          }
        }
      }
      if (key === 'proposals' && Array.isArray(child)) {
        for (const proposal of child) {
          if (
            !isRecord(proposal) ||
            !Array.isArray(proposal.signatories) ||
            !proposal.signatories.some(mine)
          ) {
            found.push(
              `${at}: proposal ${isRecord(proposal) ? String(proposal.id) : '?'} it is not party to`,
            );
          }
        }
      }
      visit(child, `${path}.${key}`, event);
    }
  };
  for (const entry of received) {
    visit(entry.payload, '', entry.event);
    const text = JSON.stringify(entry.payload) ?? '';
    for (const token of otherTokens)
      if (text.includes(token)) found.push(`${entry.event}: another person's token`);
  }
  return found;
}
