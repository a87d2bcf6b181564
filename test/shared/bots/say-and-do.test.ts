import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../../shared/bots/context.ts';
import { botActions } from '../../../shared/bots/index.ts';
import { chooseSheet } from '../../../shared/bots/sheet.ts';
import type { BotAction } from '../../../shared/bots/types.ts';
import { type BotProfile, LEVELS, PERSONALITIES } from '../../../shared/bots/types.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { chargedTariffPct } from '../../../shared/market/initial.ts';
import { netTreasurySalesBn } from '../../../shared/market/net-sales.ts';
import type { TokyoMove, WhiteHouseMove } from '../../../shared/protocol/moves.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { SEED, type Table, tableAt, tokyoFacingAHawk } from './fixtures.ts';

/**
 * A bot's words and its deeds agree: what it says it will do (in public, in private, in the reason it
 * gives) is what the sheet it hands in, or the proposal it points to, does.
 */

const PROFILES: BotProfile[] = PERSONALITIES.flatMap((personality) =>
  LEVELS.map((level) => ({ personality, level })),
);

function said(fixture: Table, role: 'tokyo' | 'usBusiness', signal: string): string {
  const ack = fixture.send(
    { kind: 'seat', role },
    { type: 'chat:statement', statement: { text: '…', signal } },
  );
  if (!ack.ok) throw new Error(ack.error.message);
  return (ack.data as { statementId: string }).statementId;
}

function sheetOf(actions: readonly BotAction[]): BotAction & { command: { type: 'move:submit' } } {
  const submit = actions.find((action) => action.command.type === 'move:submit');
  if (submit?.command.type !== 'move:submit') throw new Error('no sheet handed in');
  return submit as BotAction & { command: { type: 'move:submit' } };
}

function chargedBy(action: BotAction & { command: { type: 'move:submit' } }): number {
  return Math.round(chargedTariffPct(action.command.move as WhiteHouseMove, DEFAULT_SCENARIO.model));
}

function answerTo(view: PlayerView, profile: BotProfile, statementId: string) {
  const statement = botActions(view, profile, SEED).flatMap((action) =>
    action.command.type === 'chat:statement' && action.command.statement.replyTo === statementId
      ? [action.command.statement]
      : [],
  )[0];
  return statement;
}

