import { describe, expect, it } from 'vitest';
import { playerViewFor } from '../../../shared/game/player-view.ts';
import { applyHistory, historyChanges } from '../../../shared/protocol/history.ts';
import { expectOk, seat, testGame, toNegotiate } from '../game/helpers.ts';

const say = (text: string) => ({ type: 'chat:statement', statement: { text, signal: 'none' } });

describe('history sent once, then changes', () => {
  it('carries only the new statement and message, and splicing them in gives the whole view', () => {
    const game = testGame();
    toNegotiate(game);
    for (let i = 0; i < 30; i++) expectOk(game.send(seat('tokyo'), say(`earlier ${i}`)));
    expectOk(game.send(seat('tokyo'), { type: 'chat:private', message: { to: ['whiteHouse'], text: 'hi' } }));
    const before = playerViewFor(game.engine.state, 'whiteHouse');
    expectOk(game.send(seat('investors'), say('A new note.')));
    expectOk(
      game.send(seat('tokyo'), { type: 'chat:private', message: { to: ['whiteHouse'], text: 'psst' } }),
    );
    const after = playerViewFor(game.engine.state, 'whiteHouse');

    const changes = historyChanges(before, after);
    expect(changes.statements?.from).toBe(30);
    expect(changes.statements?.items.map((statement) => statement.text)).toEqual(['A new note.']);
    expect(changes.channels).toEqual([
      {
        id: 'tokyo+whiteHouse',
        members: ['tokyo', 'whiteHouse'],
        from: 1,
        messages: [after.channels[0]!.messages[1]],
      },
    ]);
    expect(changes.deals).toBeUndefined();
    expect(JSON.stringify(changes).length).toBeLessThan(600);
    expect(applyHistory(before, changes)).toEqual({
      statements: after.statements,
      news: after.news,
      reports: after.reports,
      proposals: after.proposals,
      deals: after.deals,
      breaches: after.breaches,
      botReasons: after.botReasons,
      shocksFired: after.shocksFired,
      channels: after.channels,
    });
  });

  it('resends a proposal whose status changed, from its place in the list on', () => {
    const game = testGame();
    toNegotiate(game);
    const offer = {
      type: 'deal:propose',
      proposal: { terms: [{ kind: 'noNetSales', role: 'tokyo' }], durationRounds: 2 },
    };
    const first = expectOk(game.send(seat('whiteHouse'), offer)).proposalId as string;
    expectOk(game.send(seat('whiteHouse'), offer));
    const before = playerViewFor(game.engine.state, 'tokyo');
    expectOk(game.send(seat('tokyo'), { type: 'deal:reject', proposalId: first }));
    const after = playerViewFor(game.engine.state, 'tokyo');
    const changes = historyChanges(before, after);
    expect(changes.proposals?.from).toBe(0);
    expect(changes.proposals?.items.map((proposal) => proposal.status)).toEqual(['rejected', 'open']);
    expect(applyHistory(before, changes)?.proposals).toEqual(after.proposals);
  });

  it('refuses changes that start past what is held: the recipient missed something', () => {
    const game = testGame();
    toNegotiate(game);
    const empty = playerViewFor(game.engine.state, 'tokyo');
    expectOk(game.send(seat('tokyo'), say('one')));
    const one = playerViewFor(game.engine.state, 'tokyo');
    expectOk(game.send(seat('tokyo'), say('two')));
    const two = playerViewFor(game.engine.state, 'tokyo');
    expect(applyHistory(empty, historyChanges(one, two))).toBeNull();
  });
});
