import { describe, expect, it } from 'vitest';
import { botActions } from '../../../shared/bots/index.ts';
import { type BotProfile, LEVELS, PERSONALITIES } from '../../../shared/bots/types.ts';
import { ANSWERS_PER_ROUND } from '../../../shared/bots/voice/index.ts';
import { PlayerCommandSchema } from '../../../shared/protocol/commands.ts';
import { signalAllowed } from '../../../shared/protocol/statements.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { SEED, tableAt, withEnvelope } from './fixtures.ts';

const PROFILES: BotProfile[] = PERSONALITIES.flatMap((personality) =>
  LEVELS.map((level) => ({ personality, level })),
);
const PHASES = ['news', 'negotiate', 'decide'] as const;

describe('botActions', () => {
  it('returns only commands that parse and that the role may send, in every phase, for every profile', () => {
    let checked = 0;
    for (const phase of PHASES) {
      const fixture = tableAt(phase);
      for (const role of ROLE_IDS) {
        for (const profile of PROFILES) {
          for (const action of botActions(fixture.view(role), profile, SEED)) {
            const parsed = PlayerCommandSchema.safeParse(withEnvelope(action));
            expect(parsed.success, JSON.stringify(action.command)).toBe(true);
            if (action.command.type === 'chat:statement') {
              expect(signalAllowed(role, action.command.statement.signal)).toBe(true);
            }
            if (action.command.type === 'move:submit') expect(action.command.move.role).toBe(role);
            expect(action.reason.key).toMatch(/^bot\./);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('hands in exactly one legal sheet in the decide phase, and the engine takes every action', () => {
    const fixture = tableAt('decide');
    for (const role of ROLE_IDS) {
      const actions = botActions(fixture.view(role), { personality: 'titForTat', level: 'hard' }, SEED);
      expect(actions.filter((action) => action.command.type === 'move:submit')).toHaveLength(1);
      for (const ack of fixture.apply(role, actions)) expect(ack).toMatchObject({ ok: true });
    }
    // Four bots' sheets are in: the round resolved and the next one began.
    expect(fixture.engine.state.round).toBe(2);
    expect(fixture.engine.state.reports).toHaveLength(1);
  });

  it('is deterministic: the same view and seed give the same actions', () => {
    const fixture = tableAt('negotiate');
    for (const role of ROLE_IDS) {
      for (const profile of PROFILES) {
        const view = fixture.view(role);
        expect(botActions(view, profile, SEED)).toEqual(botActions(structuredClone(view), profile, SEED));
      }
    }
  });

  it('is idempotent: once its actions are applied, the new view asks for nothing more of the same', () => {
    for (const phase of PHASES) {
      const fixture = tableAt(phase);
      // In the news phase a bot speaks only to a rumour: fire one.
      if (phase === 'news')
        expect(fixture.send({ kind: 'host' }, { type: 'host:inject', shockId: 'sale-rumour' })).toMatchObject(
          { ok: true },
        );
      const profile: BotProfile = { personality: 'hawk', level: 'easy' };
      const first = botActions(fixture.view('whiteHouse'), profile, SEED);
      expect(first.length).toBeGreaterThan(0);
      for (const ack of fixture.apply('whiteHouse', first)) expect(ack).toMatchObject({ ok: true });
      if (fixture.engine.state.phase !== phase) continue;
      const again = botActions(fixture.view('whiteHouse'), profile, SEED);
      const kinds = new Set(first.map((action) => action.command.type));
      expect(again.filter((action) => kinds.has(action.command.type))).toEqual([]);
    }
  });

  it('sends at most one signal, a few answers and one proposal a round', () => {
    const fixture = tableAt('negotiate', { rounds: 2 });
    for (let pass = 0; pass < 3; pass++) {
      for (const role of ROLE_IDS) {
        fixture.apply(role, botActions(fixture.view(role), { personality: 'dove', level: 'easy' }, SEED));
      }
    }
    const state = fixture.engine.state;
    for (const role of ROLE_IDS) {
      const said = state.statements.filter((statement) => statement.from === role);
      expect(said.filter((statement) => statement.signal !== 'none').length).toBeLessThanOrEqual(1);
      expect(said.filter((statement) => !statement.replyTo).length).toBeLessThanOrEqual(1);
      expect(said.filter((statement) => statement.replyTo).length).toBeLessThanOrEqual(ANSWERS_PER_ROUND);
      const proposals = Object.values(state.proposals).filter((proposal) => proposal.proposer === role);
      expect(proposals.length).toBeLessThanOrEqual(1);
    }
    expect(Object.keys(state.proposals).length).toBeGreaterThan(0);
  });

  it('does nothing for a view without a seat, while paused, or outside the round phases', () => {
    const fixture = tableAt('negotiate');
    const view = fixture.view('tokyo');
    const profile: BotProfile = { personality: 'hawk', level: 'hard' };
    expect(botActions({ ...view, you: null }, profile, SEED)).toEqual([]);
    expect(botActions({ ...view, paused: true }, profile, SEED)).toEqual([]);
    expect(botActions({ ...view, phase: 'briefing' }, profile, SEED)).toEqual([]);
  });
});

describe('personalities', () => {
  it('hand in different sheets for every role on the same table', () => {
    const fixture = tableAt('decide');
    for (const role of ROLE_IDS) {
      const sheets = PERSONALITIES.map((personality) => {
        const submit = botActions(fixture.view(role), { personality, level: 'easy' }, SEED).find(
          (action) => action.command.type === 'move:submit',
        );
        return JSON.stringify(submit?.command);
      });
      expect(new Set(sheets).size, `${role}: ${sheets.join('\n')}`).toBe(PERSONALITIES.length);
    }
  });

  it('speak differently: a hawkish Tokyo threatens, a dovish one reassures', () => {
    const fixture = tableAt('negotiate');
    const view = fixture.view('tokyo');
    const signalOf = (personality: BotProfile['personality']) =>
      botActions(view, { personality, level: 'easy' }, SEED)
        .map((action) => action.command)
        .find((command) => command.type === 'chat:statement');
    expect(signalOf('hawk')).toMatchObject({ statement: { signal: 'threat' } });
    expect(signalOf('dove')).toMatchObject({ statement: { signal: 'denial' } });
    expect(signalOf('titForTat')).toMatchObject({ statement: { signal: 'hint' } });
  });

  it('set the tariff by temperament: the hawk raises it, the dove and tit-for-tat keep it until paid for a cut', () => {
    const fixture = tableAt('decide');
    const tariffOf = (personality: BotProfile['personality']) => {
      const command = botActions(fixture.view('whiteHouse'), { personality, level: 'easy' }, SEED).find(
        (action) => action.command.type === 'move:submit',
      )?.command;
      return command?.type === 'move:submit' && command.move.role === 'whiteHouse'
        ? command.move.tariffPct
        : null;
    };
    expect(tariffOf('hawk')).toBe(30);
    expect(tariffOf('dove')).toBe(24);
    expect(tariffOf('titForTat')).toBe(24);
  });
});
