import { DEFAULT_SCENARIO } from '../scenario/japan-2025.ts';
import { playSeconds } from './time.ts';

/**
 * A game made with no rounds or timers chosen (a solo game from the home page) plays the scenario's:
 * createGameConfig takes them when none are given. Its length with every phase run to its deadline,
 * in whole minutes, is what a page may promise a player; skipping ahead only shortens it.
 */
export const DEFAULT_PLAN = {
  rounds: DEFAULT_SCENARIO.rounds,
  minutes: Math.round(playSeconds(DEFAULT_SCENARIO.timers, DEFAULT_SCENARIO.rounds) / 60),
} as const;
