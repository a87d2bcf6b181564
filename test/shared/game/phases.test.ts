import { describe, expect, it } from 'vitest';
import { errorCode, expectOk, host, seat, T0, testGame, toNegotiate } from './helpers.ts';

describe('the flow of a game', () => {
  it('goes lobby → briefing → news → negotiate → decide → resolve, round after round, to ended', () => {
    const game = testGame({ rounds: 2 });
    const { engine } = game;
    expect(engine.state.phase).toBe('lobby');
    expect(engine.state.deadline).toBeNull();

    expectOk(game.send(host, { type: 'host:start' }));
    expect(engine.state.phase).toBe('briefing');
    expect(engine.state.deadline).toBe(T0 + engine.state.config.timers.briefingSeconds * 1000);

    const seen: string[] = [];
    while (engine.state.phase !== 'ended') {
      game.expire();
      seen.push(`${engine.state.phase}:${engine.state.round}`);
    }
    expect(seen).toEqual([
      'news:1',
      'negotiate:1',
      'decide:1',
      'news:2',
      'negotiate:2',
      'decide:2',
      'ended:2',
    ]);
    expect(engine.state.reports.map((report) => report.round)).toEqual([1, 2]);
    expect(engine.state.deadline).toBeNull();
  });

  it('ignores a timeout that arrives before the deadline', () => {
    const game = testGame();
    expectOk(game.send(host, { type: 'host:start' }));
    const deadline = game.engine.state.deadline!;
    expect(game.engine.timeout(deadline - 1)).toBe(false);
    expect(game.engine.state.phase).toBe('briefing');
    expect(game.engine.timeout(deadline)).toBe(true);
    expect(game.engine.state.phase).toBe('news');
  });

  it('opens each round with its news, and fires the shocks scheduled for that round', () => {
    const game = testGame();
    expectOk(game.send(host, { type: 'host:start' }));
    game.expire();
    expect(game.engine.state.news.at(-1)?.headline).toEqual({
      key: 'news.roundStart',
      params: { round: 1, rounds: 6 },
    });
    const scheduled = game.engine.state.config.scenario.shocks.filter((shock) =>
      shock.scheduledRounds.includes(3),
    );
    expect(scheduled.length).toBeGreaterThan(0);
    while (game.engine.state.round < 3) game.expire();
    expect(game.engine.state.shocksFired.map((fired) => fired.shockId)).toEqual(
      scheduled.map((shock) => shock.id),
    );
  });

  it('ends the decide phase early once every human seat has handed in a sheet', () => {
    const game = testGame({
      seats: { tokyo: 'human', whiteHouse: 'bot', investors: 'bot', usBusiness: 'bot' },
    });
    toNegotiate(game);
    game.expire();
    expect(game.engine.state.phase).toBe('decide');
    expectOk(
      game.send(seat('whiteHouse'), {
        type: 'move:submit',
        move: { ...game.engine.state.standingMoves.whiteHouse, tariffPct: 30 },
      }),
    );
    expect(game.engine.state.phase).toBe('decide');
    expectOk(game.send(seat('tokyo'), { type: 'move:submit', move: game.engine.state.standingMoves.tokyo }));
    expect(game.engine.state.phase).toBe('news');
    expect(game.engine.state.round).toBe(2);
    expect(game.engine.state.standingMoves.whiteHouse.tariffPct).toBe(30);
  });

  it('keeps the standing policy for a role that hands in nothing', () => {
    const game = testGame();
    toNegotiate(game);
    game.expire();
    const before = game.engine.state.standingMoves.usBusiness;
    expectOk(
      game.send(seat('whiteHouse'), {
        type: 'move:submit',
        move: { ...game.engine.state.standingMoves.whiteHouse, tariffPct: 10 },
      }),
    );
    game.expire();
    expect(game.engine.state.standingMoves.usBusiness).toEqual(before);
    expect(game.engine.state.standingMoves.whiteHouse.tariffPct).toBe(10);
  });

  it('carries standing policy into the next round but resets one-off moves to none', () => {
    const game = testGame();
    toNegotiate(game);
    game.expire();
    const tokyo = game.engine.state.standingMoves.tokyo;
    const business = game.engine.state.standingMoves.usBusiness;
    const sheet = {
      ...tokyo,
      treasuryAction: 'sell',
      treasuryAmountBn: 50,
      yenIntervention: 'buyYen',
      retaliatoryTariffPct: 12,
      investmentPledgeBn: 200,
      farmPurchasesBn: 6,
    };
    expectOk(game.send(seat('tokyo'), { type: 'move:submit', move: sheet }));
    const lobbying = { ...business, lobbyingSpendM: 300, supplyChainShift: true, rateHedgePct: 40 };
    expectOk(game.send(seat('usBusiness'), { type: 'move:submit', move: lobbying }));
    game.expire(); // round 1 resolves with the sale
    expect(game.engine.state.round).toBe(2);
    // A forgotten round-2 sheet must not sell $50bn again: the sale, the intervention and the farm
    // purchases were this round's; the retaliation and the cumulative pledge stand.
    expect(game.engine.state.standingMoves.tokyo).toEqual({
      ...sheet,
      treasuryAction: 'hold',
      treasuryAmountBn: 0,
      yenIntervention: 'none',
      farmPurchasesBn: 0,
    });
    expect(game.engine.state.standingMoves.usBusiness).toEqual({
      ...lobbying,
      lobbyingSpendM: 0,
      supplyChainShift: false,
    });
  });

  it('keeps a promised one-off move on the standing sheet for every round the deal binds', () => {
    const game = testGame();
    toNegotiate(game);
    const farmDeal = {
      terms: [
        { kind: 'farmPurchases', role: 'tokyo', amountBn: 8 },
        { kind: 'tariffCap', role: 'whiteHouse', maxPct: 20, includesAutos: false },
      ],
      durationRounds: 2,
    };
    const { proposalId } = expectOk(game.send(seat('tokyo'), { type: 'deal:propose', proposal: farmDeal }));
    expectOk(game.send(seat('whiteHouse'), { type: 'deal:accept', proposalId }));
    expect(game.engine.state.standingMoves.tokyo.farmPurchasesBn).toBe(8);
    while (game.engine.state.round < 2) game.expire();
    expect(game.engine.state.standingMoves.tokyo.farmPurchasesBn).toBe(8);
    while (game.engine.state.round < 3) game.expire();
    // The deal covered rounds 1 and 2: from round 3 the purchases are one-off again.
    expect(game.engine.state.standingMoves.tokyo.farmPurchasesBn).toBe(0);
    expect(game.engine.state.breaches).toEqual([]);
  });

  it('lets a sheet be revised until the lock; the last one counts', () => {
    const game = testGame();
    toNegotiate(game);
    game.expire();
    const wh = game.engine.state.standingMoves.whiteHouse;
    expectOk(game.send(seat('whiteHouse'), { type: 'move:submit', move: { ...wh, tariffPct: 40 } }));
    expectOk(game.send(seat('whiteHouse'), { type: 'move:submit', move: { ...wh, tariffPct: 12 } }));
    expect(game.engine.state.submitted.whiteHouse).toMatchObject({ tariffPct: 12 });
    game.expire();
    expect(game.engine.state.standingMoves.whiteHouse.tariffPct).toBe(12);
  });

  it('ticks the market only while it is open, without bumping the command version', () => {
    const game = testGame();
    expect(game.engine.tick(T0 + 1000)).toBe(false);
    toNegotiate(game);
    const { version, seq, marketPath } = game.engine.state;
    const points = marketPath.length;
    expect(game.engine.tick(game.now + 2000)).toBe(true);
    expect(game.engine.tick(game.now + 2000)).toBe(false); // not after the last tick
    expect(game.engine.state.version).toBe(version);
    expect(game.engine.state.seq).toBe(seq + 1);
    expect(game.engine.state.marketPath).toHaveLength(points + 1);
    expect(game.engine.state.market.yield10y).not.toBe(marketPath.at(-1)!.yield10y);
  });

  it('refuses commands out of their phase', () => {
    const game = testGame();
    expect(
      errorCode(
        game.send(seat('tokyo'), { type: 'chat:statement', statement: { text: 'hi', signal: 'none' } }),
      ),
    ).toBe('WRONG_PHASE');
    toNegotiate(game);
    expect(
      errorCode(
        game.send(seat('tokyo'), { type: 'move:submit', move: game.engine.state.standingMoves.tokyo }),
      ),
    ).toBe('WRONG_PHASE');
    expect(errorCode(game.send(host, { type: 'host:start' }))).toBe('WRONG_PHASE');
  });
});
