import type { Headline } from '../market/types.ts';
import type { PlayerCommand, WithoutEnvelope } from '../protocol/commands.ts';

/** How a bot plays: its temperament and how hard it thinks. */
export const PERSONALITIES = ['hawk', 'dove', 'titForTat', 'opportunist'] as const;
export type Personality = (typeof PERSONALITIES)[number];

/** easy: rules of thumb; hard: looks ahead with the market model among a handful of candidate sheets. */
export const LEVELS = ['easy', 'hard'] as const;
export type Level = (typeof LEVELS)[number];

export interface BotProfile {
  personality: Personality;
  level: Level;
}

/** A player command as a bot decides it; the runner adds `commandId` and `version` when it sends it. */
export type PlayerCommandBody = WithoutEnvelope<PlayerCommand>;

/** One thing a bot does, and the one line it gives for it (shown in the debrief). */
export interface BotAction {
  command: PlayerCommandBody;
  reason: Headline;
  /**
   * What the action is, when its command's figures move with the market (a statement naming the 10-year):
   * a runner that waits before acting keeps one action per key, not one per figure the market ticks to.
   */
  once?: string;
}
