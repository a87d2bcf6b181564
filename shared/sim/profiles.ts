import { type BotProfile, LEVELS, PERSONALITIES } from '../bots/types.ts';
import { seedToState } from '../rng.ts';
import { type PerRole, perRole, ROLE_IDS, type RoleId } from '../roles.ts';

/**
 * The default bot mix. Personalities are the digits of the game's index in base 4, one digit per role,
 * so every 256 games play every pairing of personalities exactly once; a role's level flips with the
 * parity of its own and the next role's digit (and of each block of 256), so each personality of each
 * role plays easy and hard equally often and against every kind of opponent.
 */
export function defaultProfiles(
  gameIndex: number,
  fixed: Partial<PerRole<BotProfile>> = {},
): PerRole<BotProfile> {
  const block = Math.floor(gameIndex / 256);
  const digit = (position: number) => Math.floor(gameIndex / 4 ** (position % 4)) % 4;
  return perRole((role) => {
    const chosen = fixed[role];
    if (chosen) return chosen;
    const position = ROLE_IDS.indexOf(role);
    return {
      personality: PERSONALITIES[digit(position)]!,
      level: LEVELS[(digit(position) + digit(position + 1) + block) % 2]!,
    };
  });
}

/** Game i of a run seeded S plays with its own seed, spread from (S, i). */
export function gameSeed(runSeed: number, gameIndex: number): number {
  return seedToState(`${runSeed}:${gameIndex}`);
}

/** Parses "hawk:hard" (level optional, easy by default). */
export function parseProfile(text: string): BotProfile | null {
  const [personality, level = 'easy'] = text.split(':');
  const knownPersonality = PERSONALITIES.find((candidate) => candidate === personality);
  const knownLevel = LEVELS.find((candidate) => candidate === level);
  return knownPersonality && knownLevel ? { personality: knownPersonality, level: knownLevel } : null;
}

export function profileLabel(profile: BotProfile): string {
  return `${profile.personality}:${profile.level}`;
}

export type { RoleId };
