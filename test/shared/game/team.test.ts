import { describe, expect, it } from 'vitest';
import { commonViewOf, playerViewFor } from '../../../shared/game/player-view.ts';
import { actingCaptainOf, captainRefusal, namedCaptainOf } from '../../../shared/game/team.ts';
import {
  DRAFT_AMOUNT_MAX_CHARS,
  draftValueRefusal,
  emptyTeamDraft,
  TEAM_TRAIL_LENGTH,
  TRAIL_MERGE_MS,
  withTeamChange,
} from '../../../shared/game/team-draft.ts';
import { expectOk, T0, testGame, toNegotiate } from './helpers.ts';

const ana = { id: 'person1', connected: true };
const ken = { id: 'person2', connected: true };
const mio = { id: 'person3', connected: true };
const away = <T extends { id: string }>(member: T) => ({ ...member, connected: false });

describe("a team's captain", () => {
  it('is the first seated, or the one named while they are at the seat', () => {
    expect(namedCaptainOf([ana, ken, mio], null)).toBe('person1');
    expect(namedCaptainOf([ana, ken, mio], 'person3')).toBe('person3');
    // Someone named who has left the seat leads nobody: the first seated leads again.
    expect(namedCaptainOf([ana, ken], 'person3')).toBe('person1');
    expect(namedCaptainOf([], null)).toBeNull();
  });

  it('hands the pen to the next connected member while away, and takes it back on return', () => {
    expect(actingCaptainOf([away(ana), ken, mio], null)).toBe('person2');
    expect(actingCaptainOf([away(ana), away(ken), mio], null)).toBe('person3');
    // After the named captain, in seating order, wrapping round.
    expect(actingCaptainOf([ana, ken, away(mio)], 'person3')).toBe('person1');
    expect(actingCaptainOf([ana, away(ken), mio], 'person2')).toBe('person3');
    expect(actingCaptainOf([away(ana), away(ken)], null)).toBe('person1');
  });

  it('alone signs deals; everything else is anyone in the team, and a seat of one is its own captain', () => {
    for (const type of ['deal:propose', 'deal:counter', 'deal:accept', 'deal:reject', 'deal:withdraw']) {
      expect(captainRefusal(type, 'person2', [ana, ken], null)?.code, type).toBe('NOT_CAPTAIN');
      expect(captainRefusal(type, 'person1', [ana, ken], null), type).toBeNull();
      expect(captainRefusal(type, 'person2', [away(ana), ken], null), type).toBeNull();
    }
    for (const type of ['move:submit', 'chat:team', 'chat:private', 'chat:statement', 'time:request'])
      expect(captainRefusal(type, 'person2', [ana, ken], null), type).toBeNull();
    expect(captainRefusal('deal:accept', 'person1', [away(ana)], null)).toBeNull();
  });
});

describe("a team's shared sheet", () => {
  it("takes only fields and values of the seat's own sheet", () => {
    expect(draftValueRefusal('tokyo', 'treasuryAmountBn', '5')).toBeNull();
    expect(draftValueRefusal('tokyo', 'treasuryAmountBn', '5x')).toBeNull(); // half-typed text travels too
    expect(draftValueRefusal('tokyo', 'treasuryAmountBn', '1'.repeat(DRAFT_AMOUNT_MAX_CHARS + 1))).toMatch(
      /at most/,
    );
    expect(draftValueRefusal('tokyo', 'treasuryAmountBn', true)).toMatch(/amount/);
    expect(draftValueRefusal('tokyo', 'treasuryAction', 'sell')).toBeNull();
    expect(draftValueRefusal('tokyo', 'treasuryAction', 'dump')).toMatch(/not a value/);
    expect(draftValueRefusal('tokyo', 'tariffPct', '5')).toMatch(/no field/);
    expect(draftValueRefusal('tokyo', 'role', 'tokyo')).toMatch(/role/);
    expect(draftValueRefusal('whiteHouse', 'pause', true)).toBeNull();
    expect(draftValueRefusal('whiteHouse', 'pause', 'yes')).toMatch(/not a value/);
    expect(draftValueRefusal('investors', 'allocation.yen', '30')).toBeNull();
    expect(draftValueRefusal('investors', 'allocation', '30')).toMatch(/no field/);
    expect(draftValueRefusal('investors', 'allocation.gold', '30')).toMatch(/no field/);
    expect(draftValueRefusal('investors', 'toString', '30')).toMatch(/no field/);
  });

  it('keeps the last change of each field and a trail that says who changed what, once per burst', () => {
    const kenBy = { id: 'person2', name: 'Ken' };
    const anaBy = { id: 'person1', name: 'Ana' };
    let draft = emptyTeamDraft('tokyo', 1);
    draft = withTeamChange(draft, { field: 'treasuryAmountBn', value: '5' }, kenBy, T0);
    draft = withTeamChange(draft, { field: 'treasuryAmountBn', value: '50' }, kenBy, T0 + 300);
    expect(draft.seq).toBe(2);
    expect(draft.trail).toEqual([
      { seq: 2, personId: 'person2', name: 'Ken', field: 'treasuryAmountBn', value: '50', at: T0 + 300 },
    ]);
    // Ana overwrites the same field: last write wins, and the trail names her.
    draft = withTeamChange(draft, { field: 'treasuryAmountBn', value: '40' }, anaBy, T0 + 400);
    expect(draft.fields.treasuryAmountBn).toMatchObject({ name: 'Ana', value: '40', seq: 3 });
    expect(draft.trail.map((change) => change.name)).toEqual(['Ken', 'Ana']);
    // Ken again, long after: a new line.
    draft = withTeamChange(
      draft,
      { field: 'treasuryAmountBn', value: '45' },
      anaBy,
      T0 + 400 + TRAIL_MERGE_MS,
    );
    expect(draft.trail).toHaveLength(3);
    for (let i = 0; i < TEAM_TRAIL_LENGTH + 5; i++)
      draft = withTeamChange(
        draft,
        { field: i % 2 ? 'treasuryAction' : 'yenIntervention', value: 'none' },
        kenBy,
        T0,
      );
    expect(draft.trail).toHaveLength(TEAM_TRAIL_LENGTH);
    expect(draft.trail.at(-1)!.seq).toBe(draft.seq);
  });
});

describe("a team's chat", () => {
  it("is in its own seat's view only: never another role's, never the public view", () => {
    const game = testGame();
    toNegotiate(game);
    const teamSeat = {
      kind: 'seat' as const,
      role: 'tokyo' as const,
      person: { id: 'person2', name: 'Ken' },
    };
    const sent = expectOk(game.send(teamSeat, { type: 'chat:team', message: { text: 'we hold' } }));
    expect(sent.channelId).toBe('tokyo');
    const state = game.engine.state;
    const common = commonViewOf(state);
    expect(playerViewFor(state, 'tokyo', common).channels).toMatchObject([
      { id: 'tokyo', members: ['tokyo'], messages: [{ from: 'tokyo', author: 'Ken', text: 'we hold' }] },
    ]);
    for (const role of ['whiteHouse', 'investors', 'usBusiness'] as const)
      expect(JSON.stringify(playerViewFor(state, role, common))).not.toContain('we hold');
    expect(JSON.stringify(playerViewFor(state, null, common))).not.toContain('we hold');
  });
});
