import { botActions } from '../../../shared/bots/index.ts';
import type { BotAction } from '../../../shared/bots/types.ts';
import { type HeadlessRun, runHeadlessGame, type SeatPlayer } from '../../../shared/sim/headless.ts';
import { defaultProfiles } from '../../../shared/sim/profiles.ts';

/** What Tokyo whispers to the White House in every round's negotiation (a private transcript to reveal). */
export const tokyoWhisper = (round: number) => `Round ${round}: we could sell more, quietly.`;

/**
 * Tokyo's bot, except that in round `round` its sheet sells `amountBn` outright (and buys no yen), and
 * that it sends the White House one private message each round.
 */
export function tokyoSellingIn(round: number, amountBn: number, seed: number): SeatPlayer {
  const profile = defaultProfiles(seed).tokyo;
  return (view, gameSeed) => {
    const whispered = view.channels.some((channel) =>
      channel.messages.some((message) => message.from === 'tokyo' && message.round === view.round),
    );
    const whisper: BotAction[] =
      view.phase === 'negotiate' && !whispered
        ? [
            {
              command: {
                type: 'chat:private',
                message: { to: ['whiteHouse'], text: tokyoWhisper(view.round) },
              },
              reason: { key: 'test.whisper' },
            },
          ]
        : [];
    return [
      ...whisper,
      ...botActions(view, profile, gameSeed).map(
        (action): BotAction =>
          action.command.type === 'move:submit' &&
          action.command.move.role === 'tokyo' &&
          view.round === round
            ? {
                ...action,
                command: {
                  ...action.command,
                  move: {
                    ...action.command.move,
                    treasuryAction: 'sell' as const,
                    treasuryAmountBn: amountBn,
                    yenIntervention: 'none' as const,
                  },
                },
              }
            : action,
      ),
    ];
  };
}

/** A six-round bot game in which Tokyo sells $100bn in round 2 (default: seed 11). */
export function gameWithSale(seed = 11): HeadlessRun {
  return runHeadlessGame({
    seed,
    profiles: defaultProfiles(seed),
    players: { tokyo: tokyoSellingIn(2, 100, seed) },
  });
}

/** The same seed and bots with nobody scripted. */
export function plainGame(seed = 11): HeadlessRun {
  return runHeadlessGame({ seed, profiles: defaultProfiles(seed) });
}
