import { describe, expect, it } from 'vitest';
import {
  MESSAGES_PER_ROUND,
  PROPOSALS_PER_ROUND,
  STATEMENTS_PER_ROUND,
} from '../../../shared/game/limits.ts';
import { MAX_INVALID_MESSAGE } from '../../../shared/protocol/issues.ts';
import { errorCode, expectOk, host, seat, testGame, toNegotiate } from './helpers.ts';

const capDeal = {
  terms: [
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
    { kind: 'noNetSales', role: 'tokyo' },
  ],
  durationRounds: 3,
};

describe('statements and private messages', () => {
  it('publishes a statement with its signal and lets the market react', () => {
    const game = testGame();
    toNegotiate(game);
    const before = game.engine.state.market.sellingBelief;
    const data = expectOk(
      game.send(seat('tokyo'), {
        type: 'chat:statement',
        statement: { text: 'All options are on the table.', signal: 'threat' },
      }),
    );
    const statement = game.engine.state.statements.at(-1)!;
    expect(statement).toMatchObject({ id: data.statementId, from: 'tokyo', signal: 'threat', round: 1 });
    expect(game.engine.state.market.sellingBelief).toBeGreaterThan(before);
  });

  it('refuses a signal that is not the speaker’s to send', () => {
    const game = testGame();
    toNegotiate(game);
    const answer = game.send(seat('whiteHouse'), {
      type: 'chat:statement',
      statement: { text: 'x', signal: 'threat' },
    });
    expect(errorCode(answer)).toBe('SIGNAL_NOT_ALLOWED');
    expect(game.engine.state.statements).toHaveLength(0);
  });

  it('keeps private messages in a channel of exactly its members', () => {
    const game = testGame();
    toNegotiate(game);
    const data = expectOk(
      game.send(seat('usBusiness'), {
        type: 'chat:private',
        message: { to: ['tokyo'], text: 'Can we talk?' },
      }),
    );
    expect(data.channelId).toBe('tokyo+usBusiness');
    expectOk(
      game.send(seat('tokyo'), { type: 'chat:private', message: { to: ['usBusiness'], text: 'Yes.' } }),
    );
    const channel = game.engine.state.channels['tokyo+usBusiness']!;
    expect(channel.members).toEqual(['tokyo', 'usBusiness']);
    expect(channel.messages.map((message) => [message.from, message.text])).toEqual([
      ['usBusiness', 'Can we talk?'],
      ['tokyo', 'Yes.'],
    ]);
    expect(
      errorCode(game.send(seat('tokyo'), { type: 'chat:private', message: { to: ['tokyo'], text: 'me' } })),
    ).toBe('SELF_MESSAGE');
  });
});

