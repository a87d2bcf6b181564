import { Encoder, type Packet, PacketType } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { WIRE_PARSER, withText } from '../../server/wire.ts';

const socketIo = (packet: Packet) => new Encoder().encode(packet);
const ours = (packet: Packet) => new WIRE_PARSER.Encoder().encode(packet);

describe('the wire encoder', () => {
  const message = {
    gameId: 'g1',
    seq: 4,
    prevSeq: 3,
    patch: [{ op: 'set', path: ['phase'], value: 'decide' }],
  };

  it("sends a message's written text as Socket.IO writes the packet, offset and namespace included", () => {
    const written = withText({ ...message }, JSON.stringify(message));
    for (const packet of [
      { type: PacketType.EVENT, nsp: '/', data: ['game:update', written] },
      { type: PacketType.EVENT, nsp: '/', data: ['game:update', written, 'MkdLQ5hQ-0'] },
      { type: PacketType.EVENT, nsp: '/admin', data: ['game:update', written, 'MkdLQ5hQ-1'] },
    ])
      expect(ours(packet)).toEqual(socketIo(packet));
  });

  it('uses the written text, not the object, for the first encoding of the message it was given to', () => {
    const written = withText({ ...message }, '{"written":true}');
    const packet = { type: PacketType.EVENT, nsp: '/', data: ['game:update', written] };
    expect(ours(packet)).toEqual(['2["game:update",{"written":true}]']);
    // Let go once sent (the recovery buffer keeps the message, not its text): a replay is Socket.IO's own.
    expect(ours(packet)).toEqual(socketIo(packet));
  });

  it("leaves every other packet to Socket.IO's encoder: no text, an acknowledgement, binary data", () => {
    const written = withText({ ...message }, '{"written":true}');
    for (const packet of [
      { type: PacketType.EVENT, nsp: '/', data: ['game:update', { ...message }] },
      { type: PacketType.EVENT, nsp: '/', id: 7, data: ['game:update', written] },
      { type: PacketType.ACK, nsp: '/', id: 7, data: [{ ok: true }] },
      { type: PacketType.EVENT, nsp: '/', data: ['blob', Buffer.from([1, 2, 3])] },
      { type: PacketType.CONNECT, nsp: '/', data: { sid: 'abc' } },
    ])
      expect(ours(packet)).toEqual(socketIo(packet));
  });
});
