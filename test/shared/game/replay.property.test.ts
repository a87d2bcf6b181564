import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { playerViewFor } from '../../../shared/game/player-view.ts';
import { replayGame } from '../../../shared/game/replay.ts';
import { type GameState, PHASES, type Phase } from '../../../shared/game/state.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { host, T0, testGame } from './helpers.ts';
import { playStep, step } from './random-table.ts';

/** What each seat sees of proposals and channels: only its own until the end, every proposal at the end. */
function expectViewsKeepSecrets(state: GameState): void {
  for (const role of ROLE_IDS) {
    const view = playerViewFor(state, role);
    for (const channel of view.channels) expect(channel.members).toContain(role);
    const shown = view.proposals.map((proposal) => proposal.id).sort();
    const all = Object.values(state.proposals);
    const own = all.filter((proposal) => proposal.signatories.includes(role)).map((proposal) => proposal.id);
    expect(shown, `${role} in ${state.phase}`).toEqual(
      (state.phase === 'ended' ? all.map((proposal) => proposal.id) : own).sort(),
    );
    const text = JSON.stringify(view);
    if (role !== 'tokyo') expect(text).not.toContain('tokyoHoldingsBn');
    for (const other of ROLE_IDS.filter((o) => o !== role)) {
      for (const objective of state.config.scenario.briefs[other].confidentialObjectives) {
        expect(text).not.toContain(objective.en);
      }
    }
  }
}

/** How far the runs got, for the report and the floors below: a generator that stops reaching real games fails. */
const reached = {
  runs: 0,
  phases: new Map<Phase, number>(),
  playedOut: 0,
  endedByHost: 0,
  proposals: 0,
  deals: 0,
  commands: 0,
  acceptedCommands: 0,
};

describe('random games', () => {
  afterAll(() => {
    const share = (n: number) => `${((100 * n) / reached.runs).toFixed(0)}%`;
    const phases = PHASES.map((phase) => `${phase} ${share(reached.phases.get(phase) ?? 0)}`).join(', ');
    console.info(
      `[replay property] ${reached.runs} runs reached: ${phases}; ended after the last round ` +
        `${share(reached.playedOut)}, by the host ${share(reached.endedByHost)}; ` +
        `${reached.proposals} proposals, ${reached.deals} signed; ` +
        `${((100 * reached.acceptedCommands) / reached.commands).toFixed(0)}% of ${reached.commands} commands accepted`,
    );
  });

  it('never crash, keep scores in 0–100, keep each seat’s secrets until the end, and replay exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(2, 3),
        fc.boolean(),
        // Nine games in ten are started first thing; the rest may or may not be started by a later step.
        fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
        fc.array(step, { minLength: 80, maxLength: 260 }),
        (seed, rounds, bindingDeals, startFirst, steps) => {
          const game = testGame({ seed, rounds, bindingDeals });
          const seen = new Set<Phase>([game.engine.state.phase]);
          let endedByHost = false;
          if (startFirst) game.engine.command(host, { type: 'host:start', commandId: 'r0', version: 0 }, T0);
          let phase = game.engine.state.phase;
          seen.add(phase);
          let afterTheEnd = 0;
          for (const [index, next] of steps.entries()) {
            // A few inputs after the end check that it refuses them; more would only repeat that.
            const ended = game.engine.state.phase === 'ended';
            if (ended && ++afterTheEnd > 3) break;
            const logged = game.engine.log.length;
            const { sent, accepted } = playStep(game, next, index + 1);
            if (sent) reached.commands++;
            if (accepted) reached.acceptedCommands++;
            if (ended) expect([accepted, game.engine.log.length]).toEqual([null, logged]);
            if (accepted === 'host:end') endedByHost = true;
            const state = game.engine.state;
            for (const r of ROLE_IDS) {
              expect(state.scores[r].total).toBeGreaterThanOrEqual(0);
              expect(state.scores[r].total).toBeLessThanOrEqual(100);
            }
            if (state.phase !== phase) {
              phase = state.phase;
              seen.add(phase);
              expectViewsKeepSecrets(state);
            }
          }
          const state = game.engine.state;
          expectViewsKeepSecrets(state);
          expect(replayGame(state.config, T0, game.engine.log)).toEqual(state);

          reached.runs++;
          for (const p of seen) reached.phases.set(p, (reached.phases.get(p) ?? 0) + 1);
          if (state.phase === 'ended' && !endedByHost) {
            reached.playedOut++;
            expect(state.round).toBe(rounds);
          }
          if (endedByHost) reached.endedByHost++;
          const proposals = Object.values(state.proposals);
          reached.proposals += proposals.length;
          reached.deals += proposals.filter((proposal) => proposal.status === 'signed').length;
        },
      ),
      { numRuns: 120 },
    );
    const ended = reached.phases.get('ended') ?? 0;
    expect(reached.phases.get('decide') ?? 0).toBeGreaterThanOrEqual(0.6 * reached.runs);
    expect(ended).toBeGreaterThanOrEqual(0.3 * reached.runs);
    expect(reached.playedOut).toBeGreaterThanOrEqual(0.2 * reached.runs);
    expect(reached.deals).toBeGreaterThan(0);
    // Mostly real play (more commands accepted than refused), with refusals still well exercised.
    expect(reached.acceptedCommands).toBeGreaterThan(0.5 * reached.commands);
    expect(reached.acceptedCommands).toBeLessThan(0.8 * reached.commands);
  }, 120_000);
});