describe('proposals and deals', () => {
  it('signs a deal when every party accepts, and makes it standing policy', () => {
    const game = testGame();
    toNegotiate(game);
    const { proposalId } = expectOk(game.send(seat('tokyo'), { type: 'deal:propose', proposal: capDeal }));
    const proposal = game.engine.state.proposals[proposalId as string]!;
    expect(proposal).toMatchObject({
      proposer: 'tokyo',
      signatories: ['tokyo', 'whiteHouse'],
      signedBy: ['tokyo'],
      status: 'open',
    });
    const answer = expectOk(game.send(seat('whiteHouse'), { type: 'deal:accept', proposalId }));
    expect(answer.dealId).toBe(game.engine.state.deals[0]!.id);
    expect(game.engine.state.deals[0]).toMatchObject({ fromRound: 1, untilRound: 3, status: 'inForce' });
    expect(game.engine.state.proposals[proposalId as string]!.status).toBe('signed');
    expect(game.engine.state.standingMoves.whiteHouse).toMatchObject({ tariffPct: 15, autoTariffPct: 15 });
    expect(game.engine.state.news.at(-1)!.headline.key).toBe('news.dealSigned');
  });

  it('counters: the original is closed, the counter is open', () => {
    const game = testGame();
    toNegotiate(game);
    const { proposalId } = expectOk(game.send(seat('tokyo'), { type: 'deal:propose', proposal: capDeal }));
    const counter = { ...capDeal, terms: [{ ...capDeal.terms[0], maxPct: 20 }, capDeal.terms[1]] };
    const { proposalId: counterId } = expectOk(
      game.send(seat('whiteHouse'), { type: 'deal:counter', proposalId, proposal: counter }),
    );
    expect(game.engine.state.proposals[proposalId as string]!.status).toBe('countered');
    expect(game.engine.state.proposals[counterId as string]).toMatchObject({
      counterTo: proposalId,
      proposer: 'whiteHouse',
      status: 'open',
    });
    expect(errorCode(game.send(seat('whiteHouse'), { type: 'deal:accept', proposalId }))).toBe(
      'PROPOSAL_CLOSED',
    );
  });

  it('refuses acceptance by a non-party, a second signature, and withdrawal by another', () => {
    const game = testGame();
    toNegotiate(game);
    const { proposalId } = expectOk(game.send(seat('tokyo'), { type: 'deal:propose', proposal: capDeal }));
    expect(errorCode(game.send(seat('investors'), { type: 'deal:accept', proposalId }))).toBe(
      'NOT_A_SIGNATORY',
    );
    expect(errorCode(game.send(seat('tokyo'), { type: 'deal:accept', proposalId }))).toBe('ALREADY_SIGNED');
    expect(errorCode(game.send(seat('whiteHouse'), { type: 'deal:withdraw', proposalId }))).toBe('FORBIDDEN');
    expect(errorCode(game.send(seat('tokyo'), { type: 'deal:reject', proposalId }))).toBe('FORBIDDEN');
    expect(errorCode(game.send(seat('tokyo'), { type: 'deal:accept', proposalId: 'p999' }))).toBe(
      'UNKNOWN_PROPOSAL',
    );
    expectOk(game.send(seat('tokyo'), { type: 'deal:withdraw', proposalId }));
    expect(game.engine.state.proposals[proposalId as string]).toMatchObject({
      status: 'withdrawn',
      closedBy: 'tokyo',
    });
  });

  it('lets a party reject, and refuses a deal with only one party', () => {
    const game = testGame();
    toNegotiate(game);
    const { proposalId } = expectOk(game.send(seat('tokyo'), { type: 'deal:propose', proposal: capDeal }));
    expectOk(game.send(seat('whiteHouse'), { type: 'deal:reject', proposalId }));
    expect(game.engine.state.proposals[proposalId as string]!.status).toBe('rejected');
    const selfOnly = { terms: [{ kind: 'noNetSales', role: 'tokyo' }], durationRounds: 1 };
    expect(errorCode(game.send(seat('tokyo'), { type: 'deal:propose', proposal: selfOnly }))).toBe(
      'INVALID_COMMAND',
    );
  });

  it('lets an open proposal lapse at the end of the following round', () => {
    const game = testGame();
    toNegotiate(game);
    const { proposalId } = expectOk(game.send(seat('tokyo'), { type: 'deal:propose', proposal: capDeal }));
    game.expire(); // decide 1
    game.expire(); // resolve 1 → news 2
    expect(game.engine.state.proposals[proposalId as string]!.status).toBe('open');
    while (game.engine.state.round < 3) game.expire();
    expect(game.engine.state.proposals[proposalId as string]!.status).toBe('expired');
  });

  it('files a headline when a deal runs out, naming it, its parties and its last round', () => {
    const game = testGame();
    toNegotiate(game);
    const { proposalId } = expectOk(game.send(seat('tokyo'), { type: 'deal:propose', proposal: capDeal }));
    expectOk(game.send(seat('whiteHouse'), { type: 'deal:accept', proposalId }));
    const deal = game.engine.state.deals[0]!;
    const expiries = () => game.engine.state.news.filter((item) => item.headline.key === 'news.dealExpired');
    while (game.engine.state.round <= deal.untilRound && game.engine.state.phase !== 'ended') {
      expect(expiries()).toEqual([]);
      game.expire();
    }
    expect(game.engine.state.deals[0]!.status).toBe('expired');
    expect(expiries().map((item) => [item.round, item.headline.params])).toEqual([
      [deal.untilRound, { deal: deal.id, parties: 'tokyo, whiteHouse', round: deal.untilRound }],
    ]);
  });

  it('in binding games refuses a sheet that breaks a deal in force', () => {
    const game = testGame({ bindingDeals: true });
    toNegotiate(game);
    const { proposalId } = expectOk(game.send(seat('tokyo'), { type: 'deal:propose', proposal: capDeal }));
    expectOk(game.send(seat('whiteHouse'), { type: 'deal:accept', proposalId }));
    game.expire();
    const wh = game.engine.state.standingMoves.whiteHouse;
    const answer = game.send(seat('whiteHouse'), { type: 'move:submit', move: { ...wh, tariffPct: 30 } });
    expect(errorCode(answer)).toBe('BREAKS_DEAL');
    // The refusal names the promise the sheet breaks, so the player knows what to change.
    expect(answer.ok ? '' : answer.error.message).toBe(
      `This sheet breaks deal ${game.engine.state.deals[0]!.id}, which is binding: White House tariff ≤ 15% incl. autos (the term "tariffCap").`,
    );
    expect(game.engine.state.submitted.whiteHouse).toBeUndefined();
    expectOk(game.send(seat('whiteHouse'), { type: 'move:submit', move: { ...wh, tariffPct: 10 } }));
  });

  it('in non-binding games lets a breach happen, publishes it, and costs credibility', () => {
    const game = testGame();
    toNegotiate(game);
    const { proposalId } = expectOk(game.send(seat('tokyo'), { type: 'deal:propose', proposal: capDeal }));
    expectOk(game.send(seat('whiteHouse'), { type: 'deal:accept', proposalId }));
    game.expire();
    const credibility = game.engine.state.market.credibility.whiteHouse;
    const wh = game.engine.state.standingMoves.whiteHouse;
    expectOk(game.send(seat('whiteHouse'), { type: 'move:submit', move: { ...wh, tariffPct: 35 } }));
    game.expire();
    const state = game.engine.state;
    expect(state.breaches).toEqual([
      expect.objectContaining({
        role: 'whiteHouse',
        round: 1,
        publicFromRound: 1,
        dealId: state.deals[0]!.id,
      }),
    ]);
    expect(state.deals[0]!.status).toBe('breached');
    expect(state.news.some((item) => item.headline.key === 'news.breach')).toBe(true);
    expect(state.market.credibility.whiteHouse).toBeLessThan(credibility);
  });

  it('keeps a breach of a no-sales pledge hidden until the holdings report shows it', () => {
    const game = testGame();
    toNegotiate(game);
    const { proposalId } = expectOk(game.send(seat('tokyo'), { type: 'deal:propose', proposal: capDeal }));
    expectOk(game.send(seat('whiteHouse'), { type: 'deal:accept', proposalId }));
    game.expire();
    const tokyo = game.engine.state.standingMoves.tokyo;
    expectOk(
      game.send(seat('tokyo'), {
        type: 'move:submit',
        move: { ...tokyo, treasuryAction: 'sell', treasuryAmountBn: 60 },
      }),
    );
    game.expire();
    const lag = game.engine.state.config.scenario.holdingsReportLagRounds;
    expect(game.engine.state.breaches[0]).toMatchObject({
      role: 'tokyo',
      round: 1,
      publicFromRound: 1 + lag,
    });
    expect(game.engine.state.deals[0]!.status).toBe('inForce');
    while (game.engine.state.phase !== 'decide' || game.engine.state.round < 1 + lag) game.expire();
    expect(game.engine.state.deals[0]!.status).toBe('inForce');
    game.expire(); // the report of round 1 + lag shows the sale
    expect(game.engine.state.deals[0]!.status).toBe('breached');
    expect(
      game.engine.state.news.some((item) => item.headline.key === 'news.breach' && item.round === 1 + lag),
    ).toBe(true);
  });
});

