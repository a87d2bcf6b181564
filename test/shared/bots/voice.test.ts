import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../../shared/bots/context.ts';
import { botActions } from '../../../shared/bots/index.ts';
import { type BotProfile, LEVELS, PERSONALITIES } from '../../../shared/bots/types.ts';
import { ANSWERS_PER_ROUND, fitting, paramsFor } from '../../../shared/bots/voice/index.ts';
import { remark } from '../../../shared/bots/voice/remarks.ts';
import { figuresOf } from '../../../shared/bots/voice/situation.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { PublicStatement } from '../../../shared/game/state.ts';
import { PHRASE_KEYS, phrasePlaceholders, phraseText } from '../../../shared/protocol/phrases.ts';
import { StatementSchema } from '../../../shared/protocol/statements.ts';
import type { RoleId } from '../../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { runHeadlessGame } from '../../../shared/sim/headless.ts';
import { SEED, type Table, tableAt } from './fixtures.ts';

const easy = (personality: BotProfile['personality']): BotProfile => ({ personality, level: 'easy' });

function said(fixture: Table, role: RoleId, statement: object): string {
  const ack = fixture.send({ kind: 'seat', role }, { type: 'chat:statement', statement });
  if (!ack.ok) throw new Error(ack.error.message);
  return (ack.data as { statementId: string }).statementId;
}

function statementsOf(view: PlayerView, profile: BotProfile) {
  return botActions(view, profile, SEED).flatMap((action) =>
    action.command.type === 'chat:statement' ? [action.command.statement] : [],
  );
}

function contextFor(view: PlayerView, profile: BotProfile): BotContext {
  return { view, scenario: DEFAULT_SCENARIO, profile, role: view.you!.role, seed: SEED, memo: new Map() };
}

describe('a bot answers a statement that concerns it', () => {
  it('answers a threat by personality: the hawk calls the bluff, the dove conciliates, each naming the threat', () => {
    const fixture = tableAt('negotiate');
    const threat = said(fixture, 'tokyo', { text: 'We may sell.', signal: 'threat' });
    const view = fixture.view('whiteHouse');
    expect(statementsOf(view, easy('hawk'))).toEqual([
      expect.objectContaining({ signal: 'callBluff', replyTo: threat }),
    ]);
    expect(statementsOf(view, easy('dove'))).toEqual([
      expect.objectContaining({ signal: 'conciliatory', replyTo: threat }),
    ]);
    // The opportunist has nothing to signal while Tokyo is believed: it answers without moving the market,
    // with the tariff its sheet sets (its line, 25%, above the first day's 24%), not "it stays".
    expect(statementsOf(view, easy('opportunist'))).toEqual([
      {
        text: 'We have heard Tokyo. The tariff goes to 25% this week.',
        signal: 'none',
        phrase: 'say.whiteHouse.answerThreatChange',
        params: { next: 25 },
        replyTo: threat,
      },
    ]);
  });

  it('answers each statement once, with one signal a round, and at most a few answers a round', () => {
    const fixture = tableAt('negotiate');
    const first = said(fixture, 'tokyo', { text: 'We may sell.', signal: 'threat' });
    const fund = easy('dove');
    fixture.apply('investors', botActions(fixture.view('investors'), fund, SEED));
    expect(statementsOf(fixture.view('investors'), fund)).toEqual([]);

    // Each threat moves the odds of sales the market prices, so each answer names new odds.
    const more = [1, 2, 3, 4].map(() => said(fixture, 'tokyo', { text: 'We will sell.', signal: 'threat' }));
    for (let pass = 0; pass < 3; pass++)
      fixture.apply('investors', botActions(fixture.view('investors'), fund, SEED));
    const answers = fixture.engine.state.statements.filter((statement) => statement.from === 'investors');
    expect(answers.map((answer) => answer.replyTo)).toEqual([first, ...more.slice(0, ANSWERS_PER_ROUND - 1)]);
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(ANSWERS_PER_ROUND);
  });

  it('calls a bluff once a round and does not read out the same answer to each repeat of the threat', () => {
    const fixture = tableAt('negotiate');
    const first = said(fixture, 'tokyo', { text: 'We may sell.', signal: 'threat' });
    const hawk = easy('hawk');
    fixture.apply('whiteHouse', botActions(fixture.view('whiteHouse'), hawk, SEED));
    const more = [1, 2, 3].map(() => said(fixture, 'tokyo', { text: 'We will sell.', signal: 'threat' }));
    for (let pass = 0; pass < 3; pass++)
      fixture.apply('whiteHouse', botActions(fixture.view('whiteHouse'), hawk, SEED));
    const answers = fixture.engine.state.statements.filter((statement) => statement.from === 'whiteHouse');
    // The tariff its sheet sets is the same for each threat, so it says it once.
    expect(answers.map((answer) => answer.replyTo)).toEqual([first, more[0]]);
    expect(answers.map((answer) => answer.signal)).toEqual(['callBluff', 'none']);
  });

  it('answers with its signal only the one the signal speaks to: a call of bluff answers Tokyo, not business', () => {
    const fixture = tableAt('negotiate');
    const warning = said(fixture, 'usBusiness', { text: 'Prices rise.', signal: 'warnPrices' });
    const threat = said(fixture, 'tokyo', { text: 'We may sell.', signal: 'threat' });
    const statements = statementsOf(fixture.view('whiteHouse'), easy('hawk'));
    expect(statements.map(({ signal, replyTo }) => ({ signal, replyTo }))).toEqual([
      { signal: 'callBluff', replyTo: threat },
      { signal: 'none', replyTo: warning },
    ]);
  });

  it('does not answer a statement that does not concern it, nor its own', () => {
    const fixture = tableAt('negotiate');
    said(fixture, 'investors', { text: 'Buy bonds.', signal: 'bullish' });
    const answers = statementsOf(fixture.view('usBusiness'), easy('dove'));
    expect(answers.filter((statement) => statement.replyTo)).toEqual([]);
  });

  it('refuses an answer to a statement that does not exist, and changes nothing', () => {
    const fixture = tableAt('negotiate');
    const before = fixture.engine.state;
    const ack = fixture.send(
      { kind: 'seat', role: 'whiteHouse' },
      { type: 'chat:statement', statement: { text: 'No.', signal: 'none', replyTo: 's999' } },
    );
    expect(ack).toMatchObject({ ok: false, error: { code: 'UNKNOWN_STATEMENT' } });
    expect(fixture.engine.state).toBe(before);
  });
});

