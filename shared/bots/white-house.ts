import { chargedTariffPct } from '../market/initial.ts';
import { extended } from '../plain-data.ts';
import { MAX_DEAL_ROUNDS } from '../protocol/deals.ts';
import type { WhiteHouseMove } from '../protocol/moves.ts';
import type { PhraseKey } from '../protocol/phrases.ts';
import { sheetWith } from '../protocol/sheet-copies.ts';
import { type Concession, ownConcession, tariffFloor, tokyoThreatBacked } from './concession.ts';
import type { BotContext, RolePlaybook, SheetChoice, StatementChoice } from './context.ts';
import { lastSignal, standing, tariffCapInForce, tokyoHostility } from './reading.ts';
import { signalPhrase } from './voice/repeats.ts';
import { whiteHouseWord } from './white-house-word.ts';

/**
 * The White House's playbook. The hawk keeps the tariff high and calls every threat a bluff; the dove
 * speaks softly, pauses at the first sign of panic and gives way at the first backed pressure or pledge;
 * tit-for-tat answers Tokyo's last move; the opportunist calls the bluff of a Tokyo the market has stopped
 * believing and takes the exit when a backed threat turns the bonds. None of them cuts for nothing: every
 * cut goes through the concession rule or a signed cap (concession.ts).
 */

function sheet(context: BotContext, changes: Partial<WhiteHouseMove>): WhiteHouseMove {
  return sheetWith(sheetWith(standing(context.view, 'whiteHouse'), { pause: false }), changes);
}

function boundTariff(value: number): number {
  return Math.min(50, Math.max(0, Math.round(value)));
}

/** A tariff held to a cap the White House has signed, if any. */
function cappedBy(cap: number | null, tariff: number): number {
  return cap === null ? tariff : Math.min(tariff, cap);
}

function rates(
  tariffPct: number,
  autoTariffPct = tariffPct,
): Pick<WhiteHouseMove, 'tariffPct' | 'autoTariffPct'> {
  return { tariffPct: boundTariff(tariffPct), autoTariffPct: boundTariff(autoTariffPct) };
}

/** The cut a backed threat or Tokyo's pledges have won, within any cap the White House has signed (concession.ts). */
function conceding(
  context: BotContext,
  concession: Concession,
  cap: number | null,
): SheetChoice<'whiteHouse'> {
  const tariff = cappedBy(cap, concession.tariffPct);
  return {
    move: sheet(context, extended(rates(tariff), { stance: 'neutral' as const })),
    reason:
      concession.for === 'backedThreat'
        ? { key: 'bot.wh.yieldToBackedThreat', params: { tariff, yieldBp: concession.yieldBp } }
        : { key: 'bot.wh.mirrorFriendly', params: { tariff } },
  };
}

