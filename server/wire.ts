import { Decoder, Encoder, type Packet, PacketType } from 'socket.io-parser';
import { Shelf, ShelvedText } from './shelf.ts';

/**
 * Socket.IO's packet encoder, with one shortcut for messages whose JSON text is already written. The
 * `game:update`s of one change differ from seat to seat only in each seat's own part: the public record's
 * patch and the new market points are the same for all of them, yet Socket.IO would write every message
 * out in full, after walking it for binary data. The broadcast (broadcast.ts) writes the shared parts
 * once and gives each message its whole text (`withText`); this encoder then sends that text inside the
 * packet exactly as Socket.IO writes a packet, byte for byte (test/server/wire.test.ts), so any client's
 * parser reads it. A message without text, and every other packet, is Socket.IO's own.
 *
 * A message given a text carries no binary data: its text is JSON of the game's views, which the store
 * writes as JSON too.
 */
const texts = new WeakMap<object, string>();

/** Marks `message` as one whose JSON text is `text` (exactly `JSON.stringify(message)`). */
export function withText<T extends object>(message: T, text: string): T {
  texts.set(message, text);
  return message;
}

/**
 * What connection-state recovery keeps of a sent message: its text alone, on a shelf (shelf.ts). The
 * in-memory adapter holds every broadcast for two minutes, in the very array the encoder is given; kept as
 * objects, each update's patch (and the pieces of old views its operations point at) would be copied by
 * the young generation's collections object by object before it is old, and even kept as its own text (the
 * pieces a broadcast put it together from) it would be copied twice on its way to the old generation:
 * these texts were about a third of what the load run's young collections copied. A replay to a recovered
 * connection sends the text as it was first sent. (A cluster adapter has already written the message to
 * Redis in its own format before the local broadcast encodes it.)
 */
const sentTexts = new Shelf();

/**
 * The text of an event broadcast without an acknowledgement, [name, message, recovery offset?], if written;
 * the first time, the text takes the message's place in the packet (what the recovery buffer keeps).
 */
function writtenText(packet: Packet): string | undefined {
  const data = packet.data as unknown[] | undefined;
  if (packet.type !== PacketType.EVENT || packet.id !== undefined || !Array.isArray(data) || data.length > 3)
    return undefined;
  const message = data[1];
  if (message instanceof ShelvedText) return message.text;
  const text = typeof message === 'object' && message !== null ? texts.get(message) : undefined;
  if (text !== undefined) {
    texts.delete(message as object);
    data[1] = sentTexts.keep(text);
  }
  return text;
}

class WrittenTextEncoder extends Encoder {
  override encode(packet: Packet): ReturnType<Encoder['encode']> {
    const text = writtenText(packet);
    if (text === undefined) return super.encode(packet);
    const data = packet.data as unknown[];
    const namespace = packet.nsp && packet.nsp !== '/' ? `${packet.nsp},` : '';
    const offset = data.length === 3 ? `,${JSON.stringify(data[2])}` : '';
    return [`${PacketType.EVENT}${namespace}[${JSON.stringify(data[0])},${text}${offset}]`];
  }
}

/** For Socket.IO's `parser` option: this encoder, Socket.IO's own decoder. */
export const WIRE_PARSER = { Encoder: WrittenTextEncoder, Decoder };
