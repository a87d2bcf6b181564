import { describe, expect, it } from 'vitest';
import { botActions } from '../../../shared/bots/index.ts';
import { stanceTowards } from '../../../shared/bots/talk/memory.ts';
import { type BotProfile, PERSONALITIES, type Personality } from '../../../shared/bots/types.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { Breach, Proposal } from '../../../shared/game/state.ts';
import { type Intent, talkText } from '../../../shared/protocol/talk.ts';
import { playHeadlessGame } from '../../../shared/sim/headless.ts';
import { capAndPledgeDeal, SEED, tableAt } from './fixtures.ts';

const DEAL = capAndPledgeDeal(300, 3, 'breached');
const breachIn = (round: number): Breach => ({
  dealId: 'd1',
  role: 'tokyo',
  term: DEAL.terms[1]!,
  round,
  publicFromRound: round,
});

/** The White House's view in `round`, with the deal and Tokyo's breaches in it. */
function afterBreaches(round: number, breachRounds: number[]): PlayerView {
  const view = tableAt('negotiate').view('whiteHouse');
  return { ...view, round, deals: [DEAL], breaches: breachRounds.map(breachIn) };
}

const stance = (personality: Personality, view: PlayerView) =>
  stanceTowards(view, 'whiteHouse', personality, 'tokyo').kind;

describe('a bot’s memory of a counterpart', () => {
  it('tit-for-tat punishes a breach in the round it learns of it and the next, then forgives', () => {
    expect(stance('titForTat', afterBreaches(2, []))).toBe('trust');
    expect(stance('titForTat', afterBreaches(2, [1]))).toBe('punish');
    expect(stance('titForTat', afterBreaches(3, [1]))).toBe('punish');
    expect(stance('titForTat', afterBreaches(4, [1]))).toBe('trust');
  });

  it('a hawk never forgives, a dove forgives once, an opportunist presses a breaker', () => {
    expect(stance('hawk', afterBreaches(6, [1]))).toBe('punish');
    expect(stance('dove', afterBreaches(2, [1]))).toBe('trust');
    expect(stance('dove', afterBreaches(3, [1, 2]))).toBe('punish');
    // A deal kept to its end buys the dove's patience for one more breach; a second kept deal, two.
    const kept = (count: number, view: PlayerView): PlayerView => ({
      ...view,
      deals: [
        ...view.deals,
        ...Array.from({ length: count }, (_, i) => ({ ...capAndPledgeDeal(300, 3, 'expired'), id: `k${i}` })),
      ],
    });
    expect(stance('dove', kept(1, afterBreaches(3, [1, 2])))).toBe('trust');
    expect(stance('dove', kept(1, afterBreaches(4, [1, 2, 3])))).toBe('punish');
    expect(stance('dove', kept(2, afterBreaches(4, [1, 2, 3])))).toBe('trust');
    // The hawk is not moved by a record: it never forgives.
    expect(stance('hawk', kept(2, afterBreaches(4, [1])))).toBe('punish');
    expect(stanceTowards(afterBreaches(2, [1]), 'whiteHouse', 'opportunist', 'tokyo')).toEqual({
      kind: 'press',
      extraGain: 1,
      brokenInRound: 1,
    });
    // Only the breaker is remembered: the other roles are trusted as before.
    expect(stanceTowards(afterBreaches(2, [1]), 'whiteHouse', 'hawk', 'usBusiness').kind).toBe('trust');
  });

  it('an opportunist presses a counterpart that signed every proposal it put to it (two at least), and only it', () => {
    const put = (id: string, round: number, signed: boolean): Proposal => ({
      id,
      proposer: 'whiteHouse',
      signatories: ['whiteHouse', 'tokyo'],
      signedBy: signed ? ['whiteHouse', 'tokyo'] : ['whiteHouse'],
      status: signed ? 'signed' : 'rejected',
      round,
      at: round * 1000,
      terms: DEAL.terms,
      durationRounds: 2,
    });
    const withProposals = (proposals: Proposal[]): PlayerView => ({ ...afterBreaches(3, []), proposals });
    const signedTwice = withProposals([put('p1', 1, true), put('p2', 2, true)]);
    expect(stanceTowards(signedTwice, 'whiteHouse', 'opportunist', 'tokyo')).toEqual({
      kind: 'press',
      extraGain: 1,
      brokenInRound: null,
    });
    // Other temperaments do not exploit it, and one signature is no pattern.
    expect(stance('titForTat', signedTwice)).toBe('trust');
    expect(stance('opportunist', withProposals([put('p1', 1, true)]))).toBe('trust');
    // A counterpart that bargained once is no pushover.
    expect(stance('opportunist', withProposals([put('p1', 1, true), put('p2', 2, false)]))).toBe('trust');
  });
});

