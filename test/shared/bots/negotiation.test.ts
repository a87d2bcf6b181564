import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../../shared/bots/context.ts';
import { projectDeal } from '../../../shared/bots/deal-projection.ts';
import { botActions, formatReason } from '../../../shared/bots/index.ts';
import { answerReason } from '../../../shared/bots/negotiation.ts';
import type { BotProfile } from '../../../shared/bots/types.ts';
import type { Term } from '../../../shared/protocol/deals.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { SEED, type Table, tableAt } from './fixtures.ts';

const DEEP_CUT: Term[] = [
  { kind: 'tariffCap', role: 'whiteHouse', maxPct: 10, includesAutos: true },
  { kind: 'noNetSales', role: 'tokyo' },
];
const TOKYO_LOSES: Term[] = [
  { kind: 'tariffCap', role: 'whiteHouse', maxPct: 50, includesAutos: true },
  { kind: 'noNetSales', role: 'tokyo' },
  { kind: 'investmentPledge', role: 'tokyo', amountBn: 1000 },
];
const ZERO_TARIFF: Term[] = [
  { kind: 'tariffCap', role: 'whiteHouse', maxPct: 0, includesAutos: true },
  { kind: 'noNetSales', role: 'tokyo' },
];

function proposeAs(fixture: Table, role: RoleId, terms: Term[]): string {
  const ack = fixture.send(
    { kind: 'seat', role },
    { type: 'deal:propose', proposal: { terms, durationRounds: 3 } },
  );
  if (!ack.ok) throw new Error(ack.error.message);
  return (ack.data as { proposalId: string }).proposalId;
}

function contextFor(fixture: Table, role: RoleId, profile: BotProfile): BotContext {
  return { view: fixture.view(role), scenario: DEFAULT_SCENARIO, profile, role, seed: SEED, memo: new Map() };
}

