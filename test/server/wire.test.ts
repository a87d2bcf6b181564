import { Encoder, type Packet, PacketType } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { SHELF_CHARS, ShelvedText } from '../../server/shelf.ts';
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
    const places: [namespace: string, ...offset: string[]][] = [
      ['/'],
      ['/', 'MkdLQ5hQ-0'],
      ['/admin', 'MkdLQ5hQ-1'],
    ];
    for (const [nsp, ...offset] of places) {
      const packet = (data: object) => ({
        type: PacketType.EVENT,
        nsp,
        data: ['game:update', data, ...offset],
      });
      const written = withText({ ...message }, JSON.stringify(message));
      expect(ours(packet(written))).toEqual(socketIo(packet({ ...message })));
    }
  });

  it('uses the written text, not the object, for the message it was given to, and keeps only the text', () => {
    const written = withText({ ...message }, '{"written":true}');
    const packet = { type: PacketType.EVENT, nsp: '/', data: ['game:update', written, 'MkdLQ5hQ-2'] };
    expect(ours(packet)).toEqual(['2["game:update",{"written":true},"MkdLQ5hQ-2"]']);
    // The recovery buffer holds this very array: what it keeps of the message is its text, not the object.
    const kept: unknown = packet.data[1];
    expect(kept).toBeInstanceOf(ShelvedText);
    expect((kept as ShelvedText).text).toBe('{"written":true}');
    // A recovered connection's replay of the kept packet sends what was first sent, byte for byte.
    expect(ours(packet)).toEqual(['2["game:update",{"written":true},"MkdLQ5hQ-2"]']);
    expect(ours({ ...packet, nsp: '/admin' })).toEqual([
      '2/admin,["game:update",{"written":true},"MkdLQ5hQ-2"]',
    ]);
  });

  it('replays every kept text byte for byte once kept texts are joined on the shelf, non-Latin-1 ones too', () => {
    // Enough messages of differing lengths to fill the shelf twice over and leave some on a shelf not yet full.
    const packets: Packet[] = [];
    const first: ReturnType<Encoder['encode']>[] = [];
    for (let seq = 0, chars = 0; chars < 2.5 * SHELF_CHARS; seq++) {
      const note = seq % 7 === 0 ? '円安が進む'.repeat(seq % 5) : 'x'.repeat(seq % 300);
      const sent = { ...message, seq, prevSeq: seq - 1, note };
      const packet = {
        type: PacketType.EVENT,
        nsp: '/',
        data: ['game:update', withText(sent, JSON.stringify(sent)), `o-${seq}`],
      };
      first.push(ours(packet));
      expect(first.at(-1)).toEqual(socketIo({ ...packet, data: ['game:update', sent, `o-${seq}`] }));
      packets.push(packet);
      chars += JSON.stringify(sent).length;
    }
    expect(packets.map(ours)).toEqual(first);
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