describe('the White House says what its sheet does to the tariff', () => {
  it('answers a threat with the tariff its sheet sets: "stays at 24%" only when it stays at 24%', () => {
    let checked = 0;
    for (const profile of PROFILES) {
      const fixture = tableAt('negotiate');
      const threat = said(fixture, 'tokyo', 'threat');
      const now = Math.round(fixture.view('whiteHouse').market.effectiveTariffPct);
      const answer = answerTo(fixture.view('whiteHouse'), profile, threat);
      fixture.expire();
      expect(fixture.engine.state.phase).toBe('decide');
      const charged = chargedBy(sheetOf(botActions(fixture.view('whiteHouse'), profile, SEED)));
      const label = `${profile.personality}:${profile.level}: ${answer?.text} / sheet ${charged}%`;
      // A hawk and tit-for-tat answer with their signal (a call of bluff, a tough tone); the others in words.
      if (answer?.signal !== 'none') continue;
      checked++;
      if (charged === now) {
        expect(answer.phrase, label).toBe('say.whiteHouse.answerThreat');
        expect(answer.params, label).toEqual({ tariff: now });
      } else {
        expect(answer.phrase, label).toBe('say.whiteHouse.answerThreatChange');
        expect(answer.params, label).toEqual({ next: charged });
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('never says the tariff stays in a tough tone while its sheet raises it', () => {
    for (const profile of PROFILES) {
      const fixture = tableAt('negotiate');
      const now = Math.round(fixture.view('whiteHouse').market.effectiveTariffPct);
      said(fixture, 'tokyo', 'threat');
      const statements = botActions(fixture.view('whiteHouse'), profile, SEED).flatMap((action) =>
        action.command.type === 'chat:statement' ? [action.command.statement] : [],
      );
      fixture.expire();
      const charged = chargedBy(sheetOf(botActions(fixture.view('whiteHouse'), profile, SEED)));
      for (const statement of statements) {
        const label = `${profile.personality}:${profile.level}: ${statement.text} / sheet ${charged}%`;
        if (charged !== now) expect(statement.text, label).not.toMatch(/stays/);
        if (statement.phrase === 'say.whiteHouse.tariffRisesTo')
          expect(statement.params, label).toEqual({ next: charged });
      }
    }
  });

  it('the easy opportunist calls raising the tariff to its line a raise, not a hold', () => {
    const fixture = tableAt('negotiate');
    said(fixture, 'tokyo', 'threat');
    fixture.expire();
    const view = fixture.view('whiteHouse');
    const sheet = sheetOf(botActions(view, { personality: 'opportunist', level: 'easy' }, SEED));
    const move = sheet.command.move as WhiteHouseMove;
    const standing = view.you!.standingMove as WhiteHouseMove;
    expect(chargedTariffPct(move, DEFAULT_SCENARIO.model)).toBeGreaterThan(
      chargedTariffPct(standing, DEFAULT_SCENARIO.model),
    );
    expect(sheet.reason).toMatchObject({ key: 'bot.wh.exploitRaise', params: { tariff: move.tariffPct } });
  });
});

describe('Tokyo names the sale its sheet makes', () => {
  /** Reasons that say Tokyo keeps its Treasuries where they are. */
  const HOLDING = [
    'bot.tokyo.holdUnderDeal',
    'bot.tokyo.holdTariffLow',
    'bot.tokyo.calm',
    'bot.tokyo.mirrorFriendly',
    'bot.tokyo.bluff',
    'bot.tokyo.projectedHold',
    'bot.tokyo.easyRetaliate',
    'bot.tokyo.easyBluff',
  ];

  /** Round 2 against a 30% hawk, the yen 3% weaker than at the start: the yen rule buys yen. */
  function weakYen(): PlayerView {
    const view = tokyoFacingAHawk();
    const usdJpy = DEFAULT_SCENARIO.startingMarket.usdJpy * 1.03;
    return { ...view, market: { ...view.market, effectiveTariffPct: 30, usdJpy } };
  }

  it('an easy hawk that retaliates and buys yen says it sells dollar reserves, not that its Treasuries stay', () => {
    const context: BotContext = {
      view: weakYen(),
      scenario: DEFAULT_SCENARIO,
      profile: { personality: 'hawk', level: 'easy' },
      role: 'tokyo',
      seed: SEED,
      memo: new Map(),
    };
    const { move, reason } = chooseSheet(context);
    const sold = netTreasurySalesBn(move as TokyoMove, DEFAULT_SCENARIO.model);
    expect(move).toMatchObject({
      treasuryAction: 'hold',
      yenIntervention: 'buyYen',
      retaliatoryTariffPct: 5,
    });
    expect(sold).toBe(DEFAULT_SCENARIO.model.yenInterventionBn);
    expect(reason).toEqual({
      key: 'bot.tokyo.easyRetaliateYen',
      params: { tariff: 30, retaliation: 5, sold },
    });
  });

  it('no Tokyo bot gives a reason that it holds on a sheet the rules count as a sale', () => {
    for (const profile of PROFILES) {
      for (const view of [weakYen(), tokyoFacingAHawk()]) {
        const context: BotContext = {
          view,
          scenario: DEFAULT_SCENARIO,
          profile,
          role: 'tokyo',
          seed: SEED,
          memo: new Map(),
        };
        const { move, reason } = chooseSheet(context);
        const sold = netTreasurySalesBn(move as TokyoMove, DEFAULT_SCENARIO.model);
        const label = `${profile.personality}:${profile.level} ${reason.key} ${sold}`;
        if (HOLDING.includes(reason.key)) expect(sold, label).toBeLessThanOrEqual(0);
        if (reason.key.endsWith('Yen')) expect(reason.params?.sold, label).toBe(sold);
      }
    }
  });
});

describe('US businesses mirror the way the tariff moved, and say so', () => {
  const mirror: BotProfile = { personality: 'titForTat', level: 'easy' };

  function businessReason(view: PlayerView) {
    return sheetOf(botActions(view, mirror, SEED)).reason;
  }

  it('round 1, the tariff where it started: no word of Washington easing', () => {
    const fixture = tableAt('decide');
    const reason = businessReason(fixture.view('usBusiness'));
    expect(reason).toEqual({ key: 'bot.business.mirrorSteady', params: { tariff: 24 } });
  });

  it('after Washington raised the tariff 24% → 25%, it answers a rise, not an easing', () => {
    const fixture = tableAt('decide');
    const profiles = {
      tokyo: { personality: 'dove', level: 'easy' },
      whiteHouse: { personality: 'opportunist', level: 'easy' },
      investors: { personality: 'dove', level: 'easy' },
      usBusiness: mirror,
    } as const;
    for (const role of ['tokyo', 'whiteHouse', 'investors', 'usBusiness'] as const)
      fixture.apply(role, botActions(fixture.view(role), profiles[role], SEED));
    expect(fixture.engine.state.round).toBe(2);
    fixture.expire();
    fixture.expire();
    expect(fixture.engine.state.phase).toBe('decide');
    const view = fixture.view('usBusiness');
    expect(view.market.effectiveTariffPct).toBeGreaterThan(24.5);
    const reason = businessReason(view);
    expect(reason).toEqual({ key: 'bot.business.mirrorHostile', params: { tariff: 25 } });
    expect(sheetOf(botActions(view, mirror, SEED)).command.move).toMatchObject({ passThroughPct: 50 });
  });
});

describe('private replies read what has become of a proposal', () => {
  const tokyo = { kind: 'seat' as const, role: 'tokyo' as const };

  function ask(fixture: Table, message: object): string {
    const ack = fixture.send(tokyo, { type: 'chat:private', message: { to: ['whiteHouse'], ...message } });
    if (!ack.ok) throw new Error(ack.error.message);
    return (ack.data as { messageId: string }).messageId;
  }

  function replyTo(fixture: Table, profile: BotProfile, messageId: string) {
    const reply = botActions(fixture.view('whiteHouse'), profile, SEED).find(
      (action) => action.command.type === 'chat:private' && action.command.message.inReplyTo === messageId,
    );
    if (reply?.command.type !== 'chat:private') throw new Error('no reply');
    return reply.command.message;
  }

  it('asked for terms it has already signed on the table, it points to that proposal, not "propose it"', () => {
    const profile: BotProfile = { personality: 'titForTat', level: 'easy' };
    const fixture = tableAt('negotiate');
    const proposing = botActions(fixture.view('whiteHouse'), profile, SEED).filter(
      (action) => action.command.type === 'deal:propose',
    );
    const [proposed] = fixture.apply('whiteHouse', proposing);
    if (!proposed?.ok) throw new Error('the White House made no proposal');
    const { proposalId } = proposed.data as { proposalId: string };
    expect(fixture.engine.state.proposals[proposalId]?.signedBy).toEqual(['whiteHouse']);

    const reply = replyTo(fixture, profile, ask(fixture, { text: 'Terms?', intent: { kind: 'askTerms' } }));
    expect(reply.words).toEqual({ key: 'talk.offer.signedOnTable', params: { proposal: proposalId } });
    expect(reply.text).not.toMatch(/Propose it/);
  });

  it('answers an offer linked to a proposal withdrawn since as an offer to propose again, not "I sign it"', () => {
    const profile: BotProfile = { personality: 'dove', level: 'easy' };
    const fixture = tableAt('negotiate');
    const terms = {
      terms: [
        { kind: 'tariffCap', role: 'whiteHouse', maxPct: 20, includesAutos: true },
        { kind: 'noNetSales', role: 'tokyo' },
        { kind: 'investmentPledge', role: 'tokyo', amountBn: 550 },
      ],
      durationRounds: 2,
    };
    const proposed = fixture.send(tokyo, { type: 'deal:propose', proposal: terms });
    if (!proposed.ok) throw new Error(proposed.error.message);
    const { proposalId } = proposed.data as { proposalId: string };
    const offer = ask(fixture, { text: 'This one?', intent: { kind: 'offer', proposal: terms } });
    // The engine links the offer to the open proposal it repeats.
    const linked = fixture
      .view('whiteHouse')
      .channels.flatMap((channel) => channel.messages)
      .find((message) => message.id === offer);
    expect(linked?.intent).toMatchObject({ kind: 'offer', proposalId });
    expect(replyTo(fixture, profile, offer).words).toEqual({
      key: 'talk.offer.willSign',
      params: { proposal: proposalId },
    });

    expect(fixture.send(tokyo, { type: 'deal:withdraw', proposalId }).ok).toBe(true);
    const reply = replyTo(fixture, profile, offer);
    expect(reply.words).toEqual({ key: 'talk.offer.yoursWork' });
    expect(reply.text).not.toContain(proposalId);
  });
});