describe('a bot’s answers in private', () => {
  it('answers each message once, and says nothing more once its answer is in the view', () => {
    const fixture = tableAt('negotiate');
    const asked = fixture.send(
      { kind: 'seat', role: 'tokyo' },
      { type: 'chat:private', message: { to: ['whiteHouse'], text: 'Terms?', intent: { kind: 'askTerms' } } },
    );
    if (!asked.ok) throw new Error(asked.error.message);
    const { messageId } = asked.data as { messageId: string };
    const profile: BotProfile = { personality: 'dove', level: 'easy' };
    const answers = () =>
      botActions(fixture.view('whiteHouse'), profile, SEED).filter(
        (action) => action.command.type === 'chat:private' && action.command.message.inReplyTo === messageId,
      );
    expect(answers()).toHaveLength(1);
    expect(fixture.apply('whiteHouse', answers())[0]?.ok).toBe(true);
    expect(answers()).toHaveLength(0);
  });

  it('answers a person who replies to its answer, but never a talk-book answer (no loop between bots)', () => {
    const fixture = tableAt('negotiate');
    const tokyo = { kind: 'seat' as const, role: 'tokyo' as const };
    const asked = fixture.send(tokyo, {
      type: 'chat:private',
      message: { to: ['whiteHouse'], text: 'Terms?', intent: { kind: 'askTerms' } },
    });
    if (!asked.ok) throw new Error(asked.error.message);
    const profile: BotProfile = { personality: 'dove', level: 'easy' };
    const answersTo = (id: string) =>
      botActions(fixture.view('whiteHouse'), profile, SEED).filter(
        (action) => action.command.type === 'chat:private' && action.command.message.inReplyTo === id,
      );
    const [answer] = fixture.apply('whiteHouse', answersTo((asked.data as { messageId: string }).messageId));
    if (!answer?.ok) throw new Error('no answer');
    const answerId = (answer.data as { messageId: string }).messageId;
    // Tokyo's own bot would not answer the White House's talk-book answer: answers are not answered.
    const tokyoBot = botActions(fixture.view('tokyo'), profile, SEED).filter(
      (action) => action.command.type === 'chat:private' && action.command.message.inReplyTo === answerId,
    );
    expect(tokyoBot).toEqual([]);
    // A person's reply to that answer, in their own words, is answered.
    const replied = fixture.send(tokyo, {
      type: 'chat:private',
      message: { to: ['whiteHouse'], text: 'And for two rounds?', inReplyTo: answerId },
    });
    if (!replied.ok) throw new Error(replied.error.message);
    const replyId = (replied.data as { messageId: string }).messageId;
    const again = answersTo(replyId);
    expect(again).toHaveLength(1);
    expect(again[0]!.command).toMatchObject({
      type: 'chat:private',
      message: { to: ['tokyo'], inReplyTo: replyId },
    });
  });

  it('Tokyo tells the truth about a sale as a dove and denies it as a hawk', () => {
    const fixture = tableAt('negotiate');
    fixture.send(
      { kind: 'seat', role: 'whiteHouse' },
      { type: 'chat:private', message: { to: ['tokyo'], text: 'Selling?', intent: { kind: 'askTreasury' } } },
    );
    const view = fixture.view('tokyo');
    const book = view.you!.book as { netSalesBn: number[] };
    const sold: PlayerView = {
      ...view,
      you: { ...view.you!, book: { ...view.you!.book, netSalesBn: [...book.netSalesBn, 40] } },
    };
    const words = (personality: Personality) =>
      botActions(sold, { personality, level: 'easy' }, SEED).flatMap((action) =>
        action.command.type === 'chat:private' && action.command.message.inReplyTo
          ? [action.command.message.words]
          : [],
      );
    expect(words('dove')).toEqual([{ key: 'talk.treasury.sold', params: { amount: 40 } }]);
    expect(words('hawk')).toEqual([{ key: 'talk.treasury.noSales' }]);
  });
});