describe('the statement cap', () => {
  it(`refuses a seat's statement past ${STATEMENTS_PER_ROUND} in a round, and changes nothing`, () => {
    const game = testGame();
    toNegotiate(game);
    const say = (text: string) => ({ type: 'chat:statement', statement: { text, signal: 'none' } });
    for (let i = 0; i < STATEMENTS_PER_ROUND; i++) expectOk(game.send(seat('tokyo'), say(`s${i}`)));
    const { version, statements } = game.engine.state;
    const refused = game.send(seat('tokyo'), say('one too many'));
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'STATEMENT_LIMIT',
        message: `A seat makes at most ${STATEMENTS_PER_ROUND} statements a round.`,
      },
    });
    expect(game.engine.state.version).toBe(version);
    expect(game.engine.state.statements).toBe(statements);
    // The cap is each seat's own, and each round's.
    expectOk(game.send(seat('whiteHouse'), say('Our turn.')));
    game.expire(); // negotiate → decide
    game.expire(); // decide → round 2 news
    expect(game.engine.state.round).toBe(2);
    expectOk(game.send(seat('tokyo'), say('A new week.')));
  });
});

describe('the private message and proposal caps', () => {
  it(`refuses a seat's private message past ${MESSAGES_PER_ROUND} a round over all conversations, and changes nothing`, () => {
    const game = testGame();
    toNegotiate(game);
    const write = (to: string, text: string) => ({ type: 'chat:private', message: { to: [to], text } });
    for (let i = 0; i < MESSAGES_PER_ROUND; i++)
      expectOk(game.send(seat('tokyo'), write(i % 2 ? 'whiteHouse' : 'investors', `m${i}`)));
    const { version, channels } = game.engine.state;
    expect(game.send(seat('tokyo'), write('usBusiness', 'one too many'))).toEqual({
      ok: false,
      error: {
        code: 'MESSAGE_LIMIT',
        message: `A seat sends at most ${MESSAGES_PER_ROUND} private messages a round.`,
      },
    });
    expect(game.engine.state.version).toBe(version);
    expect(game.engine.state.channels).toBe(channels);
    // Each seat's own count: the White House still answers.
    expectOk(game.send(seat('whiteHouse'), write('tokyo', 'Received.')));
    game.expire();
    game.expire();
    expect(game.engine.state.round).toBe(2);
    expectOk(game.send(seat('tokyo'), write('whiteHouse', 'A new week.')));
  });

  it(`refuses a seat's proposal past ${PROPOSALS_PER_ROUND} a round, counters included`, () => {
    const game = testGame();
    toNegotiate(game);
    const { terms } = capDeal;
    const propose = { type: 'deal:propose', proposal: { terms, durationRounds: 2 } };
    let last = '';
    for (let i = 0; i < PROPOSALS_PER_ROUND - 1; i++) {
      const result = game.send(seat('tokyo'), propose);
      expectOk(result);
      last = (result as { ok: true; data: { proposalId: string } }).data.proposalId;
    }
    // The White House's counter is its own; Tokyo's counter to it is Tokyo's fiftieth.
    const counter = game.send(seat('whiteHouse'), {
      type: 'deal:counter',
      proposalId: last,
      proposal: { terms, durationRounds: 1 },
    });
    expectOk(counter);
    const theirs = (counter as { ok: true; data: { proposalId: string } }).data.proposalId;
    expectOk(
      game.send(seat('tokyo'), {
        type: 'deal:counter',
        proposalId: theirs,
        proposal: { terms, durationRounds: 3 },
      }),
    );
    const { version, proposals } = game.engine.state;
    expect(game.send(seat('tokyo'), propose)).toEqual({
      ok: false,
      error: {
        code: 'PROPOSAL_LIMIT',
        message: `A seat makes at most ${PROPOSALS_PER_ROUND} proposals a round, counters included.`,
      },
    });
    expect(game.engine.state.version).toBe(version);
    expect(game.engine.state.proposals).toBe(proposals);
  });
});

