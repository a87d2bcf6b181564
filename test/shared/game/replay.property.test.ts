import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/game/events.ts';
import { playerViewFor } from '../../../shared/game/player-view.ts';
import { replayGame } from '../../../shared/game/replay.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { T0, testGame } from './helpers.ts';

const role = fc.constantFrom(...ROLE_IDS);
const actor: fc.Arbitrary<Actor> = fc.oneof(
  fc.constant<Actor>({ kind: 'host' }),
  role.map((r): Actor => ({ kind: 'seat', role: r })),
);
const terms = fc.constantFrom(
  [
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 10, includesAutos: true },
    { kind: 'noNetSales', role: 'tokyo' },
  ],
  [
    { kind: 'passThroughCap', role: 'usBusiness', maxPct: 30 },
    { kind: 'treasuryFloor', role: 'investors', minPct: 30 },
  ],
  [
    { kind: 'investmentPledge', role: 'tokyo', amountBn: 550 },
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: false },
  ],
);

/** One step of a random game: a command (valid or not), a clock timeout, or a market tick. */
const step = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('timeout' as const), ms: fc.integer({ min: 0, max: 200_000 }) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 1, max: 5_000 }) }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      actor,
      staleBy: fc.constantFrom(0, 0, 0, 1),
      body: fc.oneof(
        fc.constantFrom(
          { type: 'host:start' },
          { type: 'host:skip' },
          { type: 'host:pause' },
          { type: 'host:resume' },
        ),
        fc.record({ type: fc.constant('host:extend'), seconds: fc.integer({ min: -5, max: 700 }) }),
        fc.record({
          type: fc.constant('host:inject'),
          shockId: fc.constantFrom('sale-rumour', 'dash-for-cash', 'nope'),
        }),
        fc.record({
          type: fc.constant('chat:statement'),
          statement: fc.record({
            text: fc.string({ minLength: 0, maxLength: 20 }),
            signal: fc.constantFrom('none', 'hint', 'threat', 'denial', 'hawkish', 'bearish', 'warnPrices'),
          }),
        }),
        fc.record({
          type: fc.constant('chat:private'),
          message: fc.record({
            to: fc.uniqueArray(role, { minLength: 1, maxLength: 2 }),
            text: fc.constant('secret-note'),
          }),
        }),
        fc.record({
          type: fc.constant('deal:propose'),
          proposal: fc.record({ terms, durationRounds: fc.integer({ min: 0, max: 4 }) }),
        }),
        fc.record({
          type: fc.constantFrom('deal:accept', 'deal:reject', 'deal:withdraw'),
          proposalId: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5'),
        }),
        fc.record({
          type: fc.constant('move:submit'),
          move: fc.record({ role, tariffPct: fc.integer({ min: -1, max: 60 }) }),
        }),
      ),
    }),
  },
);

/** A full legal sheet for a role from the partial one the generator made, so some submissions pass. */
function completeSheet(game: ReturnType<typeof testGame>, body: Record<string, unknown>) {
  if (body.type !== 'move:submit') return body;
  const move = body.move as { role: RoleId; tariffPct: number };
  const base = game.engine.state.standingMoves[move.role];
  return { ...body, move: base.role === 'whiteHouse' ? { ...base, tariffPct: move.tariffPct } : base };
}

describe('random games', () => {
  it('never crash, keep scores in 0–100, never leak, and replay exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(step, { minLength: 20, maxLength: 160 }),
        (seed, steps) => {
          const game = testGame({ seed, rounds: 3 });
          let id = 0;
          for (const next of steps) {
            if (next.kind === 'timeout') {
              game.advance(next.ms);
              game.engine.timeout(game.now);
            } else if (next.kind === 'tick') {
              game.advance(next.ms);
              game.engine.tick(game.now);
            } else {
              id += 1;
              const version = Math.max(0, game.engine.state.version - next.staleBy * 3);
              game.engine.command(
                next.actor,
                { ...completeSheet(game, next.body), commandId: `r${id}`, version },
                game.now,
              );
            }
            for (const r of ROLE_IDS) {
              const total = game.engine.state.scores[r].total;
              expect(total).toBeGreaterThanOrEqual(0);
              expect(total).toBeLessThanOrEqual(100);
            }
          }
          const state = game.engine.state;
          for (const r of ROLE_IDS) {
            const view = playerViewFor(state, r);
            for (const channel of view.channels) expect(channel.members).toContain(r);
            for (const proposal of view.proposals) expect(proposal.signatories).toContain(r);
            const text = JSON.stringify(view);
            if (r !== 'tokyo') expect(text).not.toContain('tokyoHoldingsBn');
            for (const other of ROLE_IDS.filter((o) => o !== r)) {
              for (const objective of state.config.scenario.briefs[other].confidentialObjectives) {
                expect(text).not.toContain(objective.en);
              }
            }
          }
          expect(replayGame(state.config, T0, game.engine.log)).toEqual(state);
        },
      ),
      { numRuns: 60 },
    );
  });
});