describe('a bot’s answers by temperament', () => {
  /** The words each temperament's White House answers Tokyo's message with. */
  function answersTo(intent: Intent): Record<Personality, string | undefined> {
    const fixture = tableAt('negotiate');
    const sent = fixture.send(
      { kind: 'seat', role: 'tokyo' },
      { type: 'chat:private', message: { to: ['whiteHouse'], text: 'Well?', intent } },
    );
    if (!sent.ok) throw new Error(sent.error.message);
    const { messageId } = sent.data as { messageId: string };
    const answer = (personality: Personality) => {
      const words = botActions(fixture.view('whiteHouse'), { personality, level: 'easy' }, SEED).flatMap(
        (action) =>
          action.command.type === 'chat:private' && action.command.message.inReplyTo === messageId
            ? [action.command.message.words?.key]
            : [],
      );
      expect(words, personality).toHaveLength(1);
      return words[0];
    };
    return Object.fromEntries(
      PERSONALITIES.map((personality) => [personality, answer(personality)]),
    ) as Record<Personality, string | undefined>;
  }

  it('stands firm against a warning as a hawk or an opportunist, and lowers the temperature as a dove or tit-for-tat', () => {
    expect(answersTo({ kind: 'warn' })).toEqual({
      hawk: 'talk.warn.standFirm',
      opportunist: 'talk.warn.standFirm',
      dove: 'talk.warn.calm',
      titForTat: 'talk.warn.calm',
    });
  });

  it('joins a front against a third role as a hawk or an opportunist, and declines it as a dove or tit-for-tat', () => {
    expect(answersTo({ kind: 'coordinate', against: 'investors' })).toEqual({
      hawk: 'talk.coordinate.join',
      opportunist: 'talk.coordinate.join',
      dove: 'talk.coordinate.decline',
      titForTat: 'talk.coordinate.decline',
    });
  });

  it('names terms as a hawk with its walk-away overstated: "my final offer"', () => {
    const named = answersTo({ kind: 'askTerms' });
    expect(named.hawk).toBe('talk.offer.final');
    expect(named.dove).toBe('talk.offer.signNow');
  });
});

describe('the rules of a private message’s references', () => {
  it('refuses an answer to a message of another conversation, and coordinating against a member, changing nothing', () => {
    const fixture = tableAt('negotiate');
    const tokyo = { kind: 'seat' as const, role: 'tokyo' as const };
    const first = fixture.send(tokyo, {
      type: 'chat:private',
      message: { to: ['investors'], text: 'Hold your Treasuries?' },
    });
    if (!first.ok) throw new Error(first.error.message);
    const { messageId } = first.data as { messageId: string };
    const before = JSON.stringify(fixture.engine.state.channels);
    const elsewhere = fixture.send(tokyo, {
      type: 'chat:private',
      message: { to: ['whiteHouse'], text: 'About that…', inReplyTo: messageId },
    });
    expect(elsewhere.ok || elsewhere.error).toEqual({
      code: 'INVALID_COMMAND',
      message: `No message "${messageId}" in this conversation.`,
    });
    const member = fixture.send(tokyo, {
      type: 'chat:private',
      message: {
        to: ['whiteHouse'],
        text: 'Together?',
        intent: { kind: 'coordinate', against: 'whiteHouse' },
      },
    });
    expect(member.ok || member.error.code).toBe('INVALID_COMMAND');
    expect(JSON.stringify(fixture.engine.state.channels)).toBe(before);
    const same = fixture.send(tokyo, {
      type: 'chat:private',
      message: { to: ['investors'], text: 'Well?', inReplyTo: messageId },
    });
    expect(same.ok).toBe(true);
  });
});