describe('errors change nothing', () => {
  it('answers a repeated commandId with the first answer and applies it once', () => {
    const game = testGame();
    toNegotiate(game);
    const body = { type: 'chat:statement', statement: { text: 'Once.', signal: 'none' } };
    const first = game.send(seat('tokyo'), body, { commandId: 'same' });
    const logLength = game.engine.log.length;
    const again = game.send(seat('tokyo'), body, { commandId: 'same', version: 0 });
    expect(again).toEqual(first);
    expect(game.engine.log).toHaveLength(logLength);
    expect(game.engine.state.statements).toHaveLength(1);
    // The same id from another seat is another command.
    expectOk(game.send(seat('whiteHouse'), body, { commandId: 'same' }));
    expect(game.engine.state.statements).toHaveLength(2);
  });

  it('refuses a command made in an earlier phase, or against a version from the future', () => {
    const game = testGame();
    toNegotiate(game);
    const madeIn = game.engine.state.version;
    game.expire();
    const stale = game.send(
      seat('tokyo'),
      { type: 'chat:statement', statement: { text: 'late', signal: 'none' } },
      { version: madeIn },
    );
    expect(errorCode(stale)).toBe('STALE_VERSION');
    const future = game.send(
      seat('tokyo'),
      { type: 'chat:statement', statement: { text: 'x', signal: 'none' } },
      { version: 10_000 },
    );
    expect(errorCode(future)).toBe('STALE_VERSION');
  });

  it('refuses a seat acting for another role and a player using host commands', () => {
    const game = testGame();
    toNegotiate(game);
    game.expire();
    const before = JSON.stringify(game.engine.state);
    expect(
      errorCode(
        game.send(seat('tokyo'), { type: 'move:submit', move: game.engine.state.standingMoves.whiteHouse }),
      ),
    ).toBe('WRONG_ROLE');
    expect(errorCode(game.send(seat('tokyo'), { type: 'host:skip' }))).toBe('FORBIDDEN');
    expect(
      errorCode(game.send(host, { type: 'chat:statement', statement: { text: 'x', signal: 'none' } })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(game.engine.command(seat('tokyo'), { type: 'move:submit', commandId: 'x' }, game.now)),
    ).toBe('INVALID_COMMAND');
    expect(errorCode(game.engine.command(seat('tokyo'), 'not even an object', game.now))).toBe(
      'INVALID_COMMAND',
    );
    expect(JSON.stringify(game.engine.state)).toBe(before);
  });
});

describe('host controls', () => {
  it('pauses the clock and the players, and resumes with the time that was left', () => {
    const game = testGame();
    toNegotiate(game);
    game.advance(30_000);
    const left = game.engine.state.deadline! - game.now;
    expectOk(game.send(host, { type: 'host:pause' }));
    expect(game.engine.state).toMatchObject({ paused: true, deadline: null, pausedRemainingMs: left });
    expect(
      errorCode(
        game.send(seat('tokyo'), { type: 'chat:statement', statement: { text: 'x', signal: 'none' } }),
      ),
    ).toBe('PAUSED');
    expect(game.engine.timeout(game.now + 10 * 60_000)).toBe(false);
    expect(game.engine.tick(game.now + 5000)).toBe(false);
    expect(errorCode(game.send(host, { type: 'host:pause' }))).toBe('WRONG_PHASE');
    game.advance(120_000);
    expectOk(game.send(host, { type: 'host:resume' }));
    expect(game.engine.state.deadline).toBe(game.now + left);
    expect(game.engine.state.phase).toBe('negotiate');
  });

  it('extends the deadline, running or paused', () => {
    const game = testGame();
    toNegotiate(game);
    const deadline = game.engine.state.deadline!;
    expectOk(game.send(host, { type: 'host:extend', seconds: 60 }));
    expect(game.engine.state.deadline).toBe(deadline + 60_000);
    expectOk(game.send(host, { type: 'host:pause' }));
    const left = game.engine.state.pausedRemainingMs!;
    expectOk(game.send(host, { type: 'host:extend', seconds: 30 }));
    expect(game.engine.state.pausedRemainingMs).toBe(left + 30_000);
  });

  it('skips each timed phase and ends the game from any phase', () => {
    const game = testGame();
    expectOk(game.send(host, { type: 'host:start' }));
    const phases: string[] = [];
    for (let i = 0; i < 4; i++) {
      expectOk(game.send(host, { type: 'host:skip' }));
      phases.push(game.engine.state.phase);
    }
    expect(phases).toEqual(['news', 'negotiate', 'decide', 'news']);
    expect(game.engine.state.round).toBe(2);
    expectOk(game.send(host, { type: 'host:end' }));
    expect(game.engine.state.phase).toBe('ended');
    expect(errorCode(game.send(host, { type: 'host:skip' }))).toBe('GAME_ENDED');
    expect(
      errorCode(
        game.send(seat('tokyo'), { type: 'chat:statement', statement: { text: 'x', signal: 'none' } }),
      ),
    ).toBe('GAME_ENDED');
  });

  it('injects a shock from the library and refuses one that is not there', () => {
    const game = testGame();
    toNegotiate(game);
    const before = game.engine.state.market;
    expectOk(game.send(host, { type: 'host:inject', shockId: 'dash-for-cash' }));
    expect(game.engine.state.market.yield10y).toBeGreaterThan(before.yield10y);
    expect(game.engine.state.market.usEquity).toBeLessThan(before.usEquity);
    expect(game.engine.state.shocksFired).toEqual([{ round: 1, shockId: 'dash-for-cash', at: game.now }]);
    expect(errorCode(game.send(host, { type: 'host:inject', shockId: 'alien-invasion' }))).toBe(
      'UNKNOWN_SHOCK',
    );
  });
});

describe('a malformed command', () => {
  it('is refused with one sentence of at most MAX_INVALID_MESSAGE characters, however many options zod lists', () => {
    const game = testGame();
    toNegotiate(game);
    const answer = game.send(seat('tokyo'), { type: 'chat:shout', text: 'x' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('INVALID_COMMAND');
    expect(answer.error.message.startsWith('type: ')).toBe(true);
    expect(answer.error.message.length).toBeLessThanOrEqual(MAX_INVALID_MESSAGE);
  });
});

describe('a custom shock', () => {
  it('moves the market by its own effects, with its headline in the news, named by its place among custom shocks', () => {
    const game = testGame();
    toNegotiate(game);
    const before = game.engine.state.market;
    const shock = {
      headline: 'Rating agency warns on US debt',
      kind: 'data',
      effect: { yieldBp: 12, usEquityPct: -2 },
    };
    expect(expectOk(game.send(host, { type: 'host:injectCustom', shock }))).toEqual({ shockId: 'custom-1' });
    const after = game.engine.state.market;
    expect(after.yield10y).toBeGreaterThan(before.yield10y + 0.1);
    expect(after.usEquity / before.usEquity).toBeGreaterThan(0.97);
    expect(after.usEquity / before.usEquity).toBeLessThan(0.99);
    expect(game.engine.state.news.at(-1)?.headline.params?.title).toBe('Rating agency warns on US debt');
    expect(expectOk(game.send(host, { type: 'host:injectCustom', shock }))).toEqual({ shockId: 'custom-2' });
    expect(game.engine.state.shocksFired.map((fired) => fired.shockId)).toEqual(['custom-1', 'custom-2']);
  });

  it('is refused beyond its bounds, from a seat, and changes nothing', () => {
    const game = testGame();
    toNegotiate(game);
    const before = game.engine.state;
    const wild = { headline: 'Markets melt', kind: 'data', effect: { usEquityPct: -60 } };
    expect(errorCode(game.send(host, { type: 'host:injectCustom', shock: wild }))).toBe('INVALID_COMMAND');
    const fine = { headline: 'Markets wobble', kind: 'data', effect: { usEquityPct: -1 } };
    expect(errorCode(game.send(seat('tokyo'), { type: 'host:injectCustom', shock: fine }))).toBe('FORBIDDEN');
    expect(game.engine.state.market).toEqual(before.market);
    expect(game.engine.state.shocksFired).toEqual([]);
  });
});
