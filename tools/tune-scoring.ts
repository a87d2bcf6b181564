import { parseArgs } from 'node:util';
import { ROLE_IDS, type RoleId } from '../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../shared/scenario/japan-2025.ts';
import type { ScoreComponentRule } from '../shared/scoring/rules.ts';
import { mapToScore } from '../shared/scoring/score.ts';
import { runHeadlessGame } from '../shared/sim/headless.ts';
import { defaultProfiles, gameSeed } from '../shared/sim/profiles.ts';

/**
 * node --import tsx tools/tune-scoring.ts [--games N] [--seed S]
 * Plays N games of the default bot mix and, for every scoring component of the default scenario, prints
 * the outcome's mean and spread across games, the component's mean score under the current rules, and the
 * target that would put that mean at 50 (with a scale of SPREAD[role] standard deviations). docs/scoring.md
 * explains how the default rules were set with it. It only prints; the rules are edited by hand.
 */
const SPREAD: Record<RoleId, number> = { tokyo: 1.5, whiteHouse: 1.3, investors: 2.4, usBusiness: 1.8 };

const { values } = parseArgs({ options: { games: { type: 'string' }, seed: { type: 'string' } } });
const games = Number(values.games ?? 512);
const seed = Number(values.seed ?? 7);

const outcomes = new Map<string, number[]>();
const totals = new Map<RoleId, number[]>();
for (let index = 0; index < games; index++) {
  const run = runHeadlessGame({ seed: gameSeed(seed, index), profiles: defaultProfiles(index) });
  for (const role of ROLE_IDS) {
    const card = run.state.scores[role];
    totals.set(role, [...(totals.get(role) ?? []), card.total]);
    for (const component of card.components) {
      const key = `${role}.${component.id}`;
      outcomes.set(key, [...(outcomes.get(key) ?? []), component.value]);
    }
  }
}

const mean = (list: readonly number[]) => list.reduce((sum, value) => sum + value, 0) / list.length;
const sd = (list: readonly number[]) => Math.sqrt(mean(list.map((value) => (value - mean(list)) ** 2)));

/** The target (or, for closerIsBetter, the scale) that makes the component's mean score 50. */
function suggestion(rule: ScoreComponentRule, list: readonly number[], spread: number) {
  const meanScore = (mapping: ScoreComponentRule['mapping']) =>
    mean(list.map((value) => mapToScore(value, mapping)));
  if (rule.mapping.shape === 'closerIsBetter') {
    let [low, high] = [1e-3, 1e3];
    for (let step = 0; step < 60; step++) {
      const middle = (low + high) / 2;
      if (meanScore({ ...rule.mapping, scale: middle }) > 50) high = middle;
      else low = middle;
    }
    return { target: rule.mapping.target, scale: (low + high) / 2 };
  }
  const scale = spread * sd(list) || rule.mapping.scale;
  let [low, high] = [Math.min(...list) - 10 * scale, Math.max(...list) + 10 * scale];
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    const above = meanScore({ ...rule.mapping, target: middle, scale }) > 50;
    if (above === (rule.mapping.shape === 'higherIsBetter')) low = middle;
    else high = middle;
  }
  return { target: (low + high) / 2, scale };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const report = Object.fromEntries(
  ROLE_IDS.map((role) => [
    role,
    {
      meanTotal: round(mean(totals.get(role) ?? [])),
      components: DEFAULT_SCENARIO.scoring[role].map((rule) => {
        const list = outcomes.get(`${role}.${rule.id}`) ?? [];
        const suggested = suggestion(rule, list, SPREAD[role]);
        return {
          id: rule.id,
          outcomeMean: round(mean(list)),
          outcomeSd: round(sd(list)),
          meanScore: round(mean(list.map((value) => mapToScore(value, rule.mapping)))),
          current: rule.mapping,
          suggested: { target: round(suggested.target), scale: round(suggested.scale) },
        };
      }),
    },
  ]),
);
process.stdout.write(`${JSON.stringify({ games, seed, report }, null, 2)}\n`);
