import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import { botActions } from '../../shared/bots/index.ts';
import type { BotProfile, Personality } from '../../shared/bots/types.ts';
import { playerViewFor } from '../../shared/game/player-view.ts';
import type { PrivateMessageRecord } from '../../shared/game/state.ts';
import type { ProposalTerms } from '../../shared/protocol/deals.ts';
import { ROLE_IDS, type RoleId } from '../../shared/roles.ts';
import { SAMPLE_SHEETS } from '../fixtures/sample-sheets.ts';
import { FakeClock, flush } from './fake-clock.ts';
import { startServer, TestPlayer } from './harness.ts';

/** The bots' thinking time in these games: an answer must come within the longest of it. */
const THINKING = { minMs: 100, maxMs: 300 };

let server: LeverageServerHandle;
let clock: FakeClock;
const players: TestPlayer[] = [];

beforeAll(async () => {
  clock = new FakeClock();
  server = await startServer({ clock, botDelayMs: THINKING });
});

afterAll(async () => {
  for (const player of players) player.close();
  await server.close();
});

/** A person at `me`, bots of one temperament in the other seats, the table in round 1's negotiation. */
async function tableInNegotiation(me: RoleId, personality: Personality, seed: number) {
  const person = await TestPlayer.connect(server.url, 'Pat');
  players.push(person);
  const created = await person.create({ mode: 'multiplayer', role: me, rounds: 4, seed, botFill: false });
  const profile: BotProfile = { personality, level: 'easy' };
  for (const role of ROLE_IDS) {
    if (role === me) continue;
    const answer = await person.ask('lobby:setBot', { role, bot: profile });
    expect(answer.ok, `bot at ${role}`).toBe(true);
  }
  await person.commandOk({ type: 'host:start' });
  for (const phase of ['briefing', 'news']) {
    await person.untilPhase(phase);
    await person.commandOk({ type: 'host:skip' });
  }
  await person.untilPhase('negotiate', 1);
  return { person, game: server.registry.get(created.gameId)! };
}

/** Runs the bots' timers for up to `ms` of game time, until `done` holds. */
async function think(person: TestPlayer, ms: number, done: () => boolean): Promise<void> {
  const until = clock.now() + ms;
  while (!done() && clock.fireNext(until)) await flush();
  await person.until(() => true);
  await flush();
}

function answerTo(person: TestPlayer, messageId: string): PrivateMessageRecord | undefined {
  for (const channel of person.view?.channels ?? [])
    for (const message of channel.messages) if (message.inReplyTo === messageId) return message;
  return undefined;
}

/** Asks `bot` for terms and returns its answer, checking it came within the bot's thinking time. */
async function askForTerms(person: TestPlayer, bot: RoleId) {
  const sentAt = clock.now();
  const sent = await person.commandOk({
    type: 'chat:private',
    message: { to: [bot], text: 'What would you sign now?', intent: { kind: 'askTerms' } },
  });
  const messageId = String(sent.messageId);
  await think(person, THINKING.maxMs, () => answerTo(person, messageId) !== undefined);
  await person.until(() => answerTo(person, messageId) !== undefined, 2000, `${bot}'s answer`);
  const answer = answerTo(person, messageId)!;
  expect(answer.from).toBe(bot);
  expect(answer.at - sentAt).toBeLessThanOrEqual(THINKING.maxMs);
  return answer;
}

/** Each bot role and a seat it has a deal to make with. */
const PAIRS: { bot: RoleId; me: RoleId }[] = [
  { bot: 'whiteHouse', me: 'tokyo' },
  { bot: 'tokyo', me: 'whiteHouse' },
  { bot: 'investors', me: 'tokyo' },
  { bot: 'usBusiness', me: 'whiteHouse' },
];