describe('a bot says something in every round', () => {
  it('remarks without a signal when its playbook is silent: a calm dove fund publishes a note on the yields it sees', () => {
    const fixture = tableAt('negotiate');
    const view = fixture.view('investors');
    const start = DEFAULT_SCENARIO.startingMarket.yield10y;
    const up = { ...view, market: { ...view.market, yield10y: start + 0.3, panic: 10 } };
    const down = { ...view, market: { ...view.market, yield10y: start - 0.2, panic: 10 } };
    expect(statementsOf(up, easy('dove'))).toEqual([
      {
        text: `Our note: the 10-year is up 30bp since the tariff, at ${start + 0.3}%.`,
        signal: 'none',
        phrase: 'say.investors.noteYieldsUp',
        params: { yieldBp: 30, yield10y: start + 0.3 },
      },
    ]);
    expect(remark(contextFor(down, easy('dove')))).toMatchObject({
      phrase: 'say.investors.noteYieldsDown',
      signal: 'none',
    });
  });

  it('names only figures that are true: "the 10-year is up" only once it is up', () => {
    const fixture = tableAt('negotiate');
    const view = fixture.view('investors');
    const start = DEFAULT_SCENARIO.startingMarket.yield10y;
    const flat = contextFor({ ...view, market: { ...view.market, yield10y: start } }, easy('hawk'));
    const up = contextFor({ ...view, market: { ...view.market, yield10y: start + 0.3 } }, easy('hawk'));
    const bearish = ['say.investors.cuttingRisk', 'say.investors.tenYearUp'] as const;
    expect(fitting(flat, bearish)).toEqual(['say.investors.cuttingRisk']);
    expect(fitting(up, bearish)).toEqual(bearish);
    expect(paramsFor(up, 'say.investors.tenYearUp')).toEqual({ yieldBp: 30 });
    // No deal, no cap to name.
    expect(paramsFor(up, 'say.investors.noteDeal')).toBeNull();
  });

  it('has a figure for every placeholder of the phrase book', () => {
    const view = tableAt('negotiate').view('investors');
    const names = Object.keys(figuresOf(contextFor(view, easy('dove'))));
    for (const phrase of PHRASE_KEYS) {
      for (const name of phrasePlaceholders(phrase)) expect(names, phrase).toContain(name);
    }
  });

  it('keeps reading a threat after Tokyo’s words without a signal: a remark does not take it back', () => {
    const fixture = tableAt('negotiate');
    said(fixture, 'tokyo', { text: 'We may sell.', signal: 'threat' });
    said(fixture, 'tokyo', { text: 'Lovely weather in Washington.', signal: 'none' });
    const signals = statementsOf(fixture.view('whiteHouse'), easy('hawk')).map((s) => s.signal);
    expect(signals).toContain('callBluff');
  });

  it('speaks in every round of a bots-only game, every statement in the phrase book with its figures filled', () => {
    let game = 0;
    for (const personality of PERSONALITIES) {
      for (const level of LEVELS) {
        const profile = { personality, level };
        const run = runHeadlessGame({
          seed: 300 + game++,
          rounds: 4,
          profiles: { tokyo: profile, whiteHouse: profile, investors: profile, usBusiness: profile },
        });
        expect(run.refused, run.refusals.join('\n')).toBe(0);
        const statements: PublicStatement[] = run.state.statements;
        for (let round = 1; round <= 4; round++) {
          for (const role of ['tokyo', 'whiteHouse', 'investors', 'usBusiness'] as const) {
            const spoke = statements.some(
              (statement) => statement.from === role && statement.round === round,
            );
            expect(spoke, `${personality}:${level} ${role} round ${round}`).toBe(true);
          }
        }
        for (const statement of statements) {
          expect(statement.phrase).toBeDefined();
          expect(statement.text).toBe(phraseText(statement.phrase!, statement.params));
          expect(statement.text).not.toMatch(/[{}]/);
          for (const value of Object.values(statement.params ?? {}))
            expect(statement.text).toContain(String(value));
          const { text, signal, phrase, params, replyTo } = statement;
          expect(StatementSchema.safeParse({ text, signal, phrase, params, replyTo }).success).toBe(true);
        }
      }
    }
  });
});
