import { type BotProfile, LEVELS, PERSONALITIES } from '../../../shared/bots/types.ts';

/** Every personality at every level, as `personality:level` option values. */
export const BOT_CHOICES: readonly BotProfile[] = PERSONALITIES.flatMap((personality) =>
  LEVELS.map((level) => ({ personality, level })),
);

export const botValue = (bot: BotProfile | null) => (bot ? `${bot.personality}:${bot.level}` : '');

export function parseBotValue(value: string): BotProfile | null {
  return BOT_CHOICES.find((bot) => botValue(bot) === value) ?? null;
}
