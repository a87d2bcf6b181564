import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { playerViewFor } from '../../shared/game/player-view.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import { FakeClock } from './fake-clock.ts';
import { closeAfterEach, startServer, TestPlayer } from './harness.ts';

let server: LeverageServerHandle | null = null;
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

const say = (text: string) => ({ type: 'chat:statement', statement: { text, signal: 'none' } });

describe('a seat that missed patches', () => {
  it('sees the gap at the next patch, resyncs once, and then follows the patches to exactly the view it should hold', async () => {
    // The clock stands still, so nothing but the statements below changes the game.
    server = await startServer({ clock: new FakeClock(), bots: () => [] });
    const ana = await TestPlayer.connect(server.url, 'Ana');
    const ben = await TestPlayer.connect(server.url, 'Ben');
    players = [ana, ben];
    const created = await ana.create({ mode: 'multiplayer', role: 'tokyo', botFill: false, seed: 5 });
    await ben.join(created.code, 'whiteHouse');
    await ana.seatBots(ROLE_IDS.slice(2));
    await ana.commandOk({ type: 'host:start' });
    await ana.untilPhase('briefing');
    await ana.commandOk({ type: 'host:skip' });
    await ana.untilPhase('news', 1);
    await ana.commandOk({ type: 'host:skip' });
    await ben.untilPhase('negotiate', 1);
    expect(ben.gaps).toBe(0);

    // Two patches are lost on Ben's way; the third no longer fits what Ben holds.
    ben.losing = 2;
    for (const text of ['One.', 'Two.', 'Three.']) await ana.commandOk(say(text));
    await ben.until((player) => player.view!.statements.length === 3, 5000, 'the resync');
    expect(ben.gaps).toBe(1);

    // After the resync, patches fit again: no second gap, and the view is the seat's own, whole.
    for (const text of ['Four.', 'Five.']) await ana.commandOk(say(text));
    await ben.until((player) => player.view!.statements.length === 5, 5000, 'the later patches');
    expect(ben.gaps).toBe(1);
    const game = server.registry.get(created.gameId)!;
    await game.settled();
    const expected = JSON.parse(JSON.stringify(playerViewFor(game.engine.state, 'whiteHouse')));
    expect(ben.view).toEqual(expected);
    expect(ben.lastSeq).toBe(game.engine.state.seq);
  });
});