describe('bots answer private talk over the socket', () => {
  it("answers a person's ask for terms, from every bot role, with terms within its thinking time", async () => {
    for (const { bot, me } of PAIRS) {
      const { person } = await tableInNegotiation(me, 'dove', 7);
      const answer = await askForTerms(person, bot);
      expect(answer.words?.key, `${bot} to ${me}`).toBe('talk.offer.signNow');
      expect(answer.intent?.kind).toBe('offer');
      const terms = answer.intent?.kind === 'offer' ? answer.intent.proposal.terms : [];
      expect(terms.some((term) => term.role === bot)).toBe(true);
      expect(terms.some((term) => term.role === me)).toBe(true);
      // The English text names the same terms an outside client would read.
      expect(answer.text).toMatch(/^I would sign this now: .+, for \d+ rounds\./);
    }
  });

  it('signs the terms it named, proposed unchanged in the same phase, in at least 90% of seeded cases', async () => {
    let named = 0;
    let signed = 0;
    const personalities: Personality[] = ['dove', 'titForTat', 'opportunist', 'hawk'];
    for (let seed = 1; seed <= 6; seed++) {
      for (const { bot, me } of PAIRS) {
        const personality = personalities[(seed + ROLE_IDS.indexOf(bot)) % personalities.length]!;
        const { person } = await tableInNegotiation(me, personality, 100 + seed);
        const answer = await askForTerms(person, bot);
        if (answer.intent?.kind !== 'offer') continue;
        named++;
        const proposal: ProposalTerms = answer.intent.proposal;
        // The person reads the answer for a few seconds while the market ticks on, then proposes.
        await think(person, 3000, () => false);
        const made = await person.commandOk({ type: 'deal:propose', proposal });
        const proposalId = String(made.proposalId);
        const closed = () =>
          person.view!.proposals.find((entry) => entry.id === proposalId)?.status !== 'open';
        await think(person, THINKING.maxMs * 4, closed);
        await person.until(closed, 2000, `${bot}'s answer to the proposal`);
        expect(person.view!.phase).toBe('negotiate');
        if (person.view!.proposals.find((entry) => entry.id === proposalId)?.status === 'signed') signed++;
      }
    }
    expect(named).toBeGreaterThanOrEqual(18);
    expect(signed / named).toBeGreaterThanOrEqual(0.9);
  });

  it('after a breach, the wronged tit-for-tat bot refuses the terms it signed before, and says why', async () => {
    const seed = 7;
    const { person, game } = await tableInNegotiation('tokyo', 'titForTat', seed);
    const named = await askForTerms(person, 'whiteHouse');
    if (named.intent?.kind !== 'offer') throw new Error('the White House named no terms');
    const proposal = named.intent.proposal;
    const pledge = proposal.terms.find((term) => term.kind === 'investmentPledge');
    expect(pledge?.kind === 'investmentPledge' && pledge.amountBn).toBeGreaterThan(0);
    const first = String((await person.commandOk({ type: 'deal:propose', proposal })).proposalId);
    const status = (id: string) => person.view!.proposals.find((entry) => entry.id === id)?.status;
    await think(person, THINKING.maxMs * 4, () => status(first) !== 'open');
    await person.until(() => status(first) === 'signed', 2000, 'the first deal signed');

    // Tokyo breaks the deal in the open: no pledge at all in its sheet.
    await person.commandOk({ type: 'host:skip' });
    await person.untilPhase('decide', 1);
    await person.commandOk({ type: 'move:submit', move: { ...SAMPLE_SHEETS.tokyo, investmentPledgeBn: 0 } });
    await think(person, 1000, () => person.view?.round === 2);
    await person.untilPhase('news', 2);
    expect(person.view!.breaches.map((breach) => [breach.role, breach.term.kind])).toContainEqual([
      'tokyo',
      'investmentPledge',
    ]);
    await person.commandOk({ type: 'host:skip' });
    await person.untilPhase('negotiate', 2);

    // The same terms again: the White House's own view, with and without the breach, decides.
    const again = String((await person.commandOk({ type: 'deal:propose', proposal })).proposalId);
    const profile: BotProfile = { personality: 'titForTat', level: 'easy' };
    const wronged = playerViewFor(game.engine.state, 'whiteHouse');
    const answerIn = (view: typeof wronged) =>
      botActions(view, profile, seed).find(
        (action) => 'proposalId' in action.command && action.command.proposalId === again,
      )?.command.type;
    expect(answerIn({ ...wronged, breaches: [] })).toBe('deal:accept');
    expect(answerIn(wronged)).toBe('deal:reject');

    await think(person, THINKING.maxMs * 4, () => status(again) !== 'open');
    await person.until(() => status(again) === 'rejected', 2000, 'the second proposal refused');
    const reasons = game.engine.state.botReasons.filter(
      (entry) => entry.role === 'whiteHouse' && entry.round === 2,
    );
    expect(reasons.map((entry) => entry.reason)).toContainEqual({
      key: 'bot.deal.rejectBreaker',
      params: { round: 1 },
    });
    // And in private it says so, instead of naming terms.
    const refusal = await askForTerms(person, 'whiteHouse');
    expect(refusal.words).toEqual({ key: 'talk.refuse.breached', params: { round: 1 } });
    expect(refusal.text).toBe('You broke our deal in round 1. I sign nothing with you for now.');
  });
});
