import { describe, expect, it } from 'vitest';
import { tableDebriefOf } from '../../../shared/debrief/table.ts';
import { netTreasurySalesBn } from '../../../shared/market/net-sales.ts';
import { ROLE_IDS } from '../../../shared/roles.ts';
import { gameWithSale, tokyoWhisper } from './played-games.ts';

const run = gameWithSale();
const { config, state, log } = run;
const debrief = tableDebriefOf(config, 0, log);

describe('a table debrief of a finished game', () => {
  it('replays to the game as played: six rounds, the market path and every round on it', () => {
    expect(run.refusals).toEqual([]);
    expect(debrief.ended).toBe(true);
    expect(debrief.roundsPlayed).toBe(6);
    expect(debrief.marketPath).toEqual(state.marketPath);
    expect(debrief.timeline.map((round) => round.round)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const round of debrief.timeline) {
      const report = state.reports[round.round - 1]!;
      expect(round.path.length).toBeGreaterThan(1);
      expect(round.path.every((point) => point.round === round.round)).toBe(true);
      // The round's last point is its resolution: the report's figures.
      expect(round.path.at(-1)).toEqual(report.market);
      expect(round.scores).toEqual(report.scores);
      expect(round.backstop).toBe(report.backstop);
    }
  });

  it("reveals every role's sealed sheet round by round, as the model played them", () => {
    expect(debrief.sheets.map((played) => played.round)).toEqual([1, 2, 3, 4, 5, 6]);
    const tokyoRound2 = debrief.sheets[1]!.sheets.tokyo;
    expect(tokyoRound2).toMatchObject({ treasuryAction: 'sell', treasuryAmountBn: 100 });
    // Tokyo's book records the net sales the model applied each round: the sheets say the same.
    expect(
      debrief.sheets.map(({ sheets }) => netTreasurySalesBn(sheets.tokyo, config.scenario.model)),
    ).toEqual(state.books.tokyo.netSalesBn);
    for (const played of debrief.sheets) {
      for (const role of ROLE_IDS) expect(played.sheets[role].role).toBe(role);
      const report = state.reports[played.round - 1]!;
      expect(ROLE_IDS.filter((role) => !played.handedIn.includes(role))).toEqual(report.missedSheets);
    }
  });

  it("breaks each role's score down and keeps the bots' reasons and the private transcripts", () => {
    expect(debrief.scoreCards).toEqual(state.scores);
    for (const role of ROLE_IDS) {
      expect(debrief.finalScores[role]).toBe(Math.round(state.scores[role].total));
      const card = debrief.scoreCards![role];
      expect(card.components.length).toBeGreaterThan(0);
      // The breakdown adds up to the total.
      const weighted = card.components.reduce((sum, part) => sum + part.weight * part.score, 0);
      const weights = card.components.reduce((sum, part) => sum + part.weight, 0);
      expect(weighted / weights).toBeCloseTo(card.total, 6);
    }
    // The last sheet of round 6 lands after the round-6 score cards of the replay: same as the game's.
    expect(debrief.sheets.at(-1)!.scores).toEqual(state.scores);
    expect(debrief.botReasons).toEqual(state.botReasons);
    expect(debrief.botReasons.length).toBeGreaterThan(0);
    expect(debrief.transcripts).toEqual(Object.values(state.channels));
    const whispers = [1, 2, 3, 4, 5, 6].map(tokyoWhisper);
    const texts = debrief.transcripts.flatMap((channel) => channel.messages.map((message) => message.text));
    expect(texts.filter((text) => whispers.includes(text))).toEqual(whispers);
    expect(debrief.proposals).toEqual(Object.values(state.proposals));
  });

  it('finds the panic peak on the path and annotates each round with its statements, deals and shocks', () => {
    const highest = Math.max(...state.marketPath.map((point) => point.panic));
    expect(debrief.panicPeak.panic).toBe(highest);
    expect(state.marketPath.find((point) => point.panic === highest)!.at).toBe(debrief.panicPeak.at);
    const statements = debrief.timeline.flatMap((round) =>
      round.annotations.filter((annotation) => annotation.kind === 'statement'),
    );
    expect(statements.length).toBe(state.statements.length);
    const deals = debrief.timeline.flatMap((round) =>
      round.annotations.filter((annotation) => annotation.kind === 'deal'),
    );
    expect(deals.map((deal) => deal.kind === 'deal' && deal.dealId)).toEqual(
      state.deals.map((deal) => deal.id),
    );
    const breaches = debrief.timeline.flatMap((round) =>
      round.annotations.filter((annotation) => annotation.kind === 'breach'),
    );
    expect(breaches.length).toBe(state.breaches.length);
    for (const round of debrief.timeline) {
      const times = round.annotations.map((annotation) => annotation.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });
});

describe('a table debrief before the end', () => {
  // Stop in the middle of round 4's negotiation: three rounds resolved, Tokyo's sale two rounds back.
  const cut = log.findIndex((_event, index) => {
    const before = tableDebriefOf(config, 0, log.slice(0, index + 1));
    return before.roundsPlayed === 3;
  });
  const partial = tableDebriefOf(config, 0, log.slice(0, cut + 5));

  it('holds the public record only: no sealed sheet, transcript, score card or other bot reasons', () => {
    expect(partial.ended).toBe(false);
    expect(partial.roundsPlayed).toBe(3);
    expect(partial.sheets).toEqual([]);
    expect(partial.scoreCards).toBeNull();
    expect(partial.transcripts).toEqual([]);
    expect(partial.botReasons).toEqual([]);
    expect(partial.proposals).toEqual([]);
    // Nothing in it names the sale's amount or a private message's words.
    const text = JSON.stringify(partial);
    expect(text).not.toContain('"treasuryAmountBn"');
    for (const round of [1, 2, 3, 4]) expect(text).not.toContain(tokyoWhisper(round));
  });
});
