import { Decoder, Encoder, type Packet, PacketType } from 'socket.io-parser';

/**
 * Socket.IO's packet encoder, with one shortcut for messages whose JSON text is already written. The
 * `game:update`s of one change differ from seat to seat only in each seat's own part: the public record's
 * patch and the new market points are the same for all of them, yet Socket.IO would write every message
 * out in full, after walking it for binary data. The broadcast (broadcast.ts) writes the shared parts
 * once and gives each message its whole text (`withText`); this encoder then sends that text inside the
 * packet exactly as Socket.IO writes a packet, byte for byte (test/server/wire.test.ts), so any client's
 * parser reads it. A message without text, and every other packet, is Socket.IO's own.
 *
 * A message's text serves its first encoding and is then let go. A message given a text carries no binary
 * data: its text is JSON of the game's views, which the store writes as JSON too.
 */
const texts = new WeakMap<object, string>();

/** Marks `message` as one whose JSON text is `text` (exactly `JSON.stringify(message)`). */
export function withText<T extends object>(message: T, text: string): T {
  texts.set(message, text);
  return message;
}

class WrittenTextEncoder extends Encoder {
  override encode(packet: Packet): ReturnType<Encoder['encode']> {
    const data = packet.data as unknown[] | undefined;
    // An event broadcast without an acknowledgement: [name, message], and the offset connection-state
    // recovery appends to what it keeps.
    if (packet.type === PacketType.EVENT && packet.id === undefined && Array.isArray(data)) {
      const message = data[1];
      const text = data.length <= 3 && typeof message === 'object' && message !== null && texts.get(message);
      if (text) {
        // Sent once: the recovery buffer keeps the message for two minutes, and need not keep its text too
        // (a recovered connection's replay encodes it again, as Socket.IO would).
        texts.delete(message);
        const namespace = packet.nsp && packet.nsp !== '/' ? `${packet.nsp},` : '';
        const offset = data.length === 3 ? `,${JSON.stringify(data[2])}` : '';
        return [`${PacketType.EVENT}${namespace}[${JSON.stringify(data[0])},${text}${offset}]`];
      }
    }
    return super.encode(packet);
  }
}

/** For Socket.IO's `parser` option: this encoder, Socket.IO's own decoder. */
export const WIRE_PARSER = { Encoder: WrittenTextEncoder, Decoder };