describe('a bot’s own offer goes out once', () => {
  it('as its proposal, linked by one private message, never offered again in private in the same round', () => {
    let proposals = 0;
    let links = 0;
    let betweenBots = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      // In odd seeds Tokyo is a person who reads and does not answer at once; in even ones every seat is a bot.
      const players = seed % 2 === 1 ? { tokyo: () => [] } : {};
      const state = playHeadlessGame({ seed, rounds: 3, players });
      const messages = Object.values(state.channels).flatMap((channel) =>
        channel.messages.map((message) => ({ ...message, members: channel.members })),
      );
      for (const proposal of Object.values(state.proposals)) {
        if (proposal.counterTo !== undefined) continue;
        proposals++;
        const terms = JSON.stringify(proposal.terms);
        // The proposer's own messages in this round that offer these very terms to another party.
        const offered = messages.filter(
          (message) =>
            message.from === proposal.proposer &&
            message.round === proposal.round &&
            !message.inReplyTo &&
            message.intent?.kind === 'offer' &&
            JSON.stringify(message.intent.proposal.terms) === terms,
        );
        for (const counterpart of proposal.signatories.filter((role) => role !== proposal.proposer)) {
          const toThem = offered.filter((message) => message.members.includes(counterpart));
          expect(toThem.length, `${proposal.id} to ${counterpart}, seed ${seed}`).toBeLessThanOrEqual(1);
          for (const message of toThem) {
            expect(message.intent).toMatchObject({ kind: 'offer', proposalId: proposal.id });
            expect(message.words).toEqual({ key: 'talk.offer.proposed' });
            expect(message.at).toBeGreaterThanOrEqual(proposal.at);
            links++;
            if (seed % 2 === 0) betweenBots++;
          }
        }
      }
    }
    // Bots do propose, and say so: the check above is not vacuous.
    expect(proposals).toBeGreaterThan(5);
    expect(links).toBeGreaterThan(0);
    // Bots still open talks with each other: the link goes with the proposal, before anyone answers it.
    expect(betweenBots).toBeGreaterThan(0);
  });

  it('refuses an offer that links a proposal not the sender’s, or with other terms, changing nothing', () => {
    const fixture = tableAt('negotiate');
    const tokyo = { kind: 'seat' as const, role: 'tokyo' as const };
    const whiteHouse = { kind: 'seat' as const, role: 'whiteHouse' as const };
    const proposal = {
      terms: [
        { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
        { kind: 'investmentPledge', role: 'tokyo', amountBn: 300 },
      ],
      durationRounds: 2,
    };
    const made = fixture.send(tokyo, { type: 'deal:propose', proposal });
    if (!made.ok) throw new Error(made.error.message);
    const { proposalId } = made.data as { proposalId: string };
    const before = JSON.stringify(fixture.engine.state.channels);
    const link = (proposalTerms: typeof proposal) => ({
      type: 'chat:private',
      message: {
        to: ['whiteHouse'],
        text: 'See my proposal.',
        intent: { kind: 'offer', proposal: proposalTerms, proposalId },
      },
    });
    const notTheirs = fixture.send(whiteHouse, {
      ...link(proposal),
      message: { ...link(proposal).message, to: ['tokyo'] },
    });
    const refusal = `The offer links "${proposalId}", which is not your open proposal of this round with these terms.`;
    expect(notTheirs.ok || notTheirs.error).toEqual({ code: 'INVALID_COMMAND', message: refusal });
    const otherTerms = fixture.send(tokyo, link({ ...proposal, durationRounds: 3 }));
    expect(otherTerms.ok || otherTerms.error).toEqual({ code: 'INVALID_COMMAND', message: refusal });
    // "I have put a deal on the table" with terms that are on no table of the sender's.
    const words = { key: 'talk.offer.proposed' as const };
    const otherOffer = { kind: 'offer' as const, proposal: { ...proposal, durationRounds: 3 } };
    const untrue = fixture.send(tokyo, {
      type: 'chat:private',
      message: { to: ['whiteHouse'], text: talkText(words, otherOffer as never), words, intent: otherOffer },
    });
    expect(untrue.ok || untrue.error).toEqual({
      code: 'INVALID_COMMAND',
      message: 'You have no open proposal of this round with these terms on the table.',
    });
    expect(JSON.stringify(fixture.engine.state.channels)).toBe(before);
    // The same terms offered without the id are recorded as the link all the same.
    const repeated = fixture.send(tokyo, {
      type: 'chat:private',
      message: { to: ['whiteHouse'], text: 'As proposed.', intent: { kind: 'offer', proposal } },
    });
    expect(repeated.ok).toBe(true);
    const recorded = Object.values(fixture.engine.state.channels)
      .flatMap((channel) => channel.messages)
      .at(-1);
    expect(recorded?.intent).toEqual({ kind: 'offer', proposal, proposalId });
    expect(fixture.send(tokyo, link(proposal)).ok).toBe(true);
  });
});
