import { describe, expect, it } from 'vitest';
import { BOT_REASONS_EN, formatReason } from '../../../shared/bots/index.ts';
import { LEVELS, PERSONALITIES } from '../../../shared/bots/types.ts';
import type { Headline } from '../../../shared/market/types.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { runHeadlessGame } from '../../../shared/sim/headless.ts';

describe('bot reasons', () => {
  it('have an English template for every key the bots use, with every parameter filled', () => {
    const seen = new Map<string, Headline>();
    let game = 0;
    for (const personality of PERSONALITIES) {
      for (const level of LEVELS) {
        for (const bindingDeals of [false, true]) {
          const profile = { personality, level };
          const run = runHeadlessGame({
            seed: 1000 + game++,
            bindingDeals,
            profiles: { tokyo: profile, whiteHouse: profile, investors: profile, usBusiness: profile },
          });
          for (const entry of run.state.botReasons) seen.set(entry.reason.key, entry.reason);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(25);
    for (const [key, reason] of seen) {
      expect(BOT_REASONS_EN[key], key).toBeDefined();
      const text = formatReason(key, reason.params);
      expect(text, key).not.toMatch(/\{\{/);
    }
  });

  it('are one line each', () => {
    for (const [key, template] of Object.entries(BOT_REASONS_EN)) {
      expect(key).toMatch(/^bot\.[a-zA-Z]+\.[a-zA-Z]+$/);
      expect(template).not.toMatch(/\n/);
      expect(template.length).toBeLessThan(140);
    }
  });

  it('are attached to every bot command in a game and kept for the debrief', () => {
    const run = runHeadlessGame({ seed: 5 });
    const botCommands = run.log.filter(
      (event) =>
        event.type.startsWith('deal:') || event.type.startsWith('move:') || event.type.startsWith('chat:'),
    );
    expect(botCommands.length).toBeGreaterThan(ROLE_IDS.length * run.config.rounds);
    for (const event of botCommands) expect('reason' in event && event.reason?.key).toMatch(/^bot\./);
  });
});