function ruleSheet(context: BotContext): SheetChoice<'whiteHouse'> {
  const { view, scenario, profile } = context;
  const own = standing(view, 'whiteHouse');
  const panic = Math.round(view.market.panic);
  const hostility = tokyoHostility(view, scenario);
  const cap = tariffCapInForce(view);
  const concession = ownConcession(view, scenario, profile.personality);
  switch (profile.personality) {
    case 'hawk': {
      if (panic > 55) {
        return {
          move: sheet(context, { pause: true, stance: 'neutral' }),
          reason: { key: 'bot.wh.pausePanic', params: { panic } },
        };
      }
      if (concession) return conceding(context, concession, cap);
      const tariff = cappedBy(cap, HAWK_LINE_PCT);
      return {
        move: sheet(context, extended(rates(tariff), { stance: 'hawkish' as const })),
        reason: { key: 'bot.wh.holdFirm', params: { tariff } },
      };
    }
    case 'dove': {
      if (concession) return conceding(context, concession, cap);
      // Soft words and a deal on the table, but no cut for nothing: the tariff is what a deal is bought with.
      const pause = panic > 35;
      const tariff = cappedBy(cap, own.tariffPct);
      return {
        move: sheet(
          context,
          extended(rates(tariff, cappedBy(cap, own.autoTariffPct)), {
            pause,
            stance: 'conciliatory' as const,
          }),
        ),
        reason: pause
          ? { key: 'bot.wh.pausePanic', params: { panic } }
          : { key: 'bot.wh.keep', params: { tariff } },
      };
    }
    case 'titForTat': {
      if (concession) return conceding(context, concession, cap);
      if (hostility > 0.5) {
        // One step for each hostile round, up to the top of the hawk's range: an answer in kind, not a runaway.
        const tariff = cappedBy(
          cap,
          Math.min(MIRROR_CEILING_PCT, Math.max(own.tariffPct, own.autoTariffPct) + 5),
        );
        return {
          move: sheet(context, extended(rates(tariff), { stance: 'hawkish' as const })),
          reason: { key: 'bot.wh.mirrorHostile', params: { tariff } },
        };
      }
      const tariff = cappedBy(cap, own.tariffPct);
      return {
        move: sheet(
          context,
          extended(rates(tariff, cappedBy(cap, own.autoTariffPct)), { stance: 'neutral' as const }),
        ),
        reason: { key: 'bot.wh.keep', params: { tariff } },
      };
    }
    case 'opportunist': {
      // A panic is a moment to pause, not to give the tariff away; a backed threat that turns the bonds is
      // the moment to take a win and move on; a bluff nobody believes is free to call.
      if (panic > 35) {
        return {
          move: sheet(context, { pause: true, stance: 'neutral' }),
          reason: { key: 'bot.wh.pausePanic', params: { panic } },
        };
      }
      if (concession) return conceding(context, concession, cap);
      const tariff = cappedBy(cap, hostility < 0 ? own.tariffPct : OPPORTUNIST_LINE_PCT);
      const move = sheet(context, extended(rates(tariff), { stance: 'hawkish' as const }));
      // Holding or raising, the reason says which: from the first day's 24% the line is a raise.
      const raises =
        chargedTariffPct(move, scenario.model) > chargedTariffPct(own, scenario.model) + TARIFF_EPSILON;
      return {
        move,
        reason: {
          key: raises ? 'bot.wh.exploitRaise' : 'bot.wh.exploit',
          params: { tariff, credibility: Math.round(view.market.credibility.tokyo) },
        },
      };
    }
  }
}

/** The easy hawk's tariff without a concession or a cap: tougher than the first day's, to be bargained down. */
const HAWK_LINE_PCT = 30;

/**
 * The easy opportunist's tariff against a Tokyo that is not friendly: the first day's top rate (autos 25%)
 * on both headline and autos, a one-point raise of the 24% headline that makes Tokyo pay for relief.
 */
const OPPORTUNIST_LINE_PCT = 25;

/** Charged tariffs closer than this are the same tariff (float noise from the autos' weight). */
const TARIFF_EPSILON = 1e-9;

/** The highest tariff tit-for-tat mirrors hostility up to: the top of the hawk's range below. */
const MIRROR_CEILING_PCT = 35;

/** Tariff levels a hard White House weighs, within its temperament. */
const LEVELS_BY_PERSONALITY = {
  hawk: [15, 20, 25, 35],
  dove: [0, 5, 10, 20],
  titForTat: [0, 5, 10, 15, 25],
  opportunist: [0, 5, 10, 15, 20],
} as const;

/**
 * Each level in the tone that goes with it and in a neutral one: a tone is itself a lever (hawks applaud a
 * hawkish one, a conciliatory one costs approval, a swing adds to policy chaos), so a hard bot weighs it too.
 */
function alternatives(context: BotContext): SheetChoice<'whiteHouse'>[] {
  const { view, scenario, profile } = context;
  // A concession binds the bot's own options as a signed cap does: looking ahead one round cannot see
  // Tokyo's next sale, so it would otherwise take back the ground the rule has given.
  const conceded = ownConcession(view, scenario, profile.personality)?.tariffPct ?? null;
  const deal = tariffCapInForce(view);
  const cap = conceded === null ? deal : deal === null ? conceded : Math.min(deal, conceded);
  // And no lower than it has been given something for: a look-ahead cut for nothing is a retreat.
  const floor = tariffFloor(view, scenario, profile.personality);
  return LEVELS_BY_PERSONALITY[profile.personality].flatMap((level) => {
    const tariff = Math.max(floor, cappedBy(cap, level));
    const tone: WhiteHouseMove['stance'] =
      tariff >= 24 ? 'hawkish' : tariff <= 15 ? 'conciliatory' : 'neutral';
    const tones: WhiteHouseMove['stance'][] = tone === 'neutral' ? [tone] : [tone, 'neutral'];
    return tones.map((stance) => ({
      move: sheet(context, extended(rates(tariff), { stance })),
      reason: { key: 'bot.wh.projected', params: { tariff } },
    }));
  });
}

