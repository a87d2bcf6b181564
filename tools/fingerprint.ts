import { createHash } from 'node:crypto';
import { ROLE_IDS } from '../shared/roles.ts';
import { type HeadlessOptions, runHeadlessGame } from '../shared/sim/headless.ts';
import { defaultProfiles, gameSeed } from '../shared/sim/profiles.ts';
import { SCRIPTED_POLICIES } from '../shared/sim/strategies/index.ts';

/**
 * node --import tsx tools/fingerprint.ts: one hash of a fixed set of headless games (every game's log,
 * final state, refusals and decision counts, as JSON). A speed change to the engine or the bots must leave
 * it unchanged: the same seeds and bots play the same games. The set: the default mix's first 256 places,
 * 32 with binding deals, two games of every scripted strategy in its seat, and four games on the server's
 * engine. Session 16's hash: 5fbc70c4… (408 games).
 */
function gameSet(): HeadlessOptions[] {
  const games: HeadlessOptions[] = [];
  for (let index = 0; index < 256; index++) {
    games.push({ seed: gameSeed(1, index), profiles: defaultProfiles(index) });
  }
  for (let index = 0; index < 32; index++) {
    games.push({ seed: gameSeed(2, index), profiles: defaultProfiles(index * 7), bindingDeals: true });
  }
  for (const role of ROLE_IDS) {
    SCRIPTED_POLICIES[role].forEach((policy, place) => {
      for (const index of [place, place + 100]) {
        games.push({
          seed: gameSeed(3, index),
          profiles: defaultProfiles(index),
          players: { [role]: policy.player },
        });
      }
    });
  }
  for (let index = 0; index < 4; index++) {
    games.push({ seed: gameSeed(1, index), profiles: defaultProfiles(index), engine: 'machine' });
  }
  return games;
}

const whole = createHash('sha256');
const started = performance.now();
const games = gameSet();
for (const options of games) {
  const run = runHeadlessGame(options);
  const text = JSON.stringify([run.log, run.state, run.refused, run.refusals, run.decisions]);
  whole.update(createHash('sha256').update(text).digest());
}
process.stdout.write(
  `${games.length} games ${whole.digest('hex')} (${Math.round(performance.now() - started)} ms)\n`,
);
