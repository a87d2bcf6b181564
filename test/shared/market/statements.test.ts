import { describe, expect, it } from 'vitest';
import { reactToStatement } from '../../../shared/market/index.ts';
import type { MarketState } from '../../../shared/market/types.ts';
import { bp, newGame, playRound, SCENARIO, tokyoMove } from './fixture.ts';

const params = SCENARIO.model;

function withCredibility(
  market: MarketState,
  role: keyof MarketState['credibility'],
  value: number,
): MarketState {
  return { ...market, credibility: { ...market.credibility, [role]: value } };
}

describe('public statements', () => {
  const market = newGame().market;

  it("the speaker's credibility scales the effect", () => {
    const believed = reactToStatement(
      withCredibility(market, 'tokyo', 100),
      'tokyo',
      'threat',
      params,
    ).market;
    const doubted = reactToStatement(withCredibility(market, 'tokyo', 10), 'tokyo', 'threat', params).market;
    expect(bp(market.yield10y, believed.yield10y)).toBeGreaterThan(
      1.5 * bp(market.yield10y, doubted.yield10y),
    );
  });

  it('a threat is read as a louder hint: belief and panic per bp of premium are the same for both words', () => {
    const sure = withCredibility(market, 'tokyo', 100);
    const perBp = (signal: 'hint' | 'threat') => {
      const after = reactToStatement(sure, 'tokyo', signal, params).market;
      const premium = after.internals.signalYieldBp - sure.internals.signalYieldBp;
      return {
        premium,
        belief: (after.sellingBelief - sure.sellingBelief) / premium,
        panic: (after.panic - sure.panic) / premium,
      };
    };
    const hint = perBp('hint');
    const threat = perBp('threat');
    expect(hint.premium).toBeCloseTo(params.hintBp, 9);
    expect(threat.premium).toBeCloseTo(params.threatBp, 9);
    // 0.018 belief a bp and the panic that belief brings: a hint's 5bp adds 0.09 and 1, a threat's 14bp 0.25
    // and 2.8.
    for (const word of [hint, threat]) {
      expect(word.belief).toBeCloseTo(params.signalBeliefPerBp, 9);
      expect(word.panic).toBeCloseTo(params.panicPerSellingBelief * params.signalBeliefPerBp, 9);
      expect(word.panic).toBeCloseTo(0.2, 9);
    }
    expect(threat.premium * threat.panic).toBeCloseTo(2.8, 9);
  });

  it('the White House tone moves panic and stocks by one size each way', () => {
    const pct = (from: number, to: number) => 100 * Math.log(to / from);
    const hawkish = reactToStatement(
      withCredibility(market, 'whiteHouse', 100),
      'whiteHouse',
      'hawkish',
      params,
    );
    const soft = reactToStatement(
      withCredibility(market, 'whiteHouse', 100),
      'whiteHouse',
      'conciliatory',
      params,
    );
    expect(hawkish.market.panic - market.panic).toBeCloseTo(1.5, 9);
    expect(soft.market.panic - market.panic).toBeCloseTo(-1.5, 9);
    // Stocks move by stanceEquityPct and again through the panic: equal and opposite for the two tones.
    const hawkishUs = pct(market.usEquity, hawkish.market.usEquity);
    expect(hawkishUs).toBeLessThan(-0.5);
    expect(pct(market.usEquity, soft.market.usEquity)).toBeCloseTo(-hawkishUs, 9);
    // Only a conciliatory tone reaches Japan's market directly: the hawkish one moves it through panic alone.
    const japanGap =
      pct(market.japanEquity, soft.market.japanEquity) + pct(market.japanEquity, hawkish.market.japanEquity);
    expect(japanGap).toBeCloseTo(0.5, 9);
  });

  it('a signal a role may not send, or none, changes nothing', () => {
    expect(reactToStatement(market, 'investors', 'threat', params)).toEqual({ market });
    expect(reactToStatement(market, 'tokyo', 'none', params)).toEqual({ market });
  });

  it("calling the bluff lowers the selling belief when Tokyo's credibility is low", () => {
    const hinted = reactToStatement(withCredibility(market, 'tokyo', 30), 'tokyo', 'threat', params).market;
    const called = reactToStatement(hinted, 'whiteHouse', 'callBluff', params);
    expect(called.headline?.key).toBe('news.signal.callBluff');
    expect(called.market.sellingBelief).toBeLessThan(hinted.sellingBelief - 0.05);
    expect(called.market.yield10y).toBeLessThan(hinted.yield10y);
  });

  it('calling a credible Tokyo’s bluff backfires: panic rises', () => {
    const credible = reactToStatement(withCredibility(market, 'tokyo', 80), 'tokyo', 'threat', params).market;
    const called = reactToStatement(credible, 'whiteHouse', 'callBluff', params);
    expect(called.headline?.key).toBe('news.callBluffBackfires');
    expect(called.market.panic).toBeGreaterThan(credible.panic);
    expect(called.market.sellingBelief).toBe(credible.sellingBelief);
  });

  it('tone, notes and warnings move stocks and panic the expected way', () => {
    const hawkish = reactToStatement(market, 'whiteHouse', 'hawkish', params).market;
    const conciliatory = reactToStatement(market, 'whiteHouse', 'conciliatory', params).market;
    const bearish = reactToStatement(market, 'investors', 'bearish', params).market;
    const layoffs = reactToStatement(market, 'usBusiness', 'warnLayoffs', params).market;
    const prices = reactToStatement(market, 'usBusiness', 'warnPrices', params).market;
    expect(hawkish.panic).toBeGreaterThan(market.panic);
    expect(hawkish.usEquity).toBeLessThan(market.usEquity);
    expect(conciliatory.panic).toBeLessThan(market.panic);
    expect(conciliatory.japanEquity).toBeGreaterThan(market.japanEquity);
    expect(bearish.usEquity).toBeLessThan(market.usEquity);
    expect(Math.abs(bp(market.yield10y, bearish.yield10y))).toBeLessThan(3);
    expect(layoffs.usEquity).toBeLessThan(market.usEquity);
    expect(prices.yield10y).toBeGreaterThan(market.yield10y);
  });

  it('a threat is judged by the holdings report: unbacked costs credibility once the report covers its window', () => {
    const start = SCENARIO.startingMarket.credibility;
    let game = newGame(SCENARIO, 12);
    game = { ...game, market: reactToStatement(game.market, 'tokyo', 'threat', params).market };
    // Window: the threat's round and the next; the report covers round r at round r + lag's resolution.
    for (let round = 1; round <= 3; round++) game = playRound(game);
    expect(game.market.credibility.tokyo).toBe(start);
    game = playRound(game);
    expect(game.results[3]?.headlines.map((headline) => headline.key)).toContain('news.threatNotBacked');
    expect(game.market.credibility.tokyo).toBe(start - params.threatNotBackedPenalty);

    let backed = newGame(SCENARIO, 12);
    backed = { ...backed, market: reactToStatement(backed.market, 'tokyo', 'threat', params).market };
    backed = playRound(backed, { tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 30 }) });
    // The sale is secret: nothing public may move with it before the report.
    expect(backed.market.credibility.tokyo).toBe(start);
    backed = playRound(playRound(backed));
    expect(backed.market.reportedAsOfRound).toBe(1);
    expect(backed.market.credibility.tokyo).toBe(start + params.credibilityPerKeptWord);
    expect(backed.market.internals.tokyoThreatRound).toBe(0);
  });

  it('a threat repeated every round and backed by a sale every round ends above where it started', () => {
    const start = SCENARIO.startingMarket.credibility;
    let game = newGame(SCENARIO, 12);
    const path: number[] = [];
    for (let round = 1; round <= 6; round++) {
      game = { ...game, market: reactToStatement(game.market, 'tokyo', 'threat', params).market };
      game = playRound(game, { tokyo: tokyoMove({ treasuryAction: 'sell', treasuryAmountBn: 25 }) });
      path.push(game.market.credibility.tokyo);
    }
    // Round 2's repeat costs while round 1's threat awaits the report; round 3's report finds it backed and
    // pays the repeats back with the bonus. Round 4's threat is fresh, rounds 5–6 repeat it, round 6 backs it.
    const repeat = params.credibilityPerCheapTalk;
    const recovery = params.credibilityRecoveryPerRound;
    expect(path[1]).toBe(start - repeat + recovery);
    expect(path[2]).toBe(start - repeat + recovery + params.credibilityPerKeptWord + repeat);
    expect(path[5]).toBeGreaterThan(start + params.credibilityPerKeptWord);
  });

  it('a threat repeated every round and never backed loses credibility round after round', () => {
    const start = SCENARIO.startingMarket.credibility;
    let game = newGame(SCENARIO, 12);
    const path: number[] = [];
    for (let round = 1; round <= 6; round++) {
      game = { ...game, market: reactToStatement(game.market, 'tokyo', 'threat', params).market };
      game = playRound(game);
      path.push(game.market.credibility.tokyo);
    }
    // Repeats restart no clock: the first threat is found unbacked at round 4's report and again later.
    expect(game.results.flatMap((result) => result.headlines.map((headline) => headline.key))).toContain(
      'news.threatNotBacked',
    );
    for (let index = 1; index < path.length; index++) expect(path[index]).toBeLessThan(path[index - 1] ?? 0);
    const repeat = params.credibilityPerCheapTalk - params.credibilityRecoveryPerRound;
    expect(path[0]).toBe(start);
    expect(path[2]).toBe(start - 2 * repeat);
    expect(path[5]).toBeLessThan(start - 2 * params.threatNotBackedPenalty);
  });
});