const PHRASES: Record<'hawkish' | 'conciliatory' | 'neutral' | 'callBluff', readonly PhraseKey[]> = {
  // A phrase about where the tariff goes fits only what this round's sheet does with it (voice/situation.ts).
  hawkish: [
    'say.whiteHouse.tariffStays',
    'say.whiteHouse.notPushedAround',
    'say.whiteHouse.tariffStaysAt',
    'say.whiteHouse.tariffRisesTo',
  ],
  conciliatory: ['say.whiteHouse.closeToDeal', 'say.whiteHouse.talksProductive', 'say.whiteHouse.dealBelow'],
  neutral: ['say.whiteHouse.reviewingOptions', 'say.whiteHouse.negotiationsContinue'],
  callBluff: ['say.whiteHouse.wouldHurtItself', 'say.whiteHouse.threatsAreBluff'],
};

function say(context: BotContext, signal: keyof typeof PHRASES, key: string): StatementChoice {
  const phrase = signalPhrase(context, PHRASES[signal]);
  return {
    signal,
    phrase,
    reason: { key, params: { tariff: Math.round(context.view.market.effectiveTariffPct) } },
  };
}

function statement(context: BotContext): StatementChoice | null {
  const { view, scenario, profile } = context;
  if (view.phase !== 'negotiate') return null;
  const tokyoSaid = lastSignal(view, 'tokyo');
  const threatened = tokyoSaid === 'threat' || tokyoSaid === 'hint';
  switch (profile.personality) {
    case 'hawk':
      // Calling a threat the report has backed would only escalate: the hawk keeps a tough tone instead.
      return threatened && !tokyoThreatBacked(view, scenario)
        ? say(context, 'callBluff', 'bot.wh.sayCallBluff')
        : say(context, 'hawkish', 'bot.wh.sayHawkish');
    case 'dove':
      return say(context, 'conciliatory', 'bot.wh.sayConciliatory');
    case 'titForTat': {
      const hostility = tokyoHostility(view, scenario);
      if (hostility > 0.5) return say(context, 'hawkish', 'bot.wh.sayMirror');
      if (hostility < -0.5) return say(context, 'conciliatory', 'bot.wh.sayMirror');
      return null;
    }
    case 'opportunist':
      if (threatened && view.market.credibility.tokyo < 55)
        return say(context, 'callBluff', 'bot.wh.sayCallBluff');
      return view.market.panic > 30 ? say(context, 'neutral', 'bot.wh.sayNeutral') : null;
  }
}

function proposal(context: BotContext) {
  const { view, scenario, profile } = context;
  const hostility = tokyoHostility(view, scenario);
  const { personality } = profile;
  const hard = profile.level === 'hard';
  if (personality === 'titForTat' && hostility > 0.5) return null;
  // A hard hawk settles before mortgage rates bite; an easy one waits to see whether Tokyo folds.
  if (personality === 'hawk' && view.round < (hard ? 1 : 3)) return null;
  const maxPct =
    personality === 'hawk'
      ? hard
        ? 18
        : 20
      : personality === 'dove'
        ? 15
        : personality === 'opportunist'
          ? 18
          : 15;
  // Pledges are what a settlement is sold on at home: a hard dove asks for them in full.
  const pledge = personality === 'dove' && !hard ? 300 : 550;
  // A hard bot's deal runs to the end of the game, so its calm is not thrown away when it lapses.
  const durationRounds = hard ? Math.max(3, Math.min(MAX_DEAL_ROUNDS, view.rounds - view.round + 1)) : 3;
  return {
    proposal: {
      terms: [
        { kind: 'tariffCap' as const, role: 'whiteHouse' as const, maxPct, includesAutos: true },
        { kind: 'noNetSales' as const, role: 'tokyo' as const },
        { kind: 'investmentPledge' as const, role: 'tokyo' as const, amountBn: pledge },
        { kind: 'farmPurchases' as const, role: 'tokyo' as const, amountBn: 8 },
        { kind: 'retaliationCap' as const, role: 'tokyo' as const, maxPct: 0 },
      ],
      durationRounds,
    },
    reason: { key: 'bot.wh.offerDeal', params: { maxPct, pledge } },
  };
}

export const whiteHousePlaybook: RolePlaybook<'whiteHouse'> = {
  ruleSheet,
  alternatives,
  statement,
  proposal,
  givenWord: whiteHouseWord,
};