describe('bots answer proposals by projected score', () => {
  it('signs a deal that raises its projected score', () => {
    const fixture = tableAt('negotiate');
    const proposalId = proposeAs(fixture, 'whiteHouse', DEEP_CUT);
    const profile: BotProfile = { personality: 'titForTat', level: 'easy' };
    const projected = projectDeal(contextFor(fixture, 'tokyo', profile), DEEP_CUT);
    expect(projected.withDeal).toBeGreaterThan(projected.withoutDeal);

    const answer = botActions(fixture.view('tokyo'), profile, SEED).find((action) =>
      action.command.type.startsWith('deal:'),
    );
    expect(answer?.command).toEqual({ type: 'deal:accept', proposalId });
    expect(answer?.reason.key).toBe('bot.deal.accept');
    expect(answer?.reason.params).toMatchObject({ with: Math.round(projected.withDeal * 10) / 10 });
    fixture.apply('tokyo', answer ? [answer] : []);
    expect(fixture.engine.state.deals).toHaveLength(1);
  });

  // Since issue 8 a zero-tariff deal no longer lowers the White House's projected score (prices in the
  // shops outweigh toughness), so the loss is Tokyo's: a 50% cap with $1,000bn pledged.
  it('refuses a deal that lowers its projected score', () => {
    const fixture = tableAt('negotiate');
    const proposalId = proposeAs(fixture, 'whiteHouse', TOKYO_LOSES);
    const profile: BotProfile = { personality: 'opportunist', level: 'easy' };
    const projected = projectDeal(contextFor(fixture, 'tokyo', profile), TOKYO_LOSES);
    expect(projected.withDeal).toBeLessThan(projected.withoutDeal);

    const answers = botActions(fixture.view('tokyo'), profile, SEED).filter((action) =>
      action.command.type.startsWith('deal:'),
    );
    expect(answers.map((action) => action.command)).toEqual([{ type: 'deal:reject', proposalId }]);
    const reason = answers[0]?.reason;
    expect(reason?.key).toBe('bot.deal.rejectLoss');
    // An opportunist asks for a gain once the terms go beyond its reservation, and says so.
    expect(Number(reason?.params?.needed)).toBeGreaterThanOrEqual(1);
    expect(formatReason(reason?.key ?? '', reason?.params)).toBe(
      `Refuse: I sign only for a gain of ${reason?.params?.needed}; this lowers my projected score by ` +
        `${reason?.params?.loss} (${Math.round(projected.withoutDeal * 10) / 10} → ${Math.round(projected.withDeal * 10) / 10}).`,
    );
  });

  it('a refused gain names the gain the bot asks for', () => {
    const reason = answerReason('reject', { withoutDeal: 55.4, withDeal: 57 }, 3);
    expect(reason).toEqual({
      key: 'bot.deal.reject',
      params: { without: 55.4, with: 57, gain: 1.6, needed: 3 },
    });
    expect(formatReason(reason.key, reason.params)).toBe(
      'Refuse: I sign only if it lifts my projected score by 3; this lifts it by 1.6 (55.4 → 57).',
    );
  });

  it('rounds a refusal towards the decision, so the gain shown is below the gain asked for', () => {
    const reason = answerReason('reject', { withoutDeal: 50, withDeal: 52.96 }, 2.97);
    expect(reason.params).toMatchObject({ gain: 2.9, needed: 3 });
  });

  it('a dove that refuses says how much it would give up for a deal', () => {
    const reason = answerReason('reject', { withoutDeal: 60, withDeal: 58.8 }, -0.6);
    expect(formatReason(reason.key, reason.params)).toBe(
      'Refuse: I give up at most 0.6 points of projected score for a deal; this costs 1.2 (60 → 58.8).',
    );
    const signed = answerReason('accept', { withoutDeal: 60, withDeal: 59.7 }, -0.6);
    expect(formatReason(signed.key, signed.params)).toBe(
      'Sign: I give up to 0.6 points of projected score for a deal; this costs 0.3 (60 → 59.7).',
    );
  });

  it('never signs what lowers its projected score, whatever its temperament or level, but may counter', () => {
    for (const personality of ['hawk', 'titForTat', 'opportunist'] as const) {
      for (const level of ['easy', 'hard'] as const) {
        const fixture = tableAt('negotiate');
        const proposalId = proposeAs(fixture, 'tokyo', ZERO_TARIFF);
        const profile: BotProfile = { personality, level };
        const projected = projectDeal(contextFor(fixture, 'whiteHouse', profile), ZERO_TARIFF);
        const answer = botActions(fixture.view('whiteHouse'), profile, SEED).find(
          (action) => 'proposalId' in action.command && action.command.proposalId === proposalId,
        );
        expect(answer, `${personality}:${level}`).toBeDefined();
        if (projected.withDeal < projected.withoutDeal) expect(answer?.command.type).not.toBe('deal:accept');
        if (answer?.command.type === 'deal:counter') {
          const terms = answer.command.proposal.terms;
          const cap = terms.find((term) => term.kind === 'tariffCap');
          expect(cap && cap.kind === 'tariffCap' ? cap.maxPct : 0).toBeGreaterThan(0);
          expect(fixture.apply('whiteHouse', [answer])[0]).toMatchObject({ ok: true });
          expect(fixture.engine.state.proposals[proposalId]?.status).toBe('countered');
        }
      }
    }
  });

  it('answers each open proposal once: after answering, nothing is pending for it', () => {
    const fixture = tableAt('negotiate');
    proposeAs(fixture, 'whiteHouse', DEEP_CUT);
    const profile: BotProfile = { personality: 'dove', level: 'hard' };
    const first = botActions(fixture.view('tokyo'), profile, SEED);
    expect(first.some((action) => action.command.type === 'deal:accept')).toBe(true);
    fixture.apply('tokyo', first);
    const again = botActions(fixture.view('tokyo'), profile, SEED);
    expect(again.filter((action) => action.command.type.startsWith('deal:'))).toEqual([]);
  });

  it('puts a structured offer on the table with at least two signatories', () => {
    const fixture = tableAt('negotiate');
    const offer = botActions(fixture.view('tokyo'), { personality: 'dove', level: 'easy' }, SEED).find(
      (action) => action.command.type === 'deal:propose',
    );
    expect(offer?.command.type).toBe('deal:propose');
    if (offer?.command.type !== 'deal:propose') return;
    const roles = new Set(['tokyo', ...offer.command.proposal.terms.map((term) => term.role)]);
    expect(roles.size).toBeGreaterThanOrEqual(2);
    expect(offer.command.proposal.terms).toContainEqual({ kind: 'noNetSales', role: 'tokyo' });
    expect(fixture.apply('tokyo', [offer])[0]).toMatchObject({ ok: true });
  });

  it('keeps a signed deal in its sheet: a hawkish Tokyo bound by no-net-sales holds', () => {
    const fixture = tableAt('negotiate');
    const proposalId = proposeAs(fixture, 'whiteHouse', DEEP_CUT);
    expect(fixture.send({ kind: 'seat', role: 'tokyo' }, { type: 'deal:accept', proposalId })).toMatchObject({
      ok: true,
    });
    fixture.expire();
    expect(fixture.engine.state.phase).toBe('decide');
    const sheet = botActions(fixture.view('tokyo'), { personality: 'hawk', level: 'easy' }, SEED).find(
      (action) => action.command.type === 'move:submit',
    );
    expect(sheet?.command).toMatchObject({ move: { role: 'tokyo', treasuryAction: 'hold' } });
  });
});

describe('the White House sells the tariff on Japan only to Tokyo', () => {
  // US business offers what it can give (a pass-through cap, no lobbying) for a 15% cap: relief for Japan
  // that Tokyo pays nothing for.
  const BUSINESS_CAP: Term[] = [
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
    { kind: 'passThroughCap', role: 'usBusiness', maxPct: 50 },
  ];
  const TOKYO_PAYS: Term[] = [
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
    { kind: 'noNetSales', role: 'tokyo' },
    { kind: 'investmentPledge', role: 'tokyo', amountBn: 550 },
  ];

  it('refuses a cap Tokyo is not party to, at every temperament and level, and signs the same cap Tokyo pays for', () => {
    for (const personality of ['hawk', 'dove', 'titForTat', 'opportunist'] as const) {
      for (const level of ['easy', 'hard'] as const) {
        const fixture = tableAt('negotiate');
        proposeAs(fixture, 'usBusiness', BUSINESS_CAP);
        const answer = botActions(fixture.view('whiteHouse'), { personality, level }, SEED).find((action) =>
          action.command.type.startsWith('deal:'),
        );
        expect(answer?.command.type, `${personality}:${level}`).not.toBe('deal:accept');
      }
    }
    const fixture = tableAt('negotiate');
    const proposalId = proposeAs(fixture, 'tokyo', TOKYO_PAYS);
    const answer = botActions(fixture.view('whiteHouse'), { personality: 'dove', level: 'easy' }, SEED).find(
      (action) => action.command.type.startsWith('deal:'),
    );
    expect(answer?.command).toEqual({ type: 'deal:accept', proposalId });
  });
});
